/**
 * SQL of the release panel: a cycle's governments with their computed figure, the official figure
 * recorded for the cycle's year and the state of their release; releasing and withdrawing as one
 * statement each (INSERT … ON CONFLICT / UPDATE), so two heads at once end in one row per
 * (cycle, government).
 */
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { governments } from '../../db/schema';
import { cycleGovernments, cycles, governmentResults } from '../../db/schema-assessments';
import { officialFigures, resultReleases } from '../../db/schema-public';

export type CycleRow = typeof cycles.$inferSelect;

/** Advisory lock class of the release side (scoring uses 7421, the people side 7433). */
export const RELEASE_LOCK_CLASS = 7447;

/**
 * Serialises the release changes of one cycle (or the figures of one government: `key`) until the
 * transaction ends, so two heads at once never interleave row locks (no deadlock) and the second
 * reads what the first wrote (its audit entries say what it changed). PGlite: always granted.
 */
export async function lockReleases(tx: Executor, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${RELEASE_LOCK_CLASS}, hashtext(${key}::text))`);
}

export async function findCycle(db: Executor, id: string): Promise<CycleRow | undefined> {
  return (await db.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];
}

/**
 * The cycle's governments (only these ids when `only` is given) with the computed result, the
 * official figure of the cycle's year (linked to this cycle or not yet to any) and the release.
 */
export async function listReleaseRows(db: Executor, cycle: CycleRow, only: string[] | null) {
  return db
    .select({
      governmentId: governments.id,
      name: governments.name,
      type: governments.type,
      releasedAt: resultReleases.releasedAt,
      withdrawnAt: resultReleases.withdrawnAt,
      withdrawReason: resultReleases.withdrawReason,
      rounded: governmentResults.rounded,
      band: governmentResults.band,
      zone: governmentResults.zone,
      figure: {
        id: officialFigures.id,
        score: officialFigures.score,
        band: officialFigures.band,
        zone: officialFigures.zone,
        opinion: officialFigures.opinion,
        source: officialFigures.source,
        note: officialFigures.note,
      },
    })
    .from(cycleGovernments)
    .innerJoin(governments, eq(governments.id, cycleGovernments.governmentId))
    .leftJoin(
      resultReleases,
      and(
        eq(resultReleases.cycleId, cycleGovernments.cycleId),
        eq(resultReleases.governmentId, cycleGovernments.governmentId),
      ),
    )
    .leftJoin(
      governmentResults,
      and(
        eq(governmentResults.cycleId, cycleGovernments.cycleId),
        eq(governmentResults.governmentId, cycleGovernments.governmentId),
      ),
    )
    .leftJoin(
      officialFigures,
      and(
        eq(officialFigures.governmentId, cycleGovernments.governmentId),
        eq(officialFigures.year, cycle.year),
        or(isNull(officialFigures.cycleId), eq(officialFigures.cycleId, cycle.id)),
      ),
    )
    .where(
      and(
        eq(cycleGovernments.cycleId, cycle.id),
        only ? (only.length ? inArray(governments.id, only) : sql`false`) : undefined,
      ),
    )
    .orderBy(asc(governments.name), asc(governments.id));
}

export type ReleaseRowRecord = Awaited<ReturnType<typeof listReleaseRows>>[number];

/**
 * Releases these governments of the cycle: a new row, or a withdrawn one made live again (its
 * withdrawal cleared). A live release stays as it is (idempotent). Returns the governments whose
 * state changed, with whether the row was new (`inserted`).
 */
export async function upsertReleases(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
  userId: string,
): Promise<{ governmentId: string; inserted: boolean }[]> {
  if (governmentIds.length === 0) return [];
  const rows = await db
    .insert(resultReleases)
    .values(governmentIds.map((governmentId) => ({ cycleId, governmentId, releasedBy: userId })))
    .onConflictDoUpdate({
      target: [resultReleases.cycleId, resultReleases.governmentId],
      set: {
        releasedAt: sql`now()`,
        releasedBy: sql`excluded.released_by`,
        withdrawnAt: null,
        withdrawnBy: null,
        withdrawReason: null,
      },
      setWhere: isNotNull(resultReleases.withdrawnAt),
    })
    // xmax = 0 only on a freshly inserted row (an updated one carries the updating transaction).
    .returning({ governmentId: resultReleases.governmentId, inserted: sql<boolean>`(xmax = 0)` });
  return rows;
}

/** Withdraws the live releases of these governments; returns the governments withdrawn now. */
export async function withdrawReleases(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
  userId: string,
  reason: string,
): Promise<string[]> {
  if (governmentIds.length === 0) return [];
  const rows = await db
    .update(resultReleases)
    .set({ withdrawnAt: sql`now()`, withdrawnBy: userId, withdrawReason: reason })
    .where(
      and(
        eq(resultReleases.cycleId, cycleId),
        inArray(resultReleases.governmentId, governmentIds),
        isNull(resultReleases.withdrawnAt),
      ),
    )
    .returning({ governmentId: resultReleases.governmentId });
  return rows.map((r) => r.governmentId);
}

/**
 * Links the official figures of the cycle's year not yet tied to a cycle to it, for these
 * governments: from now on they annotate its released result (public only while it is live).
 */
export async function linkFiguresToCycle(
  db: Executor,
  cycle: CycleRow,
  governmentIds: string[],
): Promise<void> {
  if (governmentIds.length === 0) return;
  await db
    .update(officialFigures)
    .set({ cycleId: cycle.id })
    .where(
      and(
        inArray(officialFigures.governmentId, governmentIds),
        eq(officialFigures.year, cycle.year),
        isNull(officialFigures.cycleId),
      ),
    );
}

/**
 * Releases every government of these published official cycles (not archived) in one statement,
 * as the office would: released by the cycle's office head (the first one), else by `fallbackBy`.
 * Rows already there are left alone. For the demo and the synthetic national dataset; returns the
 * number of rows added.
 */
export async function releasePublishedCycles(
  db: Executor,
  cycleIds: string[],
  fallbackBy: string | null,
): Promise<number> {
  if (cycleIds.length === 0) return 0;
  const rows = await db.execute(sql`
    with added as (
      insert into result_releases (cycle_id, government_id, released_by)
      select cg.cycle_id, cg.government_id,
        coalesce(
          (select u.id from users u
            where u.role = 'oversight_head' and u.office_id = c.office_id and u.archived_at is null
            order by u.created_at, u.id limit 1),
          ${fallbackBy}::uuid)
      from cycle_governments cg
      join cycles c on c.id = cg.cycle_id
      where c.id in (${sql.join(
        cycleIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
        and c.kind = 'official' and c.status = 'published' and c.archived_at is null
      on conflict (cycle_id, government_id) do nothing
      returning 1
    )
    select count(*)::int as n from added`);
  return rowsOf<{ n: number }>(rows)[0]?.n ?? 0;
}

/** The published official cycles (not archived) of a year. */
export async function publishedOfficialCycleIds(db: Executor, year: number): Promise<string[]> {
  const rows = await db
    .select({ id: cycles.id })
    .from(cycles)
    .where(
      and(
        eq(cycles.year, year),
        eq(cycles.kind, 'official'),
        eq(cycles.status, 'published'),
        isNull(cycles.archivedAt),
      ),
    )
    .orderBy(asc(cycles.createdAt));
  return rows.map((r) => r.id);
}
