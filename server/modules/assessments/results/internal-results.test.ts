/**
 * An internal cycle's results through the API (issue 12 part 3), on both engines: the unit
 * ranking, the pemetaan kekurangan and the comparison with the Ombudsman's 2023 published result,
 * hand-computed (REFERENCE §10 rules 1, 2: a cell counts value/3 × 100 on the 0–3 scales; the
 * cycle is published, so closed, and a cell left without a value counts 0). Who reads what:
 * the owner government's roles, a PIC only their units, another tenant and official cycles 404.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  InternalComparison,
  InternalGaps,
  InternalRanking,
} from '../../../../shared/contracts/assessments-internal-results';
import { cycles, unitResults } from '../../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { publishedCycle } from '../common/assessment-fixtures';
import { makeInternalCycle, type InternalCycleFixture } from './internal-results.fixture';

let ctx: TestContext;
let t: Tenant;
let official: string;
let ic: InternalCycleFixture;

/**
 * Internal 2024 values (all verified): PROSES.1 — OPD 0, UPT 2, other OPD 3; INPUT.KOMP.1 — OPD 3,
 * UPT 1, other OPD left unverified (counts 0: closed); every other indicator 3.
 * Official 2023 (the OPD only): PROSES.1 = 1, every other indicator 3.
 */
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  official = await publishedCycle(t, 'ombudsman-2022-2024', 2023, t.unitId, (i) =>
    i === 'PROSES.1' ? 1 : 3,
  );
  const byUnit = (unitId: string, opd: number | null, upt: number | null, other: number | null) =>
    unitId === t.unitId ? opd : unitId === t.childUnitId ? upt : other;
  ic = await makeInternalCycle(ctx, t, {
    status: 'published',
    pick: ({ unitId, indicator }) =>
      indicator === 'PROSES.1'
        ? byUnit(unitId, 0, 2, 3)
        : indicator === 'INPUT.KOMP.1'
          ? byUnit(unitId, 3, 1, null)
          : 3,
  });
});
afterAll(() => ctx.close());

const url = (path: string, cycleId = ic.cycleId) => `/api/cycles/${cycleId}/internal/${path}`;

describe('GET /api/cycles/:id/internal/gaps', () => {
  it('maps per indicator the units where it is not fulfilled or partly, most failing first', async () => {
    const res = await (await t.as('gov_coordinator')).get(url('gaps'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<InternalGaps>();
    expect(body.cycle).toMatchObject({ closed: true, status: 'published' });
    const [first, second, ...rest] = body.indicators;
    // PROSES.1: OPD 0 of 3 (not fulfilled), UPT 2 of 3 = 66.67 (partly), other OPD 3 (fulfilled).
    expect(first).toMatchObject({
      indicator: 'PROSES.1',
      failing: 2,
      notFulfilled: 1,
      partly: 1,
      unassessed: 0,
    });
    expect(first!.units.map((u) => [u.unitId, u.status, u.fulfilment])).toEqual([
      [t.unitId, 'not_fulfilled', 0],
      [t.childUnitId, 'partly', 66.67],
    ]);
    // INPUT.KOMP.1: the other OPD's unverified cell counts 0 (closed); UPT 1 of 3 = 33.33.
    expect(second).toMatchObject({ indicator: 'INPUT.KOMP.1', failing: 2, notFulfilled: 1, partly: 1 });
    expect(second!.units.map((u) => [u.unitId, u.status, u.fulfilment])).toEqual([
      [t.otherUnitId, 'not_fulfilled', 0],
      [t.childUnitId, 'partly', 33.33],
    ]);
    expect(rest.every((g) => g.failing === 0 && g.units.length === 0)).toBe(true);
    expect(rest).toHaveLength(16);
  });

  it("?sort=framework keeps the framework's order; a bad sort is a 400 naming the field", async () => {
    const coord = await t.as('gov_coordinator');
    const res = await coord.get(`${url('gaps')}?sort=framework`);
    expect(
      res
        .json<InternalGaps>()
        .indicators.map((g) => g.indicator)
        .slice(0, 2),
    ).toEqual(['PROSES.1', 'PROSES.2']);
    const bad = await coord.get(`${url('gaps')}?sort=drop`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: Record<string, unknown> } }>().error.fields).toHaveProperty('sort');
  });
});

