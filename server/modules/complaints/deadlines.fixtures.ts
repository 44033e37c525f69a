/**
 * Test helpers of the deadlines' tests: a case received on a given day, in a tenant of its own.
 * The tenant's government has no region, so the clocks count on the national calendar (the 2026
 * national holidays and cuti bersama of shared/calendar/official-holidays.ts).
 */
import { eq } from 'drizzle-orm';
import type { ComplaintStage } from '../../../shared/complaints/stages';
import type { PartialIdentity } from '../../../shared/contracts/complaints';
import { complaintOfficers, complaints } from '../../db/schema-complaints';
import { identityKeysOf } from '../../lib/identity-crypto';
import type { Tenant } from '../../test/factories';
import type { TestContext } from '../../test/harness';
import { createReport } from './complaints.create';

export const IDENTITY: PartialIdentity = {
  fullName: 'Rahmat Hidayatullah',
  birthPlace: 'Barabai',
  birthDate: '1985-02-11',
  maritalStatus: 'kawin',
  occupation: 'Petani',
  address: 'Jl. Murakata No. 12, Barabai',
  nik: '6307011102850003',
  phone: '0812-3456-7890',
  email: 'rahmat.pelapor@example.test',
};
export const CASE_TEXT = 'Sertifikat tanah tertahan di kantor desa sejak Maret';
/** Every byte that must never leave the case file (identity and case text). */
export const SECRETS = [
  'Rahmat',
  'Hidayatullah',
  '6307011102850003',
  '81234567890',
  'rahmat.pelapor',
  'Murakata',
  'Barabai',
  'Sertifikat tanah',
  'kantor desa',
];

export async function caseOn(
  ctx: TestContext,
  t: Tenant,
  receivedOn: string,
  opts: { stage?: ComplaintStage; officer?: string; identity?: PartialIdentity } = {},
) {
  const db = ctx.database.db;
  const created = await createReport(db, identityKeysOf(ctx.app.deps.config), {
    identity: opts.identity ?? IDENTITY,
    body: { kind: 'pemda', name: 'Pemerintah Desa', governmentId: t.governmentId },
    subject: CASE_TEXT,
    description: `${CASE_TEXT}; kantor desa tidak menjawab.`,
    confidential: true,
    consent: true,
    channel: 'datang_langsung',
    receivedOn,
  });
  if (opts.stage) await db.update(complaints).set({ stage: opts.stage }).where(eq(complaints.id, created.id));
  if (opts.officer)
    await db.insert(complaintOfficers).values({ complaintId: created.id, userId: opts.officer });
  const [row] = await db.select().from(complaints).where(eq(complaints.id, created.id));
  return row!;
}
