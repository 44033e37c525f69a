import {
  effectiveWeights,
  type AssessmentLevel,
  type Framework,
  type FrameworkNode,
  type Scale,
} from '../frameworks/framework.schema.js';

/** A framework flattened for scoring: nodes in pre-order with parent links and effective weights. */
export interface CompiledNode {
  index: number;
  code: string;
  node: FrameworkNode;
  /** Index of the parent node, −1 for a top-level dimension. */
  parent: number;
  children: number[];
  /** Declared weight, or 100/n when the siblings' weights are omitted. */
  weight: number;
  leaf: { scale: Scale; level: AssessmentLevel; entityTypes?: string[]; unitTypes?: string[] } | null;
}

export interface CompiledFramework {
  framework: Framework;
  nodes: CompiledNode[];
  roots: number[];
  byCode: Map<string, CompiledNode>;
  leaves: CompiledNode[];
}

const cache = new WeakMap<Framework, CompiledFramework>();

/**
 * Flatten a validated framework once; the result is cached per framework object, so scoring
 * 587 entities in a row compiles the tree only once.
 */
export function compileFramework(framework: Framework): CompiledFramework {
  const cached = cache.get(framework);
  if (cached) return cached;
  const nodes: CompiledNode[] = [];
  const visit = (siblings: FrameworkNode[], parent: number): number[] => {
    const weights = effectiveWeights(siblings);
    return siblings.map((node, i) => {
      const compiled: CompiledNode = {
        index: nodes.length,
        code: node.code,
        node,
        parent,
        children: [],
        weight: weights[i] ?? 0,
        leaf: node.scale
          ? {
              scale: node.scale,
              level: node.appliesTo?.level ?? 'entity',
              ...(node.appliesTo?.entityTypes ? { entityTypes: node.appliesTo.entityTypes } : {}),
              ...(node.appliesTo?.unitTypes ? { unitTypes: node.appliesTo.unitTypes } : {}),
            }
          : null,
      };
      nodes.push(compiled);
      if (node.children) compiled.children = visit(node.children, compiled.index);
      return compiled.index;
    });
  };
  const roots = visit(framework.nodes, -1);
  const compiled: CompiledFramework = {
    framework,
    nodes,
    roots,
    byCode: new Map(nodes.map((n) => [n.code, n])),
    leaves: nodes.filter((n) => n.leaf !== null),
  };
  cache.set(framework, compiled);
  return compiled;
}
