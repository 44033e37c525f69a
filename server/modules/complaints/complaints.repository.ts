/**
 * SQL of the case core (issue 14): creating a case, finding the office that handles it, the
 * duplicate candidates. The case list, detail and transitions add theirs here; letters, follow-ups,
 * statistics and the public status page keep their SQL in their own repositories.
 */
import { and, eq, inArray, isNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { officeScope, type Reach } from '../../lib/reach';
import { governments, offices, units, users } from '../../db/schema';
import {
  complaintAttachments,
  complaintDeadlines,
  complaintEvents,
  complaintForms,
  complaintMessages,
  complaintOfficers,
  complaintRuleSets,
  complaints,
  maladministrationForms,
} from '../../db/schema-complaints';

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
  /** The reader's office scope (a candidate out of reach is not shown). */
  scope?: SQL,
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
    .where(and(ne(complaints.id, c.id), sql`(${sameReporter}) and (${sameBody})`, scope))
    .orderBy(sql`${complaints.receivedAt} desc`)
    .limit(10);
}

/** The case, locked for the rest of the transaction (two officers acting at once queue here). */
export async function lockComplaint(db: Executor, id: string) {
  const [row] = await db.select().from(complaints).where(eq(complaints.id, id)).for('update');
  return row;
}

/** Changes the case and bumps its version (call under lockComplaint). */
export async function updateComplaint(db: Executor, id: string, patch: Partial<NewComplaintRow>) {
  const [row] = await db
    .update(complaints)
    .set({ ...patch, version: sql`${complaints.version} + 1`, updatedAt: new Date() })
    .where(eq(complaints.id, id))
    .returning();
  return row!;
}

export async function ruleSetRules(db: Executor, ruleSetId: string) {
  const [row] = await db
    .select({ rules: complaintRuleSets.rules })
    .from(complaintRuleSets)
    .where(eq(complaintRuleSets.id, ruleSetId));
  return row?.rules ?? [];
}

/** Staff accounts (assessor, head) of `officeId` among `userIds`, not archived. */
export async function staffOfOffice(db: Executor, officeId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        inArray(users.id, userIds),
        eq(users.officeId, officeId),
        inArray(users.role, ['assessor', 'oversight_head']),
        isNull(users.archivedAt),
      ),
    );
}

export async function replaceOfficers(
  db: Executor,
  complaintId: string,
  officers: { userId: string; lead: boolean }[],
  assignedBy: string | null,
) {
  await db.delete(complaintOfficers).where(eq(complaintOfficers.complaintId, complaintId));
  if (officers.length)
    await db.insert(complaintOfficers).values(officers.map((o) => ({ complaintId, ...o, assignedBy })));
}

/** Form codes usable on the case: live ones, and retired ones the case already carries. */
export async function usableForms(db: Executor, complaintId: string, codes: string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: maladministrationForms.code })
    .from(maladministrationForms)
    .where(
      and(
        inArray(maladministrationForms.code, codes),
        sql`(${maladministrationForms.retiredAt} is null or exists (
          select 1 from ${complaintForms} cf
          where cf.complaint_id = ${complaintId} and cf.form_code = ${maladministrationForms.code}))`,
      ),
    );
  return rows.map((r) => r.code);
}

export async function replaceForms(db: Executor, complaintId: string, codes: string[]) {
  await db.delete(complaintForms).where(eq(complaintForms.complaintId, complaintId));
  await insertForms(db, complaintId, codes);
}

export async function insertMessage(db: Executor, row: typeof complaintMessages.$inferInsert) {
  const [created] = await db.insert(complaintMessages).values(row).returning();
  return created!;
}

export async function insertAttachment(db: Executor, row: typeof complaintAttachments.$inferInsert) {
  const [created] = await db.insert(complaintAttachments).values(row).returning();
  return created!;
}

/** Restarts the running clock of `key` from `startedOn` with a new due date (or starts one). */
export async function restartClock(db: Executor, deadline: NewDeadline) {
  const running: SQL | undefined = and(
    eq(complaintDeadlines.complaintId, deadline.complaintId),
    eq(complaintDeadlines.key, deadline.key),
    eq(complaintDeadlines.status, 'berjalan'),
  );
  const updated = await db
    .update(complaintDeadlines)
    .set({ startedOn: deadline.startedOn, dueOn: deadline.dueOn, days: deadline.days, unit: deadline.unit })
    .where(running)
    .returning({ id: complaintDeadlines.id });
  if (updated.length === 0) await insertDeadline(db, deadline);
}

/** The cases an actor's offices reach, as a condition on `complaints` (undefined: all). */
export const caseScope = (reach: Reach) => officeScope(reach, complaints.officeId);

/** Moves a freshly recorded case to another office (no version bump: nobody has seen it). */
export async function setOffice(db: Executor, id: string, officeId: string) {
  await db.update(complaints).set({ officeId }).where(eq(complaints.id, id));
}

/** Meets the case's running clocks (letter clocks aside), except the keys in `keep`. */
export async function meetRunningClocks(db: Executor, complaintId: string, keep: string[], today: string) {
  await db
    .update(complaintDeadlines)
    .set({ status: 'terpenuhi', metOn: today })
    .where(
      and(
        eq(complaintDeadlines.complaintId, complaintId),
        eq(complaintDeadlines.status, 'berjalan'),
        isNull(complaintDeadlines.letterId),
        keep.length ? notInArray(complaintDeadlines.key, keep) : undefined,
      ),
    );
}

export async function hasRunningClock(db: Executor, complaintId: string, key: string): Promise<boolean> {
  const [row] = await db
    .select({ id: complaintDeadlines.id })
    .from(complaintDeadlines)
    .where(
      and(
        eq(complaintDeadlines.complaintId, complaintId),
        eq(complaintDeadlines.key, key),
        eq(complaintDeadlines.status, 'berjalan'),
      ),
    )
    .limit(1);
  return !!row;
}
