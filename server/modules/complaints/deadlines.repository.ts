/**
 * SQL of a case's clocks and pauses (issue 14 part 8): starting, meeting, cancelling and re-dating
 * clocks, the pauses, the next deadline of many cases at once, and what the daily sweep reads.
 * An "open" clock is one not met or cancelled: `berjalan`, or `lewat` (past due, not yet met).
 */
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import {
  complaintDeadlines,
  complaintOfficers,
  complaintPauses,
  complaintRuleSets,
  complaints,
} from '../../db/schema-complaints';

export type DeadlineRow = typeof complaintDeadlines.$inferSelect;
export type PauseRow = typeof complaintPauses.$inferSelect;

const open = and(inArray(complaintDeadlines.status, ['berjalan', 'lewat']), isNull(complaintDeadlines.metOn));

/** What the deadlines need of a case. */
export async function caseForClocks(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: complaints.id,
      officeId: complaints.officeId,
      stage: complaints.stage,
      ruleSetId: complaints.ruleSetId,
      bodyRegionCode: complaints.bodyRegionCode,
      receivedAt: complaints.receivedAt,
      trackingNumber: complaints.trackingNumber,
      closureReason: complaints.closureReason,
      identityCipher: complaints.identityCipher,
      personalErasedAt: complaints.personalErasedAt,
    })
    .from(complaints)
    .where(eq(complaints.id, id));
  return row;
}

/** Locks the case row for the rest of the transaction (one pause change at a time per case). */
export async function lockCase(db: Executor, id: string): Promise<void> {
  await db.select({ id: complaints.id }).from(complaints).where(eq(complaints.id, id)).for('update');
}

export async function ruleSetRules(db: Executor, ruleSetId: string) {
  const [row] = await db
    .select({ rules: complaintRuleSets.rules })
    .from(complaintRuleSets)
    .where(eq(complaintRuleSets.id, ruleSetId));
  return row?.rules;
}

export async function insertClock(db: Executor, row: typeof complaintDeadlines.$inferInsert) {
  const [created] = await db.insert(complaintDeadlines).values(row).returning();
  return created!;
}

export async function openClocks(db: Executor, complaintId: string): Promise<DeadlineRow[]> {
  return db
    .select()
    .from(complaintDeadlines)
    .where(and(eq(complaintDeadlines.complaintId, complaintId), open))
    .orderBy(asc(complaintDeadlines.dueOn));
}

export async function clocksOf(db: Executor, complaintId: string): Promise<DeadlineRow[]> {
  return db
    .select()
    .from(complaintDeadlines)
    .where(eq(complaintDeadlines.complaintId, complaintId))
    .orderBy(asc(complaintDeadlines.startedOn), asc(complaintDeadlines.dueOn));
}

/**
 * Meets the open clocks of `keys`: met on `today`, `terpenuhi` when on time, `lewat` when late
 * (a lapsed clock stays lapsed: meeting it late is still late).
 */
export async function meetClocks(db: Executor, complaintId: string, keys: string[], today: string) {
  if (keys.length === 0) return;
  await db
    .update(complaintDeadlines)
    .set({
      metOn: today,
      status: sql`case when ${complaintDeadlines.dueOn} >= ${today} then 'terpenuhi' else 'lewat' end`,
    })
    .where(and(eq(complaintDeadlines.complaintId, complaintId), inArray(complaintDeadlines.key, keys), open));
}

/** Cancels every open clock of the case (except `keep`): the case no longer waits for them. */
export async function cancelClocks(db: Executor, complaintId: string, today: string) {
  await db
    .update(complaintDeadlines)
    .set({ metOn: today, status: 'batal' })
    .where(and(eq(complaintDeadlines.complaintId, complaintId), open));
}

export async function setDue(db: Executor, id: string, dueOn: string, status: 'berjalan' | 'lewat') {
  await db.update(complaintDeadlines).set({ dueOn, status }).where(eq(complaintDeadlines.id, id));
}

export async function pausesOf(db: Executor, complaintId: string): Promise<PauseRow[]> {
  return db
    .select()
    .from(complaintPauses)
    .where(eq(complaintPauses.complaintId, complaintId))
    .orderBy(asc(complaintPauses.fromOn), asc(complaintPauses.createdAt));
}

export async function insertPause(db: Executor, row: typeof complaintPauses.$inferInsert) {
  const [created] = await db.insert(complaintPauses).values(row).returning();
  return created!;
}

