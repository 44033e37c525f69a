/**
 * The case clocks on a real database, hand-computed (REFERENCE §4.3 for the stages, §10.7 for the
 * counting): each rule of version 1 in its own unit — working days skip weekends and the 2026
 * national holidays (17 Aug Proklamasi, 25 Aug Maulid Nabi), calendar days count every day — with
 * and without a pause; the stage changes (verifikasi is ONE clock from penerimaan through
 * verifikasi_materiil; menunggu_kelengkapan pauses it and runs kelengkapan_formil); closing;
 * the next deadline a list shows.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeadlineKey } from '../../../shared/complaints/deadline-rules';
import { complaintDeadlines, complaintPauses } from '../../db/schema-complaints';
import { jobs } from '../../db/schema';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseOn } from './deadlines.fixtures';
import * as repo from './deadlines.repository';
import { nextDeadline, onStageChange, startClock } from './deadlines.service';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

const db = () => ctx.database.db;
const clocks = async (id: string) =>
  db().select().from(complaintDeadlines).where(eq(complaintDeadlines.complaintId, id));
const clock = async (id: string, key: DeadlineKey) => (await clocks(id)).filter((c) => c.key === key);

/**
 * Every clock started on Mon 10 Aug 2026. Working days: 11–14 Aug (4), Mon 17 Aug is Proklamasi
 * (skipped), 18–21 (8), 24 (9), Tue 25 Aug is Maulid Nabi (skipped), 26–28 (12), 31 (13), 1 Sep (14)…
 * The pause is Wed 12 – Sun 16 Aug, 5 calendar days of which 3 working days (12, 13, 14): a working
 * clock moves by 3 working days, a calendar clock by 5 days — each "exactly the paused days' count
 * of its unit". A pause stops every clock but the awaited party's own (waiting on the reporter here:
 * kelengkapan_formil and tanggapan_lhp are the reporter's own and keep counting).
 */
const RULES: Array<{ key: DeadlineKey; basis: string; due: string; paused: string }> = [
  // 14 working days (Patuh default, REFERENCE §4.3 [U]): … 31 Aug (13), 1 Sep (14); paused: 2, 3, 4 Sep.
  { key: 'verifikasi', basis: 'REFERENCE §4.3', due: '2026-09-01', paused: '2026-09-04' },
  // 30 calendar days (PO 48/2020 Pasal 4): 10 Aug + 30 = 9 Sep; the reporter's own clock: not moved.
  { key: 'kelengkapan_formil', basis: 'PO 48/2020 Pasal 4', due: '2026-09-09', paused: '2026-09-09' },
  // 10 working days: 11–14 (4), 18–21 (8), 24 (9), 26 (10); paused: 27, 28, 31 Aug.
  { key: 'pleno', basis: 'REFERENCE §4.3', due: '2026-08-26', paused: '2026-08-31' },
  // 60 working days: 13 in Aug (11–31 minus 17 and 25), 22 in Sep, 22 in Oct (57), 2–4 Nov (60); paused: 5, 6, 9 Nov.
  { key: 'pemeriksaan', basis: 'REFERENCE §7', due: '2026-11-04', paused: '2026-11-09' },
  // 14 calendar days: 24 Aug; paused 5 days: 29 Aug.
  { key: 'jawaban_klarifikasi', basis: 'UU 25/2009', due: '2026-08-24', paused: '2026-08-29' },
  // 14 calendar days (PO 48/2020): 24 Aug; the reporter's own clock: not moved.
  { key: 'tanggapan_lhp', basis: 'PO 48/2020', due: '2026-08-24', paused: '2026-08-24' },
  // 30 working days (PO 58/2023 Pasal 54): 13 in Aug, 1–4 Sep (17), 7–11 (22), 14–18 (27), 21–23 (30); paused: 24, 25, 28 Sep.
  { key: 'tindakan_korektif', basis: 'PO 58/2023 Pasal 54', due: '2026-09-23', paused: '2026-09-28' },
  // 60 calendar days (UU 37/2008 Pasal 38(2)): 21 left in Aug, 30 in Sep (51), 9 Oct (60); paused: 14 Oct.
  { key: 'laporan_rekomendasi', basis: 'UU 37/2008 Pasal 38(2)', due: '2026-10-09', paused: '2026-10-14' },
  // 5 working days (REFERENCE §4.4 [U]): 11, 12, 13, 14, 18 Aug (17 skipped); paused: 19, 20, 21 Aug.
  { key: 'rco', basis: 'REFERENCE §4.4', due: '2026-08-18', paused: '2026-08-21' },
];

