import type { AssessmentLevel, Framework, FrameworkNode, LocalizedText, Scale } from './framework.schema.js';

/**
 * What a checklist shows of one indicator (a leaf of the framework): its name, the dimension and
 * variable above it, the level it is answered at, its scale with every level's rubric, and the
 * evidence expected. The server orders and filters answer cells with it; the web app joins it to
 * the cells by code, so both read the framework the same way.
 */
export interface IndicatorDefinition {
  code: string;
  name: LocalizedText;
  /** Ancestors from the dimension down to the variable. */
  path: Array<{ code: string; name: LocalizedText }>;
  /** `appliesTo.level`; an indicator that names none is answered once per government. */
  level: AssessmentLevel;
  scale: Scale;
  evidenceExpected: LocalizedText | null;
  /** Document order among the indicators, to list answer cells as the framework does. */
  order: number;
}

export type IndicatorDefinitions = ReadonlyMap<string, IndicatorDefinition>;

const cache = new WeakMap<object, IndicatorDefinitions>();

/**
 * Every indicator of a framework by code, in document order. A leaf without a scale cannot be
 * answered (validateFramework reports it) and is left out. The result is kept per framework
 * object, so a framework parsed once (server) or fetched once (web) is walked once.
 */
export function indicatorDefinitions(framework: Pick<Framework, 'nodes'>): IndicatorDefinitions {
  const hit = cache.get(framework);
  if (hit) return hit;
  const map = new Map<string, IndicatorDefinition>();
  const walk = (nodes: FrameworkNode[], path: IndicatorDefinition['path']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children, [...path, { code: n.code, name: n.name }]);
      else if (n.scale)
        map.set(n.code, {
          code: n.code,
          name: n.name,
          path,
          level: n.appliesTo?.level ?? 'entity',
          scale: { type: n.scale.type, min: n.scale.min, max: n.scale.max, levels: n.scale.levels },
          evidenceExpected: n.evidence ?? null,
          order: map.size,
        });
    }
  };
  walk(framework.nodes, []);
  cache.set(framework, map);
  return map;
}
