import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFramework } from './compile-framework.js';
import { scoreEntity, type Answer } from './score-entity.js';
import { testFramework } from './test-framework.fixture.js';

const fw = testFramework();
const leaves = compileFramework(fw).leaves;

/** Random answers for the test framework: 1–3 units × 1–3 products, values on scale, NA or missing. */
const answersArb = fc
  .record({
    units: fc.integer({ min: 1, max: 3 }),
    products: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(-1), fc.constant(-2)), {
      minLength: 40,
      maxLength: 40,
    }),
  })
  .map(({ units, products, seed }) => {
    const answers: Answer[] = [];
    let i = 0;
    const pick = (leafIndex: number): Answer['value'] | undefined => {
      const r = seed[i++ % seed.length]!;
      if (r === -1) return 'NA';
      if (r === -2) return undefined; // not answered
      const { min, max } = leaves[leafIndex]!.leaf!.scale;
      return min + Math.round(r * (max - min));
    };
    leaves.forEach((leaf, li) => {
      const level = leaf.leaf!.level;
      for (let u = 0; u < (level === 'entity' ? 1 : units); u++) {
        for (let p = 0; p < (level === 'product' ? products : 1); p++) {
          const value = pick(li);
          if (value === undefined) continue;
          answers.push({
            indicator: leaf.code,
            value,
            ...(level !== 'entity' ? { unit: `U${u}` } : {}),
            ...(level === 'product' ? { product: `P${p}` } : {}),
          });
        }
      }
    });
    return answers;
  });

describe('scoring properties (fast-check)', () => {
  it.each(['open', 'closed'] as const)('every score stays within [0, 100] (%s cycle)', (cycle) => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreEntity(fw, answers, { cycle });
        const scores = [
          result.score,
          ...Object.values(result.nodes).map((n) => n.score),
          ...result.units.map((u) => u.score),
        ];
        for (const s of scores) {
          if (s === null) continue;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it.each(['open', 'closed'] as const)('raising one answer never lowers the score (%s cycle)', (cycle) => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, which) => {
        const numeric = answers.flatMap((ans, i) => (typeof ans.value === 'number' ? [i] : []));
        fc.pre(numeric.length > 0);
        const at = numeric[which % numeric.length]!;
        const target = answers[at]!;
        const max = leaves.find((l) => l.code === target.indicator)!.leaf!.scale.max;
        fc.pre((target.value as number) < max);
        const raised = answers.map((ans, i) =>
          i === at ? { ...ans, value: (ans.value as number) + 1 } : ans,
        );
        const before = scoreEntity(fw, answers, { cycle }).score!;
        const after = scoreEntity(fw, raised, { cycle }).score!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
    );
  });

  it('the order of the answers does not change any number, to the last bit', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, seed) => {
        // A deterministic shuffle driven by the generated seed.
        const shuffled = answers
          .map((a, i) => ({ a, k: ((i + 1) * 2654435761 + seed) % 4294967296 }))
          .sort((x, y) => x.k - y.k)
          .map((x) => x.a);
        const strip = (r: ReturnType<typeof scoreEntity>) => ({
          ...r,
          nodes: Object.fromEntries(
            Object.entries(r.nodes).map(([k, n]) => [k, { ...n, answers: undefined }]),
          ),
        });
        expect(strip(scoreEntity(fw, shuffled, { cycle: 'closed' }))).toEqual(
          strip(scoreEntity(fw, answers, { cycle: 'closed' })),
        );
      }),
    );
  });

  // The units and products of an entity are those its answers name, so only drop an answer whose
  // unit/product is still named by another one; otherwise the set of expected answers changes.
  it('in a closed cycle, answering a missing indicator never lowers the score', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), (answers, which) => {
        fc.pre(answers.length > 1);
        const at = which % answers.length;
        const removed = answers[at]!;
        const dropped = answers.filter((_, i) => i !== at);
        fc.pre(dropped.some((x) => x.unit === removed.unit && x.product === removed.product));
        const without = scoreEntity(fw, dropped, { cycle: 'closed' }).score;
        const withIt = scoreEntity(fw, answers, { cycle: 'closed' }).score;
        fc.pre(typeof removed.value === 'number' && without !== null && withIt !== null);
        expect(withIt!).toBeGreaterThanOrEqual(without! - 1e-9);
      }),
    );
  });
});
