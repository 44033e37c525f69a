/**
 * The frameworks table: one row per framework version, the whole definition as JSON. Small and
 * generic on purpose: the framework editor and the assessments module both build on it.
 */
import { asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { frameworks } from '../../db/schema-assessments';

export type FrameworkRow = typeof frameworks.$inferSelect;

export async function findFrameworkRow(db: Executor, id: string): Promise<FrameworkRow | undefined> {
  return (await db.select().from(frameworks).where(eq(frameworks.id, id)).limit(1))[0];
}

/** A version's last change only (not its ~60 KB definition), to check a cached parse. */
export async function frameworkStamp(db: Executor, id: string): Promise<Date | undefined> {
  const rows = await db
    .select({ updatedAt: frameworks.updatedAt })
    .from(frameworks)
    .where(eq(frameworks.id, id))
    .limit(1);
  return rows[0]?.updatedAt;
}

/** Active (not archived) framework versions, by id. */
export async function listFrameworkRows(db: Executor): Promise<FrameworkRow[]> {
  return db.select().from(frameworks).where(isNull(frameworks.archivedAt)).orderBy(asc(frameworks.id));
}

export async function insertFrameworkRow(
  db: Executor,
  values: typeof frameworks.$inferInsert,
): Promise<FrameworkRow> {
  return (await db.insert(frameworks).values(values).returning())[0]!;
}

/**
 * Writes a built-in framework: inserted when new; its definition refreshed when the file changed.
 * Built-ins are always frozen (they are edited by shipping a new file, never in the UI).
 */
export async function upsertBuiltInFramework(
  db: Executor,
  values: { id: string; version: string; name: string; definition: unknown },
): Promise<void> {
  await db
    .insert(frameworks)
    .values({ ...values, source: 'builtin', frozenAt: sql`now()` })
    .onConflictDoUpdate({
      target: frameworks.id,
      set: {
        version: values.version,
        name: values.name,
        definition: values.definition,
        updatedAt: sql`now()`,
      },
      setWhere: sql`${frameworks.source} = 'builtin' and ${frameworks.definition} is distinct from excluded.definition`,
    });
}

/** Freezes a framework the first time a cycle uses it; later edits are refused by the editor. */
export async function freezeFramework(db: Executor, id: string): Promise<void> {
  await db
    .update(frameworks)
    .set({ frozenAt: sql`coalesce(${frameworks.frozenAt}, now())` })
    .where(eq(frameworks.id, id));
}
