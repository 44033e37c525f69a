/**
 * Survey results through the API on stored responses (both engines): IKM, NRR and grades at every
 * band edge (hand-computed: IKM = 25 × ΣS / (9N) when every element has N answers summing to S),
 * a unit where some respondents skipped an element, the period figure from summed counts (not a
 * mean of units), exclusions by flag, review and correction with staff-entered counted apart, the
 * cache per unit (used while nothing arrives, recomputed after a response and after a review), and
 * reach (PIC without interim results, another tenant, perception kept from the government).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { addResponses, addReview, makeSkmPeriod, respondentsWithSums } from './survey-results.fixtures';

let ctx: TestContext;
let t: Tenant;
let foreign: Tenant;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  foreign = await makeTenant(ctx);
}, 120_000);
afterAll(() => ctx.close());

interface Results {
  respondents: number;
  ikm: number | null;
  ikmRounded: number | null;
  grade: string | null;
  ikmWithRoundedWeight: number | null;
  received: number;
  staffEntered: number;
  excluded: { total: number; byFlag: Record<string, number>; byReview: number; superseded: number };
  elements: Array<{ code: string; answered: number; nrr: number | null; nrrRounded: number | null }>;
  lowest: Array<{ code: string }>;
  units: Array<{ id: string; respondents: number; ikmRounded: number | null }>;
  products: Array<{ id: string; respondents: number; ikmRounded: number | null }>;
  profile: Array<{ code: string; counts: Array<{ code: string; label: { id: string }; count: number }> }>;
  suggestions: Array<{ text: string }>;
}

async function results(periodId: string, query = '', role: 'gov_coordinator' = 'gov_coordinator') {
  const res = await (await t.as(role)).get(`/api/survey-periods/${periodId}/results${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Results>();
}

describe('IKM at the band edges (hand-computed)', () => {
  // N respondents; element sums S_1..S_9 (ΣS = T); IKM = 25T/(9N), half-up to 2 dp;
  // the 0.11 variant = 25 × 0.11 × T/N, half-up.
  const cases = [
    {
      name: '64.99 → D',
      n: 38,
      sums: [99, 99, 99, 99, 99, 99, 99, 98, 98],
      ikm: 64.99,
      grade: 'D',
      v011: 64.34,
    },
    {
      name: '65.00 → C',
      n: 5,
      sums: [13, 13, 13, 13, 13, 13, 13, 13, 13],
      ikm: 65.0,
      grade: 'C',
      v011: 64.35,
    },
    {
      name: '76.60 → C',
      n: 26,
      sums: [80, 80, 80, 80, 80, 80, 79, 79, 79],
      ikm: 76.6,
      grade: 'C',
      v011: 75.84,
    },
    {
      name: '76.61 → B',
      n: 19,
      sums: [59, 59, 58, 58, 58, 58, 58, 58, 58],
      ikm: 76.61,
      grade: 'B',
      v011: 75.84,
    },
    {
      name: '88.30 → B',
      n: 19,
      sums: [68, 67, 67, 67, 67, 67, 67, 67, 67],
      ikm: 88.3,
      grade: 'B',
      v011: 87.42,
    },
    {
      name: '88.31 → A',
      n: 24,
      sums: [85, 85, 85, 85, 85, 85, 85, 84, 84],
      ikm: 88.31,
      grade: 'A',
      v011: 87.43,
    },
    { name: '100.00 → A', n: 2, sums: [8, 8, 8, 8, 8, 8, 8, 8, 8], ikm: 100, grade: 'A', v011: 99 },
    { name: '25.00 → D', n: 3, sums: [3, 3, 3, 3, 3, 3, 3, 3, 3], ikm: 25, grade: 'D', v011: 24.75 },
  ];
  it.each(cases)('$name', async (c) => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }],
    });
    await addResponses(
      ctx.database,
      { periodId, unitId: t.unitId, governmentId: t.governmentId },
      respondentsWithSums(c.n, c.sums).map((answers) => ({ answers })),
    );
    const r = await results(periodId, `?unitId=${t.unitId}`);
    expect(r.respondents).toBe(c.n);
    expect(r.ikmRounded).toBe(c.ikm);
    expect(r.grade).toBe(c.grade);
    expect(r.ikmWithRoundedWeight).toBe(c.v011);
    expect(r.elements.map((e) => e.answered)).toEqual(c.sums.map(() => c.n));
    expect(r.elements[0]!.nrr).toBeCloseTo(c.sums[0]! / c.n, 12);
  });
});

describe('skipped elements and summed counts', () => {
  it('an element skipped by some respondents is averaged over those who answered it', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }],
    });
    // U4 answered 2 and 3 by two respondents, skipped by two: NRR U4 = 2.5 (not 5/4 = 1.25);
    // IKM = 25 × (8 × 4 + 2.5) / 9 = 95.8333 → 95.83 (A); 0.11 variant 25 × 0.11 × 34.5 = 94.875 → 94.88.
    const all4 = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    const withU4 = (v: number | null) => all4.map((a, i) => (i === 3 ? v : a));
    await addResponses(ctx.database, { periodId, unitId: t.unitId, governmentId: t.governmentId }, [
      { answers: withU4(2) },
      { answers: withU4(3) },
      { answers: withU4(null) },
      { answers: withU4(null) },
    ]);
    const r = await results(periodId);
    expect(r.respondents).toBe(4);
    expect(r.elements[3]).toMatchObject({ code: 'U4', answered: 2, nrr: 2.5, nrrRounded: 2.5 });
    expect(r.ikmRounded).toBe(95.83);
    expect(r.grade).toBe('A');
    expect(r.ikmWithRoundedWeight).toBe(94.88);
    expect(r.lowest[0]!.code).toBe('U4');
  });

  it('the period is graded from the units’ summed counts, not the mean of their indices', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }, { unitId: t.otherUnitId }],
    });
    await addResponses(ctx.database, { periodId, unitId: t.unitId, governmentId: t.governmentId }, [
      { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] },
    ]);
    await addResponses(
      ctx.database,
      { periodId, unitId: t.otherUnitId, governmentId: t.governmentId },
      [1, 2, 3].map(() => ({ answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] })),
    );
    const r = await results(periodId);
    // units 100.00 and 25.00 (mean 62.50); summed: NRR = (4 + 3) / 4 = 1.75 → IKM 43.75.
    expect(r.units.map((u) => u.ikmRounded).sort()).toEqual([100, 25].sort());
    expect(r.ikmRounded).toBe(43.75);
    expect(r.grade).toBe('D');
    expect(r.respondents).toBe(4);
  });
});

describe('exclusions, staff-entered, profile, suggestions, products', () => {
  it('counts only accepted responses and says how many were excluded and why', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId, productIds: [t.productId] }],
    });
    const at = { periodId, unitId: t.unitId, governmentId: t.governmentId };
    const good = [3, 3, 3, 3, 3, 3, 3, 3, 3];
    const bad = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    const [ok1, , fast, reuse, acceptedFlag, excludedPlain, corrected] = await addResponses(
      ctx.database,
      at,
      [
        {
          answers: good,
          productId: t.productId,
          profile: { jenis_kelamin: 'P', usia: '30-39' },
          suggestion: 'Antrian lebih tertib',
        },
        { answers: good, channel: 'staff', profile: { jenis_kelamin: 'L' } },
        { answers: bad, flags: ['too_fast'] },
        { answers: bad, flags: ['device_reuse', 'identical_burst'], suggestion: 'tidak dihitung' },
        { answers: good, flags: ['outside_hours'] },
        { answers: bad },
        { answers: bad },
      ],
    );
    await addResponses(ctx.database, at, [{ answers: good, channel: 'staff', supersedesId: corrected! }]);
    const reviewer = t.userIds.gov_coordinator;
    await addReview(
      ctx.database,
      { ...at, responseId: acceptedFlag!, decidedBy: reviewer },
      'accept',
      'Dicek: jam loket sore',
    );
    await addReview(
      ctx.database,
      { ...at, responseId: excludedPlain!, decidedBy: reviewer },
      'exclude',
      'Isian ganda',
    );
    // a later review wins: excluded first, then accepted
    await addReview(ctx.database, { ...at, responseId: ok1!, decidedBy: reviewer }, 'exclude', 'keliru');
    await addReview(ctx.database, { ...at, responseId: ok1!, decidedBy: reviewer }, 'accept', 'dibatalkan');
    expect(fast && reuse).toBeTruthy();

    const r = await results(periodId);
    // accepted: ok1, staff, acceptedFlag, the correction = 4 responses, all answers 3 → IKM 75.00 (C)
    expect(r.received).toBe(8);
    expect(r.respondents).toBe(4);
    expect(r.ikmRounded).toBe(75);
    expect(r.grade).toBe('C');
    expect(r.staffEntered).toBe(2);
    expect(r.excluded).toEqual({
      total: 4,
      byFlag: { too_fast: 1, device_reuse: 1, identical_burst: 1 },
      byReview: 1,
      superseded: 1,
    });
    const sex = r.profile.find((p) => p.code === 'jenis_kelamin')!;
    expect(sex.counts).toEqual([
      { code: 'L', label: { id: 'Laki-laki', en: 'Male' }, count: 1 },
      { code: 'P', label: { id: 'Perempuan', en: 'Female' }, count: 1 },
    ]);
    expect(r.suggestions.map((s) => s.text)).toEqual(['Antrian lebih tertib']);
    expect(r.products).toEqual([
      expect.objectContaining({ id: t.productId, respondents: 1, ikmRounded: 75 }),
    ]);
    expect(r.lowest).toHaveLength(3);

    const product = await results(periodId, `?productId=${t.productId}`);
    expect(product.respondents).toBe(1);
    expect(product.received).toBe(1);
  });
});

describe('the result cache per unit', () => {
  it('is used while nothing arrives, and recomputed after a new response and after a review', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }],
    });
    const at = { periodId, unitId: t.unitId, governmentId: t.governmentId };
    await addResponses(ctx.database, at, [{ answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] }]);
    expect((await results(periodId)).ikmRounded).toBe(100);
    const cached = await ctx.database.query<{ response_seq: string }>(
      'select response_seq from survey_unit_results where period_id = $1 and unit_id = $2',
      [periodId, t.unitId],
    );
    expect(cached).toHaveLength(1);

    // Proof the cache is read: mark the stored aggregate; the next read shows the mark.
    await ctx.database.query(
      `update survey_unit_results set result = jsonb_set(result, '{groups,0,respondents}', '77')
       where period_id = $1`,
      [periodId],
    );
    expect((await results(periodId)).respondents).toBe(77);

    // A new response: recomputed (the mark is gone, two respondents).
    const [flagged] = await addResponses(ctx.database, at, [
      { answers: [2, 2, 2, 2, 2, 2, 2, 2, 2], flags: ['too_fast'] },
    ]);
    const after = await results(periodId);
    expect(after.respondents).toBe(1);
    expect(after.excluded.byFlag).toEqual({ too_fast: 1 });

    // A review accepting the flagged one: recomputed again → (4 + 2) / 2 = 3 → 75.00.
    await addReview(
      ctx.database,
      { ...at, responseId: flagged!, decidedBy: t.userIds.gov_coordinator },
      'accept',
      'Petugas mendampingi responden',
    );
    const reviewed = await results(periodId);
    expect(reviewed.respondents).toBe(2);
    expect(reviewed.ikmRounded).toBe(75);
  });
});

describe('reach', () => {
  it('a unit PIC waits for interim results, then sees only their units', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }, { unitId: t.otherUnitId }],
    });
    await addResponses(ctx.database, { periodId, unitId: t.otherUnitId, governmentId: t.governmentId }, [
      { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
    ]);
    const pic = await t.as('unit_pic');
    const hidden = await pic.get(`/api/survey-periods/${periodId}/results`);
    expect(hidden.statusCode).toBe(403);
    await ctx.database.query('update survey_periods set interim_visible = true where id = $1', [periodId]);
    const shown = await pic.get(`/api/survey-periods/${periodId}/results`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json<Results>().units.map((u) => u.id)).toEqual([t.unitId]);
    expect(shown.json<Results>().received).toBe(0);
    expect(
      (await pic.get(`/api/survey-periods/${periodId}/results?unitId=${t.otherUnitId}`)).statusCode,
    ).toBe(404);
  });

  it('another tenant gets 404 like a missing period; bad ids get 400', async () => {
    const periodId = await makeSkmPeriod(ctx.database, {
      governmentId: t.governmentId,
      units: [{ unitId: t.unitId }],
    });
    const other = await foreign.as('gov_coordinator');
    const res = await other.get(`/api/survey-periods/${periodId}/results`);
    expect(res.statusCode).toBe(404);
    const missing = await other.get(`/api/survey-periods/00000000-0000-4000-8000-000000000000/results`);
    expect(missing.json()).toEqual(res.json());
    expect((await other.get(`/api/survey-periods/bukan-id/results`)).statusCode).toBe(400);
    expect((await other.get(`/api/governments/${t.governmentId}/surveys/trend`)).statusCode).toBe(404);
  });
});

describe('trend', () => {
  it('lists the government’s SKM periods oldest first with their IKM', async () => {
    const g = await makeTenant(ctx);
    const old = await makeSkmPeriod(ctx.database, {
      governmentId: g.governmentId,
      units: [{ unitId: g.unitId }],
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      status: 'closed',
      title: 'SKM 2023',
    });
    const now = await makeSkmPeriod(ctx.database, {
      governmentId: g.governmentId,
      units: [{ unitId: g.unitId }],
      title: 'SKM 2024',
    });
    await addResponses(ctx.database, { periodId: old, unitId: g.unitId, governmentId: g.governmentId }, [
      { answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] },
    ]);
    await addResponses(ctx.database, { periodId: now, unitId: g.unitId, governmentId: g.governmentId }, [
      { answers: [4, 4, 4, 4, 4, 4, 4, 4, 3] },
    ]);
    const res = await (
      await g.as('gov_coordinator')
    ).get(`/api/governments/${g.governmentId}/surveys/trend?kind=skm`);
    expect(res.statusCode).toBe(200);
    // 25 × 35 / 9 = 97.2222 → 97.22
    expect(res.json<{ items: Array<{ title: string; ikmRounded: number }> }>().items).toEqual([
      expect.objectContaining({ title: 'SKM 2023', ikmRounded: 75, grade: 'C', status: 'closed' }),
      expect.objectContaining({ title: 'SKM 2024', ikmRounded: 97.22, grade: 'A', status: 'open' }),
    ]);
  });
});
