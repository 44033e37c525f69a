/** SQL of the activities, their units, actions and photos (the only file that reads those tables). */
import { and, asc, desc, eq, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments, units, users } from '../../db/schema';
import { activities, activityActions, activityPhotos, activityUnits } from '../../db/schema-standards';
import { governmentScope, type Reach } from '../../lib/reach';

export type ActivityRow = typeof activities.$inferSelect;
export type ActionRow = typeof activityActions.$inferSelect;

/** A government with its supervising office, when it exists and is not archived. */
export async function findGovernment(db: Executor, id: string) {
  const [row] = await db
    .select({ id: governments.id, name: governments.name, officeId: governments.officeId })
    .from(governments)
    .where(and(eq(governments.id, id), isNull(governments.archivedAt)));
  return row;
}

/** Which of `ids` are active units of the government. */
export async function unitsOfGovernment(db: Executor, governmentId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), inArray(units.id, ids), isNull(units.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** One activity, archived ones included (the service decides what an archived one answers). */
export async function findActivity(db: Executor, id: string, lock = false) {
  const q = db.select().from(activities).where(eq(activities.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function insertActivity(db: Executor, values: typeof activities.$inferInsert) {
  return (await db.insert(activities).values(values).returning())[0]!;
}

/** Writes the fields if the row is still at `rowVersion`; undefined when someone else changed it. */
export async function updateActivity(
  db: Executor,
  id: string,
  rowVersion: number,
  values: Partial<typeof activities.$inferInsert>,
) {
  const [row] = await db
    .update(activities)
    .set({ ...values, rowVersion: sql`${activities.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(activities.id, id), eq(activities.rowVersion, rowVersion), isNull(activities.archivedAt)))
    .returning();
  return row;
}

export async function replaceUnits(db: Executor, activityId: string, unitIds: string[]) {
  await db.delete(activityUnits).where(eq(activityUnits.activityId, activityId));
  if (unitIds.length)
    await db.insert(activityUnits).values(unitIds.map((unitId) => ({ activityId, unitId })));
}

export async function actionsOf(db: Executor, activityId: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(activityActions)
    .where(eq(activityActions.activityId, activityId))
    .orderBy(asc(activityActions.position), asc(activityActions.createdAt));
}

export async function deleteActions(db: Executor, ids: string[]) {
  if (ids.length) await db.delete(activityActions).where(inArray(activityActions.id, ids));
}

export async function insertActions(db: Executor, rows: (typeof activityActions.$inferInsert)[]) {
  if (rows.length) await db.insert(activityActions).values(rows);
}

export async function updateAction(
  db: Executor,
  id: string,
  values: Pick<ActionRow, 'description' | 'unitId' | 'dueOn' | 'owner' | 'position'>,
) {
  await db.update(activityActions).set(values).where(eq(activityActions.id, id));
}

/** Everything an activity's page shows besides the row: units, actions, photos, last editor. */
export async function detailsOf(db: Executor, row: ActivityRow) {
  // One query after another: inside a transaction the connection runs one statement at a time.
  const gov = await db
    .select({ name: governments.name })
    .from(governments)
    .where(eq(governments.id, row.governmentId));
  const unitRows = await db
    .select({ id: units.id, name: units.name })
    .from(activityUnits)
    .innerJoin(units, eq(units.id, activityUnits.unitId))
    .where(eq(activityUnits.activityId, row.id))
    .orderBy(asc(units.name));
  const actionRows = await db
    .select({ action: activityActions, unitName: units.name })
    .from(activityActions)
    .leftJoin(units, eq(units.id, activityActions.unitId))
    .where(eq(activityActions.activityId, row.id))
    .orderBy(asc(activityActions.position), asc(activityActions.createdAt));
  const photoRows = await photosOf(db, row.id);
  const editor = row.updatedBy
    ? await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  return {
    governmentName: gov[0]?.name ?? '',
    units: unitRows,
    actions: actionRows,
    photos: photoRows,
    updatedByName: editor[0]?.name ?? null,
  };
}

export async function photosOf(db: Executor, activityId: string) {
  return db
    .select({
      id: activityPhotos.id,
      caption: activityPhotos.caption,
      createdAt: activityPhotos.createdAt,
      originalName: files.originalName,
      mimeType: files.mimeType,
      size: files.size,
    })
    .from(activityPhotos)
    .innerJoin(files, eq(files.id, activityPhotos.fileId))
    .where(and(eq(activityPhotos.activityId, activityId), isNull(activityPhotos.archivedAt)))
    .orderBy(asc(activityPhotos.createdAt), asc(activityPhotos.id));
}

export async function countPhotos(db: Executor, activityId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(activityPhotos)
    .where(and(eq(activityPhotos.activityId, activityId), isNull(activityPhotos.archivedAt)));
  return row?.n ?? 0;
}

export async function insertPhoto(db: Executor, values: typeof activityPhotos.$inferInsert) {
  return (await db.insert(activityPhotos).values(values).returning())[0]!;
}

/** A photo of the activity (removed ones included) with its stored file. */
export async function findPhoto(db: Executor, activityId: string, photoId: string) {
  const [row] = await db
    .select({ photo: activityPhotos, file: files })
    .from(activityPhotos)
    .innerJoin(files, eq(files.id, activityPhotos.fileId))
    .where(and(eq(activityPhotos.id, photoId), eq(activityPhotos.activityId, activityId)));
  return row;
}

export async function removePhoto(db: Executor, photoId: string) {
  await db
    .update(activityPhotos)
    .set({ archivedAt: new Date() })
    .where(and(eq(activityPhotos.id, photoId), isNull(activityPhotos.archivedAt)));
}

export interface ListFilter {
  reach: Reach;
  governmentId?: string;
  officeId?: string;
  kind?: string;
  year?: number;
  /** The last row of the previous page: (held_on, id). */
  after: [string, string] | null;
  limit: number;
}

/**
 * Activities in reach, newest first (held_on, then id, both descending: the keyset). The reach is
 * the government: office staff see their governments' activities, a coordinator their own.
 */
export async function listActivities(db: Executor, f: ListFilter) {
  const conditions: (SQL | undefined)[] = [
    isNull(activities.archivedAt),
    governmentScope(f.reach, activities.governmentId),
    f.governmentId ? eq(activities.governmentId, f.governmentId) : undefined,
    f.officeId ? eq(governments.officeId, f.officeId) : undefined,
    f.kind ? eq(activities.kind, f.kind) : undefined,
    f.year
      ? and(
          sql`${activities.heldOn} >= ${`${f.year}-01-01`}::date`,
          sql`${activities.heldOn} < ${`${f.year + 1}-01-01`}::date`,
        )
      : undefined,
    f.after
      ? or(
          lt(activities.heldOn, f.after[0]),
          and(eq(activities.heldOn, f.after[0]), lt(activities.id, f.after[1])),
        )
      : undefined,
  ];
  return db
    .select({
      id: activities.id,
      governmentId: activities.governmentId,
      governmentName: governments.name,
      officeId: activities.officeId,
      kind: activities.kind,
      title: activities.title,
      heldOn: activities.heldOn,
      place: activities.place,
      unitCount: sql<number>`(select count(*)::int from ${activityUnits} au where au.activity_id = ${activities.id})`,
      actionCount: sql<number>`(select count(*)::int from ${activityActions} aa where aa.activity_id = ${activities.id})`,
      photoCount: sql<number>`(select count(*)::int from ${activityPhotos} ap where ap.activity_id = ${activities.id} and ap.archived_at is null)`,
    })
    .from(activities)
    .innerJoin(governments, eq(governments.id, activities.governmentId))
    .where(and(...conditions))
    .orderBy(desc(activities.heldOn), desc(activities.id))
    .limit(f.limit + 1);
}
