/**
 * SQL of the survey feed: a period and its instrument, the responses of its governments with what
 * acceptance needs (flags, superseded, the latest review), the cycle's entity-level answer cells,
 * and the survey sources of a cycle's answers. The feed writes verified values through
 * assessments/verification's own setVerified; only survey_feed_values is written here.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { units } from '../../db/schema';
import { answers } from '../../db/schema-assessments';
import {
  surveyFeedValues,
  surveyInstruments,
  surveyPeriods,
  surveyPeriodUnits,
  surveyResponseReviews,
  surveyResponses,
} from '../../db/schema-surveys';
import type { Instrument } from '../../../shared/surveys/instrument.schema';

export async function findPeriod(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: surveyPeriods.id,
      kind: surveyPeriods.kind,
      instrumentId: surveyPeriods.instrumentId,
      title: surveyPeriods.title,
      governmentId: surveyPeriods.governmentId,
      officeId: surveyPeriods.officeId,
      cycleId: surveyPeriods.cycleId,
      status: surveyPeriods.status,
    })
    .from(surveyPeriods)
    .where(eq(surveyPeriods.id, id));
  return row ?? null;
}
export type PeriodRow = NonNullable<Awaited<ReturnType<typeof findPeriod>>>;

export async function instrumentDefinition(db: Executor, id: string): Promise<Instrument | null> {
  const [row] = await db
    .select({ definition: surveyInstruments.definition })
    .from(surveyInstruments)
    .where(eq(surveyInstruments.id, id));
  return (row?.definition as Instrument | undefined) ?? null;
}

/** The governments a period surveys (from its units). */
export async function periodGovernmentIds(db: Executor, periodId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: surveyPeriodUnits.governmentId })
    .from(surveyPeriodUnits)
    .where(eq(surveyPeriodUnits.periodId, periodId))
    .orderBy(asc(surveyPeriodUnits.governmentId));
  return rows.map((r) => r.id);
}

/**
 * Every response of the period for these governments with what isAccepted needs: its flags,
 * whether a correction superseded it, and the latest review decision (the largest seq).
 */
export async function responsesForAcceptance(db: Executor, periodId: string, governmentIds: string[]) {
  if (governmentIds.length === 0) return [];
  return db
    .select({
      governmentId: surveyResponses.governmentId,
      unitId: surveyResponses.unitId,
      answers: surveyResponses.answers,
      flags: surveyResponses.flags,
      // Qualified by hand: drizzle writes a bare "id" for a column of the selected table, which
      // inside these subqueries would name the subquery's own row.
      superseded: sql<boolean>`exists (select 1 from ${surveyResponses} s where s.supersedes_id = "survey_responses"."id")`,
      review: sql<
        'accept' | 'exclude' | null
      >`(select v.decision from ${surveyResponseReviews} v where v.response_id = "survey_responses"."id" order by v.seq desc limit 1)`,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.periodId, periodId), inArray(surveyResponses.governmentId, governmentIds)));
}

/** The entity-level answer cell of an indicator (unit and product empty). */
export async function entityCell(db: Executor, cycleId: string, governmentId: string, indicator: string) {
  const [row] = await db
    .select()
    .from(answers)
    .where(
      and(
        eq(answers.cycleId, cycleId),
        eq(answers.governmentId, governmentId),
        isNull(answers.unitId),
        isNull(answers.productId),
        eq(answers.indicator, indicator),
      ),
    );
  return row ?? null;
}

/** Creates the entity-level cell when the cycle has not materialised it (kept if it exists). */
export async function ensureEntityCell(
  db: Executor,
  cycleId: string,
  governmentId: string,
  indicator: string,
) {
  await db
    .insert(answers)
    .values({ cycleId, governmentId, unitId: null, productId: null, indicator })
    .onConflictDoNothing();
  return (await entityCell(db, cycleId, governmentId, indicator))!;
}

export async function upsertFeedValue(db: Executor, row: typeof surveyFeedValues.$inferInsert) {
  const { cycleId: _c, governmentId: _g, indicator: _i, ...rest } = row;
  await db
    .insert(surveyFeedValues)
    .values(row)
    .onConflictDoUpdate({
      target: [surveyFeedValues.cycleId, surveyFeedValues.governmentId, surveyFeedValues.indicator],
      set: { ...rest, appliedAt: sql`now()` },
    });
}

/** The survey sources of a government's answers in a cycle, with the period's title. */
export async function feedSources(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      answerId: surveyFeedValues.answerId,
      periodId: surveyFeedValues.periodId,
      periodTitle: surveyPeriods.title,
      instrumentId: surveyFeedValues.instrumentId,
      definition: surveyInstruments.definition,
      question: surveyFeedValues.question,
      interviews: surveyFeedValues.interviews,
      best: surveyFeedValues.best,
      share: surveyFeedValues.share,
      levels: surveyFeedValues.levels,
      value: surveyFeedValues.value,
      appliedAt: surveyFeedValues.appliedAt,
    })
    .from(surveyFeedValues)
    .innerJoin(surveyPeriods, eq(surveyPeriods.id, surveyFeedValues.periodId))
    .leftJoin(surveyInstruments, eq(surveyInstruments.id, surveyFeedValues.instrumentId))
    .where(and(eq(surveyFeedValues.cycleId, cycleId), eq(surveyFeedValues.governmentId, governmentId)));
}

/** A government's SKM periods that overlap a calendar year, newest first, with their units. */
export async function skmPeriodsOfYear(db: Executor, governmentId: string, year: number) {
  const periods = await db
    .select({
      id: surveyPeriods.id,
      title: surveyPeriods.title,
      instrumentId: surveyPeriods.instrumentId,
      startsOn: surveyPeriods.startsOn,
      endsOn: surveyPeriods.endsOn,
      status: surveyPeriods.status,
    })
    .from(surveyPeriods)
    .where(
      and(
        eq(surveyPeriods.kind, 'skm'),
        eq(surveyPeriods.governmentId, governmentId),
        lte(surveyPeriods.startsOn, `${year}-12-31`),
        gte(surveyPeriods.endsOn, `${year}-01-01`),
      ),
    )
    .orderBy(desc(surveyPeriods.startsOn));
  const ids = periods.map((p) => p.id);
  const unitRows = ids.length
    ? await db
        .select({ periodId: surveyPeriodUnits.periodId, unitId: units.id, unitName: units.name })
        .from(surveyPeriodUnits)
        .innerJoin(units, eq(units.id, surveyPeriodUnits.unitId))
        .where(inArray(surveyPeriodUnits.periodId, ids))
        .orderBy(asc(units.name))
    : [];
  return { periods, unitRows };
}
