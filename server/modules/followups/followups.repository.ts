/** SQL of the follow-up items, their history and evidence (the list's SQL is in followups-list.repository.ts). */
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '../../db/client';
import { files, governments, offices, units, userUnits, users } from '../../db/schema';
import { cycleGovernments } from '../../db/schema-assessments';
import { complaints, followupEvents, followupItems } from '../../db/schema-complaints';
import { followupEvidence, followupPublication } from '../../db/schema-followups';
import { unitDocuments } from '../../db/schema-standards';

export type FollowupRow = typeof followupItems.$inferSelect;
export type FollowupPatch = Partial<typeof followupItems.$inferInsert>;

export async function insertItems(db: Executor, rows: (typeof followupItems.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(followupItems).values(rows).returning();
}

export async function insertEvents(db: Executor, rows: (typeof followupEvents.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(followupEvents).values(rows).returning({ id: followupEvents.id });
}

export async function insertEvidence(db: Executor, rows: (typeof followupEvidence.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(followupEvidence).values(rows);
}

export async function existingGovernments(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: governments.id }).from(governments).where(inArray(governments.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function findGovernment(db: Executor, id: string) {
  const [row] = await db
    .select({ id: governments.id, officeId: governments.officeId })
    .from(governments)
    .where(eq(governments.id, id));
  return row;
}

export async function findUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ id: units.id, governmentId: units.governmentId })
    .from(units)
    .where(eq(units.id, id));
  return row;
}

/** Whether the cycle assesses the government (an item may name only such a cycle). */
export async function cycleHasGovernment(db: Executor, cycleId: string, governmentId: string) {
  const [row] = await db
    .select({ id: cycleGovernments.cycleId })
    .from(cycleGovernments)
    .where(and(eq(cycleGovernments.cycleId, cycleId), eq(cycleGovernments.governmentId, governmentId)));
  return !!row;
}

export async function findItem(db: Executor, id: string) {
  const [row] = await db.select().from(followupItems).where(eq(followupItems.id, id));
  return row;
}

/** Items by id, locked for the transaction, in id order (two bulk writes never deadlock). */
export async function lockItems(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(followupItems)
    .where(inArray(followupItems.id, ids))
    .orderBy(asc(followupItems.id))
    .for('update');
}

/** Changes an item if it is still at `version` (and steps the version); undefined when someone else changed it. */
export async function updateItem(db: Executor, id: string, version: number, patch: FollowupPatch) {
  const [row] = await db
    .update(followupItems)
    .set({ ...patch, version: sql`${followupItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(followupItems.id, id), eq(followupItems.version, version)))
    .returning();
  return row;
}

const owner = alias(users, 'owner');
const answerer = alias(users, 'answerer');

/** What the presentation needs beside the row: names, and (office side only) the case's number. */
export async function namesOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: followupItems.id,
      governmentName: governments.name,
      unitName: units.name,
      ownerName: owner.name,
      answeredByName: answerer.name,
      trackingNumber: complaints.trackingNumber,
    })
    .from(followupItems)
    .leftJoin(governments, eq(governments.id, followupItems.governmentId))
    .leftJoin(units, eq(units.id, followupItems.unitId))
    .leftJoin(owner, eq(owner.id, followupItems.ownerId))
    .leftJoin(answerer, eq(answerer.id, followupItems.answeredBy))
    .leftJoin(complaints, eq(complaints.id, followupItems.complaintId))
    .where(inArray(followupItems.id, ids));
}

export async function historyOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: followupEvents.id,
      itemId: followupEvents.itemId,
      at: followupEvents.at,
      action: followupEvents.action,
      actor: users.name,
      fromStatus: followupEvents.fromStatus,
      toStatus: followupEvents.toStatus,
      note: followupEvents.note,
      fileId: files.id,
      fileName: files.originalName,
    })
    .from(followupEvents)
    .leftJoin(files, eq(files.id, followupEvents.fileId))
    .leftJoin(users, eq(users.id, followupEvents.actorId))
    .where(inArray(followupEvents.itemId, itemIds))
    .orderBy(desc(followupEvents.at), desc(followupEvents.id));
}

/** The evidence rows of items: files, links and library documents (with the document's file). */
export async function evidenceOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      id: followupEvidence.id,
      eventId: followupEvidence.eventId,
      fileId: followupEvidence.fileId,
      fileName: files.originalName,
      url: followupEvidence.url,
      unitDocumentId: followupEvidence.unitDocumentId,
      documentFileId: unitDocuments.fileId,
      documentTitle: unitDocuments.title,
      label: followupEvidence.label,
    })
    .from(followupEvidence)
    .leftJoin(files, eq(files.id, followupEvidence.fileId))
    .leftJoin(unitDocuments, eq(unitDocuments.id, followupEvidence.unitDocumentId))
    .where(inArray(followupEvidence.itemId, itemIds))
    .orderBy(asc(followupEvidence.createdAt), asc(followupEvidence.id));
}

/** Documents of a unit's evidence library (not archived) among `ids`. */
export async function libraryDocuments(db: Executor, ids: string[], governmentId: string, unitId: string) {
  if (ids.length === 0) return [];
  return db
    .select({ id: unitDocuments.id, title: unitDocuments.title, fileId: unitDocuments.fileId })
    .from(unitDocuments)
    .where(
      and(
        inArray(unitDocuments.id, ids),
        eq(unitDocuments.governmentId, governmentId),
        eq(unitDocuments.unitId, unitId),
        isNull(unitDocuments.archivedAt),
      ),
    );
}

/** A would-be owner: role, government, whether active, and the units they hold (with every unit below). */
export async function ownerCandidate(db: Executor, userId: string) {
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      governmentId: users.governmentId,
      archivedAt: users.archivedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return undefined;
  const held = await db.execute(sql`
    with recursive reach as (
      select u.id from ${units} u join ${userUnits} uu on uu.unit_id = u.id where uu.user_id = ${userId}
      union
      select c.id from ${units} c join reach r on c.parent_id = r.id
    ) select id from reach`);
  return { ...user, unitIds: rowsOf<{ id: string }>(held).map((r) => r.id) };
}

/** A stored file among an item's evidence: its own answers' files, or its library documents' files. */
export async function evidenceFile(db: Executor, itemId: string, fileId: string) {
  const [row] = await db
    .select({ file: files })
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        or(
          sql`exists (select 1 from ${followupEvents} e where e.item_id = ${itemId} and e.file_id = ${files.id})`,
          sql`exists (select 1 from ${followupEvidence} v where v.item_id = ${itemId} and v.file_id = ${files.id})`,
          sql`exists (select 1 from ${followupEvidence} v join ${unitDocuments} d on d.id = v.unit_document_id
                      where v.item_id = ${itemId} and d.file_id = ${files.id})`,
        ),
      ),
    )
    .limit(1);
  return row?.file;
}

export async function publicationOf(db: Executor, officeId: string) {
  const [row] = await db.select().from(followupPublication).where(eq(followupPublication.officeId, officeId));
  return row;
}

export async function savePublication(db: Executor, officeId: string, kinds: string[], userId: string) {
  await db
    .insert(followupPublication)
    .values({ officeId, kinds, updatedBy: userId })
    .onConflictDoUpdate({
      target: followupPublication.officeId,
      set: { kinds, updatedBy: userId, updatedAt: new Date() },
    });
}

export async function officeExists(db: Executor, officeId: string) {
  const [row] = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
  return !!row;
}
