/**
 * Retention (issue 14 part 9): a case closed longer ago than the retention period loses its
 * reporter's identity, messages and files; a case closed recently, and the officers' messages and
 * files, stay; the statistics are the same before and after; the run is audited with counts only.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, files } from '../../db/schema';
import { complaintAttachments, complaintMessages, complaints } from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { JOB_DEFINITIONS } from '../../jobs/job-catalog';
import { identityKeysOf } from '../../lib/identity-crypto';
import type { Actor } from '../../lib/reach';
import { makeTenant, type Tenant } from '../../test/factories';
import { createTestContext, type TestContext } from '../../test/harness';
import { complaintStats } from '../complaint-stats/complaint-stats.service';
import { createReport, type NewReport } from '../complaints/complaints.create';
import { placeInStage } from '../demo/demo-complaint-stage';
import { uploadsDir } from '../files/files.service';
import { ERASED_MESSAGE } from './complaint-retention.repository';

let ctx: TestContext;
let t: Tenant;
let oldCase: string;
let recentCase: string;
const NAME = 'Warga Uji Retensi';
const NIK = '6311015204900099';

async function attach(complaintId: string, source: 'pelapor' | 'petugas') {
  const storageName = crypto.randomUUID();
  fs.mkdirSync(uploadsDir(ctx.dataDir), { recursive: true });
  fs.writeFileSync(path.join(uploadsDir(ctx.dataDir), storageName), 'bukti');
  const [file] = await ctx.database.db
    .insert(files)
    .values({
      officeId: t.officeId,
      originalName: 'bukti.pdf',
      mimeType: 'application/pdf',
      size: 5,
      sha256: 'x'.repeat(64),
      storageName,
    })
    .returning();
  await ctx.database.db
    .insert(complaintAttachments)
    .values({ complaintId, fileId: file!.id, source, kind: 'bukti' });
  return storageName;
}

const storage: Record<string, string> = {};
beforeAll(async () => {
  ctx = await createTestContext();
  t = await makeTenant(ctx);
  const keys = identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));
  const report = (receivedOn: string): NewReport => ({
    identity: { fullName: NAME, nik: NIK, email: 'retensi@example.test' },
    body: { kind: 'pemda', name: 'Dinas Uji', governmentId: t.governmentId },
    subject: 'Pelayanan izin tertunda',
    description: 'Berkas tidak diproses.',
    confidential: false,
    consent: true,
    channel: 'web',
    receivedOn,
  });
  const db = ctx.database.db;
  oldCase = (await createReport(db, keys, report('2020-11-02'))).id;
  await placeInStage(db, oldCase, [
    { action: 'catat_register', to: 'verifikasi_formil', on: '2020-11-04' },
    { action: 'cabut', to: 'selesai', on: '2020-12-01', closes: 'dicabut' },
  ]);
  recentCase = (await createReport(db, keys, report('2026-10-01'))).id;
  await placeInStage(db, recentCase, [
    { action: 'tutup_konsultasi', to: 'selesai', on: '2026-10-02', closes: 'konsultasi' },
  ]);
  for (const id of [oldCase, recentCase]) {
    await db.insert(complaintMessages).values([
      { complaintId: id, authorKind: 'pelapor', body: `Saya ${NAME}, mohon kabar.` },
      { complaintId: id, authorKind: 'petugas', body: 'Laporan sedang kami proses.' },
    ]);
    storage[`${id}:pelapor`] = await attach(id, 'pelapor');
    storage[`${id}:petugas`] = await attach(id, 'petugas');
  }
}, 120_000);
afterAll(async () => ctx.close());

const admin = (): Actor => ({
  id: t.userIds.admin,
  name: 'Admin Uji',
  email: t.emails.admin,
  role: 'admin',
  officeId: null,
  governmentId: null,
  locale: 'id',
  reach: { all: true, officeIds: [], governmentIds: [], unitIds: null },
});

describe('retention erasure', () => {
  it('is a daily job', () => {
    const job = JOB_DEFINITIONS.find((j) => j.name === 'complaint-retention');
    expect(job?.everyMs).toBe(86_400_000);
  });

  it('erases the old case’s personal data, keeps the recent one and the statistics', async () => {
    const db = ctx.database.db;
    const before = await complaintStats(db, admin(), {});
    const job = JOB_DEFINITIONS.find((j) => j.name === 'complaint-retention')!;
    await job.run({ database: ctx.database, config: ctx.app.deps.config, jobId: 1, attempt: 1 }, {} as never);
    const after = await complaintStats(db, admin(), {});
    expect(after).toEqual(before);
    expect(before.total).toBe(2);

    const [old] = await db.select().from(complaints).where(eq(complaints.id, oldCase));
    expect([old!.identityCipher, old!.identityHash]).toEqual([null, null]);
    expect(old!.personalErasedAt).not.toBeNull();
    expect([old!.stage, old!.closureReason, old!.subject]).toEqual([
      'selesai',
      'dicabut',
      'Pelayanan izin tertunda',
    ]);
    const oldMessages = await db
      .select()
      .from(complaintMessages)
      .where(eq(complaintMessages.complaintId, oldCase));
    expect(oldMessages.find((m) => m.authorKind === 'pelapor')!.body).toBe(ERASED_MESSAGE);
    expect(oldMessages.find((m) => m.authorKind === 'petugas')!.body).toBe('Laporan sedang kami proses.');
    const oldFiles = await db
      .select()
      .from(complaintAttachments)
      .where(eq(complaintAttachments.complaintId, oldCase));
    expect(oldFiles.map((f) => f.source)).toEqual(['petugas']);
    const dir = uploadsDir(ctx.dataDir);
    expect(fs.existsSync(path.join(dir, storage[`${oldCase}:pelapor`]!))).toBe(false);
    expect(fs.existsSync(path.join(dir, storage[`${oldCase}:petugas`]!))).toBe(true);
    expect(
      (
        await db
          .select()
          .from(files)
          .where(eq(files.storageName, storage[`${oldCase}:pelapor`]!))
      ).length,
    ).toBe(0);

    const [recent] = await db.select().from(complaints).where(eq(complaints.id, recentCase));
    expect(recent!.identityCipher).not.toBeNull();
    expect(recent!.personalErasedAt).toBeNull();
    const recentMessages = await db
      .select()
      .from(complaintMessages)
      .where(eq(complaintMessages.complaintId, recentCase));
    expect(recentMessages.some((m) => m.body.includes(NAME))).toBe(true);
    expect(fs.existsSync(path.join(dir, storage[`${recentCase}:pelapor`]!))).toBe(true);

    const audits = await db.select().from(auditLog).where(eq(auditLog.entityType, 'complaint_retention'));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ cases: 1, messages: 1, attachments: 1, files: 1 });
    expect(JSON.stringify(audits[0])).not.toContain(NAME);
    expect(JSON.stringify(audits[0])).not.toContain(NIK);
  });

  it('a second run erases nothing more', async () => {
    const job = JOB_DEFINITIONS.find((j) => j.name === 'complaint-retention')!;
    await job.run({ database: ctx.database, config: ctx.app.deps.config, jobId: 2, attempt: 1 }, {} as never);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'complaint_retention'));
    expect(audits).toHaveLength(2);
    expect(audits[1]!.after).toMatchObject({ cases: 0, messages: 0, attachments: 0, files: 0 });
  });
});
