/**
 * A released official cycle's improvement points become saran perbaikan (issue 17): through the
 * release API, per released government, with the point's indicator and due date (else 60 days
 * after the release: Patuh's default), issued by the cycle's office, each with its 'dibuat'
 * history row. Releasing again — also several at once, which on PostgreSQL run in parallel
 * transactions — and withdrawing then re-releasing add nothing.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../../../shared/format/format';
import { improvementPoints } from '../../../db/schema-assessments';
import { followupEvents, followupItems } from '../../../db/schema-complaints';
import { createTestContext, type Agent, type TestContext } from '../../../test/harness';
import { makeReleaseFixture, type ReleaseFixture } from '../../public-release/release-fixture';
import { OWN_ITEM_DEFAULT_DAYS, plusDays, raiseInternalCycleItems, SARAN_DEFAULT_DAYS } from './cycle.source';

let ctx: TestContext;
let f: ReleaseFixture;
let head: Agent;
let admin: Agent;
const points: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  f = await makeReleaseFixture(ctx);
  const db = ctx.database.db;
  const add = async (key: string, v: Partial<typeof improvementPoints.$inferInsert>) => {
    const [row] = await db
      .insert(improvementPoints)
      .values({ cycleId: f.cycleId, governmentId: f.govA, text: `Saran ${key}`, ...v })
      .returning();
    points[key] = row!.id;
  };
  await add('dated', { unitId: f.t.unitId, indicatorCode: 'I.1', dueOn: '2024-03-31' });
  await add('undated', {});
  await add('archived', { archivedAt: new Date() });
  await add('other', { governmentId: f.govB, indicatorCode: 'II.2' });
  head = await f.t.as('oversight_head');
  admin = await f.t.as('admin');
}, 120_000);
afterAll(async () => ctx?.close());

const itemsOfCycle = () =>
  ctx.database.db.select().from(followupItems).where(eq(followupItems.cycleId, f.cycleId));

describe('saran perbaikan from a released cycle', () => {
  it('releasing one government raises its live points only, with indicator and due date', async () => {
    const res = await head.post(`/api/cycles/${f.cycleId}/releases`, { governmentIds: [f.govA] });
    expect(res.statusCode, res.body).toBe(200);
    const items = await itemsOfCycle();
    expect(items.map((i) => i.improvementPointId).sort()).toEqual([points.dated, points.undated].sort());
    const dated = items.find((i) => i.improvementPointId === points.dated)!;
    expect(dated).toMatchObject({
      kind: 'saran_perbaikan',
      issuer: 'office',
      sourceType: 'cycle',
      sourceId: f.cycleId,
      officeId: f.t.officeId,
      governmentId: f.govA,
      unitId: f.t.unitId,
      indicatorCode: 'I.1',
      dueOn: '2024-03-31',
      action: 'Saran dated',
      status: 'terbuka',
      createdBy: f.t.userIds.oversight_head,
    });
    const undated = items.find((i) => i.improvementPointId === points.undated)!;
    expect(undated.dueOn).toBe(plusDays(todayIn('WIB'), SARAN_DEFAULT_DAYS));
    expect(undated.unitId).toBeNull();
    // Addressed to the unit when the point names one, else to the government.
    expect(undated.addressee).toMatch(/^Lembaga Uji /);
    const events = await ctx.database.db
      .select()
      .from(followupEvents)
      .where(
        inArray(
          followupEvents.itemId,
          items.map((i) => i.id),
        ),
      );
    expect(events.map((e) => [e.action, e.toStatus])).toEqual([
      ['dibuat', 'terbuka'],
      ['dibuat', 'terbuka'],
    ]);
  });

  it('several releases at once, a withdrawal and a re-release create each item once', async () => {
    const url = `/api/cycles/${f.cycleId}/releases`;
    const results = await Promise.all([head.post(url, {}), admin.post(url, {}), head.post(url, {})]);
    for (const r of results) expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    const withdrawn = await head.post(`${url}/withdraw`, {
      governmentIds: [f.govA, f.govB],
      reason: 'Koreksi',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const again = await Promise.all([head.post(url, {}), admin.post(url, {})]);
    for (const r of again) expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
    const items = await itemsOfCycle();
    expect(items.map((i) => i.improvementPointId).sort()).toEqual(
      [points.dated, points.undated, points.other].sort(),
    );
    const events = await ctx.database.db
      .select()
      .from(followupEvents)
      .where(
        inArray(
          followupEvents.itemId,
          items.map((i) => i.id),
        ),
      );
    expect(events).toHaveLength(3);
    expect(items.find((i) => i.governmentId === f.govB)).toMatchObject({ indicatorCode: 'II.2' });
  }, 60_000);

  it("an internal cycle's points become the government's own items, once", async () => {
    const db = ctx.database.db;
    const [p] = await db
      .insert(improvementPoints)
      .values({ cycleId: f.internalCycleId, governmentId: f.govA, text: 'Perbaikan internal' })
      .returning();
    const cycle = { id: f.internalCycleId, ownerGovernmentId: f.govA };
    const first = await raiseInternalCycleItems(db, cycle, null);
    expect(first).toHaveLength(1);
    expect(await raiseInternalCycleItems(db, cycle, null)).toEqual([]);
    const [item] = await db
      .select()
      .from(followupItems)
      .where(and(eq(followupItems.improvementPointId, p!.id)));
    expect(item).toMatchObject({
      kind: 'perbaikan_internal',
      issuer: 'government',
      officeId: null,
      sourceType: 'internal_cycle',
      dueOn: plusDays(todayIn('WIB'), OWN_ITEM_DEFAULT_DAYS),
    });
  });
});
