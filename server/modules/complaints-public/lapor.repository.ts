/**
 * SQL of the citizen's side (issue 14): the registry names the form offers, what the reporter's
 * status page may show of a case (never the identity, never internal notes or the body's files),
 * and what the reporter adds (messages, documents).
 */
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments, loginThrottle, regions } from '../../db/schema';
import {
  complaintAttachments,
  complaintDeadlines,
  complaintEvents,
  complaintMessages,
  complaintPauses,
  complaints,
} from '../../db/schema-complaints';

/** Registry governments for the form's picker, with their province's name. */
export async function registryGovernments(db: Executor) {
  return db
    .select({
      id: governments.id,
      name: governments.name,
      regionCode: governments.regionCode,
      provinceName: regions.name,
    })
    .from(governments)
    .leftJoin(regions, sql`${regions.code} = left(${governments.regionCode}, 2)`)
    .where(isNull(governments.archivedAt))
    .orderBy(sql`${regions.name} nulls first`, asc(governments.name));
}

export async function provinces(db: Executor) {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(eq(regions.level, 'province'))
    .orderBy(asc(regions.name));
}

export async function governmentName(db: Executor, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: governments.name })
    .from(governments)
    .where(and(eq(governments.id, id), isNull(governments.archivedAt)));
  return row?.name;
}

/** The case a tracking number names: only what the PIN check and the status page need. */
export async function caseByTrackingNumber(db: Executor, trackingNumber: string) {
  const [row] = await db
    .select({ id: complaints.id, pinHash: complaints.pinHash })
    .from(complaints)
    .where(eq(complaints.trackingNumber, trackingNumber));
  return row;
}

/** The case as its reporter sees it: no identity column is read. */
export async function reporterCase(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: complaints.id,
      trackingNumber: complaints.trackingNumber,
      officeId: complaints.officeId,
      stage: complaints.stage,
      closureReason: complaints.closureReason,
      receivedAt: complaints.receivedAt,
      subject: complaints.subject,
      bodyName: complaints.bodyName,
      bodyRegionCode: complaints.bodyRegionCode,
      lhpOutcome: complaints.lhpOutcome,
      lhpNumber: complaints.lhpNumber,
      lhpDate: complaints.lhpDate,
      lhpFindings: complaints.lhpFindings,
    })
    .from(complaints)
    .where(eq(complaints.id, id));
  return row;
}

export async function runningDeadlines(db: Executor, complaintId: string) {
  return db
    .select({ key: complaintDeadlines.key, dueOn: complaintDeadlines.dueOn })
    .from(complaintDeadlines)
    .where(and(eq(complaintDeadlines.complaintId, complaintId), eq(complaintDeadlines.status, 'berjalan')))
    .orderBy(asc(complaintDeadlines.dueOn));
}

export async function runningPause(db: Executor, complaintId: string) {
  const [row] = await db
    .select({ waitingOn: complaintPauses.waitingOn })
    .from(complaintPauses)
    .where(and(eq(complaintPauses.complaintId, complaintId), isNull(complaintPauses.toOn)))
    .limit(1);
  return row;
}

/** The LHP response clock, whatever its status. */
export async function lhpResponseDeadline(db: Executor, complaintId: string) {
  const [row] = await db
    .select({ dueOn: complaintDeadlines.dueOn, status: complaintDeadlines.status })
    .from(complaintDeadlines)
    .where(and(eq(complaintDeadlines.complaintId, complaintId), eq(complaintDeadlines.key, 'tanggapan_lhp')))
    .orderBy(desc(complaintDeadlines.startedOn))
    .limit(1);
  return row;
}

/** History lines marked for the reporter: the action and stages only (never the officer's note). */
export async function visibleEvents(db: Executor, complaintId: string) {
  return db
    .select({ at: complaintEvents.at, action: complaintEvents.action, toStage: complaintEvents.toStage })
    .from(complaintEvents)
    .where(and(eq(complaintEvents.complaintId, complaintId), eq(complaintEvents.visibleToReporter, true)))
    .orderBy(asc(complaintEvents.at), asc(complaintEvents.id));
}

export async function messages(db: Executor, complaintId: string) {
  return db
    .select({
      authorKind: complaintMessages.authorKind,
      body: complaintMessages.body,
      isLhpResponse: complaintMessages.isLhpResponse,
      createdAt: complaintMessages.createdAt,
    })
    .from(complaintMessages)
    .where(eq(complaintMessages.complaintId, complaintId))
    .orderBy(asc(complaintMessages.createdAt));
}

/** The reporter's own files (names and dates only; never the body's or the office's). */
export async function reporterFiles(db: Executor, complaintId: string) {
  return db
    .select({ name: files.originalName, size: files.size, createdAt: complaintAttachments.createdAt })
    .from(complaintAttachments)
    .innerJoin(files, eq(files.id, complaintAttachments.fileId))
    .where(and(eq(complaintAttachments.complaintId, complaintId), eq(complaintAttachments.source, 'pelapor')))
    .orderBy(asc(complaintAttachments.createdAt));
}

export async function insertMessage(db: Executor, row: typeof complaintMessages.$inferInsert) {
  await db.insert(complaintMessages).values(row);
}

export async function insertReporterEvent(db: Executor, complaintId: string, action: string) {
  await db
    .insert(complaintEvents)
    .values({ complaintId, actorKind: 'pelapor', action, visibleToReporter: true });
}

export async function insertAttachments(db: Executor, rows: (typeof complaintAttachments.$inferInsert)[]) {
  if (rows.length) await db.insert(complaintAttachments).values(rows);
}

export async function insertFiles(db: Executor, rows: (typeof files.$inferInsert)[]) {
  if (!rows.length) return [];
  return db.insert(files).values(rows).returning({ id: files.id });
}

/** The case's office and government, owners of the files the reporter adds. */
export async function caseOwner(db: Executor, complaintId: string) {
  const [row] = await db
    .select({ officeId: complaints.officeId, governmentId: complaints.bodyGovernmentId })
    .from(complaints)
    .where(eq(complaints.id, complaintId));
  return row;
}

/** A successful PIN check forgets the tracking number's failures. */
export async function forgetThrottle(db: Executor, keys: string[]) {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}