describe('GET /api/cycles/:id/internal/ranking', () => {
  it("ranks the government's units by their unit_results score, with their failing indicators", async () => {
    const res = await (await t.as('internal_verifier')).get(url('ranking'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<InternalRanking>();
    const stored = await ctx.database.db
      .select({ unitId: unitResults.unitId, rounded: unitResults.rounded })
      .from(unitResults)
      .where(eq(unitResults.cycleId, ic.cycleId));
    const expected = [...stored].sort((a, b) => b.rounded! - a.rounded!);
    expect(body.units.map((u) => [u.unitId, u.score])).toEqual(expected.map((s) => [s.unitId, s.rounded]));
    expect(body.units.map((u) => u.rank)).toEqual([1, 2, 3]);
    // Not every unit is at 100: the scores differ, so the order above is a real ranking.
    expect(new Set(body.units.map((u) => u.score)).size).toBe(3);
    const failing = Object.fromEntries(body.units.map((u) => [u.unitId, u.failing]));
    expect(failing).toEqual({ [t.unitId]: 1, [t.childUnitId]: 2, [t.otherUnitId]: 1 });
  });

  it("gives a unit PIC only their units' rows (the OPD and the UPT below it)", async () => {
    const pic = await t.as('unit_pic');
    const ranking = (await pic.get(url('ranking'))).json<InternalRanking>();
    expect(ranking.units.map((u) => u.unitId).sort()).toEqual([t.unitId, t.childUnitId].sort());
    const gaps = (await pic.get(url('gaps'))).json<InternalGaps>();
    const units = gaps.indicators.flatMap((g) => g.units.map((u) => u.unitId));
    expect(units).not.toContain(t.otherUnitId);
    expect(units).toContain(t.childUnitId);
  });
});

describe('GET /api/cycles/:id/internal/comparison', () => {
  it('compares per shared indicator with the 2023 published result, never totals', async () => {
    const res = await (await t.as('gov_coordinator')).get(url('comparison'));
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<InternalComparison>();
    expect(body.official).toMatchObject({ cycleId: official, year: 2023 });
    expect(body.totalsComparable).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/"score"/);
    expect(body.indicators).toHaveLength(18);
    const row = (code: string) => body.indicators.find((r) => r.indicator === code)!;
    // PROSES.1 internal: (0 + 66.67 + 100) / 3 = 55.56; official: one cell at 1 = 33.33;
    // difference 55.5556 − 33.3333 = 22.22; only the OPD was assessed by both.
    expect(row('PROSES.1')).toMatchObject({
      internal: { fulfilment: 55.56, cells: 3, missing: 0 },
      official: { fulfilment: 33.33, cells: 1, missing: 0 },
      difference: 22.22,
      commonUnits: [{ unitId: t.unitId, internal: 0, official: 33.33 }],
    });
    // INPUT.KOMP.1 internal: (100 + 33.33 + 0) / 3 = 44.44 (one missing, counted 0); official 100.
    expect(row('INPUT.KOMP.1')).toMatchObject({
      internal: { fulfilment: 44.44, cells: 3, missing: 1 },
      official: { fulfilment: 100, cells: 1 },
      difference: -55.56,
      commonUnits: [{ unitId: t.unitId, internal: 100, official: 100 }],
    });
  });

  it('is empty when the government has no published official result', async () => {
    const fresh = await makeTenant(ctx);
    const own = await makeInternalCycle(ctx, fresh, { status: 'published' });
    const body = (
      await (await fresh.as('gov_coordinator')).get(url('comparison', own.cycleId))
    ).json<InternalComparison>();
    expect(body.official).toBeNull();
    expect(body.indicators).toEqual([]);
  });
});

describe('who reads an internal cycle’s results', () => {
  it('answers 404 for an official cycle, as for a missing one', async () => {
    const head = await t.as('oversight_head');
    const coord = await t.as('gov_coordinator');
    for (const path of ['ranking', 'gaps', 'comparison', 'report.pdf', 'report.xlsx']) {
      expect((await head.get(url(path, official))).statusCode, path).toBe(404);
      expect((await coord.get(url(path, official))).statusCode, path).toBe(404);
      expect((await coord.get(url(path, crypto.randomUUID()))).statusCode, path).toBe(404);
    }
  });

  it("answers 404 to another government's coordinator and PIC", async () => {
    const other = await makeTenant(ctx);
    for (const role of ['gov_coordinator', 'unit_pic', 'internal_verifier'] as const)
      for (const path of ['ranking', 'gaps', 'comparison', 'report.xlsx'])
        expect((await (await other.as(role)).get(url(path))).statusCode, `${role} ${path}`).toBe(404);
  });
});

describe('before publication and when shared', () => {
  it("the government's assessing side (coordinator, internal verifier) reads during verification; a PIC waits (409)", async () => {
    const own = await makeTenant(ctx);
    const open = await makeInternalCycle(ctx, own, { status: 'verification' });
    for (const role of ['gov_coordinator', 'internal_verifier'] as const) {
      const res = await (await own.as(role)).get(url('ranking', open.cycleId));
      expect(res.statusCode, `${role} ${res.body}`).toBe(200);
      expect(res.json<InternalRanking>().cycle.closed).toBe(false);
    }
    const pic = await (await own.as('unit_pic')).get(url('gaps', open.cycleId));
    expect(pic.statusCode).toBe(409);
  });

  it("the office's staff read it only while the government shares it", async () => {
    const head = await t.as('oversight_head');
    const assessor = await t.as('assessor');
    for (const agent of [head, assessor]) expect((await agent.get(url('comparison'))).statusCode).toBe(404);
    await ctx.database.db
      .update(cycles)
      .set({ sharedAt: new Date(), sharedBy: t.userIds.gov_coordinator })
      .where(eq(cycles.id, ic.cycleId));
    try {
      for (const agent of [head, assessor]) {
        const res = await agent.get(url('comparison'));
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json<InternalComparison>().cycle.sharedAt).not.toBeNull();
      }
      const other = await makeTenant(ctx);
      expect((await (await other.as('oversight_head')).get(url('ranking'))).statusCode).toBe(404);
    } finally {
      await ctx.database.db
        .update(cycles)
        .set({ sharedAt: null, sharedBy: null })
        .where(eq(cycles.id, ic.cycleId));
    }
  });
});
