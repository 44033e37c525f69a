import { describe, expect, it } from 'vitest';
import { findBand } from './bands.js';
import { normaliseValue, toScoreRange } from './normalise.js';
import { scoreEntities, scoreEntity, type Answer } from './score-entity.js';
import { testFramework } from './test-framework.fixture.js';

const fw = testFramework();
const a = (indicator: string, value: Answer['value'], unit?: string, product?: string): Answer => ({
  indicator,
  value,
  ...(unit ? { unit } : {}),
  ...(product ? { product } : {}),
});
/** One unit U with one product P, every indicator answered. */
const full = (v: {
  a1: number | 'NA';
  a2: number | 'NA';
  b1: number | 'NA';
  b2: number | 'NA';
  b3: number | 'NA';
}) => [a('A.1', v.a1, 'U', 'P'), a('A.2', v.a2, 'U'), a('B.1', v.b1), a('B.2', v.b2), a('B.3', v.b3)];

describe('normaliseValue — REFERENCE §10 rule 1: (v − min)/(max − min) × 100', () => {
  it.each([
    [2, 0, 3, 66.66666666666667],
    [1, 0, 1, 100], // yes → 100
    [0, 0, 1, 0], // no → 0
    [1, 1, 4, 0], // 1–4 scale starts at 1
    [3, 1, 4, 66.66666666666667],
    [4, 0, 5, 80],
  ])('%d on %d–%d → %d', (v, min, max, expected) => {
    expect(normaliseValue(v, { min, max })).toBeCloseTo(expected, 10);
  });

  it('converts 0–100 back to a 0–5 range (PEKPPP IPP) and leaves 0–100 untouched', () => {
    expect(toScoreRange(80, { min: 0, max: 5 })).toBe(4);
    expect(toScoreRange(87.995, { min: 0, max: 100 })).toBe(87.995);
  });
});

