/** Indicator metadata of a framework by code: the leaf, its ancestors and level (cached per framework object). */
import type { Framework, FrameworkNode } from '../../../shared/frameworks/framework.schema';

export interface LeafInfo {
  node: FrameworkNode;
  level: 'product' | 'unit' | 'entity';
  path: Array<{ code: string; name: { id: string; en: string } }>;
  /** Document order, to list checklist items as the framework does. */
  order: number;
}

const cache = new WeakMap<Framework, Map<string, LeafInfo>>();

export function leafIndex(framework: Framework): Map<string, LeafInfo> {
  const hit = cache.get(framework);
  if (hit) return hit;
  const map = new Map<string, LeafInfo>();
  const walk = (nodes: FrameworkNode[], path: LeafInfo['path']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children, [...path, { code: n.code, name: n.name }]);
      else map.set(n.code, { node: n, level: n.appliesTo?.level ?? 'entity', path, order: map.size });
    }
  };
  walk(framework.nodes, []);
  cache.set(framework, map);
  return map;
}

/**
 * Whether an indicator may be answered N/A. The framework format has no per-indicator flag:
 * every indicator may be N/A (its weight shared or zeroed per `aggregation.notApplicable`), as the
 * checklist and verification already offer. This is the one place to change when the format
 * gets such a flag.
 */
export function allowsNa(_info: LeafInfo): boolean {
  return true;
}

/** An indicator's scale for a value picker: the bounds and each level with its rubric as label. */
export function scaleChoices(info: LeafInfo) {
  const scale = info.node.scale!;
  return {
    type: scale.type,
    min: scale.min,
    max: scale.max,
    levels: scale.levels.map((l) => ({ value: l.value, label: l.rubric })),
  };
}
