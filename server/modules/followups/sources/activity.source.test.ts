/**
 * Activity actions as follow-up items (issue 17 §8) through the activities API: each agreed action
 * is a `kegiatan` item of the office (addressed to the owner the activity names, else the unit,
 * else the government; due on the action's date); an edit reaches an item nobody has answered yet;
 * deleting an action that is an item is refused 409 in Indonesian and changes nothing. Then the
 * office's governments not met in a year: reach, bad input, the list itself.
 */
import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governments } from '../../../db/schema';
import { followupEvents, followupItems } from '../../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../../test/factories';
import { createTestContext, type TestContext } from '../../../test/harness';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let secondGov: string;

beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
  const [gov] = await ctx.database.db
    .insert(governments)
    .values({
      type: 'pemkab',
      name: `Kabupaten Belum Ditemui ${crypto.randomBytes(3).toString('hex')}`,
      officeId: t.officeId,
    })
    .returning();
  secondGov = gov!.id;
}, 60_000);
afterAll(async () => ctx?.close());

const visit = () => ({
  kind: 'kunjungan_koordinasi',
  title: 'Kunjungan koordinasi tindak lanjut',
  heldOn: '2026-03-10',
  unitIds: [t.unitId],
  actions: [
    {
      description: 'Tetapkan SK standar pelayanan',
      unitId: t.unitId,
      dueOn: '2026-04-30',
      owner: 'Kepala Dinas',
    },
    { description: 'Pasang maklumat pelayanan', unitId: t.otherUnitId },
  ],
});

const itemsOf = async (actionIds: string[]) =>
  ctx.database.db.select().from(followupItems).where(inArray(followupItems.activityActionId, actionIds));

describe('activity actions become kegiatan items', () => {
  let id: string;
  let actions: { id: string; description: string }[];

  it('creating the activity raises one item per action, issued by the office', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.post(`/api/governments/${t.governmentId}/activities`, visit());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    actions = res.json().actions;
    const items = await itemsOf(actions.map((a) => a.id));
    expect(items).toHaveLength(2);
    const first = items.find((i) => i.activityActionId === actions[0]!.id)!;
    expect(first).toMatchObject({
      kind: 'kegiatan',
      issuer: 'office',
      sourceType: 'activity',
      sourceId: id,
      officeId: t.officeId,
      governmentId: t.governmentId,
      unitId: t.unitId,
      addressee: 'Kepala Dinas',
      action: 'Tetapkan SK standar pelayanan',
      dueOn: '2026-04-30',
      status: 'terbuka',
    });
    const second = items.find((i) => i.activityActionId === actions[1]!.id)!;
    expect(second.dueOn).toBeNull();
    expect(second.addressee).not.toBe('');
    const events = await ctx.database.db
      .select()
      .from(followupEvents)
      .where(
        inArray(
          followupEvents.itemId,
          items.map((i) => i.id),
        ),
      );
    expect(events.map((e) => e.action)).toEqual(['dibuat', 'dibuat']);
  });

  it('an edit reaches the open item, adds a new one, and leaves an answered item as answered', async () => {
    const assessor = await t.as('assessor');
    // The second item was answered already: what was asked then stays.
    await ctx.database.db
      .update(followupItems)
      .set({ status: 'dijawab' })
      .where(eq(followupItems.activityActionId, actions[1]!.id));
    const res = await assessor.request('PUT', `/api/activities/${id}`, {
      ...visit(),
      rowVersion: 1,
      actions: [
        {
          id: actions[0]!.id,
          description: 'Tetapkan SK standar pelayanan 2026',
          dueOn: '2026-05-31',
          owner: 'Sekda',
        },
        { id: actions[1]!.id, description: 'Diubah setelah dijawab', unitId: t.otherUnitId },
        { description: 'Unggah standar ke situs web', dueOn: '2026-06-30' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    actions = res.json().actions;
    const items = await itemsOf(actions.map((a) => a.id));
    expect(items).toHaveLength(3);
    expect(items.find((i) => i.activityActionId === actions[0]!.id)).toMatchObject({
      action: 'Tetapkan SK standar pelayanan 2026',
      dueOn: '2026-05-31',
      addressee: 'Sekda',
      unitId: null,
      version: 1,
    });
    expect(items.find((i) => i.activityActionId === actions[1]!.id)).toMatchObject({
      action: 'Pasang maklumat pelayanan',
      status: 'dijawab',
    });
    expect(items.find((i) => i.activityActionId === actions[2]!.id)).toMatchObject({
      dueOn: '2026-06-30',
      addressee: expect.stringMatching(/^Lembaga Uji /),
    });
  });

  it('deleting an action that is an item is refused 409 in Indonesian, changing nothing', async () => {
    const assessor = await t.as('assessor');
    const res = await assessor.request('PUT', `/api/activities/${id}`, {
      ...visit(),
      title: 'Tanpa tindak lanjut kedua',
      rowVersion: 2,
      actions: [{ id: actions[0]!.id, description: 'Tetap' }],
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toMatch(/sudah masuk daftar tindak lanjut dan tidak dapat dihapus/);
    const now = (await assessor.get(`/api/activities/${id}`)).json();
    expect(now).toMatchObject({ rowVersion: 2, title: 'Kunjungan koordinasi tindak lanjut', actionCount: 3 });
    expect(await itemsOf(actions.map((a) => a.id))).toHaveLength(3);
  });
});

describe("the office's governments not met in a year", () => {
  const url = (officeId: string, year: number | string) =>
    `/api/offices/${officeId}/unmet-governments?year=${year}`;

  it('lists the governments with no activity that year, with the last one ever held', async () => {
    const head = await t.as('oversight_head');
    const y2026 = await head.get(url(t.officeId, 2026));
    expect(y2026.statusCode, y2026.body).toBe(200);
    expect(y2026.json()).toMatchObject({ officeId: t.officeId, year: 2026, total: 2 });
    expect(y2026.json().items).toEqual([expect.objectContaining({ id: secondGov, lastHeldOn: null })]);
    const y2025 = (await head.get(url(t.officeId, 2025))).json();
    expect(y2025.items.map((g: { id: string }) => g.id).sort()).toEqual([t.governmentId, secondGov].sort());
    expect(y2025.items.find((g: { id: string }) => g.id === t.governmentId).lastHeldOn).toBe('2026-03-10');
  });

  it('refuses a bad year field by field and answers 404 out of reach, 403 without the permission', async () => {
    const head = await t.as('oversight_head');
    const bad = await head.get(url(t.officeId, 'dua-ribu'));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['year']);
    expect((await head.get(`/api/offices/${t.officeId}/unmet-governments`)).statusCode).toBe(400);
    expect((await head.get(url(other.officeId, 2026))).statusCode).toBe(404);
    expect((await (await other.as('assessor')).get(url(t.officeId, 2026))).statusCode).toBe(404);
    const admin = await t.as('admin');
    expect((await admin.get(url(crypto.randomUUID(), 2026))).statusCode).toBe(404);
    expect((await admin.get(url(other.officeId, 2026))).statusCode).toBe(200);
    expect((await (await t.as('gov_coordinator')).get(url(t.officeId, 2026))).statusCode).toBe(403);
  });
});
