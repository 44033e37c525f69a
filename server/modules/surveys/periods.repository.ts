/** SQL of survey periods: owner/reach facts, list, detail with per-unit counts, create, update. */
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { governments, serviceProducts, units } from '../../db/schema';
import { cycleGovernments, cycleUnits, cycles } from '../../db/schema-assessments';
import { surveyInstruments, surveyPeriodUnits, surveyPeriods } from '../../db/schema-surveys';
import type { Reach } from '../../lib/reach';
import type { SurveyKind } from '../../../shared/contracts/surveys';
import { acceptedSql } from './accepted.sql';
import type { PeriodOwner } from './surveys.access';

export type PeriodRow = typeof surveyPeriods.$inferSelect;

export async function periodOwner(
  db: Executor,
  id: string,
): Promise<(PeriodOwner & { period: PeriodRow }) | null> {
  const [period] = await db.select().from(surveyPeriods).where(eq(surveyPeriods.id, id));
  if (!period) return null;
  const unitRows = await db
    .select({ unitId: surveyPeriodUnits.unitId, governmentId: surveyPeriodUnits.governmentId })
    .from(surveyPeriodUnits)
    .where(eq(surveyPeriodUnits.periodId, id));
  return {
    kind: period.kind,
    governmentId: period.governmentId,
    officeId: period.officeId,
    units: unitRows,
    period,
  };
}

const summaryColumns = {
  id: surveyPeriods.id,
  kind: surveyPeriods.kind,
  title: surveyPeriods.title,
  instrumentId: surveyPeriods.instrumentId,
  instrumentDefinition: surveyInstruments.definition,
  instrumentUpdatedAt: surveyInstruments.updatedAt,
  governmentId: surveyPeriods.governmentId,
  governmentName: governments.name,
  officeId: surveyPeriods.officeId,
  cycleId: surveyPeriods.cycleId,
  cycleName: cycles.name,
  startsOn: surveyPeriods.startsOn,
  endsOn: surveyPeriods.endsOn,
  status: surveyPeriods.status,
  interimVisible: surveyPeriods.interimVisible,
  slipsEnabled: surveyPeriods.slipsEnabled,
  rowVersion: surveyPeriods.rowVersion,
  // Each correction supersedes exactly one response of its period (supersedes_id is unique), so the
  // responses still standing are all of them less the corrections. Counted apart, each is an
  // index-only range (the period's responses; its corrections, a partial index), never the rows.
  responses: sql<number>`((select count(*) from survey_responses r where r.period_id = ${surveyPeriods.id})
    - (select count(*) from survey_responses r where r.period_id = ${surveyPeriods.id}
        and r.supersedes_id is not null))::int`,
};

function summaryQuery(db: Executor) {
  return db
    .select(summaryColumns)
    .from(surveyPeriods)
    .innerJoin(surveyInstruments, eq(surveyInstruments.id, surveyPeriods.instrumentId))
    .leftJoin(governments, eq(governments.id, surveyPeriods.governmentId))
    .leftJoin(cycles, eq(cycles.id, surveyPeriods.cycleId));
}

export async function periodSummary(db: Executor, id: string) {
  const [row] = await summaryQuery(db).where(eq(surveyPeriods.id, id));
  return row ?? null;
}
export type PeriodSummaryRow = NonNullable<Awaited<ReturnType<typeof periodSummary>>>;

/** The reach as SQL (see surveys.access.ts canReadPeriod; the list and the detail agree). */
function reachScope(reach: Reach, role: string): SQL | undefined {
  if (reach.all) return undefined;
  const skm =
    reach.governmentIds.length === 0
      ? sql`false`
      : reach.unitIds === null
        ? and(eq(surveyPeriods.kind, 'skm'), inArray(surveyPeriods.governmentId, reach.governmentIds))
        : reach.unitIds.length === 0
          ? sql`false`
          : and(
              eq(surveyPeriods.kind, 'skm'),
              inArray(surveyPeriods.governmentId, reach.governmentIds),
              sql`exists (select 1 from survey_period_units pu where pu.period_id = ${surveyPeriods.id}
                and pu.unit_id in (${sql.join(
                  reach.unitIds.map((u) => sql`${u}::uuid`),
                  sql`, `,
                )}))`,
            );
  const perception =
    ['oversight_head', 'assessor'].includes(role) && reach.officeIds.length > 0
      ? and(
          eq(surveyPeriods.kind, 'persepsi_maladministrasi'),
          inArray(surveyPeriods.officeId, reach.officeIds),
        )
      : sql`false`;
  return or(skm, perception);
}

export async function listPeriods(
  db: Executor,
  reach: Reach,
  role: string,
  q: { governmentId?: string; cycleId?: string; kind?: SurveyKind },
) {
  const conds = [
    reachScope(reach, role),
    q.kind ? eq(surveyPeriods.kind, q.kind) : undefined,
    q.cycleId ? eq(surveyPeriods.cycleId, q.cycleId) : undefined,
    q.governmentId
      ? or(
          eq(surveyPeriods.governmentId, q.governmentId),
          sql`exists (select 1 from survey_period_units pu where pu.period_id = ${surveyPeriods.id}
            and pu.government_id = ${q.governmentId})`,
        )
      : undefined,
  ];
  return summaryQuery(db)
    .where(and(...conds))
    .orderBy(desc(surveyPeriods.startsOn), asc(surveyPeriods.title))
    .limit(500);
}

