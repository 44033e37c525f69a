/**
 * One rule for every results read (issue 8 finding 7): on a published cycle a government
 * coordinator or unit PIC sees only their own government in the results table, the summary
 * (zones, ranking, progress; no means built from others' scores) — while the head sees the office.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments, units } from '../../../db/schema';
import { cycles, governmentResults } from '../../../db/schema-assessments';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';
import { PHASE_DATES } from '../common/assessment-fixtures';

let ctx: TestContext;
let t: Tenant;
let cycleId: string;
let neighbourId: string;

interface Summary {
  zones: Record<'hijau' | 'kuning' | 'merah' | 'none', number>;
  ranking: Array<{ type: string; top: Array<{ governmentId: string; score: number | null; rank: number }> }>;
  progress: { unitsSubmitted: number; unitsTotal: number; itemsTotal: number; itemsVerified: number };
  officeMean: number | null;
  nationalMean: number | null;
}

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  const db = ctx.database.db;
  // A second government of the same office, with one unit, in the same cycle.
  const [neighbour] = await db
    .insert(governments)
    .values({ type: 'lembaga', name: `Lembaga Tetangga ${t.officeId.slice(0, 6)}`, officeId: t.officeId })
    .returning();
  neighbourId = neighbour!.id;
  await db
    .insert(units)
    .values({ governmentId: neighbourId, name: 'Dinas Tetangga', type: 'opd', sector: 'kesehatan' });
  const head = await t.as('oversight_head');
  const created = await head.post('/api/cycles', {
    year: 2024,
    name: 'Siklus Lingkup',
    frameworkId: 'ombudsman-2022-2024',
    ...PHASE_DATES,
  });
  expect(created.statusCode, created.body).toBe(201);
  cycleId = created.json<{ id: string }>().id;
  const add = await head.post(`/api/cycles/${cycleId}/governments`, {
    governmentIds: [t.governmentId, neighbourId],
  });
  expect(add.statusCode, add.body).toBe(200);
  for (const g of [t.governmentId, neighbourId]) {
    const s = await head.post(`/api/cycles/${cycleId}/governments/${g}/sample/default`);
    expect(s.statusCode, s.body).toBe(200);
  }
  const adv = await head.post(`/api/cycles/${cycleId}/advance`, { to: 'self_assessment' });
  expect(adv.statusCode, adv.body).toBe(200);
  // Published with both scores (the scoring itself is tested elsewhere).
  await db.update(cycles).set({ status: 'published', publishedAt: new Date() }).where(eq(cycles.id, cycleId));
  await db.insert(governmentResults).values([
    { cycleId, governmentId: t.governmentId, score: 60, rounded: 60, band: 'C', zone: 'kuning' },
    { cycleId, governmentId: neighbourId, score: 90, rounded: 90, band: 'A', zone: 'hijau' },
  ]);
});
afterAll(async () => ctx.close());

async function ownCounts(governmentId: string) {
  const [row] = await ctx.database.query<{ units: number; items: number }>(
    `select (select count(*)::int from cycle_units where cycle_id = $1 and government_id = $2) as units,
            (select count(*)::int from answers where cycle_id = $1 and government_id = $2) as items`,
    [cycleId, governmentId],
  );
  return row!;
}

describe('results reads of a published cycle', () => {
  it('the head sees every government of the office in the summary', async () => {
    const res = await (await t.as('oversight_head')).get(`/api/cycles/${cycleId}/summary`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<Summary>();
    expect(s.ranking.flatMap((r) => r.top.map((g) => g.governmentId)).sort()).toEqual(
      [t.governmentId, neighbourId].sort(),
    );
    expect(s.zones).toEqual({ hijau: 1, kuning: 1, merah: 0, none: 0 });
    const mine = await ownCounts(t.governmentId);
    const theirs = await ownCounts(neighbourId);
    expect(s.progress.unitsTotal).toBe(mine.units + theirs.units);
    expect(s.progress.itemsTotal).toBe(mine.items + theirs.items);
    expect(s.officeMean).toBe(75);
  });

  for (const role of ['gov_coordinator', 'unit_pic'] as const) {
    it(`a ${role} sees only their own government in the summary and the results table`, async () => {
      const agent = await t.as(role);
      const res = await agent.get(`/api/cycles/${cycleId}/summary`);
      expect(res.statusCode, res.body).toBe(200);
      const s = res.json<Summary>();
      // Their own place in the ranking (rank 2 of the office), nobody else's.
      expect(s.ranking.flatMap((r) => r.top)).toEqual([
        { governmentId: t.governmentId, name: expect.any(String), score: 60, rank: 2 },
      ]);
      expect(res.body).not.toContain(neighbourId);
      expect(s.zones).toEqual({ hijau: 0, kuning: 1, merah: 0, none: 0 });
      const mine = await ownCounts(t.governmentId);
      expect(mine.items).toBeGreaterThan(0);
      expect(s.progress).toMatchObject({ unitsTotal: mine.units, itemsTotal: mine.items });
      expect(s.officeMean).toBeNull();
      expect(s.nationalMean).toBeNull();
      const rows = await agent.get(`/api/cycles/${cycleId}/results`);
      expect(rows.statusCode, rows.body).toBe(200);
      expect(
        rows.json<{ items: Array<{ governmentId: string }> }>().items.map((r) => r.governmentId),
      ).toEqual([t.governmentId]);
      expect((await agent.get(`/api/cycles/${cycleId}/governments/${neighbourId}/result`)).statusCode).toBe(
        404,
      );
    });
  }
});