describe('each rule in its own unit (version 1, national calendar 2026)', () => {
  for (const r of RULES) {
    it(`${r.key} (${r.basis}): due ${r.due}; with 5 days waiting on the reporter ${r.paused}`, async () => {
      const c = await caseOn(ctx, t, '2026-08-10');
      const started = await startClock(db(), c.id, r.key, '2026-08-10');
      expect(started.dueOn).toBe(r.due);
      await repo.insertPause(db(), {
        complaintId: c.id,
        fromOn: '2026-08-12',
        toOn: '2026-08-16',
        waitingOn: 'pelapor',
        reason: 'Menunggu dokumen pelapor',
      });
      const again = await startClock(db(), c.id, r.key, '2026-08-10');
      expect(again.dueOn).toBe(r.paused);
    });
  }

  it('waiting on the reported body stops the reporter’s clocks, not the body’s own', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    await repo.insertPause(db(), {
      complaintId: c.id,
      fromOn: '2026-08-12',
      toOn: '2026-08-16',
      waitingOn: 'terlapor',
      reason: 'Menunggu jawaban terlapor',
    });
    // Reporter's clock, calendar days: 24 Aug + 5 = 29 Aug. The body's reply clock: not moved.
    expect((await startClock(db(), c.id, 'tanggapan_lhp', '2026-08-10')).dueOn).toBe('2026-08-29');
    expect((await startClock(db(), c.id, 'jawaban_klarifikasi', '2026-08-10')).dueOn).toBe('2026-08-24');
  });

  it('a letter’s clock carries the letter', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const letterId = crypto.randomUUID();
    const started = await startClock(db(), c.id, 'jawaban_klarifikasi', '2026-08-10', { letterId });
    const [row] = await db().select().from(complaintDeadlines).where(eq(complaintDeadlines.id, started.id));
    expect(row).toMatchObject({ letterId, key: 'jawaban_klarifikasi', days: 14, unit: 'calendar' });
  });
});

