/**
 * Handover (mutasi): a transferred PIC's units and open items go to the new person at once, the
 * old session loses the unit on its next request; an internal verifier's work-plan rows of open
 * cycles move; history stays; two handovers at once do not both happen.
 */
import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandoverResult } from '../../../shared/contracts/people';
import { auditLog, contacts, userUnits, users } from '../../db/schema';
import {
  answers,
  cycleGovernments,
  cycles,
  cycleUnits,
  cycleUnitTeam,
  improvementPoints,
} from '../../db/schema-assessments';
import { makeTenant, TEST_PASSWORD, type Tenant } from '../../test/factories';
import { createTestContext, signIn, type TestContext } from '../../test/harness';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';
import { createUser } from '../users/users.service';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await syncBuiltInFrameworks(ctx.database.db);
});
afterAll(async () => ctx.close());

const x = () => crypto.randomBytes(4).toString('hex');

/** An internal cycle of the tenant's government in the given status, with the unit sampled. */
async function internalCycle(t: Tenant, status: 'self_assessment' | 'published') {
  const db = ctx.database.db;
  const [cycle] = await db
    .insert(cycles)
    .values({
      officeId: t.officeId,
      year: 2024,
      name: `Penilaian Mandiri ${status}`,
      frameworkId: 'ombudsman-2022-2024',
      kind: 'internal',
      ownerGovernmentId: t.governmentId,
      status,
    })
    .returning();
  await db.insert(cycleGovernments).values({ cycleId: cycle!.id, governmentId: t.governmentId });
  await db.insert(cycleUnits).values({ cycleId: cycle!.id, unitId: t.unitId, governmentId: t.governmentId });
  return cycle!.id;
}

async function contact(t: Tenant, name: string, email: string | null, unitId = t.unitId) {
  const [row] = await ctx.database.db
    .insert(contacts)
    .values({ unitId, governmentId: t.governmentId, name, email, position: 'Kepala Seksi' })
    .returning();
  return row!.id;
}

const handover = (t: Tenant, body: object) =>
  t.as('gov_coordinator').then((c) => c.post(`/api/governments/${t.governmentId}/people/handover`, body));

