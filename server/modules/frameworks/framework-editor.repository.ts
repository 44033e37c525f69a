/**
 * SQL of the framework editor: listing with cycle use, guarded replacement of a definition, archive.
 * Kept apart from frameworks.repository.ts (owned by the assessments module), which it builds on.
 */
import { and, asc, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices } from '../../db/schema';
import { cycles, frameworks } from '../../db/schema-assessments';
import type { FrameworkRow } from './frameworks.repository';

// Correlated subqueries spelled out with an alias: drizzle leaves columns unqualified in a
// one-table statement, and "id" would then bind to cycles.id.

/** Non-archived cycles that use the framework. */
const usedByCycles = sql<number>`(select count(*)::int from ${cycles} c where c.framework_id = "frameworks"."id" and c.archived_at is null)`;

/** Any cycle at all, archived or not: one is enough to freeze the framework for good. */
const anyCycle = sql`exists (select 1 from ${cycles} c where c.framework_id = "frameworks"."id")`;

/** The owning office's name (null for built-ins and the platform's own versions). */
const officeName = sql<
  string | null
>`(select o.name from ${offices} o where o.id = "frameworks"."office_id")`;

/** `patuh` when the definition says Patuh compiled it (framework-label.ts). */
const compiledBy = sql<'patuh' | null>`${frameworks.definition}->>'compiledBy'`;

/** A draft definition (unconfirmed weights and bands): no cycle may use it until an admin sets them. */
const draft = sql<boolean>`coalesce((${frameworks.definition}->>'draft')::boolean, false)`;

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
  compiledBy,
  draft,
  officeId: frameworks.officeId,
  officeName,
  officeSpotCheck: frameworks.officeSpotCheck,
};

export type FrameworkSummaryRow = Omit<FrameworkRow, 'definition' | 'createdBy' | 'createdAt'> & {
  usedByCycles: number;
  nameId: string | null;
  nameEn: string | null;
  compiledBy: 'patuh' | null;
  draft: boolean;
  officeName: string | null;
};

export type FrameworkWithUse = FrameworkRow & { usedByCycles: number; officeName: string | null };

/**
 * Every framework version without its (large) definition, with how many cycles use it: those of
 * no office, and those of the offices given (all of them when `officeIds` is null).
 */
export async function listFrameworkSummaries(
  db: Executor,
  includeArchived: boolean,
  officeIds: string[] | null,
): Promise<FrameworkSummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(frameworks)
    .where(
      and(
        includeArchived ? undefined : isNull(frameworks.archivedAt),
        officeIds === null
          ? undefined
          : officeIds.length === 0
            ? isNull(frameworks.officeId)
            : or(isNull(frameworks.officeId), inArray(frameworks.officeId, officeIds)),
      ),
    )
    .orderBy(asc(frameworks.source), asc(frameworks.id));
}

/** One framework with its definition, cycle use and owning office's name. */
export async function findFrameworkWithUse(db: Executor, id: string): Promise<FrameworkWithUse | undefined> {
  const rows = await db
    .select({ row: frameworks, usedByCycles, officeName })
    .from(frameworks)
    .where(eq(frameworks.id, id))
    .limit(1);
  const hit = rows[0];
  return hit ? { ...hit.row, usedByCycles: hit.usedByCycles, officeName: hit.officeName } : undefined;
}

/** The offices overseeing these governments (what a government-side person's frameworks come from). */
export async function officesOfGovernments(db: Executor, governmentIds: string[]): Promise<string[]> {
  if (governmentIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ officeId: governments.officeId })
    .from(governments)
    .where(inArray(governments.id, governmentIds));
  return rows.map((r) => r.officeId).filter((id): id is string => id !== null);
}

export async function officeExists(db: Executor, officeId: string): Promise<boolean> {
  const rows = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId)).limit(1);
  return rows.length > 0;
}

/** The office's spot-check set when it has one that is not archived. */
export async function officeSpotCheckId(db: Executor, officeId: string): Promise<string | undefined> {
  const rows = await db
    .select({ id: frameworks.id })
    .from(frameworks)
    .where(
      and(
        eq(frameworks.officeId, officeId),
        eq(frameworks.officeSpotCheck, true),
        isNull(frameworks.archivedAt),
      ),
    )
    .limit(1);
  return rows[0]?.id;
}

/**
 * Marks (or unmarks) an office's version as its spot-check set; marking first unmarks the office's
 * previous one (the partial unique index allows one per office).
 */
export async function setOfficeSpotCheck(
  db: Executor,
  officeId: string,
  id: string,
  on: boolean,
): Promise<void> {
  if (on)
    await db
      .update(frameworks)
      .set({ officeSpotCheck: false })
      .where(
        and(eq(frameworks.officeId, officeId), eq(frameworks.officeSpotCheck, true), ne(frameworks.id, id)),
      );
  await db
    .update(frameworks)
    .set({ officeSpotCheck: on, updatedAt: sql`now()` })
    .where(eq(frameworks.id, id));
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

/** The office overseeing a government (undefined when the government does not exist). */
export async function officeOfGovernment(db: Executor, governmentId: string): Promise<string | undefined> {
  const rows = await db
    .select({ officeId: governments.officeId })
    .from(governments)
    .where(eq(governments.id, governmentId))
    .limit(1);
  return rows[0]?.officeId ?? undefined;
}
