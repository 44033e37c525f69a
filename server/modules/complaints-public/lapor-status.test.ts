/**
 * The reporter's status page: tracking number + PIN (a wrong number and a wrong PIN get the same
 * answer; a number locks after five wrong tries, whether it exists or not), a signed cookie that
 * opens ONE case (edited to name another, it opens nothing), what the page shows (stage, next
 * deadline, visible history, messages, the LHP) and never shows (any identity, officers' notes,
 * the body's files), and what the reporter adds: messages, documents (sniffed), the LHP response
 * within its window.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../db/schema';
import {
  complaintAttachments,
  complaintEvents,
  complaintMessages,
  complaints,
} from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { createReport, todayWib } from '../complaints/complaints.create';
import { CASE_COOKIE } from './lapor-session';
import { EXE, hidden, IDENTITY_VALUES, multipart, PNG, Visitor } from './lapor-test-helpers';

let ctx: TestContext;
let t: Tenant;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
});
afterAll(async () => ctx?.close());

const keys = () => identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));

async function newCase(subject = 'Izin usaha ditahan tanpa alasan') {
  const created = await createReport(ctx.database.db, keys(), {
    identity: {
      fullName: 'Siti Rahmawati',
      birthPlace: 'Paringin',
      birthDate: '1990-04-12',
      maritalStatus: 'kawin',
      occupation: 'Pedagang',
      address: 'Jl. Ahmad Yani No. 5, Paringin',
      nik: '6311015204900001',
      phone: '081234567890',
      email: 'siti@example.test',
    },
    body: { kind: 'pemda', name: 'Dinas Perizinan', governmentId: t.governmentId },
    subject,
    description: 'Uraian.',
    confidential: true,
    consent: true,
    channel: 'web',
  });
  return { id: created.id, tracking: created.trackingNumber, pin: created.pin! };
}

/** Signs in on the status page; returns the answer of the POST. */
async function signIn(v: Visitor, trackingNumber: string, pin: string) {
  const form = await v.get('/publik/lapor/status');
  return v.postForm('/publik/lapor/status', {
    trackingNumber,
    pin,
    formToken: hidden(form.body, 'formToken'),
  });
}

const wrongPin = (pin: string) => String((Number(pin) + 1) % 1_000_000).padStart(6, '0');

