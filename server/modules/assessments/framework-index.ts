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