describe('handover (mutasi)', () => {
  it("a PIC's units, open items and contact row go to a new person from a contact; the old session loses the unit at once", async () => {
    const t = await makeTenant(ctx);
    const db = ctx.database.db;
    const cycleId = await internalCycle(t, 'self_assessment');
    // The old PIC's saved answer and the unit's improvement point.
    const [answer] = await db
      .insert(answers)
      .values({
        cycleId,
        governmentId: t.governmentId,
        unitId: t.unitId,
        indicator: 'uji.1',
        selfValue: 1,
        selfBy: t.userIds.unit_pic,
      })
      .returning();
    await db
      .insert(improvementPoints)
      .values({ cycleId, governmentId: t.governmentId, unitId: t.unitId, text: 'Lengkapi maklumat' });
    await db.update(contacts).set({ userId: t.userIds.unit_pic }).where(eq(contacts.id, t.contactId));
    const s = x();
    const newcomer = await contact(t, 'Rina Pengganti', `rina-${s}@uji.test`);

    const oldPic = await t.as('unit_pic');
    expect((await oldPic.get(`/api/units/${t.unitId}`)).statusCode).toBe(200);
    const res = await handover(t, { fromUserId: t.userIds.unit_pic, toContactId: newcomer });
    expect(res.statusCode).toBe(200);
    const out = res.json<HandoverResult>();
    expect(out).toMatchObject({
      role: 'unit_pic',
      from: { id: t.userIds.unit_pic, archived: false },
      to: { name: 'Rina Pengganti', email: `rina-${s}@uji.test`, created: true },
      units: [{ id: t.unitId }],
      openSelfAssessments: 1,
      improvementPoints: 1,
      contactsArchived: 1,
    });
    expect(out.setupLink).toMatch(/\/atur-sandi#t=/);

    // The old session, still signed in, now gets 404 on the unit (and its child).
    expect((await oldPic.get(`/api/units/${t.unitId}`)).statusCode).toBe(404);
    expect((await oldPic.get(`/api/units/${t.childUnitId}`)).statusCode).toBe(404);
    const held = await db.select().from(userUnits).where(eq(userUnits.unitId, t.unitId));
    expect(held.map((h) => h.userId)).toEqual([out.to.id]);
    // The new person sets a password through the link and reaches the unit.
    const token = out.setupLink!.split('#t=')[1];
    const set = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/setup-password',
      payload: { token, password: 'sandi-rina-baru-1' },
    });
    expect(set.statusCode).toBe(204);
    const rina = await signIn(ctx.app, `rina-${s}@uji.test`, 'sandi-rina-baru-1');
    expect((await rina.get(`/api/units/${t.unitId}`)).statusCode).toBe(200);

    // History: the answer stays the old PIC's; the old contact row is archived, the new one linked.
    const [after] = await db.select().from(answers).where(eq(answers.id, answer!.id));
    expect(after!.selfBy).toBe(t.userIds.unit_pic);
    const rows = await db
      .select({ id: contacts.id, userId: contacts.userId, archivedAt: contacts.archivedAt })
      .from(contacts)
      .where(inArray(contacts.id, [t.contactId, newcomer]));
    expect(rows.find((r) => r.id === t.contactId)!.archivedAt).not.toBeNull();
    expect(rows.find((r) => r.id === newcomer)).toMatchObject({ userId: out.to.id, archivedAt: null });
    // One audit entry on each account, both naming both people.
    const entries = await db
      .select({ entityId: auditLog.entityId, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.governmentId, t.governmentId), sql`${auditLog.after} ? 'handoverTo'`));
    expect(entries.map((e) => e.entityId).sort()).toEqual([t.userIds.unit_pic, out.to.id].sort());
    for (const e of entries)
      expect(e.after).toMatchObject({ handoverFrom: 'PIC Uji', handoverTo: 'Rina Pengganti' });

    // Handing over the same person again: nothing left.
    const again = await handover(t, { fromUserId: t.userIds.unit_pic, toUserId: out.to.id });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/^Tidak ada yang dapat diserahterimakan/);
  });

  it("an internal verifier's open work-plan rows move to an existing verifier; closed cycles keep their team", async () => {
    const t = await makeTenant(ctx);
    const db = ctx.database.db;
    const open = await internalCycle(t, 'self_assessment');
    const closed = await internalCycle(t, 'published');
    const oldId = t.userIds.internal_verifier;
    await db.insert(cycleUnitTeam).values([
      { cycleId: open, unitId: t.unitId, userId: oldId },
      { cycleId: closed, unitId: t.unitId, userId: oldId },
    ]);
    const next = await createUser(db, null, {
      email: `auditor-baru-${x()}@uji.test`,
      name: 'Auditor Baru',
      password: TEST_PASSWORD,
      role: 'internal_verifier',
      governmentId: t.governmentId,
    });
    const oldSession = await t.as('internal_verifier');
    const res = await handover(t, { fromUserId: oldId, toUserId: next.id, archiveFrom: true });
    expect(res.statusCode).toBe(200);
    expect(res.json<HandoverResult>()).toMatchObject({
      role: 'internal_verifier',
      from: { archived: true },
      to: { id: next.id, created: false },
      units: [],
      teamAssignments: 1,
      setupLink: null,
    });
    const team = await db
      .select({ cycleId: cycleUnitTeam.cycleId, userId: cycleUnitTeam.userId })
      .from(cycleUnitTeam)
      .where(inArray(cycleUnitTeam.cycleId, [open, closed]));
    expect(team).toEqual(
      expect.arrayContaining([
        { cycleId: open, userId: next.id },
        { cycleId: closed, userId: oldId },
      ]),
    );
    expect(team).toHaveLength(2);
    // Archived with the handover: the old session ends.
    expect((await oldSession.get('/api/auth/me')).json().user).toBeNull();
  });

  it('refuses a wrong target with a field error, and another government with 404', async () => {
    const t = await makeTenant(ctx);
    const other = await makeTenant(ctx);
    const pic = t.userIds.unit_pic;
    const cases: [object, string, RegExp][] = [
      [{ fromUserId: pic, toUserId: pic }, 'toUserId', /orang lain/],
      [{ fromUserId: pic, toUserId: t.userIds.internal_verifier }, 'toUserId', /peran yang sama/],
      [{ fromUserId: pic, toUserId: other.userIds.unit_pic }, 'toUserId', /tidak ditemukan/],
      [{ fromUserId: t.userIds.gov_coordinator, toUserId: pic }, 'fromUserId', /tidak ditemukan/],
      [{ fromUserId: pic }, 'toUserId', /Pilih penerima/],
      [{ fromUserId: pic, toContactId: t.contactId }, 'toContactId', /belum memiliki email/],
    ];
    for (const [body, field, message] of cases) {
      const res = await handover(t, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields[field]).toMatch(message);
    }
    const foreign = await (
      await other.as('gov_coordinator')
    ).post(`/api/governments/${t.governmentId}/people/handover`, {
      fromUserId: pic,
      toUserId: t.userIds.gov_coordinator,
    });
    expect(foreign.statusCode).toBe(404);
    // Nothing moved.
    const held = await ctx.database.db.select().from(userUnits).where(eq(userUnits.userId, pic));
    expect(held).toHaveLength(1);
  });

  it('two handovers of the same PIC at once: one happens, the other is refused, one new account', async () => {
    const t = await makeTenant(ctx);
    const s = x();
    const c1 = await contact(t, 'Pengganti Satu', `satu-${s}@uji.test`);
    const c2 = await contact(t, 'Pengganti Dua', `dua-${s}@uji.test`);
    const a = await t.as('gov_coordinator');
    const b = await signIn(ctx.app, t.emails.gov_coordinator, TEST_PASSWORD);
    const url = `/api/governments/${t.governmentId}/people/handover`;
    const [r1, r2] = await Promise.all([
      a.post(url, { fromUserId: t.userIds.unit_pic, toContactId: c1 }),
      b.post(url, { fromUserId: t.userIds.unit_pic, toContactId: c2 }),
    ]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    const made = await ctx.database.db
      .select({ id: users.id })
      .from(users)
      .where(inArray(sql`lower(${users.email})`, [`satu-${s}@uji.test`, `dua-${s}@uji.test`]));
    expect(made).toHaveLength(1);
    const held = await ctx.database.db.select().from(userUnits).where(eq(userUnits.unitId, t.unitId));
    expect(held.map((h) => h.userId)).toEqual([made[0]!.id]);
  });

  it('through the internal cycle API: the work plan names the new verifier, the new PIC opens the checklist', async () => {
    const t = await makeTenant(ctx);
    const coord = await t.as('gov_coordinator');
    const opened = await coord.post(`/api/governments/${t.governmentId}/internal-cycles`, {
      year: 2024,
      name: 'Penilaian Mandiri 2024',
      allUnits: true,
      selfStart: '2024-02-01',
      selfEnd: '2024-03-15',
      verifyStart: '2024-03-18',
      verifyEnd: '2024-04-30',
      finalDate: '2024-05-15',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const cycleId = opened.json<{ id: string }>().id;
    const plan = await coord.request('PUT', `/api/cycles/${cycleId}/work-plan`, {
      items: [{ unitId: t.unitId, scheduledDate: '2024-03-20', team: [t.userIds.internal_verifier] }],
    });
    expect(plan.statusCode, plan.body).toBe(200);
    const next = await createUser(ctx.database.db, null, {
      email: `auditor-api-${x()}@uji.test`,
      name: 'Auditor Pengganti',
      password: TEST_PASSWORD,
      role: 'internal_verifier',
      governmentId: t.governmentId,
    });
    const moved = await handover(t, { fromUserId: t.userIds.internal_verifier, toUserId: next.id });
    expect(moved.json<HandoverResult>().teamAssignments).toBe(1);
    const after = (await coord.get(`/api/cycles/${cycleId}/work-plan`)).json<{
      items: { unitId: string; team: { userId: string; name: string }[] }[];
    }>();
    expect(after.items.find((i) => i.unitId === t.unitId)!.team).toEqual([
      { userId: next.id, name: 'Auditor Pengganti' },
    ]);

    const newPic = await createUser(ctx.database.db, null, {
      email: `pic-api-${x()}@uji.test`,
      name: 'PIC Pengganti',
      password: TEST_PASSWORD,
      role: 'unit_pic',
      governmentId: t.governmentId,
      unitIds: [t.otherUnitId],
    });
    const checklist = `/api/cycles/${cycleId}/units/${t.unitId}/checklist`;
    const oldPic = await t.as('unit_pic');
    const incoming = await signIn(ctx.app, newPic.email, TEST_PASSWORD);
    expect((await oldPic.get(checklist)).statusCode).toBe(200);
    expect((await incoming.get(checklist)).statusCode).toBe(404);
    const res = await handover(t, { fromUserId: t.userIds.unit_pic, toUserId: newPic.id });
    expect(res.json<HandoverResult>()).toMatchObject({ openSelfAssessments: 1, units: [{ id: t.unitId }] });
    expect((await oldPic.get(checklist)).statusCode).toBe(404);
    expect((await incoming.get(checklist)).statusCode).toBe(200);
  });
});