describe('signing in to the status page', () => {
  it('a wrong number and a wrong PIN get the same status and the same page', async () => {
    const c = await newCase();
    const v = new Visitor(ctx.app, '203.0.113.10');
    const unknown = 'LM-2026-ZZZZZZZZ';
    const a = await signIn(v, c.tracking, wrongPin(c.pin));
    const b = await signIn(v, unknown, wrongPin(c.pin));
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(a.statusCode);
    expect(a.body).toContain('Nomor laporan atau PIN tidak cocok.');
    expect(b.body.replaceAll(unknown, 'NOMOR')).toBe(a.body.replaceAll(c.tracking, 'NOMOR'));
    expect(a.headers['set-cookie'] ?? '').not.toContain(CASE_COOKIE);
  });

  it('a right PIN sets an HttpOnly, SameSite=Strict, short-lived cookie scoped to /publik/lapor', async () => {
    const c = await newCase();
    const v = new Visitor(ctx.app, '203.0.113.11');
    const res = await signIn(v, c.tracking.toLowerCase(), c.pin);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/publik/lapor/status');
    const cookie = [res.headers['set-cookie']].flat().find((s) => s?.startsWith(`${CASE_COOKIE}=`))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/publik\/lapor/);
    expect(cookie).toMatch(/Max-Age=1800/);
    const page = await v.get('/publik/lapor/status');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(c.tracking);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('locks a tracking number after five wrong PINs — the same for a number that does not exist', async () => {
    const c = await newCase();
    const v = new Visitor(ctx.app, '203.0.113.12');
    const ghost = 'LM-2026-YYYYYYYY';
    for (let i = 0; i < 5; i++) {
      expect((await signIn(v, c.tracking, wrongPin(c.pin))).statusCode).toBe(401);
      expect((await signIn(v, ghost, wrongPin(c.pin))).statusCode).toBe(401);
    }
    const locked = await signIn(v, c.tracking, c.pin); // even the right PIN waits now
    const lockedGhost = await signIn(v, ghost, c.pin);
    expect(locked.statusCode).toBe(429);
    expect(locked.body).toContain('Terlalu banyak percobaan yang salah');
    expect(locked.headers['retry-after']).toBeTruthy();
    expect(lockedGhost.statusCode).toBe(429);
    expect(lockedGhost.body.replaceAll(ghost, 'N')).toBe(locked.body.replaceAll(c.tracking, 'N'));
    expect(locked.headers['set-cookie'] ?? '').not.toContain(CASE_COOKIE);
    // Another number from another address is not held back.
    const other = await newCase();
    expect((await signIn(new Visitor(ctx.app, '203.0.113.13'), other.tracking, other.pin)).statusCode).toBe(
      303,
    );
  });

  it('limits one client address across many numbers (20 tries, then a wait)', async () => {
    const v = new Visitor(ctx.app, '203.0.113.15');
    const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
    const numbers = Array.from({ length: 21 }, (_, i) => `LM-2026-QQQQQQ${alphabet[i]}${alphabet[i + 1]}`);
    for (const n of numbers.slice(0, 20)) expect((await signIn(v, n, '123456')).statusCode).toBe(401);
    const held = await signIn(v, numbers[20]!, '123456');
    expect(held.statusCode).toBe(429);
    expect(held.body).toContain('Terlalu banyak percobaan yang salah');
    // A case's owner from another address still gets in.
    const c = await newCase();
    expect((await signIn(new Visitor(ctx.app, '203.0.113.16'), c.tracking, c.pin)).statusCode).toBe(303);
  });

  it('malformed numbers and PINs are field errors (id and en), never a 500', async () => {
    const v = new Visitor(ctx.app, '203.0.113.14');
    const res = await signIn(v, 'bukan nomor', '12ab');
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/id="f-trackingNumber"[^>]*aria-invalid="true"/);
    expect(res.body).toContain('PIN terdiri atas 6 angka.');
    const form = await v.get('/publik/lapor/status?lang=en');
    const en = await v.postForm('/publik/lapor/status?lang=en', {
      trackingNumber: 'x',
      pin: '',
      formToken: hidden(form.body, 'formToken'),
    });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('The PIN has 6 digits.');
    const junk = await v.post('/publik/lapor/status', {
      payload: 'trackingNumber=%00%ZZ&pin[]=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(junk.statusCode).toBeLessThan(500);
    const nofm = await new Visitor(ctx.app).postForm('/publik/lapor/status', {
      trackingNumber: 'x',
      pin: '1',
    });
    expect(nofm.statusCode).toBe(403);
  });
});

describe('the status page', () => {
  it('shows stage, deadline, visible history and messages — no identity, no internal note, no body file', async () => {
    const c = await newCase();
    const db = ctx.database.db;
    await db.insert(complaintEvents).values([
      {
        complaintId: c.id,
        actorKind: 'petugas',
        action: 'catatan',
        note: 'CATATAN INTERNAL PETUGAS',
        visibleToReporter: false,
      },
      {
        complaintId: c.id,
        actorKind: 'petugas',
        action: 'catat_register',
        toStage: 'verifikasi_formil',
        note: 'catatan tersembunyi',
        visibleToReporter: true,
      },
    ]);
    await db
      .insert(complaintMessages)
      .values({ complaintId: c.id, authorKind: 'petugas', body: 'Mohon lengkapi fotokopi KTP.' });
    const [file] = await db
      .insert(files)
      .values({
        originalName: 'balasan-instansi.pdf',
        mimeType: 'application/pdf',
        size: 10,
        sha256: 'x',
        storageName: '00000000-0000-4000-8000-000000000001',
      })
      .returning();
    await db
      .insert(complaintAttachments)
      .values({ complaintId: c.id, fileId: file!.id, source: 'terlapor', kind: 'balasan' });
    const v = new Visitor(ctx.app, '203.0.113.20');
    await signIn(v, c.tracking, c.pin);
    const page = (await v.get('/publik/lapor/status')).body;
    expect(page).toContain('Penerimaan');
    expect(page).toContain('Verifikasi laporan'); // the running clock's label
    expect(page).toContain(`Dinas Perizinan`);
    expect(page).toMatch(/paling lambat \d{1,2} \w{3} \d{4} \(WIB\)/);
    expect(page).toContain('Laporan diterima');
    expect(page).toContain('Registrasi sebagai laporan');
    expect(page).toContain('Mohon lengkapi fotokopi KTP.');
    expect(page).toMatch(/\d{2}\.\d{2} WIB</);
    expect(page).not.toContain('WIB WIB');
    expect(page).not.toContain('CATATAN INTERNAL PETUGAS');
    expect(page).not.toContain('catatan tersembunyi');
    expect(page).not.toContain('balasan-instansi');
    for (const value of IDENTITY_VALUES) expect(page, value).not.toContain(value);
  });

  it('a cookie opens its own case only: edited to name another case it opens nothing', async () => {
    const a = await newCase('Perkara A');
    const b = await newCase('Perkara B');
    const v = new Visitor(ctx.app, '203.0.113.21');
    await signIn(v, a.tracking, a.pin);
    const own = await v.get('/publik/lapor/status');
    expect(own.body).toContain(a.tracking);
    expect(own.body).not.toContain(b.tracking);
    const [, exp, mac] = v.cookies[CASE_COOKIE]!.split('.');
    v.cookies[CASE_COOKIE] = `${b.id}.${exp}.${mac}`;
    const forged = await v.get('/publik/lapor/status');
    expect(forged.body).not.toContain(b.tracking);
    expect(forged.body).not.toContain('Perkara B');
    expect(forged.body).toContain('name="pin"');
    v.cookies[CASE_COOKIE] = `${a.id}.${Number(exp) + 99999}.${mac}`;
    expect((await v.get('/publik/lapor/status')).body).not.toContain(a.tracking);
  });

  it('the reporter sends a message and adds documents (sniffed); signing out ends the session', async () => {
    const c = await newCase();
    const v = new Visitor(ctx.app, '203.0.113.22');
    await signIn(v, c.tracking, c.pin);
    const token = hidden((await v.get('/publik/lapor/status')).body, 'formToken');
    const sent = await v.postForm('/publik/lapor/status/pesan', {
      message: 'Saya lampirkan bukti baru.',
      formToken: token,
    });
    expect(sent.statusCode).toBe(303);
    const empty = await v.postForm('/publik/lapor/status/pesan', { message: '  ', formToken: token });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Wajib diisi.');
    const up = await v.post(
      '/publik/lapor/status/dokumen',
      multipart({ formToken: token }, [
        { field: 'files', filename: 'kuitansi.png', content: PNG, type: 'image/png' },
      ]),
    );
    expect(up.statusCode).toBe(303);
    const exe = await v.post(
      '/publik/lapor/status/dokumen',
      multipart({ formToken: token }, [{ field: 'files', filename: 'surat.pdf', content: EXE }]),
    );
    expect(exe.statusCode).toBe(400);
    expect(exe.body).toContain('Jenis berkas tidak didukung');
    const page = (await v.get('/publik/lapor/status?ok=1')).body;
    expect(page).toContain('Saya lampirkan bukti baru.');
    expect(page).toContain('kuitansi.png');
    expect(page).not.toContain('surat.pdf');
    expect(page).toContain('Anda mengirim pesan');
    const msgs = await ctx.database.db
      .select()
      .from(complaintMessages)
      .where(eq(complaintMessages.complaintId, c.id));
    expect(msgs.map((m) => [m.authorKind, m.isLhpResponse])).toEqual([['pelapor', false]]);
    const out = await v.postForm('/publik/lapor/status/keluar', { formToken: token });
    expect(out.statusCode).toBe(303);
    expect(v.cookies[CASE_COOKIE]).toBeUndefined();
    expect((await v.get('/publik/lapor/status')).body).not.toContain(c.tracking);
    // Without the case cookie, a write is refused.
    const late = await v.postForm('/publik/lapor/status/pesan', { message: 'x', formToken: token });
    expect(late.statusCode).toBe(403);
  });

  it('shows the LHP findings and takes the response within the tanggapan_lhp window only', async () => {
    const c = await newCase();
    const late = await newCase();
    const db = ctx.database.db;
    const lhp = {
      lhpOutcome: 'ditemukan' as const,
      lhpNumber: 'LHP-01/2026',
      lhpFindings: 'Terbukti penundaan berlarut.',
    };
    await db
      .update(complaints)
      .set({ ...lhp, lhpDate: todayWib(), stage: 'tindakan_korektif' })
      .where(eq(complaints.id, c.id));
    await db
      .update(complaints)
      .set({ ...lhp, lhpDate: '2025-01-06', stage: 'tindakan_korektif' })
      .where(eq(complaints.id, late.id));
    const v = new Visitor(ctx.app, '203.0.113.23');
    await signIn(v, c.tracking, c.pin);
    const page = (await v.get('/publik/lapor/status')).body;
    expect(page).toContain('Terbukti penundaan berlarut.');
    expect(page).toContain('Ditemukan maladministrasi');
    expect(page).toContain('name="lhpResponse"');
    const token = hidden(page, 'formToken');
    const ok = await v.postForm('/publik/lapor/status/pesan', {
      message: 'Saya setuju.',
      lhpResponse: 'on',
      formToken: token,
    });
    expect(ok.statusCode).toBe(303);
    const [m] = await db
      .select()
      .from(complaintMessages)
      .where(and(eq(complaintMessages.complaintId, c.id), eq(complaintMessages.isLhpResponse, true)));
    expect(m!.body).toBe('Saya setuju.');

    const w = new Visitor(ctx.app, '203.0.113.24');
    await signIn(w, late.tracking, late.pin);
    const latePage = (await w.get('/publik/lapor/status')).body;
    expect(latePage).toContain('Terbukti penundaan berlarut.');
    expect(latePage).not.toContain('name="lhpResponse"');
    const refused = await w.postForm('/publik/lapor/status/pesan', {
      message: 'Terlambat.',
      lhpResponse: 'on',
      formToken: hidden(latePage, 'formToken'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Masa tanggapan atas LHP sudah berakhir');
  });
});
