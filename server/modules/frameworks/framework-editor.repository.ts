/**
 * SQL of the framework editor: listing with cycle use, guarded replacement of a definition, archive.
 * Kept apart from frameworks.repository.ts (owned by the assessments module), which it builds on.
 */
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { cycles, frameworks } from '../../db/schema-assessments';
import type { FrameworkRow } from './frameworks.repository';

// Correlated subqueries spelled out with an alias: drizzle leaves columns unqualified in a
// one-table statement, and "id" would then bind to cycles.id.

/** Non-archived cycles that use the framework. */
const usedByCycles = sql<number>`(select count(*)::int from ${cycles} c where c.framework_id = "frameworks"."id" and c.archived_at is null)`;

/** Any cycle at all, archived or not: one is enough to freeze the framework for good. */
const anyCycle = sql`exists (select 1 from ${cycles} c where c.framework_id = "frameworks"."id")`;

const summaryColumns = {
  id: frameworks.id,
  version: frameworks.version,
  name: frameworks.name,
  /** The definition's name in both languages, read in SQL so the list never loads whole trees. */
  nameId: sql<string | null>`${frameworks.definition}->'name'->>'id'`,
  nameEn: sql<string | null>`${frameworks.definition}->'name'->>'en'`,
  source: frameworks.source,
  basedOn: frameworks.basedOn,
  frozenAt: frameworks.frozenAt,
  archivedAt: frameworks.archivedAt,
  updatedAt: frameworks.updatedAt,
  usedByCycles,
};

export type FrameworkSummaryRow = Omit<FrameworkRow, 'definition' | 'createdBy' | 'createdAt'> & {
  usedByCycles: number;
  nameId: string | null;
  nameEn: string | null;
};

/** Every framework version without its (large) definition, with how many cycles use it. */
export async function listFrameworkSummaries(
  db: Executor,
  includeArchived: boolean,
): Promise<FrameworkSummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(frameworks)
    .where(includeArchived ? undefined : isNull(frameworks.archivedAt))
    .orderBy(asc(frameworks.source), asc(frameworks.id));
}

/** One framework with its definition and cycle use. */
export async function findFrameworkWithUse(
  db: Executor,
  id: string,
): Promise<(FrameworkRow & { usedByCycles: number }) | undefined> {
  const rows = await db
    .select({ row: frameworks, usedByCycles })
    .from(frameworks)
    .where(eq(frameworks.id, id))
    .limit(1);
  const hit = rows[0];
  return hit ? { ...hit.row, usedByCycles: hit.usedByCycles } : undefined;
}

export async function frameworkIdTaken(db: Executor, id: string): Promise<boolean> {
  const rows = await db.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, id)).limit(1);
  return rows.length > 0;
}

/**
 * Replaces the definition only while the framework is editable: custom, not archived, not frozen
 * and used by no cycle, all checked in the UPDATE itself so a cycle created meanwhile wins.
 * Returns undefined when the row was not editable.
 */
export async function replaceEditableDefinition(
  db: Executor,
  id: string,
  values: { version: string; name: string; definition: unknown },
): Promise<FrameworkRow | undefined> {
  const rows = await db
    .update(frameworks)
    .set({ ...values, updatedAt: sql`now()` })
    .where(
      and(
        eq(frameworks.id, id),
        eq(frameworks.source, 'custom'),
        isNull(frameworks.frozenAt),
        isNull(frameworks.archivedAt),
        sql`not ${anyCycle}`,
      ),
    )
    .returning();
  return rows[0];
}

export async function setFrameworkArchived(db: Executor, id: string, archived: boolean): Promise<void> {
  await db
    .update(frameworks)
    .set({
      archivedAt: archived ? sql`coalesce(${frameworks.archivedAt}, now())` : null,
      updatedAt: sql`now()`,
    })
    .where(eq(frameworks.id, id));
}