describe('scoreEntity — hand-computed cases', () => {
  it.each([
    {
      why: 'all answers at the top of their scale → 100 (rule 1, rule 3)',
      answers: full({ a1: 3, a2: 1, b1: 5, b2: 4, b3: 3 }),
      score: 100,
      dims: { A: 100, B: 100 },
      band: 'A',
    },
    {
      why: 'weights: A = (50×100 + 50×0)/100 = 50; B = 0; total = 0.6×50 + 0.4×0 = 30 (rule 3)',
      answers: full({ a1: 3, a2: 0, b1: 0, b2: 1, b3: 0 }),
      score: 30,
      dims: { A: 50, B: 0 },
      band: 'E',
    },
    {
      why: 'N/A left out, weight shared among siblings: A = A.1 = 100; B = (100 + 0)/2 = 50; total 80 (rule 2)',
      answers: full({ a1: 3, a2: 'NA', b1: 5, b2: 'NA', b3: 0 }),
      score: 80,
      dims: { A: 100, B: 50 },
      band: 'B',
    },
    {
      why: 'a node whose children are all N/A is itself N/A; its weight goes to B: total = B = 64.44 (rule 2)',
      answers: full({ a1: 'NA', a2: 'NA', b1: 3, b2: 3, b3: 2 }), // B = (60 + 66.67 + 66.67)/3
      score: (60 + 200 / 3 + 200 / 3) / 3,
      dims: { A: null, B: (60 + 200 / 3 + 200 / 3) / 3 },
      band: 'C',
    },
    {
      why: 'B with omitted weights is an equal-weight mean: B.1 4/5 = 80, B.2 3 on 1–4 = 66.67, B.3 2/3 = 66.67 (rule 3)',
      answers: full({ a1: 0, a2: 0, b1: 4, b2: 3, b3: 2 }),
      score: 0.4 * ((80 + 200 / 3 + 200 / 3) / 3),
      dims: { A: 0, B: (80 + 200 / 3 + 200 / 3) / 3 },
      band: 'E',
    },
  ])('$why', ({ answers, score, dims, band }) => {
    const result = scoreEntity(fw, answers);
    expect(result.score).toBeCloseTo(score, 9);
    for (const [code, v] of Object.entries(dims)) {
      if (v === null) expect(result.dimensions[code]).toBeNull();
      else expect(result.dimensions[code]).toBeCloseTo(v, 9);
    }
    expect(result.band?.code).toBe(band);
    expect(result.missing).toBe(0);
  });

  it('averages an indicator over the products of a unit, then over units (rule 3)', () => {
    const result = scoreEntity(fw, [
      a('A.1', 3, 'U1', 'P1'), // 100
      a('A.1', 0, 'U1', 'P2'), // 0   → U1: 50
      a('A.1', 3, 'U2', 'P3'), // 100 → U2: 100 → A.1 = mean(50, 100) = 75, not the product mean 66.67
      a('A.2', 1, 'U1'), // 100
      a('A.2', 0, 'U2'), // 0 → A.2 = 50
      a('B.1', 4), // 80
      a('B.2', 3), // 66.67
      a('B.3', 2), // 66.67
    ]);
    expect(result.nodes['A.1']!.score).toBe(75);
    expect(result.nodes['A.2']!.score).toBe(50);
    expect(result.dimensions.A).toBe(62.5);
    // total = 0.6 × 62.5 + 0.4 × 71.11 = 65.944…
    expect(result.score).toBeCloseTo(0.6 * 62.5 + 0.4 * ((80 + 400 / 3) / 3), 9);
    expect(result.rounded).toBe(65.94);
    expect(result.band?.code).toBe('C');
    expect(result.zone).toBe('kuning');
    // Per unit: A only (B is entity-level). U1: A.1 = 50, A.2 = 100 → 75; U2: 100, 0 → 50.
    expect(result.units.map((u) => [u.unit, u.score])).toEqual([
      ['U1', 75],
      ['U2', 50],
    ]);
    expect(result.products.map((p) => [p.unit, p.product, p.score])).toEqual([
      ['U1', 'P1', 100],
      ['U1', 'P2', 0],
      ['U2', 'P3', 100],
    ]);
    // Explainability: the answers behind A.1 and its share of A.
    expect(result.nodes['A.1']!.answers).toHaveLength(3);
    expect(result.nodes['A.1']!.share).toBe(50);
  });

  it('aggregation "min" takes the weakest product instead of the mean (framework override)', () => {
    const strict = testFramework({ products: 'min' });
    const result = scoreEntity(strict, [a('A.1', 3, 'U', 'P1'), a('A.1', 1, 'U', 'P2')]);
    expect(result.nodes['A.1']!.score).toBeCloseTo(100 / 3, 9);
  });

  it('closed cycle: a missing answer counts as 0 and is counted (rule 2)', () => {
    const result = scoreEntity(fw, [a('A.1', 3, 'U', 'P')], { cycle: 'closed' });
    // A.2 (unit U) and B.1–B.3 are missing → 0. A = 50, B = 0, total = 30.
    expect(result.score).toBe(30);
    expect(result.missing).toBe(4);
    expect(result.nodes.B!.missing).toBe(3);
    expect(result.nodes.B!.status).toBe('scored');
  });

  it('open cycle: a missing answer is left out and reported as not yet answered (rule 2)', () => {
    const result = scoreEntity(fw, [a('A.1', 3, 'U', 'P')], { cycle: 'open' });
    // A.2 pending → A = A.1 = 100; B pending entirely → total = A = 100.
    expect(result.score).toBe(100);
    expect(result.dimensions.B).toBeNull();
    expect(result.nodes.B!.status).toBe('pending');
    expect(result.missing).toBe(4);
  });

  it('framework "missing: exclude" leaves missing answers out even in a closed cycle', () => {
    const result = scoreEntity(testFramework({ missing: 'exclude' }), [a('A.1', 3, 'U', 'P')]);
    expect(result.score).toBe(100);
  });

  it('N/A everywhere gives no score and no band', () => {
    const result = scoreEntity(fw, full({ a1: 'NA', a2: 'NA', b1: 'NA', b2: 'NA', b3: 'NA' }));
    expect(result).toMatchObject({ score: null, rounded: null, band: null, zone: null });
    expect(result.nodes.A!.status).toBe('na');
  });

  it('publishes the verified value; the self value only when the framework allows (rule 5)', () => {
    const answers: Answer[] = [
      { indicator: 'B.1', value: null, selfValue: 5 },
      { indicator: 'B.2', value: 1, selfValue: 4 }, // verified 1 wins over self 4
      { indicator: 'B.3', value: 'NA' },
    ];
    const only = (f: typeof fw) => scoreEntity(f, answers, { cycle: 'open' }).dimensions.B;
    expect(only(fw)).toBe(0); // B.1 not answered (pending), B.2 = 0
    expect(only(testFramework({ useSelfValueWhenUnverified: true }))).toBe(50); // B.1 = 100, B.2 = 0
  });

  it('entity types outside appliesTo make an indicator N/A', () => {
    const base = testFramework();
    const leaf = base.nodes[1]!.children![0]!;
    leaf.appliesTo = { level: 'entity', entityTypes: ['kementerian'] };
    const answers = [a('B.1', 0), a('B.2', 4), a('B.3', 3)];
    expect(scoreEntity(base, answers, { entityType: 'pemkab', cycle: 'open' }).dimensions.B).toBe(100);
    expect(scoreEntity(base, answers, { entityType: 'kementerian', cycle: 'open' }).dimensions.B).toBeCloseTo(
      200 / 3,
      9,
    );
  });

  it('views take the weighted mean of their nodes (REFERENCE §0 groups)', () => {
    const result = scoreEntity(fw, full({ a1: 3, a2: 0, b1: 5, b2: 4, b3: 3 }));
    expect(result.views.v).toEqual({ a: 50, all: 0.6 * 50 + 0.4 * 100 });
  });

  it('rejects answers outside the scale and unknown indicators', () => {
    expect(() => scoreEntity(fw, [a('B.3', 7)])).toThrow(/outside scale 0–3/);
    expect(() => scoreEntity(fw, [a('Z', 1)])).toThrow(/unknown indicator Z/);
  });

  it('scoreEntities keeps entities in order of first appearance', () => {
    const rows = [
      { entity: 'Kab B', ...a('B.1', 5) },
      { entity: 'Kab A', ...a('B.1', 0) },
      { entity: 'Kab B', ...a('B.2', 4) },
    ];
    expect(scoreEntities(fw, rows).map((r) => r.entity)).toEqual(['Kab B', 'Kab A']);
  });

  it('scores 5,000 answers for 100 entities quickly (no quadratic work)', () => {
    const rows = [];
    for (let e = 0; e < 100; e++)
      for (let u = 0; u < 10; u++)
        for (let p = 0; p < 5; p++)
          rows.push({ entity: `E${e}`, ...a('A.1', (e + u + p) % 4, `U${u}`, `P${p}`) });
    const started = performance.now();
    expect(scoreEntities(fw, rows)).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('findBand — closed intervals on the rounded score (REFERENCE §10 rule 4)', () => {
  it.each([
    [87.99, 'B', '87.99 is the top of B'],
    [88, 'A', '88.00 is the bottom of A'],
    [87.995, 'A', '87.995 rounds half-up to 88.00'],
    [87.994999, 'B', '87.994999 rounds to 87.99'],
    [77.99, 'C', 'C ends at 77.99 (source prints 77.79, a typo)'],
    [31.995, 'D', '31.995 → 32.00 → D'],
  ])('%d → %s (%s)', (score, code) => {
    expect(findBand(fw.bands, score)?.code).toBe(code);
  });

  it('returns null outside every band', () => {
    expect(findBand(fw.bands, 100.01)).toBeNull();
  });
});
