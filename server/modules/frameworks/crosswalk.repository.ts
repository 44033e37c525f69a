/** Every SQL statement of framework_crosswalk (the indicator-code crosswalk across versions). */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { frameworkCrosswalk } from '../../db/schema-followups';

export type CrosswalkRow = typeof frameworkCrosswalk.$inferSelect;

export interface CrosswalkValues {
  fromFrameworkId: string;
  fromCode: string;
  toFrameworkId: string;
  toCode: string;
  note: string | null;
}

/**
 * Makes the built-in rows exactly `rows`: inserts new ones, refreshes notes, and removes built-in
 * rows no file holds any more. Custom rows are never touched. Idempotent.
 */
export async function syncBuiltInRows(db: Executor, rows: CrosswalkValues[]): Promise<void> {
  const keys = rows.map((r) => `${r.fromFrameworkId}|${r.fromCode}|${r.toFrameworkId}|${r.toCode}`);
  await db.execute(sql`
    delete from framework_crosswalk
    where source = 'builtin'
      and not (from_framework_id || '|' || from_code || '|' || to_framework_id || '|' || to_code
               = any(${sql.param(keys)}::text[]))`);
  if (rows.length === 0) return;
  await db
    .insert(frameworkCrosswalk)
    .values(rows.map((r) => ({ ...r, source: 'builtin' as const })))
    .onConflictDoUpdate({
      target: [
        frameworkCrosswalk.fromFrameworkId,
        frameworkCrosswalk.fromCode,
        frameworkCrosswalk.toFrameworkId,
        frameworkCrosswalk.toCode,
      ],
      set: { note: sql`excluded.note`, source: 'builtin' },
      setWhere: sql`${frameworkCrosswalk.note} is distinct from excluded.note or ${frameworkCrosswalk.source} <> 'builtin'`,
    });
}

/** The rows into or out of one version, built-in first, then by the other version and code. */
export async function rowsOf(db: Executor, frameworkId: string): Promise<CrosswalkRow[]> {
  return db
    .select()
    .from(frameworkCrosswalk)
    .where(
      or(
        eq(frameworkCrosswalk.fromFrameworkId, frameworkId),
        eq(frameworkCrosswalk.toFrameworkId, frameworkId),
      ),
    )
    .orderBy(
      asc(frameworkCrosswalk.source),
      asc(frameworkCrosswalk.fromFrameworkId),
      asc(frameworkCrosswalk.fromCode),
      asc(frameworkCrosswalk.toFrameworkId),
      asc(frameworkCrosswalk.toCode),
    );
}

/** The rows from one version to another (what the resolver needs). */
export async function rowsBetween(db: Executor, fromId: string, toId: string): Promise<CrosswalkRow[]> {
  return db
    .select()
    .from(frameworkCrosswalk)
    .where(and(eq(frameworkCrosswalk.fromFrameworkId, fromId), eq(frameworkCrosswalk.toFrameworkId, toId)));
}

/** Inserts a custom row; false when that row exists already. */
export async function insertCustomRow(db: Executor, row: CrosswalkValues): Promise<boolean> {
  const res = await db
    .insert(frameworkCrosswalk)
    .values({ ...row, source: 'custom' })
    .onConflictDoNothing()
    .returning({ fromCode: frameworkCrosswalk.fromCode });
  return res.length > 0;
}

/** Removes every custom row into `toId` from `fromId` (a PUT replaces them). */
export async function deleteCustomRowsBetween(db: Executor, fromId: string, toId: string): Promise<void> {
  await db
    .delete(frameworkCrosswalk)
    .where(
      and(
        eq(frameworkCrosswalk.fromFrameworkId, fromId),
        eq(frameworkCrosswalk.toFrameworkId, toId),
        eq(frameworkCrosswalk.source, 'custom'),
      ),
    );
}

/** One row by its key, or undefined. */
export async function findRow(
  db: Executor,
  key: Omit<CrosswalkValues, 'note'>,
): Promise<CrosswalkRow | undefined> {
  return (
    await db
      .select()
      .from(frameworkCrosswalk)
      .where(
        and(
          eq(frameworkCrosswalk.fromFrameworkId, key.fromFrameworkId),
          eq(frameworkCrosswalk.fromCode, key.fromCode),
          eq(frameworkCrosswalk.toFrameworkId, key.toFrameworkId),
          eq(frameworkCrosswalk.toCode, key.toCode),
        ),
      )
      .limit(1)
  )[0];
}

/** Deletes one custom row (built-in rows are never deleted here). */
export async function deleteRow(db: Executor, key: Omit<CrosswalkValues, 'note'>): Promise<void> {
  await db
    .delete(frameworkCrosswalk)
    .where(
      and(
        eq(frameworkCrosswalk.fromFrameworkId, key.fromFrameworkId),
        eq(frameworkCrosswalk.fromCode, key.fromCode),
        eq(frameworkCrosswalk.toFrameworkId, key.toFrameworkId),
        eq(frameworkCrosswalk.toCode, key.toCode),
        eq(frameworkCrosswalk.source, 'custom'),
      ),
    );
}
