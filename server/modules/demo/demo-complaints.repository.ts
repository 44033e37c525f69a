/** SQL of the demo's complaints (demo-complaints.ts): the seeds' governments and units, officers, classification. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, units, users } from '../../db/schema';
import { complaintForms, complaintOfficers, complaints } from '../../db/schema-complaints';

export async function demoGovernments(db: Executor, regionCodes: string[]) {
  return db
    .select({ id: governments.id, regionCode: governments.regionCode, officeId: governments.officeId })
    .from(governments)
    .where(and(inArray(governments.regionCode, regionCodes), isNull(governments.archivedAt)));
}

export async function unitByCode(db: Executor, governmentId: string, code: string) {
  const [u] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), eq(units.code, code)));
  return u;
}

export async function officeByCode(db: Executor, code: string) {
  const [o] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, code));
  return o?.id;
}

export async function userIdsByEmail(db: Executor, emails: string[]) {
  return db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails));
}

export async function classify(
  db: Executor,
  complaintId: string,
  c: { forms: string[]; sector: string; substance: string },
) {
  await db.delete(complaintForms).where(eq(complaintForms.complaintId, complaintId));
  await db.insert(complaintForms).values(c.forms.map((formCode) => ({ complaintId, formCode })));
  await db
    .update(complaints)
    .set({ sector: c.sector, substance: c.substance })
    .where(eq(complaints.id, complaintId));
}

export async function assignOfficer(db: Executor, complaintId: string, userId: string) {
  await db.insert(complaintOfficers).values({ complaintId, userId, lead: true }).onConflictDoNothing();
}

export async function setExtra(
  db: Executor,
  complaintId: string,
  values: Partial<typeof complaints.$inferInsert>,
) {
  await db.update(complaints).set(values).where(eq(complaints.id, complaintId));
}
