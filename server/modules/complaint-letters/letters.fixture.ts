/**
 * Test fixture of the letters: a case with a known reporter (confidential), a photo with GPS EXIF
 * and a PDF among its attachments, and helpers to draft, confirm and send a letter over HTTP.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { files } from '../../db/schema';
import { complaintAttachments } from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import { jpegWithGps } from '../../lib/strip-metadata.fixture';
import type { Tenant } from '../../test/factories';
import type { Agent, TestContext } from '../../test/harness';
import { createReport } from '../complaints/complaints.create';
import { uploadsDir } from '../files/files.service';

export const REPORTER = {
  fullName: 'Siti Rahmawati',
  birthPlace: 'Paringin',
  birthDate: '1990-04-12',
  nik: '6311015204900001',
  phone: '081234567890',
  email: 'siti.rahmawati@example.test',
};
export const DESCRIPTION =
  'Sudah tiga bulan menunggu KTP-el di kantor kecamatan, petugas meminta uang pelicin.';

/** Strings that must never appear in anything the body (or a letter, or a PDF) gets. */
export const SECRETS = [REPORTER.fullName, REPORTER.nik, REPORTER.phone, REPORTER.email, DESCRIPTION];

export async function makeCase(ctx: TestContext, t: Tenant) {
  const keys = identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));
  const created = await createReport(ctx.database.db, keys, {
    identity: REPORTER,
    body: { kind: 'pemda', name: 'Disdukcapil', governmentId: t.governmentId },
    subject: 'KTP-el tidak kunjung terbit',
    description: DESCRIPTION,
    confidential: true,
    consent: true,
    channel: 'web',
    receivedOn: '2026-06-08',
  });
  return created;
}

/** Stores `bytes` as an attachment of the case (as the core's upload route would). */
export async function attach(
  ctx: TestContext,
  complaintId: string,
  bytes: Buffer,
  mimeType: string,
  name: string,
  kind: 'bukti' | 'identitas' = 'bukti',
) {
  const dir = uploadsDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const storageName = crypto.randomUUID();
  fs.writeFileSync(path.join(dir, storageName), bytes);
  const [file] = await ctx.database.db
    .insert(files)
    .values({
      originalName: name,
      mimeType,
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      storageName,
    })
    .returning();
  const [att] = await ctx.database.db
    .insert(complaintAttachments)
    .values({ complaintId, fileId: file!.id, source: 'pelapor', kind })
    .returning();
  return { attachmentId: att!.id, fileId: file!.id, storageName };
}

export const draftBody = (t: Tenant, over: Record<string, unknown> = {}) => ({
  kind: 'klarifikasi',
  addresseeGovernmentId: t.governmentId,
  addresseeName: 'Bupati Uji',
  subject: 'Permintaan klarifikasi pelayanan KTP-el',
  body: 'Ombudsman menerima laporan mengenai penundaan berlarut penerbitan KTP-el.\n\nKami mohon penjelasan Saudara.',
  signatoryName: 'Dr. Budi Santoso',
  signatoryTitle: 'Kepala Perwakilan',
  letterDate: '2026-06-08',
  ...over,
});

/** A sent letter (drafted, confirmed, sent with the GPS photo); returns its id. */
export async function sentLetter(ctx: TestContext, t: Tenant, officer: Agent, complaintId: string) {
  const { attachmentId } = await attach(ctx, complaintId, jpegWithGps(), 'image/jpeg', 'foto.jpg');
  const d = await officer.post(`/api/complaints/${complaintId}/letters`, draftBody(t));
  if (d.statusCode !== 201) throw new Error(`draft: ${d.statusCode} ${d.body}`);
  const id = d.json<{ id: string }>().id;
  const c = await officer.post(`/api/complaint-letters/${id}/confirm-identity`, { confirm: true });
  if (c.statusCode !== 200) throw new Error(`confirm: ${c.statusCode} ${c.body}`);
  const s = await officer.post(`/api/complaint-letters/${id}/send`, { attachmentIds: [attachmentId] });
  if (s.statusCode !== 200) throw new Error(`send: ${s.statusCode} ${s.body}`);
  return id;
}

export function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
) {
  const boundary = `patuh${crypto.randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const SIGNED_PDF = Buffer.from(
  '%PDF-1.4\n%balasan bertanda tangan\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
);
