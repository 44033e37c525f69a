/** SQL of the one insert path of survey responses (responses-insert.ts). */
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { governments, offices, serviceProducts } from '../../db/schema';
import { unitServiceProfiles } from '../../db/schema-standards';
import {
  surveyInstruments,
  surveyPeriodUnits,
  surveyPeriods,
  surveyResponses,
  surveySlips,
} from '../../db/schema-surveys';
import type { SurveyChannel, SurveyProfileAnswers } from '../../../shared/contracts/surveys';

/** The period, its instrument and (when the unit is in it) the unit's row, zone and opening hours. */
export async function insertContext(db: Executor, periodId: string, unitId: string) {
  const [row] = await db
    .select({
      status: surveyPeriods.status,
      kind: surveyPeriods.kind,
      startsOn: surveyPeriods.startsOn,
      endsOn: surveyPeriods.endsOn,
      instrumentId: surveyPeriods.instrumentId,
      definition: surveyInstruments.definition,
      instrumentUpdatedAt: surveyInstruments.updatedAt,
      unitGovernmentId: surveyPeriodUnits.governmentId,
      productIds: surveyPeriodUnits.productIds,
      regionCode: governments.regionCode,
      officeProvinceCodes: offices.provinceCodes,
      openingHours: unitServiceProfiles.openingHours,
    })
    .from(surveyPeriods)
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyPeriods.instrumentId))
    .leftJoin(
      surveyPeriodUnits,
      and(eq(surveyPeriodUnits.periodId, surveyPeriods.id), eq(surveyPeriodUnits.unitId, unitId)),
    )
    .leftJoin(governments, eq(governments.id, surveyPeriodUnits.governmentId))
    .leftJoin(offices, eq(offices.id, governments.officeId))
    .leftJoin(unitServiceProfiles, eq(unitServiceProfiles.unitId, surveyPeriodUnits.unitId))
    .where(eq(surveyPeriods.id, periodId));
  return row ?? null;
}

export async function productOfUnit(db: Executor, productId: string, unitId: string): Promise<boolean> {
  const rows = await db
    .select({ id: serviceProducts.id })
    .from(serviceProducts)
    .where(and(eq(serviceProducts.id, productId), eq(serviceProducts.unitId, unitId)));
  return rows.length > 0;
}

export async function slipRow(db: Executor, slipId: string) {
  const [row] = await db
    .select({ periodId: surveySlips.periodId, unitId: surveySlips.unitId })
    .from(surveySlips)
    .where(eq(surveySlips.id, slipId));
  return row ?? null;
}

/**
 * Serialises inserts of one (period, unit) until the transaction ends, so each sees the previous
 * one's row (PGlite has one connection: always granted). Two int4 keys from the ids.
 */
export async function lockPeriodUnit(db: Executor, periodId: string, unitId: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`survey:${periodId}`}), hashtext(${unitId}::text))`,
  );
}

export interface FactQuery {
  periodId: string;
  unitId: string;
  deviceHash: string | null;
  slipId: string | null;
  answers: (number | null)[];
  profile: SurveyProfileAnswers;
  submittedAt: Date;
  windowMinutes: number;
  respondentChannels: readonly SurveyChannel[];
}

/** Whether this device (or slip) answered before at the unit in the period, and recent identical ones. */
export async function flagFacts(db: Executor, q: FactQuery) {
  const since = new Date(q.submittedAt.getTime() - q.windowMinutes * 60_000);
  const device = q.deviceHash
    ? sql`exists (select 1 from survey_responses where period_id = ${q.periodId} and unit_id = ${q.unitId}
        and device_hash = ${q.deviceHash})`
    : sql`false`;
  const slip = q.slipId
    ? sql`exists (select 1 from survey_responses where period_id = ${q.periodId} and unit_id = ${q.unitId}
        and slip_id = ${q.slipId})`
    : sql`false`;
  const answers = `{${q.answers.map((a) => (a === null ? 'NULL' : String(a))).join(',')}}`;
  const channels = `{${q.respondentChannels.join(',')}}`;
  const res = await db.execute(sql`select
      (${device}) or (${slip}) as seen,
      (select count(*)::int from survey_responses
        where period_id = ${q.periodId} and unit_id = ${q.unitId}
          and submitted_at > ${since.toISOString()}::timestamptz
          and submitted_at <= ${q.submittedAt.toISOString()}::timestamptz
          and channel = any(${channels}::text[])
          and answers = ${answers}::smallint[]
          and profile = ${JSON.stringify(q.profile)}::jsonb) as identical`);
  const [row] = rowsOf<{ seen: boolean; identical: number }>(res);
  return { seen: Boolean(row?.seen), identical: Number(row?.identical ?? 0) };
}

export async function slipAlreadyUsed(db: Executor, slipId: string): Promise<boolean> {
  const rows = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.slipId, slipId));
  return rows.length > 0;
}

export async function responseForSupersede(db: Executor, id: string) {
  const [row] = await db
    .select({
      periodId: surveyResponses.periodId,
      unitId: surveyResponses.unitId,
      supersededBy: sql<
        string | null
      >`(select s.id from survey_responses s where s.supersedes_id = survey_responses.id)`,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.id, id));
  return row ?? null;
}

export type ResponseInsert = typeof surveyResponses.$inferInsert;

export async function insertResponseRow(db: Executor, values: ResponseInsert) {
  const [row] = await db
    .insert(surveyResponses)
    .values(values)
    .returning({ id: surveyResponses.id, seq: surveyResponses.seq });
  return row!;
}
