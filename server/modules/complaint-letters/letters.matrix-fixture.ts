/**
 * The authorization matrix's records of the letters and follow-ups (block `// complaints: letters`
 * of server/test/authorization-matrix.ts): a case of the tenant, a confirmed draft, a sent
 * letter to the tenant's government with one attachment on disk, a follow-up item with evidence.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { files } from '../../db/schema';
import {
  complaintLetterFiles,
  complaintLetters,
  followupEvents,
  followupItems,
} from '../../db/schema-complaints';
import { identityKeysOf } from '../../lib/identity-crypto';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { createReport } from '../complaints/complaints.create';
import { uploadsDir } from '../files/files.service';

export interface LettersMatrixFixture {
  complaintId: string;
  draftId: string;
  sentId: string;
  sentFileId: string;
  followupId: string;
  followupFileId: string;
}

async function storedPdf(ctx: TestContext, t: Tenant) {
  const dir = uploadsDir(ctx.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const storageName = crypto.randomUUID();
  const bytes = Buffer.from('%PDF-1.4\n%matriks\n%%EOF\n');
  fs.writeFileSync(path.join(dir, storageName), bytes);
  const [file] = await ctx.database.db
    .insert(files)
    .values({
      governmentId: t.governmentId,
      officeId: t.officeId,
      originalName: 'matriks.pdf',
      mimeType: 'application/pdf',
      size: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      storageName,
    })
    .returning();
  return file!.id;
}

export async function lettersMatrixFixture(ctx: TestContext, t: Tenant): Promise<LettersMatrixFixture> {
  const db = ctx.database.db;
  const c = await createReport(db, identityKeysOf(ctx.app.deps.config), {
    identity: { fullName: 'Pelapor Matriks' },
    body: { kind: 'pemda', name: 'Dinas Matriks', governmentId: t.governmentId },
    subject: 'Laporan matriks',
    description: 'Uraian matriks.',
    confidential: true,
    consent: true,
    channel: 'web',
  });
  const base = {
    complaintId: c.id,
    officeId: t.officeId,
    kind: 'klarifikasi' as const,
    letterDate: '2026-06-08',
    addresseeGovernmentId: t.governmentId,
    addresseeName: 'Kepala Dinas Matriks',
    subject: 'Klarifikasi',
    body: 'Mohon penjelasan.',
    signatoryName: 'Penandatangan',
    signatoryTitle: 'Kepala Perwakilan',
    dueOn: '2026-06-22',
    identityCheckedAt: new Date(),
  };
  const [draft] = await db
    .insert(complaintLetters)
    .values({ ...base, number: 'B/0001/LM.01/VI/2026' })
    .returning();
  const [sent] = await db
    .insert(complaintLetters)
    .values({ ...base, number: 'B/0002/LM.01/VI/2026', sentAt: new Date() })
    .returning();
  const sentFileId = await storedPdf(ctx, t);
  await db.insert(complaintLetterFiles).values({ letterId: sent!.id, fileId: sentFileId });
  const [item] = await db
    .insert(followupItems)
    .values({
      kind: 'tindakan_korektif',
      complaintId: c.id,
      officeId: t.officeId,
      governmentId: t.governmentId,
      addressee: 'Kepala Dinas Matriks',
      action: 'Perbaiki layanan.',
      dueOn: '2026-08-12',
    })
    .returning();
  const followupFileId = await storedPdf(ctx, t);
  await db
    .insert(followupEvents)
    .values({ itemId: item!.id, action: 'dijawab', toStatus: 'dijawab', fileId: followupFileId });
  return {
    complaintId: c.id,
    draftId: draft!.id,
    sentId: sent!.id,
    sentFileId,
    followupId: item!.id,
    followupFileId,
  };
}
