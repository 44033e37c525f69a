/** SQL of the follow-up items and their history. */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments } from '../../db/schema';
import { followupEvents, followupItems } from '../../db/schema-complaints';
import { governmentScope, officeScope, type Reach } from '../../lib/reach';

export type FollowupRow = typeof followupItems.$inferSelect;

export async function insertItems(db: Executor, rows: (typeof followupItems.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(followupItems).values(rows).returning();
}

export async function insertEvents(db: Executor, rows: (typeof followupEvents.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(followupEvents).values(rows);
}

export async function existingGovernments(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: governments.id }).from(governments).where(inArray(governments.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function findItem(db: Executor, id: string) {
  const [row] = await db.select().from(followupItems).where(eq(followupItems.id, id));
  return row;
}

/** Items in the actor's reach: office staff by the item's office, the body by its government. */
export async function listItems(db: Executor, side: 'office' | 'body', reach: Reach, complaintId?: string) {
  const scope: SQL | undefined =
    side === 'office'
      ? officeScope(reach, followupItems.officeId)
      : governmentScope(reach, followupItems.governmentId);
  return db
    .select()
    .from(followupItems)
    .where(and(scope, complaintId ? eq(followupItems.complaintId, complaintId) : undefined))
    .orderBy(asc(followupItems.dueOn), asc(followupItems.createdAt))
    .limit(1000);
}

export async function historyOf(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  return db
    .select({
      itemId: followupEvents.itemId,
      at: followupEvents.at,
      action: followupEvents.action,
      fromStatus: followupEvents.fromStatus,
      toStatus: followupEvents.toStatus,
      note: followupEvents.note,
      fileId: files.id,
      fileName: files.originalName,
    })
    .from(followupEvents)
    .leftJoin(files, eq(files.id, followupEvents.fileId))
    .where(inArray(followupEvents.itemId, itemIds))
    .orderBy(desc(followupEvents.at), desc(followupEvents.id));
}

/** Moves an item to `status` if it is still at `version`; undefined when someone else changed it. */
export async function setStatus(db: Executor, id: string, version: number, status: FollowupRow['status']) {
  const [row] = await db
    .update(followupItems)
    .set({ status, version: sql`${followupItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(followupItems.id, id), eq(followupItems.version, version)))
    .returning();
  return row;
}

export async function eventFile(db: Executor, itemId: string, fileId: string) {
  const [row] = await db
    .select({ file: files })
    .from(followupEvents)
    .innerJoin(files, eq(files.id, followupEvents.fileId))
    .where(and(eq(followupEvents.itemId, itemId), eq(followupEvents.fileId, fileId)))
    .limit(1);
  return row?.file;
}
