/**
 * The office's letters on a real database: numbers per office and year (two drafts at once get
 * different numbers), the due date from the case's rules, the identity check (mechanical, then the
 * officer's confirmation; an edit asks again), sending gated on it, the GPS photo going out as a
 * stripped copy, the reply clock, and the PDF that never names the reporter.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files } from '../../db/schema';
import { complaintDeadlines, complaintEvents } from '../../db/schema-complaints';
import { gpsLatitudeBytes, jpegWithGps, SECRET_TEXT } from '../../lib/strip-metadata.fixture';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type Agent, type TestContext } from '../../test/harness';
import { requireTools } from '../../test/tools';
import { uploadsDir } from '../files/files.service';
import { attach, draftBody, makeCase, REPORTER, SECRETS } from './letters.fixture';

let ctx: TestContext;
let t: Tenant;
let other: Tenant;
let officer: Agent;
let caseId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx, { provinceCodes: ['63'] });
  other = await makeTenant(ctx);
  officer = await t.as('assessor');
  caseId = (await makeCase(ctx, t)).id;
});
afterAll(async () => ctx.close());

const draft = (over: Record<string, unknown> = {}) =>
  officer.post(`/api/complaints/${caseId}/letters`, draftBody(t, over));

describe('drafts', () => {
  it('numbers letters per office and year, and two drafts at once get different numbers', async () => {
    const first = await draft();
    expect(first.statusCode).toBe(201);
    expect(first.json().number).toBe('B/0001/LM.01/VI/2026');
    expect(first.json().status).toBe('draf');
    const many = await Promise.all([1, 2, 3, 4, 5].map(() => draft({ letterDate: '2026-07-01' })));
    expect(many.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const numbers = many.map((r) => r.json<{ number: string }>().number).sort();
    expect(numbers).toEqual([2, 3, 4, 5, 6].map((n) => `B/000${n}/LM.01/VII/2026`));
    // Another year starts again at 1.
    expect((await draft({ letterDate: '2027-01-04' })).json().number).toBe('B/0001/LM.01/I/2027');
  });

  it('takes the due date from rule jawaban_klarifikasi (14 calendar days) unless given', async () => {
    expect((await draft()).json().dueOn).toBe('2026-06-22');
    expect((await draft({ dueOn: '2026-06-30' })).json().dueOn).toBe('2026-06-30');
    const bad = await draft({ dueOn: '2026-06-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.dueOn).toBeTruthy();
  });

  it('refuses bad input per field, in the user’s language', async () => {
    const res = await officer.post(`/api/complaints/${caseId}/letters`, { kind: 'surat_cinta', subject: '' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    for (const f of ['kind', 'subject', 'body', 'addresseeName', 'letterDate'])
      expect(fields[f], f).toBeTruthy();
    const farFuture = await draft({ letterDate: '9999-12-25' });
    expect(farFuture.statusCode).toBe(400);
    expect(farFuture.json().error.fields.letterDate).toBeTruthy();
    const unknownGov = await draft({ addresseeGovernmentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknownGov.statusCode).toBe(400);
    expect(unknownGov.json().error.fields.addresseeGovernmentId).toBeTruthy();
  });

  it('another office’s staff get 404 on the case’s letters', async () => {
    const stranger = await other.as('assessor');
    expect((await stranger.get(`/api/complaints/${caseId}/letters`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/complaints/${caseId}/letters`, draftBody(t))).statusCode).toBe(404);
    const id = (await draft()).json().id;
    expect((await stranger.patch(`/api/complaint-letters/${id}`, { subject: 'x' })).statusCode).toBe(404);
    expect((await stranger.get(`/api/complaint-letters/${id}/pdf`)).statusCode).toBe(404);
  });
});

describe('identity check and sending', () => {
  it('refuses the confirmation while the name, NIK, phone or e-mail is in the text, without echoing them', async () => {
    const id = (
      await draft({
        subject: `Klarifikasi laporan ${REPORTER.fullName.toUpperCase()}`,
        body: `Pelapor (NIK ${REPORTER.nik.replace(/(\d{4})/g, '$1 ')}) dapat dihubungi di +62 812-3456-7890 atau ${REPORTER.email}.`,
      })
    ).json().id;
    const res = await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields.subject).toMatch(/nama lengkap/);
    expect(fields.body).toMatch(/NIK/);
    expect(fields.body).toMatch(/nomor telepon/);
    expect(fields.body).toMatch(/e-mail/);
    for (const s of [REPORTER.fullName, REPORTER.nik, REPORTER.email]) expect(res.body).not.toContain(s);
    // Sending without the confirmation is refused too.
    const send = await officer.post(`/api/complaint-letters/${id}/send`, {});
    expect(send.statusCode).toBe(400);
    expect(send.json().error.fields.identity).toBeTruthy();
    // Cleaned, the confirmation passes.
    const fixed = await officer.patch(`/api/complaint-letters/${id}`, {
      subject: 'Permintaan klarifikasi',
      body: 'Pelapor meminta identitasnya dirahasiakan.',
    });
    expect(fixed.statusCode).toBe(200);
    const ok = await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().identityCheckedAt).toBeTruthy();
  });

  it('an edit after the confirmation asks for it again; confirm must be literally true', async () => {
    const id = (await draft()).json().id;
    expect(
      (await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: false })).statusCode,
    ).toBe(400);
    expect(
      (await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true })).statusCode,
    ).toBe(200);
    const edited = await officer.patch(`/api/complaint-letters/${id}`, { body: 'Teks baru.' });
    expect(edited.json().identityCheckedAt).toBeNull();
    expect((await officer.post(`/api/complaint-letters/${id}/send`, {})).statusCode).toBe(400);
  });

  it('sends the photo as a stripped copy, starts the reply clock, and is final', async () => {
    const photo = await attach(ctx, caseId, jpegWithGps(), 'image/jpeg', 'foto-lokasi.jpg');
    const idCard = await attach(ctx, caseId, jpegWithGps(), 'image/jpeg', 'ktp.jpg', 'identitas');
    const id = (await draft()).json().id;
    await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
    // The reporter's ID card never goes out with a letter.
    const withCard = await officer.post(`/api/complaint-letters/${id}/send`, {
      attachmentIds: [idCard.attachmentId],
    });
    expect(withCard.statusCode).toBe(400);
    const res = await officer.post(`/api/complaint-letters/${id}/send`, {
      attachmentIds: [photo.attachmentId],
    });
    expect(res.statusCode).toBe(200);
    const letter = res.json();
    expect(letter.status).toBe('terkirim');
    expect(letter.files).toHaveLength(1);
    const [copy] = await ctx.database.db.select().from(files).where(eq(files.id, letter.files[0].id));
    expect(copy!.storageName).not.toBe(photo.storageName);
    const sentBytes = fs.readFileSync(path.join(uploadsDir(ctx.dataDir), copy!.storageName));
    expect(sentBytes.includes(gpsLatitudeBytes())).toBe(false);
    expect(sentBytes.includes(Buffer.from(SECRET_TEXT))).toBe(false);
    expect(sentBytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const download = await officer.get(`/api/complaint-letters/${id}/files/${letter.files[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(sentBytes)).toBe(true);
    const stranger = await other.as('assessor');
    expect((await stranger.get(`/api/complaint-letters/${id}/files/${letter.files[0].id}`)).statusCode).toBe(
      404,
    );
    // The original stays as it was uploaded.
    const original = fs.readFileSync(path.join(uploadsDir(ctx.dataDir), photo.storageName));
    expect(original.includes(gpsLatitudeBytes())).toBe(true);
    const [clock] = await ctx.database.db
      .select()
      .from(complaintDeadlines)
      .where(eq(complaintDeadlines.letterId, id));
    expect(clock).toMatchObject({
      key: 'jawaban_klarifikasi',
      startedOn: '2026-06-08',
      dueOn: '2026-06-22',
      status: 'berjalan',
    });
    const events = await ctx.database.db
      .select()
      .from(complaintEvents)
      .where(eq(complaintEvents.complaintId, caseId));
    expect(events.some((e) => e.action === 'surat_dikirim' && e.data?.letterId === id)).toBe(true);
    // Final: no second send, no edit.
    expect((await officer.post(`/api/complaint-letters/${id}/send`, {})).statusCode).toBe(409);
    expect((await officer.patch(`/api/complaint-letters/${id}`, { subject: 'Ubah' })).statusCode).toBe(409);
    const list = await officer.get(`/api/complaints/${caseId}/letters`);
    expect(list.json().attachments.map((a: { id: string }) => a.id)).not.toContain(idCard.attachmentId);
  });

  it('an attachment whose bytes are not stored (synth placeholder, gone from disk) is a field error; nothing is sent', async () => {
    for (const gone of ['synth', 'deleted'] as const) {
      const photo = await attach(ctx, caseId, jpegWithGps(), 'image/jpeg', `hilang-${gone}.jpg`);
      if (gone === 'synth')
        await ctx.database.db
          .update(files)
          .set({ storageName: `synth/${photo.storageName}` })
          .where(eq(files.storageName, photo.storageName));
      else fs.rmSync(path.join(uploadsDir(ctx.dataDir), photo.storageName));
      const id = (await draft()).json().id;
      await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
      const res = await officer.post(`/api/complaint-letters/${id}/send`, {
        attachmentIds: [photo.attachmentId],
      });
      expect(res.statusCode, gone).toBe(400);
      expect(res.json().error.fields.attachmentIds).toBe(
        `Isi lampiran hilang-${gone}.jpg tidak tersimpan di server, sehingga tidak dapat dikirim.`,
      );
      expect(
        (await officer.get(`/api/complaints/${caseId}/letters`))
          .json()
          .items.find((l: { id: string }) => l.id === id)?.status,
      ).toBe('draf');
    }
  });

  it('two sends at once: one goes out, the other gets 409; one clock, one set of copies', async () => {
    const photo = await attach(ctx, caseId, jpegWithGps(), 'image/jpeg', 'foto-2.jpg');
    const id = (await draft()).json().id;
    await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
    const head = await t.as('oversight_head');
    const before = fs.readdirSync(uploadsDir(ctx.dataDir)).length;
    const results = await Promise.all([
      officer.post(`/api/complaint-letters/${id}/send`, { attachmentIds: [photo.attachmentId] }),
      head.post(`/api/complaint-letters/${id}/send`, { attachmentIds: [photo.attachmentId] }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const clocks = await ctx.database.db
      .select()
      .from(complaintDeadlines)
      .where(eq(complaintDeadlines.letterId, id));
    expect(clocks).toHaveLength(1);
    // The loser's stripped copy was removed again: one new file on disk.
    expect(fs.readdirSync(uploadsDir(ctx.dataDir)).length).toBe(before + 1);
  });

  it('the PDF has the letterhead, number, addressee and body — and nothing of the reporter', async ({
    skip,
  }) => {
    const id = (await draft()).json().id;
    const res = await officer.get(`/api/complaint-letters/${id}/pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    for (const s of SECRETS) expect(bytes.includes(Buffer.from(s))).toBe(false);
    requireTools(skip, 'pdftotext');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'patuh-surat-'));
    fs.writeFileSync(path.join(dir, 's.pdf'), bytes);
    const text = execFileSync('pdftotext', [path.join(dir, 's.pdf'), '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    fs.rmSync(dir, { recursive: true, force: true });
    for (const s of [
      'OMBUDSMAN REPUBLIK INDONESIA',
      'Bupati Uji',
      'Dr. Budi Santoso',
      'Kepala Perwakilan',
      'penundaan berlarut',
      '8 Jun 2026',
      '22 Jun 2026',
    ])
      expect(text).toContain(s);
    expect(text).toMatch(/B\/\d{4}\/LM\.01\/VI\/2026/);
    expect(text).toContain('Ombudsman Uji');
    for (const s of SECRETS) expect(text).not.toContain(s);
  });
});
