/**
 * SQL of the case core (issue 14): creating a case, finding the office that handles it, the
 * duplicate candidates. The case list, detail and transitions add theirs here; letters, follow-ups,
 * statistics and the public status page keep their SQL in their own repositories.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, units } from '../../db/schema';
import { complaintDeadlines, complaintEvents, complaintForms, complaints } from '../../db/schema-complaints';

export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaintRow = typeof complaints.$inferInsert;

export async function findBySubmissionKey(db: Executor, key: string) {
  const [row] = await db
    .select({ id: complaints.id, trackingNumber: complaints.trackingNumber, officeId: complaints.officeId })
    .from(complaints)
    .where(eq(complaints.submissionKey, key));
  return row;
}

export async function findByTrackingNumber(db: Executor, trackingNumber: string) {
  const [row] = await db.select().from(complaints).where(eq(complaints.trackingNumber, trackingNumber));
  return row;
}

export async function findComplaint(db: Executor, id: string) {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id));
  return row;
}

/** The government (and, when given, its unit) a report names, for routing and the body's name. */
export async function bodyGovernment(db: Executor, governmentId: string, unitId?: string) {
  const [gov] = await db
    .select({
      id: governments.id,
      name: governments.name,
      officeId: governments.officeId,
      regionCode: governments.regionCode,
    })
    .from(governments)
    .where(and(eq(governments.id, governmentId), isNull(governments.archivedAt)));
  if (!gov) return undefined;
  if (!unitId) return { ...gov, unit: null };
  const [unit] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.governmentId, governmentId)));
  return unit ? { ...gov, unit } : undefined;
}

/** The office covering a province code, else the head office. */
export async function officeForProvince(db: Executor, provinceCode: string | undefined) {
  if (provinceCode) {
    const [covering] = await db
      .select({ id: offices.id, name: offices.name })
      .from(offices)
      .where(and(isNull(offices.archivedAt), sql`${provinceCode} = any(${offices.provinceCodes})`))
      .orderBy(offices.isHeadOffice)
      .limit(1);
    if (covering) return covering;
  }
  return headOffice(db);
}

export async function headOffice(db: Executor) {
  const [head] = await db
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(and(isNull(offices.archivedAt), eq(offices.isHeadOffice, true)))
    .limit(1);
  if (head) return head;
  const [any] = await db
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(isNull(offices.archivedAt))
    .orderBy(offices.name)
    .limit(1);
  return any;
}

export async function officeName(db: Executor, officeId: string): Promise<string> {
  const [row] = await db.select({ name: offices.name }).from(offices).where(eq(offices.id, officeId));
  return row?.name ?? '';
}

export async function insertComplaint(db: Executor, row: NewComplaintRow) {
  const [created] = await db.insert(complaints).values(row).returning();
  return created!;
}

export async function insertForms(db: Executor, complaintId: string, codes: readonly string[]) {
  if (codes.length === 0) return;
  await db
    .insert(complaintForms)
    .values(codes.map((formCode) => ({ complaintId, formCode })))
    .onConflictDoNothing();
}

export type NewEvent = typeof complaintEvents.$inferInsert;
export async function insertEvent(db: Executor, event: NewEvent) {
  await db.insert(complaintEvents).values(event);
}

export type NewDeadline = typeof complaintDeadlines.$inferInsert;
export async function insertDeadline(db: Executor, deadline: NewDeadline) {
  const [row] = await db.insert(complaintDeadlines).values(deadline).returning();
  return row!;
}

/** Other cases with the same reporter (keyed hash) or the same body and subject: likely duplicates. */
export async function duplicateCandidates(
  db: Executor,
  c: { id: string; identityHash: string | null; bodyGovernmentId: string | null; bodyName: string },
) {
  const sameReporter = c.identityHash ? sql`${complaints.identityHash} = ${c.identityHash}` : sql`false`;
  const sameBody = c.bodyGovernmentId
    ? sql`${complaints.bodyGovernmentId} = ${c.bodyGovernmentId}`
    : sql`lower(${complaints.bodyName}) = lower(${c.bodyName})`;
  return db
    .select({
      id: complaints.id,
      trackingNumber: complaints.trackingNumber,
      stage: complaints.stage,
      subject: complaints.subject,
      receivedAt: complaints.receivedAt,
      sameReporter: sql<boolean>`coalesce(${sameReporter}, false)`,
    })
    .from(complaints)
    .where(and(ne(complaints.id, c.id), sql`(${sameReporter}) and (${sameBody})`))
    .orderBy(sql`${complaints.receivedAt} desc`)
    .limit(10);
}
