/**
 * Test fixtures of the staff case API: a reporter whose identity the tests search for in every
 * answer, a staff report body, and a case put directly into any stage (with the clocks the guards
 * read), so the state-machine table can start from every stage.
 */
import { eq } from 'drizzle-orm';
import type { ComplaintStage } from '../../../shared/complaints/stages';
import type { PartialIdentity, StaffReportInput } from '../../../shared/contracts/complaints';
import { complaintDeadlines, complaints } from '../../db/schema-complaints';
import { loadConfig } from '../../config';
import { identityKeysOf } from '../../lib/identity-crypto';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { createReport } from './complaints.create';

export const REPORTER: PartialIdentity = {
  fullName: 'Rahmat Hidayatullah',
  birthPlace: 'Barabai',
  birthDate: '1985-02-17',
  maritalStatus: 'kawin',
  occupation: 'Petani',
  address: 'Jl. Murakata No. 12, Barabai',
  nik: '6307011702850003',
  phone: '081351234567',
  email: 'rahmat.hidayat@contoh.test',
};

/** The strings that must never appear in an answer other than the reveal. */
export const SECRETS = [
  'Rahmat',
  'Hidayatullah',
  '6307011702850003',
  '081351234567',
  '81351234567',
  'rahmat.hidayat@contoh.test',
  'Murakata',
];

export const staffReport = (t: Tenant, over: Partial<StaffReportInput> = {}): StaffReportInput => ({
  identity: REPORTER,
  body: { kind: 'pemda', name: 'Dinas Kependudukan', governmentId: t.governmentId },
  subject: 'Akta kelahiran tidak terbit',
  description: 'Permohonan akta kelahiran sejak tiga bulan belum diproses.',
  confidential: false,
  channel: 'datang_langsung',
  track: 'reguler',
  consent: true,
  eventPlace: 'Kantor Disdukcapil',
  priorEffort: 'Sudah menanyakan ke loket dua kali.',
  expectation: 'Akta segera diterbitkan.',
  ...over,
});

export const keysOf = (ctx: TestContext) =>
  identityKeysOf(loadConfig({ PATUH_DATA_DIR: ctx.dataDir } as NodeJS.ProcessEnv));

/**
 * A case of tenant `t` put straight into `stage`. The lapse guards are met: the completion window
 * and the corrective actions' clock already past due, so every action the table allows can pass.
 */
export async function caseInStage(
  ctx: TestContext,
  t: Tenant,
  stage: ComplaintStage,
  over: { confidential?: boolean } = {},
): Promise<{ id: string; version: number }> {
  const db = ctx.database.db;
  const created = await createReport(db, keysOf(ctx), {
    ...staffReport(t),
    confidential: over.confidential ?? false,
    receivedOn: '2026-06-08',
  });
  await db
    .update(complaints)
    .set({ stage, closureReason: stage === 'selesai' ? 'konsultasi' : null })
    .where(eq(complaints.id, created.id));
  if (stage === 'menunggu_kelengkapan' || stage === 'tindakan_korektif')
    await db.insert(complaintDeadlines).values({
      complaintId: created.id,
      key: stage === 'menunggu_kelengkapan' ? 'kelengkapan_formil' : 'tindakan_korektif',
      startedOn: '2026-01-05',
      days: 30,
      unit: stage === 'menunggu_kelengkapan' ? 'calendar' : 'working',
      dueOn: '2026-02-13',
    });
  return { id: created.id, version: 0 };
}