describe('clocks follow the stages', () => {
  it('verifikasi is one clock through verification; waiting for the reporter pauses it', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const ref = { id: c.id, stage: c.stage, ruleSetId: c.ruleSetId, bodyRegionCode: c.bodyRegionCode };
    // createReport started verifikasi: 14 working days from Mon 10 Aug = Tue 1 Sep (see RULES).
    expect((await clock(c.id, 'verifikasi')).map((x) => x.dueOn)).toEqual(['2026-09-01']);
    await onStageChange(db(), ref, 'penerimaan', 'verifikasi_formil', '2026-08-12');
    expect(await clocks(c.id)).toHaveLength(1);

    await onStageChange(db(), ref, 'verifikasi_formil', 'menunggu_kelengkapan', '2026-08-13');
    // kelengkapan_formil: 30 calendar days from Thu 13 Aug = Sat 12 Sep (PO 48/2020 Pasal 4).
    expect((await clock(c.id, 'kelengkapan_formil')).map((x) => [x.dueOn, x.status])).toEqual([
      ['2026-09-12', 'berjalan'],
    ]);
    const [pause] = await db().select().from(complaintPauses).where(eq(complaintPauses.complaintId, c.id));
    expect(pause).toMatchObject({ fromOn: '2026-08-13', toOn: null, waitingOn: 'pelapor' });
    expect((await nextDeadline(db(), c.id, '2026-08-14'))!).toMatchObject({
      key: 'verifikasi',
      paused: true,
      overdue: false,
    });

    // The reporter completes on Wed 19 Aug: the pause is 13–19 Aug, working days 13, 14, 18, 19
    // (17 Aug Proklamasi) = 4, so verifikasi moves from 1 Sep by 4 working days: 2, 3, 4, 7 Sep.
    await onStageChange(db(), ref, 'menunggu_kelengkapan', 'verifikasi_formil', '2026-08-19');
    expect((await clock(c.id, 'kelengkapan_formil')).map((x) => [x.status, x.metOn])).toEqual([
      ['terpenuhi', '2026-08-19'],
    ]);
    expect((await clock(c.id, 'verifikasi')).map((x) => [x.dueOn, x.status])).toEqual([
      ['2026-09-07', 'berjalan'],
    ]);
    await onStageChange(db(), ref, 'verifikasi_formil', 'verifikasi_materiil', '2026-08-20');
    expect(await clock(c.id, 'verifikasi')).toHaveLength(1);

    // Plenary on Fri 21 Aug: verifikasi met on time; pleno 10 working days: 24 (1), 26–28 (4),
    // 31 (5), 1–4 Sep (9), 7 Sep (10).
    await onStageChange(db(), ref, 'verifikasi_materiil', 'pleno', '2026-08-21');
    expect((await clock(c.id, 'verifikasi'))[0]).toMatchObject({ status: 'terpenuhi', metOn: '2026-08-21' });
    expect((await clock(c.id, 'pleno'))[0]).toMatchObject({ status: 'berjalan', dueOn: '2026-09-07' });

    // Late: the plenary decides on 9 Sep, after 7 Sep — met, but late stays late.
    await onStageChange(db(), ref, 'pleno', 'pemeriksaan', '2026-09-09');
    expect((await clock(c.id, 'pleno'))[0]).toMatchObject({ status: 'lewat', metOn: '2026-09-09' });
    expect((await clock(c.id, 'pemeriksaan'))[0]).toMatchObject({ status: 'berjalan' });

    // A clarification letter's clock runs; closing meets the stage's clock and cancels the rest.
    await startClock(db(), c.id, 'jawaban_klarifikasi', '2026-09-10');
    await onStageChange(db(), ref, 'pemeriksaan', 'selesai', '2026-09-15');
    expect((await clock(c.id, 'pemeriksaan'))[0]).toMatchObject({ status: 'terpenuhi', metOn: '2026-09-15' });
    expect((await clock(c.id, 'jawaban_klarifikasi'))[0]).toMatchObject({
      status: 'batal',
      metOn: '2026-09-15',
    });
    expect(await nextDeadline(db(), c.id, '2026-09-16')).toBeNull();

    // Every stage change queued one e-mail job for the reporter (its text is tested with the job).
    const mails = await db()
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, 'complaint-reporter-mail')));
    expect(mails.filter((j) => (j.payload as { complaintId: string }).complaintId === c.id)).toHaveLength(7);
  });

  it('closing while waiting for the reporter ends the pause; the lapsed window stays lapsed', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const ref = { id: c.id, stage: c.stage, ruleSetId: c.ruleSetId, bodyRegionCode: c.bodyRegionCode };
    await onStageChange(db(), ref, 'penerimaan', 'menunggu_kelengkapan', '2026-08-13');
    await onStageChange(db(), ref, 'menunggu_kelengkapan', 'selesai', '2026-09-14');
    expect((await clock(c.id, 'kelengkapan_formil'))[0]).toMatchObject({
      status: 'lewat',
      metOn: '2026-09-14',
    });
    expect((await clock(c.id, 'verifikasi'))[0]).toMatchObject({ status: 'batal' });
    const [pause] = await db().select().from(complaintPauses).where(eq(complaintPauses.complaintId, c.id));
    expect(pause!.toOn).toBe('2026-09-14');
  });

  it('waiting on the body when the reporter is asked to complete: that pause ends the day before', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const ref = { id: c.id, stage: c.stage, ruleSetId: c.ruleSetId, bodyRegionCode: c.bodyRegionCode };
    await repo.insertPause(db(), {
      complaintId: c.id,
      fromOn: '2026-08-11',
      waitingOn: 'terlapor',
      reason: 'Menunggu data terlapor',
    });
    await onStageChange(db(), ref, 'penerimaan', 'menunggu_kelengkapan', '2026-08-13');
    const pauses = await db().select().from(complaintPauses).where(eq(complaintPauses.complaintId, c.id));
    expect(pauses.map((p) => [p.waitingOn, p.fromOn, p.toOn]).sort()).toEqual([
      ['pelapor', '2026-08-13', null],
      ['terlapor', '2026-08-11', '2026-08-12'],
    ]);
    // verifikasi: 1 Sep + 11–12 Aug (2 working days) = 3 Sep; the reporter's window is not stopped
    // by the earlier wait on the body: 13 Aug + 30 calendar days = 12 Sep.
    expect((await clock(c.id, 'verifikasi'))[0]!.dueOn).toBe('2026-09-03');
    expect((await clock(c.id, 'kelengkapan_formil'))[0]!.dueOn).toBe('2026-09-12');
    // Completed on 19 Aug: 13, 14, 18, 19 Aug paused too (17 Aug holiday): 4, 7, 8, 9 Sep.
    await onStageChange(db(), ref, 'menunggu_kelengkapan', 'verifikasi_formil', '2026-08-19');
    expect((await clock(c.id, 'verifikasi'))[0]!.dueOn).toBe('2026-09-09');
  });

  it('RCO back to the regular flow starts a fresh verification clock', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const ref = { id: c.id, stage: c.stage, ruleSetId: c.ruleSetId, bodyRegionCode: c.bodyRegionCode };
    await onStageChange(db(), ref, 'penerimaan', 'rco', '2026-08-10');
    // rco: 5 working days from 10 Aug = 18 Aug (17 Aug skipped).
    expect((await clock(c.id, 'rco'))[0]!.dueOn).toBe('2026-08-18');
    await onStageChange(db(), ref, 'rco', 'verifikasi_formil', '2026-08-11');
    const v = await clock(c.id, 'verifikasi');
    expect(v.map((x) => x.status).sort()).toEqual(['berjalan', 'terpenuhi']);
    // From Tue 11 Aug, 14 working days: 12–14 (3), 18–21 (7), 24 (8), 26–28 (11), 31 (12), 1–2 Sep (14).
    expect(v.find((x) => x.status === 'berjalan')!.dueOn).toBe('2026-09-02');
  });

  it('the next deadline: the earliest open clock, overdue once past it', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    expect(await nextDeadline(db(), c.id, '2026-09-01')).toEqual({
      key: 'verifikasi',
      dueOn: '2026-09-01',
      overdue: false,
      paused: false,
    });
    expect((await nextDeadline(db(), c.id, '2026-09-02'))!.overdue).toBe(true);
  });
});