/** Population / target of every unit of these periods (for the required sample). */
export async function unitSamples(db: Executor, periodIds: string[]) {
  if (periodIds.length === 0) return [];
  return db
    .select({
      periodId: surveyPeriodUnits.periodId,
      population: surveyPeriodUnits.population,
      sampleTarget: surveyPeriodUnits.sampleTarget,
    })
    .from(surveyPeriodUnits)
    .where(inArray(surveyPeriodUnits.periodId, periodIds));
}

/** The period's units (those given) with names, products and counts (acceptance = flags.ts isAccepted). */
export async function periodUnits(db: Executor, periodId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({
      unitId: surveyPeriodUnits.unitId,
      unitName: units.name,
      governmentId: surveyPeriodUnits.governmentId,
      governmentName: governments.name,
      population: surveyPeriodUnits.population,
      sampleTarget: surveyPeriodUnits.sampleTarget,
      productIds: surveyPeriodUnits.productIds,
    })
    .from(surveyPeriodUnits)
    .innerJoin(units, eq(units.id, surveyPeriodUnits.unitId))
    .innerJoin(governments, eq(governments.id, surveyPeriodUnits.governmentId))
    .where(and(eq(surveyPeriodUnits.periodId, periodId), inArray(surveyPeriodUnits.unitId, unitIds)))
    .orderBy(asc(governments.name), asc(units.name));
  const counts = rowsOf<{
    unit_id: string;
    responses: number;
    accepted: number;
    flagged: number;
    staff: number;
  }>(
    await db.execute(sql`with r as (
        select r.unit_id, r.flags, r.channel,
          exists (select 1 from survey_responses s where s.supersedes_id = r.id) as superseded,
          (select v.decision from survey_response_reviews v where v.response_id = r.id
            order by v.seq desc limit 1) as review
        from survey_responses r where r.period_id = ${periodId})
      select unit_id,
        count(*) filter (where not superseded)::int as responses,
        count(*) filter (where ${acceptedSql({ flags: sql`flags`, review: sql`review`, superseded: sql`superseded` })})::int as accepted,
        count(*) filter (where not superseded and cardinality(flags) > 0)::int as flagged,
        count(*) filter (where not superseded and channel in ('staff', 'import', 'interview'))::int as staff
      from r group by unit_id`),
  );
  const byUnit = new Map(counts.map((c) => [c.unit_id, c]));
  const productIds = [...new Set(rows.flatMap((r) => r.productIds))];
  const products = productIds.length
    ? await db
        .select({ id: serviceProducts.id, name: serviceProducts.name })
        .from(serviceProducts)
        .where(inArray(serviceProducts.id, productIds))
    : [];
  const productName = new Map(products.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    ...r,
    counts: byUnit.get(r.unitId) ?? { responses: 0, accepted: 0, flagged: 0, staff: 0 },
    products: r.productIds.map((id) => ({ id, name: productName.get(id) ?? '' })),
  }));
}

/** Active units of a government among those given. */
export async function unitsOfGovernment(db: Executor, governmentId: string, unitIds: string[]) {
  if (unitIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), inArray(units.id, unitIds), isNull(units.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** product id → its unit, for the given products. */
export async function productUnits(db: Executor, productIds: string[]) {
  if (productIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: serviceProducts.id, unitId: serviceProducts.unitId })
    .from(serviceProducts)
    .where(inArray(serviceProducts.id, productIds));
  return new Map(rows.map((r) => [r.id, r.unitId]));
}

export async function cycleRow(db: Executor, id: string) {
  const [row] = await db
    .select({ id: cycles.id, officeId: cycles.officeId, kind: cycles.kind })
    .from(cycles)
    .where(eq(cycles.id, id));
  return row ?? null;
}

/** Per government of the cycle (among those given): the cycle's units of it. */
export async function cycleUnitsByGovernment(db: Executor, cycleId: string, governmentIds: string[]) {
  const govs = await db
    .select({ governmentId: cycleGovernments.governmentId })
    .from(cycleGovernments)
    .where(and(eq(cycleGovernments.cycleId, cycleId), inArray(cycleGovernments.governmentId, governmentIds)));
  const unitRows = await db
    .select({ unitId: cycleUnits.unitId, governmentId: cycleUnits.governmentId })
    .from(cycleUnits)
    .where(and(eq(cycleUnits.cycleId, cycleId), inArray(cycleUnits.governmentId, governmentIds)));
  const out = new Map<string, string[]>(govs.map((g) => [g.governmentId, []]));
  for (const u of unitRows) out.get(u.governmentId)?.push(u.unitId);
  return out;
}

export async function insertPeriod(db: Executor, values: typeof surveyPeriods.$inferInsert): Promise<string> {
  const [row] = await db.insert(surveyPeriods).values(values).returning({ id: surveyPeriods.id });
  return row!.id;
}

export async function insertPeriodUnits(db: Executor, rows: (typeof surveyPeriodUnits.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db.insert(surveyPeriodUnits).values(rows.slice(i, i + 500));
}

/** Applies the change when the row version still matches; false when someone else saved first. */
export async function updatePeriod(
  db: Executor,
  id: string,
  rowVersion: number,
  set: Partial<typeof surveyPeriods.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(surveyPeriods)
    .set({ ...set, rowVersion: sql`${surveyPeriods.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(surveyPeriods.id, id), eq(surveyPeriods.rowVersion, rowVersion)))
    .returning({ id: surveyPeriods.id });
  return rows.length > 0;
}
