/**
 * Every SQL statement of the respondent's pages. Reads only what a public form needs: a unit's
 * name and zone, the SKM periods that include it, its products in a period, a slip by the hash of
 * its code. Nothing here returns a response or anything a respondent gave.
 */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, serviceProducts, units } from '../../db/schema';
import {
  surveyInstruments,
  surveyPeriods,
  surveyPeriodUnits,
  surveyResponses,
  surveySlips,
} from '../../db/schema-surveys';

export interface UnitPlace {
  unitId: string;
  unitName: string;
  governmentId: string;
  governmentName: string;
  regionCode: string | null;
  officeProvinceCodes: string[];
}

/** An active unit with its government and what decides its time zone; undefined when unknown. */
export async function unitPlace(db: Executor, unitId: string): Promise<UnitPlace | undefined> {
  const [row] = await db
    .select({
      unitId: units.id,
      unitName: units.name,
      governmentId: governments.id,
      governmentName: governments.name,
      regionCode: governments.regionCode,
      officeProvinceCodes: offices.provinceCodes,
    })
    .from(units)
    .innerJoin(governments, eq(governments.id, units.governmentId))
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .where(and(eq(units.id, unitId), isNull(units.archivedAt)))
    .limit(1);
  return row;
}

export interface UnitPeriod {
  periodId: string;
  title: string;
  status: 'open' | 'closed';
  startsOn: string;
  endsOn: string;
  tokenSecret: string;
  instrumentId: string;
  instrumentUpdatedAt: Date;
  definition: unknown;
  productIds: string[];
}

/** The SKM periods that include a unit, newest first (a counter token is checked against each). */
export async function skmPeriodsOfUnit(db: Executor, unitId: string): Promise<UnitPeriod[]> {
  return db
    .select({
      periodId: surveyPeriods.id,
      title: surveyPeriods.title,
      status: surveyPeriods.status,
      startsOn: surveyPeriods.startsOn,
      endsOn: surveyPeriods.endsOn,
      tokenSecret: surveyPeriods.tokenSecret,
      instrumentId: surveyInstruments.id,
      instrumentUpdatedAt: surveyInstruments.updatedAt,
      definition: surveyInstruments.definition,
      productIds: surveyPeriodUnits.productIds,
    })
    .from(surveyPeriodUnits)
    .innerJoin(surveyPeriods, eq(surveyPeriods.id, surveyPeriodUnits.periodId))
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyPeriods.instrumentId))
    .where(and(eq(surveyPeriodUnits.unitId, unitId), eq(surveyPeriods.kind, 'skm')))
    .orderBy(desc(surveyPeriods.startsOn))
    .limit(20);
}

/** One period of a unit (a slip names both). */
export async function periodOfUnit(
  db: Executor,
  periodId: string,
  unitId: string,
): Promise<UnitPeriod | undefined> {
  const [row] = await db
    .select({
      periodId: surveyPeriods.id,
      title: surveyPeriods.title,
      status: surveyPeriods.status,
      startsOn: surveyPeriods.startsOn,
      endsOn: surveyPeriods.endsOn,
      tokenSecret: surveyPeriods.tokenSecret,
      instrumentId: surveyInstruments.id,
      instrumentUpdatedAt: surveyInstruments.updatedAt,
      definition: surveyInstruments.definition,
      productIds: surveyPeriodUnits.productIds,
    })
    .from(surveyPeriodUnits)
    .innerJoin(surveyPeriods, eq(surveyPeriods.id, surveyPeriodUnits.periodId))
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyPeriods.instrumentId))
    .where(and(eq(surveyPeriodUnits.unitId, unitId), eq(surveyPeriods.id, periodId)))
    .limit(1);
  return row;
}

/** The named products of the unit (active ones), in name order. */
export async function products(
  db: Executor,
  unitId: string,
  ids: string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: serviceProducts.id, name: serviceProducts.name })
    .from(serviceProducts)
    .where(
      and(
        inArray(serviceProducts.id, ids),
        eq(serviceProducts.unitId, unitId),
        isNull(serviceProducts.archivedAt),
      ),
    )
    .orderBy(serviceProducts.name);
}

/** A slip by the hash of its code, and whether a response already used it. */
export async function slipByHash(
  db: Executor,
  codeHash: string,
): Promise<{ slipId: string; periodId: string; unitId: string; used: boolean } | undefined> {
  const [row] = await db
    .select({
      slipId: surveySlips.id,
      periodId: surveySlips.periodId,
      unitId: surveySlips.unitId,
      // Qualified by hand: inside the subquery an unqualified id would be the response's own.
      used: sql<boolean>`exists (select 1 from survey_responses r where r.slip_id = survey_slips.id)`,
    })
    .from(surveySlips)
    .where(eq(surveySlips.codeHash, codeHash))
    .limit(1);
  return row;
}

/**
 * Whether this device already sent this very form (same signed start): a double tap or a resend
 * after a slow answer, not a second respondent.
 */
export async function alreadySent(
  db: Executor,
  periodId: string,
  unitId: string,
  deviceHash: string,
  startedAt: Date,
): Promise<boolean> {
  const [row] = await db
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.periodId, periodId),
        eq(surveyResponses.unitId, unitId),
        eq(surveyResponses.deviceHash, deviceHash),
        eq(surveyResponses.startedAt, startedAt),
      ),
    )
    .limit(1);
  return !!row;
}
