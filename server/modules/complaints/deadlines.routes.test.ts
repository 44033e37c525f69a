/**
 * Through the API: pausing a case's clocks (one running pause at a time, the due dates moved by the
 * paused days when it ends, bad input → 400 per field, another office → 404), the WhatsApp status
 * link (only for those who may reveal the identity, recorded like a reveal), and the reporter's
 * e-mail (the stage and the status page's link, never the case's text).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { complaintEvents, complaintOfficers, complaints } from '../../db/schema-complaints';
import { encryptJson, loadIdentityKeys } from '../../lib/identity-crypto';
import { complaintReporterMailJob } from '../../jobs/definitions/complaint-reporter-mail.job';
import { PermanentJobError } from '../../jobs/job-definition';
import { listOutbox, outboxDir } from '../notifications/mailer';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { caseOn, CASE_TEXT, IDENTITY, SECRETS } from './deadlines.fixtures';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  other = await makeTenant(ctx);
});
afterAll(async () => ctx.close());

type Clocks = {
  deadlines: Array<{ key: string; dueOn: string; status: string }>;
  pauses: Array<{ id: string; fromOn: string; toOn: string | null; waitingOn: string }>;
};
const fields = (body: string) => JSON.parse(body).error.fields as Record<string, string>;

/** The case's identity as a database restored without its key holds it: sealed under a key we lack. */
async function sealUnderAnotherKey(complaintId: string) {
  const otherKey = loadIdentityKeys('/nonexistent', crypto.randomBytes(32).toString('base64'));
  await ctx.database.db
    .update(complaints)
    .set({ identityCipher: encryptJson(otherKey, IDENTITY) })
    .where(eq(complaints.id, complaintId));
}

describe('pauses', () => {
  it('a pause of 12–16 Aug 2026 moves the verification’s 1 Sep by its 3 working days to 4 Sep', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const assessor = await t.as('assessor');
    const url = `/api/complaints/${c.id}/pauses`;
    const started = await assessor.post(url, {
      waitingOn: 'pelapor',
      reason: 'Menunggu fotokopi sertifikat',
      from: '2026-08-12',
    });
    expect(started.statusCode, started.body).toBe(201);
    const pause = started.json<Clocks>().pauses[0]!;
    expect(pause).toMatchObject({ fromOn: '2026-08-12', toOn: null, waitingOn: 'pelapor' });

    // One running pause at a time.
    const twice = await assessor.post(url, { waitingOn: 'terlapor', reason: 'Menunggu jawaban' });
    expect(twice.statusCode).toBe(409);

    const early = await assessor.post(`${url}/${pause.id}/end`, { to: '2026-08-11' });
    expect(early.statusCode).toBe(400);
    expect(fields(early.body).to).toBe('Jeda tidak boleh berakhir sebelum dimulai.');

    // 14 working days from Mon 10 Aug = 1 Sep (17 and 25 Aug holidays); the pause holds 12, 13,
    // 14 Aug (15–16 are a weekend): 2, 3, 4 Sep → Fri 4 Sep (REFERENCE §10.7).
    const ended = await assessor.post(`${url}/${pause.id}/end`, { to: '2026-08-16' });
    expect(ended.statusCode, ended.body).toBe(200);
    const after = ended.json<Clocks>();
    expect(after.pauses[0]!.toOn).toBe('2026-08-16');
    expect(after.deadlines.find((d) => d.key === 'verifikasi')!.dueOn).toBe('2026-09-04');
    expect((await assessor.post(`${url}/${pause.id}/end`, {})).statusCode).toBe(409);

    // A later pause may not overlap the first.
    const overlap = await assessor.post(url, { waitingOn: 'pelapor', reason: 'Lagi', from: '2026-08-15' });
    expect(overlap.statusCode).toBe(400);
    expect(Object.keys(fields(overlap.body))).toEqual(['from']);

    const events = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, c.id));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['jeda_mulai', 'jeda_selesai']));
  });

  it('bad input is 400 per field in the user’s language; another office and a foreign pause are 404', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const assessor = await t.as('assessor');
    const url = `/api/complaints/${c.id}/pauses`;
    const bad = await assessor.post(url, { waitingOn: 'tetangga', reason: 'x', from: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(fields(bad.body)).sort()).toEqual(['from', 'reason', 'waitingOn']);
    // The head reads in English (the user's language, set on their account).
    const head = await t.as('oversight_head');
    expect((await head.patch('/api/auth/me', { locale: 'en' })).statusCode).toBe(200);
    const en = await head.post(url, { waitingOn: 'pelapor', reason: 'Menunggu', from: '2999-01-01' });
    expect((await head.patch('/api/auth/me', { locale: 'id' })).statusCode).toBe(200);
    expect(en.statusCode).toBe(400);
    expect(fields(en.body)).toEqual({ from: 'The date cannot be after today.' });
    const before = await assessor.post(url, { waitingOn: 'pelapor', reason: 'Menunggu', from: '2026-08-01' });
    expect(fields(before.body).from).toBe('Jeda tidak boleh dimulai sebelum laporan diterima.');

    const stranger = await other.as('assessor');
    expect((await stranger.post(url, { waitingOn: 'pelapor', reason: 'Menunggu' })).statusCode).toBe(404);
    const mine = await assessor.post(url, { waitingOn: 'pelapor', reason: 'Menunggu', from: '2026-08-11' });
    const pauseId = mine.json<Clocks>().pauses[0]!.id;
    const d = await caseOn(ctx, t, '2026-08-10');
    expect((await assessor.post(`/api/complaints/${d.id}/pauses/${pauseId}/end`, {})).statusCode).toBe(404);
    expect((await stranger.post(`${url}/${pauseId}/end`, {})).statusCode).toBe(404);
  });

  it('two officers pausing at once: one pause, the other is told', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const [a, b] = [await t.as('assessor'), await t.as('oversight_head')];
    const url = `/api/complaints/${c.id}/pauses`;
    const res = await Promise.all([
      a.post(url, { waitingOn: 'pelapor', reason: 'Menunggu dokumen' }),
      b.post(url, { waitingOn: 'terlapor', reason: 'Menunggu jawaban' }),
    ]);
    expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const clocks = await a.post(url, { waitingOn: 'pelapor', reason: 'Lagi' });
    expect(clocks.statusCode).toBe(409);
  });
});

