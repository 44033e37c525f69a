/** SQL of one-time slips and of the unit facts the counter link and the sheet need. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, units } from '../../db/schema';
import { surveySlips } from '../../db/schema-surveys';

export async function unitFacts(db: Executor, unitId: string) {
  const [row] = await db
    .select({
      name: units.name,
      governmentName: governments.name,
      regionCode: governments.regionCode,
      officeProvinceCodes: offices.provinceCodes,
    })
    .from(units)
    .innerJoin(governments, eq(governments.id, units.governmentId))
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .where(eq(units.id, unitId));
  return row ?? null;
}

/** The next batch number of (period, unit), under a lock so two requests at once get two numbers. */
export async function nextBatch(db: Executor, periodId: string, unitId: string): Promise<number> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`survey-slips:${periodId}`}), hashtext(${unitId}::text))`,
  );
  const [row] = await db
    .select({ max: sql<number>`coalesce(max(${surveySlips.batch}), 0)::int` })
    .from(surveySlips)
    .where(and(eq(surveySlips.periodId, periodId), eq(surveySlips.unitId, unitId)));
  return (row?.max ?? 0) + 1;
}

export async function insertSlips(db: Executor, rows: (typeof surveySlips.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500) await db.insert(surveySlips).values(rows.slice(i, i + 500));
}

export async function listBatches(db: Executor, periodId: string, unitId: string) {
  return db
    .select({
      batch: surveySlips.batch,
      count: sql<number>`count(*)::int`,
      used: sql<number>`count(*) filter (where exists (select 1 from survey_responses r where r.slip_id = survey_slips.id))::int`,
      createdAt: sql<Date>`min(${surveySlips.createdAt})`,
      sheetFileId: sql<string | null>`min(${surveySlips.sheetFileId}::text)`,
    })
    .from(surveySlips)
    .where(and(eq(surveySlips.periodId, periodId), eq(surveySlips.unitId, unitId)))
    .groupBy(surveySlips.batch)
    .orderBy(asc(surveySlips.batch));
}

/** The slip a typed or scanned code stands for (by its hash), and whether it was used. */
export async function slipByCodeHash(db: Executor, codeHash: string) {
  const [row] = await db
    .select({
      id: surveySlips.id,
      periodId: surveySlips.periodId,
      unitId: surveySlips.unitId,
      used: sql<boolean>`exists (select 1 from survey_responses r where r.slip_id = survey_slips.id)`,
    })
    .from(surveySlips)
    .where(eq(surveySlips.codeHash, codeHash));
  return row ?? null;
}
