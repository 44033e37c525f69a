/**
 * Notifications end to end on both engines: phase reminders reach the people they concern once a
 * day, land in their inbox in their language, and go out by e-mail through a real SMTP server the
 * test starts (smtp-server) — or, without SMTP_URL, as .eml files admins can list. Each person
 * chooses what they receive.
 */
import { and, eq, like } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { answers } from '../../db/schema-assessments';
import { jobs, notifications } from '../../db/schema';
import { sendEmailJob } from '../../jobs/definitions/send-email.job';
import type { JobDefinition } from '../../jobs/job-definition';
import { JobRunner } from '../../jobs/job-runner';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { PHASE_DATES } from '../assessments/common/assessment-fixtures';
import { syncBuiltInFrameworks } from '../frameworks/frameworks.sync';
import { sendAssessmentReminders } from './reminders';

let ctx: TestContext;
let smtp: SMTPServer;
let smtpPort = 0;
const received: Array<{ to: string[]; raw: string }> = [];

beforeAll(async () => {
  ctx = await createTestContext();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await ctx.close();
});

const mailJob = sendEmailJob as unknown as JobDefinition<never>;

/** A message's text with quoted-printable soft line breaks undone (long links wrap in the raw mail). */
const unfold = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

/** A cycle of the tenant in the self-assessment phase (PHASE_DATES: closes 30 April 2024). */
async function selfAssessmentCycle(t: Tenant): Promise<string> {
  await syncBuiltInFrameworks(ctx.database.db);
  const head = await t.as('oversight_head');
  const cycle = (
    await head.post('/api/cycles', {
      year: 2024,
      name: 'Siklus Pengingat',
      frameworkId: 'ombudsman-2022-2024',
      ...PHASE_DATES,
    })
  ).json() as { id: string };
  expect(
    (await head.post(`/api/cycles/${cycle.id}/governments`, { governmentIds: [t.governmentId] })).statusCode,
  ).toBeLessThan(300);
  expect(
    (await head.post(`/api/cycles/${cycle.id}/governments/${t.governmentId}/sample/default`)).statusCode,
  ).toBeLessThan(300);
  expect(
    (
      await head.request('PUT', `/api/cycles/${cycle.id}/governments/${t.governmentId}/assessors`, {
        userIds: [t.userIds.assessor],
      })
    ).statusCode,
  ).toBeLessThan(300);
  expect((await head.post(`/api/cycles/${cycle.id}/advance`, { to: 'self_assessment' })).statusCode).toBe(
    200,
  );
  return cycle.id;
}

async function drain(runner: JobRunner) {
  for (let i = 0; i < 10; i++) await runner.tick();
}