export async function endPauseRow(db: Executor, id: string, toOn: string) {
  const [row] = await db
    .update(complaintPauses)
    .set({ toOn })
    .where(and(eq(complaintPauses.id, id), isNull(complaintPauses.toOn)))
    .returning();
  return row;
}

/** The earliest open clock of each case, and whether a running pause stops it. */
export async function nextClocks(db: Executor, complaintIds: string[]) {
  if (complaintIds.length === 0) return [];
  return db
    .selectDistinctOn([complaintDeadlines.complaintId], {
      complaintId: complaintDeadlines.complaintId,
      key: complaintDeadlines.key,
      dueOn: complaintDeadlines.dueOn,
      status: complaintDeadlines.status,
      waitingOn: sql<string | null>`(select p.waiting_on from complaint_pauses p
        where p.complaint_id = ${complaintDeadlines.complaintId} and p.to_on is null limit 1)`,
    })
    .from(complaintDeadlines)
    .where(and(inArray(complaintDeadlines.complaintId, complaintIds), open))
    .orderBy(complaintDeadlines.complaintId, asc(complaintDeadlines.dueOn));
}

/** Running clocks due by `until` that are past due or not yet reminded, with what the sweep needs of their case. */
export async function clocksForSweep(db: Executor, today: string, until: string) {
  return db
    .select({
      id: complaintDeadlines.id,
      key: complaintDeadlines.key,
      dueOn: complaintDeadlines.dueOn,
      unit: complaintDeadlines.unit,
      remindedOn: complaintDeadlines.remindedOn,
      complaintId: complaints.id,
      officeId: complaints.officeId,
      stage: complaints.stage,
      trackingNumber: complaints.trackingNumber,
      ruleSetId: complaints.ruleSetId,
      bodyRegionCode: complaints.bodyRegionCode,
      waitingOn: sql<string | null>`(select p.waiting_on from complaint_pauses p
        where p.complaint_id = ${complaints.id} and p.to_on is null limit 1)`,
    })
    .from(complaintDeadlines)
    .innerJoin(complaints, eq(complaints.id, complaintDeadlines.complaintId))
    .where(
      and(
        eq(complaintDeadlines.status, 'berjalan'),
        isNull(complaintDeadlines.metOn),
        sql`${complaintDeadlines.dueOn} <= ${until}`,
        // Already reminded and not yet past due: nothing to do until it lapses.
        or(isNull(complaintDeadlines.remindedOn), sql`${complaintDeadlines.dueOn} < ${today}`),
      ),
    )
    .orderBy(asc(complaintDeadlines.dueOn));
}

/** Marks the reminder sent; false when another run already did (once per clock). */
export async function markReminded(db: Executor, id: string, today: string): Promise<boolean> {
  const rows = await db
    .update(complaintDeadlines)
    .set({ remindedOn: today })
    .where(and(eq(complaintDeadlines.id, id), isNull(complaintDeadlines.remindedOn)))
    .returning({ id: complaintDeadlines.id });
  return rows.length > 0;
}

/** Marks a running clock lapsed; false when it was not running any more (once per clock). */
export async function markLapsed(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .update(complaintDeadlines)
    .set({ status: 'lewat' })
    .where(and(eq(complaintDeadlines.id, id), eq(complaintDeadlines.status, 'berjalan')))
    .returning({ id: complaintDeadlines.id });
  return rows.length > 0;
}

/** Who is told about a case's clocks: its officers, else the heads of its office. */
export async function caseRecipients(db: Executor, complaintId: string, officeId: string): Promise<string[]> {
  const officers = await db
    .select({ id: users.id })
    .from(complaintOfficers)
    .innerJoin(users, eq(users.id, complaintOfficers.userId))
    .where(and(eq(complaintOfficers.complaintId, complaintId), isNull(users.archivedAt)));
  if (officers.length > 0) return officers.map((o) => o.id);
  const heads = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.role, 'oversight_head'), isNull(users.archivedAt)));
  return heads.map((h) => h.id);
}

/** True when the user is assigned to the case. */
export async function isOfficerOf(db: Executor, complaintId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: complaintOfficers.userId })
    .from(complaintOfficers)
    .where(and(eq(complaintOfficers.complaintId, complaintId), eq(complaintOfficers.userId, userId)));
  return !!row;
}
