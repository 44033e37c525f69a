/**
 * SQL reading one case's parts for the staff detail (issue 14): forms with their names, officers,
 * history with the actors' names, clocks, pauses, files and messages. No identity is read here.
 */
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, offices, users } from '../../db/schema';
import {
  complaintAttachments,
  complaintDeadlines,
  complaintEvents,
  complaintForms,
  complaintMessages,
  complaintOfficers,
  complaintPauses,
  followupItems,
  maladministrationForms,
} from '../../db/schema-complaints';

export async function formsOf(db: Executor, complaintId: string) {
  return db
    .select({
      code: maladministrationForms.code,
      id: maladministrationForms.nameId,
      en: maladministrationForms.nameEn,
    })
    .from(complaintForms)
    .innerJoin(maladministrationForms, eq(maladministrationForms.code, complaintForms.formCode))
    .where(eq(complaintForms.complaintId, complaintId))
    .orderBy(asc(maladministrationForms.position));
}

export async function officersOf(db: Executor, complaintId: string) {
  return db
    .select({ userId: complaintOfficers.userId, name: users.name, lead: complaintOfficers.lead })
    .from(complaintOfficers)
    .innerJoin(users, eq(users.id, complaintOfficers.userId))
    .where(eq(complaintOfficers.complaintId, complaintId))
    .orderBy(sql`${complaintOfficers.lead} desc`, asc(users.name));
}

export async function isOfficer(db: Executor, complaintId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: complaintOfficers.userId })
    .from(complaintOfficers)
    .where(and(eq(complaintOfficers.complaintId, complaintId), eq(complaintOfficers.userId, userId)));
  return !!row;
}

export async function eventsOf(db: Executor, complaintId: string) {
  return db
    .select({
      id: complaintEvents.id,
      at: complaintEvents.at,
      actorKind: complaintEvents.actorKind,
      actorName: users.name,
      action: complaintEvents.action,
      fromStage: complaintEvents.fromStage,
      toStage: complaintEvents.toStage,
      note: complaintEvents.note,
      visibleToReporter: complaintEvents.visibleToReporter,
      data: complaintEvents.data,
    })
    .from(complaintEvents)
    .leftJoin(users, eq(users.id, complaintEvents.actorId))
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.at), asc(complaintEvents.id));
}

export async function deadlinesOf(db: Executor, complaintId: string) {
  return db
    .select()
    .from(complaintDeadlines)
    .where(eq(complaintDeadlines.complaintId, complaintId))
    .orderBy(asc(complaintDeadlines.startedOn), asc(complaintDeadlines.dueOn));
}

export async function pausesOf(db: Executor, complaintId: string) {
  return db
    .select()
    .from(complaintPauses)
    .where(eq(complaintPauses.complaintId, complaintId))
    .orderBy(asc(complaintPauses.fromOn));
}

export async function attachmentsOf(db: Executor, complaintId: string) {
  return db
    .select({
      id: complaintAttachments.id,
      originalName: files.originalName,
      mimeType: files.mimeType,
      size: files.size,
      source: complaintAttachments.source,
      kind: complaintAttachments.kind,
      note: complaintAttachments.note,
      createdAt: complaintAttachments.createdAt,
    })
    .from(complaintAttachments)
    .innerJoin(files, eq(files.id, complaintAttachments.fileId))
    .where(eq(complaintAttachments.complaintId, complaintId))
    .orderBy(asc(complaintAttachments.createdAt));
}

export async function findAttachment(db: Executor, complaintId: string, attachmentId: string) {
  const [row] = await db
    .select({ attachment: complaintAttachments, file: files })
    .from(complaintAttachments)
    .innerJoin(files, eq(files.id, complaintAttachments.fileId))
    .where(and(eq(complaintAttachments.id, attachmentId), eq(complaintAttachments.complaintId, complaintId)));
  return row;
}

export async function messagesOf(db: Executor, complaintId: string) {
  return db
    .select({
      id: complaintMessages.id,
      authorKind: complaintMessages.authorKind,
      authorName: users.name,
      body: complaintMessages.body,
      isLhpResponse: complaintMessages.isLhpResponse,
      createdAt: complaintMessages.createdAt,
    })
    .from(complaintMessages)
    .leftJoin(users, eq(users.id, complaintMessages.authorId))
    .where(eq(complaintMessages.complaintId, complaintId))
    .orderBy(asc(complaintMessages.createdAt));
}

/** Live offices other than `officeId`, by name: where a case may be transferred. */
export async function otherLiveOffices(db: Executor, officeId: string) {
  return db
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(and(ne(offices.id, officeId), isNull(offices.archivedAt)))
    .orderBy(asc(offices.name));
}

/** The office's live staff who may carry a case (assessors and its head), by name. */
export async function officeStaff(db: Executor, officeId: string) {
  return db
    .select({ userId: users.id, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.officeId, officeId),
        isNull(users.archivedAt),
        inArray(users.role, ['assessor', 'oversight_head']),
      ),
    )
    .orderBy(asc(users.name));
}

/** Live offices other than `officeId` exist (a transfer has somewhere to go). */
export async function otherLiveOfficeExists(db: Executor, officeId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: offices.id })
    .from(offices)
    .where(and(ne(offices.id, officeId), isNull(offices.archivedAt)))
    .limit(1);
  return !!row;
}

export async function liveOffice(db: Executor, officeId: string) {
  const [row] = await db
    .select({ id: offices.id, name: offices.name })
    .from(offices)
    .where(and(eq(offices.id, officeId), isNull(offices.archivedAt)));
  return row;
}

/** Follow-up items of the case not yet done (corrective actions still open). */
export async function unfinishedFollowups(db: Executor, complaintId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(followupItems)
    .where(and(eq(followupItems.complaintId, complaintId), ne(followupItems.status, 'selesai')));
  return Number(row?.n ?? 0);
}

/** The running clock of `key` whose due date has passed (a lapsed window), if any. */
export async function lapsedClock(db: Executor, complaintId: string, key: string, today: string) {
  const [row] = await db
    .select({ id: complaintDeadlines.id })
    .from(complaintDeadlines)
    .where(
      and(
        eq(complaintDeadlines.complaintId, complaintId),
        eq(complaintDeadlines.key, key),
        inArray(complaintDeadlines.status, ['berjalan', 'lewat']),
        sql`${complaintDeadlines.dueOn} < ${today}`,
      ),
    )
    .limit(1);
  return !!row;
}
