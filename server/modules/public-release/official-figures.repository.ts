/**
 * SQL of the official figures an office records for a government: one row per (government, year),
 * written with INSERT … ON CONFLICT so two saves at once leave one row.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments } from '../../db/schema';
import { cycleGovernments, cycles } from '../../db/schema-assessments';
import { officialFigures } from '../../db/schema-public';

export type OfficialFigureRow = typeof officialFigures.$inferSelect;

export async function findGovernment(db: Executor, id: string) {
  return (
    await db
      .select({ id: governments.id, name: governments.name, officeId: governments.officeId })
      .from(governments)
      .where(eq(governments.id, id))
      .limit(1)
  )[0];
}

/** The government's figures, newest year first. */
export async function listFigures(db: Executor, governmentId: string): Promise<OfficialFigureRow[]> {
  return db
    .select()
    .from(officialFigures)
    .where(eq(officialFigures.governmentId, governmentId))
    .orderBy(desc(officialFigures.year));
}

export async function findFigure(
  db: Executor,
  governmentId: string,
  year: number,
): Promise<OfficialFigureRow | undefined> {
  return (
    await db
      .select()
      .from(officialFigures)
      .where(and(eq(officialFigures.governmentId, governmentId), eq(officialFigures.year, year)))
      .limit(1)
  )[0];
}

/**
 * The official (not archived) cycle of that year the government is in, published ones first,
 * then the newest: the cycle an official figure of that year annotates.
 */
export async function cycleOfYear(db: Executor, governmentId: string, year: number): Promise<string | null> {
  const [row] = await db
    .select({ id: cycles.id })
    .from(cycles)
    .innerJoin(cycleGovernments, eq(cycleGovernments.cycleId, cycles.id))
    .where(
      and(
        eq(cycleGovernments.governmentId, governmentId),
        eq(cycles.year, year),
        eq(cycles.kind, 'official'),
        sql`${cycles.archivedAt} is null`,
      ),
    )
    .orderBy(sql`(${cycles.status} = 'published') desc`, desc(cycles.createdAt))
    .limit(1);
  return row?.id ?? null;
}

export type FigureValues = Pick<
  typeof officialFigures.$inferInsert,
  'method' | 'cycleId' | 'score' | 'band' | 'zone' | 'opinion' | 'source' | 'note'
>;

/** Inserts the figure of (government, year) or replaces the one there. */
export async function upsertFigure(
  db: Executor,
  governmentId: string,
  year: number,
  values: FigureValues,
  userId: string,
): Promise<OfficialFigureRow> {
  const [row] = await db
    .insert(officialFigures)
    .values({ governmentId, year, ...values, recordedBy: userId })
    .onConflictDoUpdate({
      target: [officialFigures.governmentId, officialFigures.year],
      set: { ...values, recordedBy: userId, updatedAt: sql`now()` },
    })
    .returning();
  return row!;
}

export async function deleteFigure(
  db: Executor,
  governmentId: string,
  year: number,
): Promise<OfficialFigureRow | undefined> {
  const [row] = await db
    .delete(officialFigures)
    .where(and(eq(officialFigures.governmentId, governmentId), eq(officialFigures.year, year)))
    .returning();
  return row;
}