describe('notifications', () => {
  it('self-assessment reminders: inbox in the reader’s language, e-mail over SMTP, once a day, as each person chooses', async () => {
    const t = await makeTenant(ctx);
    const cycleId = await selfAssessmentCycle(t);
    const sent = await sendAssessmentReminders(ctx.database.db, '2024-04-28');
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(await sendAssessmentReminders(ctx.database.db, '2024-04-28')).toBe(0);
    expect(await sendAssessmentReminders(ctx.database.db, '2024-04-20')).toBe(0); // too early: 10 days left

    const pic = await t.as('unit_pic');
    const inbox = (await pic.get('/api/notifications')).json();
    expect(inbox.unread).toBeGreaterThanOrEqual(1);
    const mine = inbox.items.find((n: { kind: string }) => n.kind === 'self.closing');
    expect(mine.title).toMatch(/^Penilaian mandiri .+ ditutup dalam 2 hari$/);
    expect(mine.body).toContain('30 Apr 2024');
    expect(mine.link).toBe(`/cycles/${cycleId}/units/${t.unitId}/checklist`);

    const coord = await t.as('gov_coordinator');
    const coordInbox = (await coord.get('/api/notifications')).json();
    expect(coordInbox.items.map((n: { kind: string }) => n.kind)).toContain('self.closingGovernment');
    expect((await coord.post(`/api/notifications/${mine.id}/read`)).statusCode).toBe(404);
    expect((await pic.post(`/api/notifications/${mine.id}/read`)).statusCode).toBe(204);
    expect((await pic.get('/api/notifications')).json().unread).toBe(inbox.unread - 1);
    expect((await pic.post('/api/notifications/read-all')).json().marked).toBe(inbox.unread - 1);
    expect((await pic.get('/api/notifications?unread=true')).json().items).toEqual([]);

    const config = loadConfig({
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      PATUH_DATA_DIR: ctx.dataDir,
    } as NodeJS.ProcessEnv);
    await drain(new JobRunner(ctx.database, config, [mailJob], { backoffMs: 10 }));
    const picEmail = t.emails.unit_pic.toLowerCase();
    const toPic = received.filter((m) => m.to.includes(picEmail));
    expect(toPic).toHaveLength(1);
    expect(toPic[0]!.raw).toMatch(/Subject: \[Patuh\] Penilaian mandiri/);
    expect(unfold(toPic[0]!.raw)).toContain(`/cycles/${cycleId}/units/${t.unitId}/checklist`);
    expect(received.some((m) => m.to.includes(t.emails.gov_coordinator.toLowerCase()))).toBe(true);

    // The PIC turns e-mail off for this kind: tomorrow's reminder is in the inbox only.
    const settings = (await pic.get('/api/notifications/settings')).json();
    expect(settings.items.find((s: { kind: string }) => s.kind === 'self.closing')).toEqual({
      kind: 'self.closing',
      inApp: true,
      email: true,
    });
    const put = await pic.request('PUT', '/api/notifications/settings', {
      items: [{ kind: 'self.closing', inApp: true, email: false }],
    });
    expect(put.statusCode).toBe(200);
    expect(
      (
        await pic.request('PUT', '/api/notifications/settings', {
          items: [{ kind: 'nope', inApp: true, email: true }],
        })
      ).statusCode,
    ).toBe(400);
    const before = received.length;
    expect(await sendAssessmentReminders(ctx.database.db, '2024-04-29')).toBeGreaterThanOrEqual(2);
    await drain(new JobRunner(ctx.database, config, [mailJob], { backoffMs: 10 }));
    const newMail = received.slice(before);
    expect(newMail.some((m) => m.to.includes(picEmail))).toBe(false);
    expect(newMail.some((m) => m.to.includes(t.emails.gov_coordinator.toLowerCase()))).toBe(true);
    const picUnread = (await pic.get('/api/notifications?unread=true')).json().items;
    expect(picUnread.map((n: { title: string }) => n.title)).toEqual([
      expect.stringMatching(/ditutup besok$/),
    ]);
  });

  it('verification and appeal reminders reach assessors and coordinators; without SMTP the mail is an .eml admins can read', async () => {
    const t = await makeTenant(ctx);
    const cycleId = await selfAssessmentCycle(t);
    const db = ctx.database.db;
    await db
      .update(answers)
      .set({ selfValue: 2 })
      .where(and(eq(answers.cycleId, cycleId), eq(answers.unitId, t.unitId)));
    const head = await t.as('oversight_head');
    expect((await head.post(`/api/cycles/${cycleId}/advance`, { to: 'verification' })).statusCode).toBe(200);
    expect(await sendAssessmentReminders(db, '2024-06-29')).toBeGreaterThanOrEqual(1);
    const assessor = await t.as('assessor');
    const item = (await assessor.get('/api/notifications')).json().items[0];
    expect(item.kind).toBe('verify.pending');
    expect(item.title).toMatch(/butir .+ belum diverifikasi$/);
    expect(item.body).toContain('30 Jun 2024');

    const [row] = await db.select().from(notifications).where(eq(notifications.id, item.id));
    await drain(new JobRunner(ctx.database, ctx.app.deps.config, [mailJob], { backoffMs: 10 }));
    const [after] = await db.select().from(notifications).where(eq(notifications.id, row!.id));
    expect(after!.emailedAt).not.toBeNull();
    const admin = await t.as('admin');
    const outbox = (await admin.get('/api/mail-outbox')).json().items as Array<{
      name: string;
      to: string;
      subject: string;
    }>;
    const eml = outbox.find((m) => m.to.toLowerCase().includes(t.emails.assessor.toLowerCase()));
    expect(eml?.subject).toContain('[Patuh]');
    const file = await admin.get(`/api/mail-outbox/${eml!.name}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('message/rfc822');
    expect(unfold(file.body)).toContain(`/cycles/${cycleId}/governments/${t.governmentId}/verification`);
    expect((await admin.get('/api/mail-outbox/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
    expect((await assessor.get('/api/mail-outbox')).statusCode).toBe(403);
    expect(
      await db
        .select()
        .from(jobs)
        .where(like(jobs.dedupeKey, `mail:${item.id}`)),
    ).toHaveLength(1);
  });
});
