/**
 * The daily sweep of the case clocks (REFERENCE §4.3; PO 48/2020 Pasal 4 for the completion window;
 * PO 58/2023 Pasal 54 for the corrective actions): a reminder `remindBefore` days (of the clock's
 * unit) before the due date, once; `lewat` the day after it, once, with a message; the lapsed
 * completion window and corrective actions prompt the officer; paused clocks are left alone; no
 * message carries the reporter's identity or the case's text.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../../shared/contracts/notifications';
import { notifications } from '../../db/schema';
import { complaintDeadlines, complaints } from '../../db/schema-complaints';
import { JOB_DEFINITIONS } from '../../jobs/job-catalog';
import { complaintDeadlinesJob } from '../../jobs/definitions/complaint-deadlines.job';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseOn, SECRETS } from './deadlines.fixtures';
import { onStageChange, startClock } from './deadlines.service';
import { sweepDeadlines } from './deadlines.sweep';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const db = () => ctx.database.db;
const inbox = (userId: string) =>
  db().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);
const clockOf = async (id: string, key: string) =>
  (await db().select().from(complaintDeadlines).where(eq(complaintDeadlines.complaintId, id))).find(
    (c) => c.key === key,
  )!;

function expectNoSecrets(rows: Array<{ params: unknown; kind: string }>) {
  for (const n of rows) {
    const text = JSON.stringify([
      n.params,
      renderNotification(n.kind, n.params as Record<string, string>, 'id'),
      renderNotification(n.kind, n.params as Record<string, string>, 'en'),
    ]);
    for (const s of SECRETS) expect(text).not.toContain(s);
  }
}

describe('the daily sweep', () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await makeTenant(ctx);
  });

  it('is a catalogued job that runs once a day', () => {
    expect(JOB_DEFINITIONS).toContain(complaintDeadlinesJob);
    expect(complaintDeadlinesJob.everyMs).toBe(86_400_000);
  });

  it('reminds the officer once, remindBefore working days ahead, then marks the clock lewat once', async () => {
    const c = await caseOn(ctx, t, '2026-08-10', { officer: t.userIds.assessor });
    // verifikasi: 14 working days from Mon 10 Aug 2026 = Tue 1 Sep (17 and 25 Aug are holidays);
    // remindBefore 3 (v1). Wed 26 Aug + 3 working days = 31 Aug < 1 Sep: not yet.
    // Thu 27 Aug + 3 working days = 28, 31 Aug, 1 Sep: the reminder goes.
    await sweepDeadlines(db(), '2026-08-26');
    expect(await inbox(t.userIds.assessor)).toHaveLength(0);
    await sweepDeadlines(db(), '2026-08-27');
    await sweepDeadlines(db(), '2026-08-27');
    await sweepDeadlines(db(), '2026-08-28');
    let got = await inbox(t.userIds.assessor);
    expect(got.map((n) => n.kind)).toEqual(['complaint.dueSoon']);
    expect(got[0]!.params).toMatchObject({ tracking: c.trackingNumber, clock: 'Verifikasi laporan' });
    expect(got[0]!.link).toBe(`/pengaduan/${c.id}`);
    expect((await clockOf(c.id, 'verifikasi')).remindedOn).toBe('2026-08-27');

    // Due day: still running. The day after: lewat, told once.
    await sweepDeadlines(db(), '2026-09-01');
    expect((await clockOf(c.id, 'verifikasi')).status).toBe('berjalan');
    await sweepDeadlines(db(), '2026-09-02');
    await sweepDeadlines(db(), '2026-09-03');
    expect((await clockOf(c.id, 'verifikasi')).status).toBe('lewat');
    got = await inbox(t.userIds.assessor);
    expect(got.map((n) => n.kind)).toEqual(['complaint.dueSoon', 'complaint.overdue']);
    expectNoSecrets(got);
    // Nobody else on the case: the head of office is not bothered while an officer is assigned.
    expect(await inbox(t.userIds.oversight_head)).toHaveLength(0);
  });

  it('a case without officers: the head of its office is told', async () => {
    const other = await makeTenant(ctx);
    await caseOn(ctx, other, '2026-08-10');
    await sweepDeadlines(db(), '2026-08-27');
    expect((await inbox(other.userIds.oversight_head)).map((n) => n.kind)).toEqual(['complaint.dueSoon']);
    expect(await inbox(other.userIds.assessor)).toHaveLength(0);
  });

  it('the lapsed completion window prompts the officer to close; the paused verification is left alone', async () => {
    const own = await makeTenant(ctx);
    const c = await caseOn(ctx, own, '2026-08-10', { officer: own.userIds.assessor });
    const ref = { id: c.id, stage: c.stage, ruleSetId: c.ruleSetId, bodyRegionCode: c.bodyRegionCode };
    await onStageChange(db(), ref, 'penerimaan', 'verifikasi_formil', '2026-08-12');
    await onStageChange(db(), ref, 'verifikasi_formil', 'menunggu_kelengkapan', '2026-08-13');
    // The case's stage as the transition would have written it.
    await db().update(complaints).set({ stage: 'menunggu_kelengkapan' }).where(eq(complaints.id, c.id));
    // kelengkapan_formil: 30 calendar days from 13 Aug = Sat 12 Sep (calendar days: the due date
    // stays on a Saturday); remindBefore 5 calendar days → from 7 Sep. Lapsed on Sun 13 Sep.
    await sweepDeadlines(db(), '2026-09-06');
    expect(await inbox(own.userIds.assessor)).toHaveLength(0);
    await sweepDeadlines(db(), '2026-09-07');
    await sweepDeadlines(db(), '2026-09-13');
    await sweepDeadlines(db(), '2026-09-14');
    const got = await inbox(own.userIds.assessor);
    expect(got.map((n) => n.kind)).toEqual(['complaint.dueSoon', 'complaint.formalLapsed']);
    const text = renderNotification(got[1]!.kind, got[1]!.params as Record<string, string>, 'id');
    expect(text.body).toContain('Tutup: tidak lengkap');
    expect((await clockOf(c.id, 'kelengkapan_formil')).status).toBe('lewat');
    // verifikasi was due 1 Sep, but its clock is stopped while the reporter is awaited.
    expect(await clockOf(c.id, 'verifikasi')).toMatchObject({ status: 'berjalan', remindedOn: null });
    expectNoSecrets(got);
  });

  it('corrective actions not followed up within 30 working days prompt ke_resolusi (PO 58/2023 Pasal 54)', async () => {
    const own = await makeTenant(ctx);
    const c = await caseOn(ctx, own, '2026-08-10', {
      officer: own.userIds.assessor,
      stage: 'tindakan_korektif',
    });
    // 30 working days from Mon 10 Aug: 13 in Aug, 1–4 Sep (17), 7–11 (22), 14–18 (27), 21–23 Sep (30).
    const started = await startClock(db(), c.id, 'tindakan_korektif', '2026-08-10');
    expect(started.dueOn).toBe('2026-09-23');
    await sweepDeadlines(db(), '2026-09-23');
    await sweepDeadlines(db(), '2026-09-24');
    const got = (await inbox(own.userIds.assessor)).filter((n) => n.kind === 'complaint.correctiveLapsed');
    expect(got).toHaveLength(1);
    expect(renderNotification(got[0]!.kind, got[0]!.params as Record<string, string>, 'id').body).toContain(
      '30 hari kerja',
    );
    expectNoSecrets(got);
  });

  it('two sweeps at once send each message once', async () => {
    const own = await makeTenant(ctx);
    const cases = await Promise.all(
      [0, 1, 2].map(() => caseOn(ctx, own, '2026-08-10', { officer: own.userIds.assessor })),
    );
    await Promise.all([sweepDeadlines(db(), '2026-08-27'), sweepDeadlines(db(), '2026-08-27')]);
    const rows = await db()
      .select()
      .from(notifications)
      .where(inArray(notifications.userId, [own.userIds.assessor]));
    expect(rows.filter((n) => n.kind === 'complaint.dueSoon')).toHaveLength(cases.length);
  });
});
