/**
 * SQL of the backlog's outputs: the items of an export or a report, under the list's own scope,
 * filters and order (followups-list.repository backlogWhere and backlogOrder, so an export holds
 * exactly what the list shows, in its order), and the batch letters.
 */
import { and, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FollowupListQuery } from '../../../shared/contracts/followups';
import type { Executor } from '../../db/client';
import { governments, offices, units, users } from '../../db/schema';
import { complaints, followupItems } from '../../db/schema-complaints';
import { cycles } from '../../db/schema-assessments';
import { followupLetters } from '../../db/schema-followups';
import { backlogOrder } from '../followups/followups-list.repository';

/** Rows an export holds at most (the web says so when the filter matches more). */
export const EXPORT_LIMIT = 10_000;

const owner = alias(users, 'owner');

/** The items of a filter in the reader's reach, in the list's order, at most `limit`. */
export async function exportItems(
  db: Executor,
  where: SQL | undefined,
  sort: FollowupListQuery['sort'],
  limit: number,
) {
  const f = followupItems;
  return db
    .select({
      id: f.id,
      kind: f.kind,
      issuer: f.issuer,
      sourceType: f.sourceType,
      complaintNumber: complaints.trackingNumber,
      cycleName: cycles.name,
      governmentName: governments.name,
      unitName: units.name,
      indicatorCode: f.indicatorCode,
      addressee: f.addressee,
      action: f.action,
      evidenceExpected: f.evidenceExpected,
      dueOn: f.dueOn,
      status: f.status,
      ownerName: owner.name,
      answeredAt: f.answeredAt,
      sentAt: f.sentAt,
      verifiedAt: f.verifiedAt,
      publishedAt: f.publishedAt,
    })
    .from(f)
    .leftJoin(governments, eq(governments.id, f.governmentId))
    .leftJoin(units, eq(units.id, f.unitId))
    .leftJoin(owner, eq(owner.id, f.ownerId))
    .leftJoin(cycles, eq(cycles.id, f.cycleId))
    .leftJoin(complaints, eq(complaints.id, f.complaintId))
    .where(where)
    .orderBy(...backlogOrder(sort))
    .limit(limit);
}
export type ExportRow = Awaited<ReturnType<typeof exportItems>>[number];

export async function governmentOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: governments.id,
      name: governments.name,
      type: governments.type,
      officeId: governments.officeId,
      officeName: offices.name,
      officeAddress: offices.address,
    })
    .from(governments)
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .where(and(eq(governments.id, id), isNull(governments.archivedAt)));
  return row;
}

export async function officeOf(db: Executor, id: string) {
  const [row] = await db
    .select({ name: offices.name, address: offices.address })
    .from(offices)
    .where(eq(offices.id, id));
  return row;
}

/** The ids among `ids` that are the government's items issued by the office (not done yet or done). */
export async function officeItemsOf(db: Executor, governmentId: string, officeId: string, ids: string[]) {
  return db
    .select({
      id: followupItems.id,
      kind: followupItems.kind,
      unitName: units.name,
      indicatorCode: followupItems.indicatorCode,
      action: followupItems.action,
      dueOn: followupItems.dueOn,
    })
    .from(followupItems)
    .leftJoin(units, eq(units.id, followupItems.unitId))
    .where(
      and(
        inArray(followupItems.id, ids),
        eq(followupItems.governmentId, governmentId),
        eq(followupItems.officeId, officeId),
        eq(followupItems.issuer, 'office'),
      ),
    );
}

export type LetterRow = typeof followupLetters.$inferSelect;

export async function insertLetter(db: Executor, row: typeof followupLetters.$inferInsert) {
  const [created] = await db.insert(followupLetters).values(row).returning();
  return created!;
}

/** Records the kept PDF of a letter (once: a letter's PDF never changes). */
export async function setLetterFile(db: Executor, id: string, fileId: string) {
  await db
    .update(followupLetters)
    .set({ fileId })
    .where(and(eq(followupLetters.id, id), isNull(followupLetters.fileId)));
}

export async function letterByNumber(db: Executor, officeId: string, number: string) {
  const [row] = await db
    .select({ id: followupLetters.id })
    .from(followupLetters)
    .where(and(eq(followupLetters.officeId, officeId), eq(followupLetters.number, number)));
  return row;
}

export async function findLetter(db: Executor, id: string) {
  const [row] = await db.select().from(followupLetters).where(eq(followupLetters.id, id));
  return row;
}

/** Letters whose office or government the reader reaches (`scope`), newest first. */
export async function listLetters(db: Executor, scope: SQL | undefined, governmentId?: string) {
  return db
    .select({ letter: followupLetters, governmentName: governments.name })
    .from(followupLetters)
    .innerJoin(governments, eq(governments.id, followupLetters.governmentId))
    .where(and(scope, governmentId ? eq(followupLetters.governmentId, governmentId) : undefined))
    .orderBy(desc(followupLetters.letterDate), desc(followupLetters.createdAt))
    .limit(500);
}

export const letterColumns = {
  officeId: followupLetters.officeId,
  governmentId: followupLetters.governmentId,
};
