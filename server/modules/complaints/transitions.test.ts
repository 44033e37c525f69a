/**
 * Transitions, hand-written: what each action needs and stores, its data guards, the clocks that
 * follow the stage, the version check (409 complaint.stale), and two officers moving the same case
 * at once (on PostgreSQL really at once): exactly one wins, the other is told, one history line.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  complaintDeadlines,
  complaintEvents,
  complaintOfficers,
  complaints,
  followupItems,
} from '../../db/schema-complaints';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseInStage } from './complaints-fixtures';

let ctx: TestContext;
let t: Tenant;
let elsewhere: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  elsewhere = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const row = async (id: string) =>
  (await ctx.database.db.select().from(complaints).where(eq(complaints.id, id)))[0]!;
const clocks = (id: string) =>
  ctx.database.db.select().from(complaintDeadlines).where(eq(complaintDeadlines.complaintId, id));
const fields = (body: string) =>
  Object.keys((JSON.parse(body) as { error: { fields: object } }).error.fields);

const LHP = {
  number: 'LHP/007/2026',
  date: '2026-06-15',
  findings: 'Terbukti penundaan berlarut.',
};

describe('fields and guards per action', () => {
  it('the verification clock runs across register → formal → material, then the plenary’s starts', async () => {
    const c = await caseInStage(ctx, t, 'penerimaan');
    const a = await t.as('assessor');
    const go = async (action: string, version: number, extra = {}) => {
      const res = await a.post(`/api/complaints/${c.id}/transitions`, { action, version, ...extra });
      expect(res.statusCode, res.body).toBe(200);
    };
    await go('catat_register', 0);
    await go('formil_lengkap', 1);
    expect((await clocks(c.id)).map((d) => [d.key, d.status])).toEqual([['verifikasi', 'berjalan']]);
    const missing = await a.post(`/api/complaints/${c.id}/transitions`, {
      action: 'materiil_lolos',
      version: 2,
    });
    expect(missing.statusCode).toBe(400);
    expect(fields(missing.body)).toEqual(['materialCheck']);
    const oneFalse = await a.post(`/api/complaints/${c.id}/transitions`, {
      action: 'materiil_lolos',
      version: 2,
      materialCheck: { withinAuthority: true, notInCourt: true, withinTwoYears: false, notDuplicate: true },
    });
    expect(oneFalse.statusCode).toBe(400);
    expect(fields(oneFalse.body)).toEqual(['materialCheck.withinTwoYears']);
    const check = { withinAuthority: true, notInCourt: true, withinTwoYears: true, notDuplicate: true };
    await go('materiil_lolos', 2, { materialCheck: { ...check, note: 'Memenuhi' } });
    expect((await row(c.id)).materialCheck).toEqual({ ...check, note: 'Memenuhi' });
    const after = await clocks(c.id);
    // Met today; received 8 Jun 2026, its 14 working days ended 29 Jun: met late stays `lewat`
    // (deadlines.service: a late clock is never reported as kept).
    expect(after.find((d) => d.key === 'verifikasi')).toMatchObject({ status: 'lewat', dueOn: '2026-06-29' });
    expect(after.find((d) => d.key === 'verifikasi')?.metOn).not.toBeNull();
    expect(after.find((d) => d.key === 'pleno')?.status).toBe('berjalan');
  });

  it('material rejection needs its reason and closes with it', async () => {
    const c = await caseInStage(ctx, t, 'verifikasi_materiil');
    const a = await t.as('assessor');
    const res = await a.post(`/api/complaints/${c.id}/transitions`, {
      action: 'materiil_ditolak',
      version: 0,
    });
    expect(fields(res.body)).toEqual(['rejectReason']);
    const ok = await a.post(`/api/complaints/${c.id}/transitions`, {
      action: 'materiil_ditolak',
      version: 0,
      rejectReason: 'kedaluwarsa',
    });
    expect(ok.json()).toMatchObject({ stage: 'selesai', closureReason: 'kedaluwarsa' });
    const r = await row(c.id);
    expect(r.closedAt).not.toBeNull();
    expect((await clocks(c.id)).every((d) => d.status !== 'berjalan')).toBe(true);
  });

  it('the plenary needs its date and keeps the note; the examination clock starts', async () => {
    const c = await caseInStage(ctx, t, 'pleno');
    const head = await t.as('oversight_head');
    const res = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'pleno_terima',
      version: 0,
    });
    expect(fields(res.body)).toEqual(['plenaryDate']);
    const ok = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'pleno_terima',
      version: 0,
      plenaryDate: '2026-06-11',
      note: 'Diterima bulat',
    });
    expect(ok.json().stage).toBe('pemeriksaan');
    expect(await row(c.id)).toMatchObject({ plenaryDate: '2026-06-11', plenaryNote: 'Diterima bulat' });
    expect((await clocks(c.id)).some((d) => d.key === 'pemeriksaan' && d.status === 'berjalan')).toBe(true);
  });

  it('a transfer needs another live office, moves the case and unassigns its officers', async () => {
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const head = await t.as('oversight_head');
    await head.request('PUT', `/api/complaints/${c.id}/officers`, {
      version: 0,
      officers: [{ userId: t.userIds.assessor, lead: true }],
    });
    const none = await head.post(`/api/complaints/${c.id}/transitions`, { action: 'alihkan', version: 1 });
    expect(fields(none.body)).toEqual(['targetOfficeId']);
    const same = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'alihkan',
      version: 1,
      targetOfficeId: t.officeId,
    });
    expect(fields(same.body)).toEqual(['targetOfficeId']);
    const ok = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'alihkan',
      version: 1,
      targetOfficeId: elsewhere.officeId,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ stage: 'pemeriksaan', officeId: elsewhere.officeId });
    const officers = await ctx.database.db
      .select()
      .from(complaintOfficers)
      .where(eq(complaintOfficers.complaintId, c.id));
    expect(officers).toEqual([]);
    // The old office no longer reaches it; the new one does.
    expect((await (await t.as('assessor')).get(`/api/complaints/${c.id}`)).statusCode).toBe(404);
    expect((await (await elsewhere.as('assessor')).get(`/api/complaints/${c.id}`)).statusCode).toBe(200);
    const [event] = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, c.id), eq(complaintEvents.action, 'alihkan')));
    expect(event).toMatchObject({
      visibleToReporter: true,
      fromStage: 'pemeriksaan',
      toStage: 'pemeriksaan',
    });
  });

  it('an LHP that finds maladministration creates its corrective actions, due 30 working days after', async () => {
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const head = await t.as('oversight_head');
    const empty = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'tetapkan_lhp',
      version: 0,
      lhp: { ...LHP, outcome: 'ditemukan', correctiveActions: [] },
    });
    expect(fields(empty.body)).toEqual(['lhp.correctiveActions']);
    const unknownBody = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'tetapkan_lhp',
      version: 0,
      lhp: {
        ...LHP,
        outcome: 'ditemukan',
        correctiveActions: [
          { addressee: 'Entah', action: 'Apa saja', governmentId: '00000000-0000-4000-8000-000000000000' },
          { addressee: 'Kepala Dinas', action: 'Menerbitkan akta', dueOn: '2026-06-01' },
        ],
      },
    });
    expect(unknownBody.statusCode).toBe(400);
    expect(fields(unknownBody.body)).toEqual([
      'lhp.correctiveActions.0.governmentId',
      'lhp.correctiveActions.1.dueOn',
    ]);
    const ok = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'tetapkan_lhp',
      version: 0,
      lhp: {
        ...LHP,
        outcome: 'ditemukan',
        correctiveActions: [
          { addressee: 'Kepala Dinas', action: 'Menerbitkan akta' },
          { addressee: 'Sekretaris Daerah', action: 'Menegur', dueOn: '2026-07-01' },
        ],
      },
    });
    expect(ok.json()).toMatchObject({ stage: 'tindakan_korektif', closureReason: null });
    expect(await row(c.id)).toMatchObject({
      lhpOutcome: 'ditemukan',
      lhpNumber: 'LHP/007/2026',
      lhpDate: '2026-06-15',
    });
    const items = await ctx.database.db
      .select()
      .from(followupItems)
      .where(eq(followupItems.complaintId, c.id));
    // Mon 15 June 2026 + 30 working days: Tue 16 June is Tahun Baru Islam (skipped), 17–19 (3),
    // 22–26 (8), 29–30 (10), 1–3 July (13), 6–10 (18), 13–17 (23), 20–24 (28), 27 (29), Tue 28 July (30).
    expect(items.map((i) => [i.addressee, i.dueOn, i.status, i.governmentId]).sort()).toEqual([
      ['Kepala Dinas', '2026-07-28', 'terbuka', t.governmentId],
      ['Sekretaris Daerah', '2026-07-01', 'terbuka', t.governmentId],
    ]);
    // Corrective actions open: the case cannot be closed as followed up.
    const early = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'korektif_selesai',
      version: 1,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('belum selesai');
  });

  it('an LHP that finds none closes the case with that reason', async () => {
    const c = await caseInStage(ctx, t, 'pemeriksaan');
    const head = await t.as('oversight_head');
    const ok = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'tetapkan_lhp',
      version: 0,
      lhp: { ...LHP, outcome: 'tidak_ditemukan' },
    });
    expect(ok.json()).toMatchObject({ stage: 'selesai', closureReason: 'tidak_ditemukan' });
    expect(
      await ctx.database.db.select().from(followupItems).where(eq(followupItems.complaintId, c.id)),
    ).toEqual([]);
  });

  it('to Resolution only once the corrective clock lapsed; the proposal and the closing reason', async () => {
    const c = await caseInStage(ctx, t, 'tindakan_korektif');
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ dueOn: '2999-01-01' })
      .where(eq(complaintDeadlines.complaintId, c.id));
    const a = await t.as('assessor');
    const head = await t.as('oversight_head');
    const early = await a.post(`/api/complaints/${c.id}/transitions`, { action: 'ke_resolusi', version: 0 });
    expect(early.statusCode).toBe(409);
    await ctx.database.db
      .update(complaintDeadlines)
      .set({ dueOn: '2026-02-13' })
      .where(eq(complaintDeadlines.complaintId, c.id));
    expect(
      (await a.post(`/api/complaints/${c.id}/transitions`, { action: 'ke_resolusi', version: 0 })).statusCode,
    ).toBe(200);
    const prop = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'usul_rekomendasi',
      version: 1,
    });
    expect(prop.json().stage).toBe('rekomendasi');
    expect((await row(c.id)).recommendationProposedAt).not.toBeNull();
    const noReason = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'rekomendasi_selesai',
      version: 2,
    });
    expect(fields(noReason.body)).toEqual(['closeReason']);
    const done = await head.post(`/api/complaints/${c.id}/transitions`, {
      action: 'rekomendasi_selesai',
      version: 2,
      closeReason: 'rekomendasi_tidak_dilaksanakan',
    });
    expect(done.json()).toMatchObject({ stage: 'selesai', closureReason: 'rekomendasi_tidak_dilaksanakan' });
  });

  it('a stale version answers 409 complaint.stale and changes nothing', async () => {
    const c = await caseInStage(ctx, t, 'penerimaan');
    const a = await t.as('assessor');
    const res = await a.post(`/api/complaints/${c.id}/transitions`, { action: 'catat_register', version: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('petugas lain');
    expect(await row(c.id)).toMatchObject({ stage: 'penerimaan', version: 0 });
  });
});

describe('two officers at once', () => {
  it('exactly one wins, the other gets 409, one history line', async () => {
    const c = await caseInStage(ctx, t, 'penerimaan');
    const one = await t.as('assessor');
    const two = await t.as('oversight_head');
    const [a, b] = await Promise.all([
      one.post(`/api/complaints/${c.id}/transitions`, { action: 'catat_register', version: 0 }),
      two.post(`/api/complaints/${c.id}/transitions`, { action: 'tutup_konsultasi', version: 0 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toContain('petugas lain');
    const events = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, c.id));
    expect(events.filter((e) => e.action !== 'diterima')).toHaveLength(1);
    expect((await row(c.id)).version).toBe(1);
  });
});