describe('the WhatsApp status message', () => {
  it('only for those who may reveal the identity; recorded like a reveal', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const url = `/api/complaints/${c.id}/whatsapp`;
    const assessor = await t.as('assessor');
    expect((await assessor.get(url)).statusCode).toBe(403);
    expect((await (await other.as('oversight_head')).get(url)).statusCode).toBe(404);
    expect((await (await t.as('gov_coordinator')).get(url)).statusCode).toBe(403);

    await ctx.database.db.insert(complaintOfficers).values({ complaintId: c.id, userId: t.userIds.assessor });
    const res = await assessor.get(url);
    expect(res.statusCode, res.body).toBe(200);
    const { url: link, text } = res.json<{ url: string; text: string }>();
    // 0812-3456-7890 written the Indonesian way → 62 8123 4567 890.
    expect(link.startsWith('https://wa.me/6281234567890?text=')).toBe(true);
    expect(decodeURIComponent(link.split('?text=')[1]!)).toBe(text);
    expect(text).toContain(c.trackingNumber);
    expect(text).toContain('Penerimaan');
    // The stage's clock: verifikasi, 14 working days from 10 Aug 2026 = 1 Sep (17, 25 Aug holidays).
    expect(text).toContain('Tenggat tahap ini: 1 Sep 2026.');
    expect(text).toContain('/publik/lapor/status');
    for (const s of SECRETS) expect(text).not.toContain(s);

    const head = await t.as('oversight_head');
    expect((await head.get(url)).statusCode).toBe(200);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, 'reveal')));
    expect(audits.map((a) => a.actorId).sort()).toEqual(
      [t.userIds.assessor, t.userIds.oversight_head].sort(),
    );
    expect(JSON.stringify(audits)).not.toContain('81234567890');
    const reveals = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, c.id), eq(complaintEvents.action, 'identitas_dibuka')));
    expect(reveals).toHaveLength(2);
  });

  it('an identity sealed under another key (a restore without its key): 409 naming the key, nothing recorded', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    await sealUnderAnotherKey(c.id);
    const head = await t.as('oversight_head');
    for (const res of [
      await head.get(`/api/complaints/${c.id}/whatsapp`),
      await head.post(`/api/complaints/${c.id}/identity`, {}),
    ]) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json<{ error: { message: string } }>().error.message).toContain(
        'dienkripsi dengan kunci lain',
      );
    }
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audits).toHaveLength(0);
  });

  it('a reporter without a phone: 409, nothing recorded', async () => {
    const c = await caseOn(ctx, t, '2026-08-10', { identity: { fullName: IDENTITY.fullName } });
    const res = await (await t.as('oversight_head')).get(`/api/complaints/${c.id}/whatsapp`);
    expect(res.statusCode).toBe(409);
    const audits = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, c.id));
    expect(audits).toHaveLength(0);
  });
});

describe('the reporter’s e-mail', () => {
  const run = (payload: Parameters<typeof complaintReporterMailJob.run>[1]) =>
    complaintReporterMailJob.run(
      { database: ctx.database, config: ctx.app.deps.config, jobId: 0, attempt: 1 },
      payload,
    );
  const mails = () => listOutbox(ctx.app.deps.config);

  it('says the stage and links to the status page, never the case’s text', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    const before = mails().length;
    await run({ complaintId: c.id, kind: 'tahap', stage: 'verifikasi_formil' });
    await run({ complaintId: c.id, kind: 'pesan' });
    const sent = mails();
    expect(sent.length - before).toBe(2);
    for (const m of sent.slice(0, 2)) {
      expect(m.to).toBe(IDENTITY.email);
      const raw = fs.readFileSync(path.join(outboxDir(ctx.app.deps.config), m.name), 'utf8');
      const body = raw.replace(/=\r?\n/g, '');
      expect(body).toContain(c.trackingNumber);
      expect(body).toContain('/publik/lapor/status');
      for (const s of [...SECRETS.filter((x) => !IDENTITY.email!.includes(x)), CASE_TEXT])
        expect(raw).not.toContain(s);
    }
    const texts = sent
      .slice(0, 2)
      .map((m) => fs.readFileSync(path.join(outboxDir(ctx.app.deps.config), m.name), 'utf8'))
      .join('\n');
    expect(texts).toContain('Verifikasi formil');
    expect(texts).toContain('pesan baru');
  });

  it('an identity sealed under another key fails the job for good (no retry can read it), no mail', async () => {
    const c = await caseOn(ctx, t, '2026-08-10');
    await sealUnderAnotherKey(c.id);
    const before = mails().length;
    await expect(run({ complaintId: c.id, kind: 'pesan' })).rejects.toBeInstanceOf(PermanentJobError);
    expect(mails().length).toBe(before);
  });

  it('a reporter without an e-mail gets none', async () => {
    const c = await caseOn(ctx, t, '2026-08-10', { identity: { ...IDENTITY, email: undefined } });
    const before = mails().length;
    await run({ complaintId: c.id, kind: 'tahap', stage: 'selesai' });
    expect(mails().length).toBe(before);
  });
});
