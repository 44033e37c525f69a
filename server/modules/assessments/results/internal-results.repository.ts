/**
 * SQL of an internal cycle's results: the cells of each (unit, indicator) counted in one grouped
 * query (for the internal cycle and for the official one it is compared with), the Ombudsman's last
 * published official cycle of a government, and the cycle's units. The rules that turn the counts into gaps and fulfilment are internal-results.rules.ts.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';
import type { CellStats } from './internal-results.rules';

/** An indicator's scale bounds. */
export interface ScaleBounds {
  indicator: string;
  min: number;
  max: number;
}

const unitFilter = (column: ReturnType<typeof sql.raw>, unitIds: string[] | null) =>
  unitIds === null
    ? sql``
    : unitIds.length === 0
      ? sql`and false`
      : sql`and ${column} in (${sql.join(
          unitIds.map((u) => sql`${u}::uuid`),
          sql`, `,
        )})`;

/**
 * Per (unit, indicator) of one government in one cycle: the cells that are not N/A, those with a
 * final value (verified, or the self value where the framework allows it: REFERENCE §10 rule 5),
 * those below the maximum, those at the minimum, and the sum of the normalised values (rule 1).
 * (greatest/least skip nulls, so a missing value is kept out of the sum explicitly.)
 * The N/A test is the rapor's (results.repository): a verified cell's own flag, else the self flag
 * where self values count. `unitIds` null: every unit and the entity-level cells (unitId null);
 * else only these units' cells.
 */
export async function cellStats(
  db: Executor,
  cycleId: string,
  governmentId: string,
  scales: ScaleBounds[],
  allowSelf: boolean,
  unitIds: string[] | null,
): Promise<CellStats[]> {
  if (scales.length === 0) return [];
  const res = await db.execute(sql`
    with m as (
      select * from unnest(${sql.param(scales.map((x) => x.indicator))}::text[],
                           ${sql.param(scales.map((x) => x.min))}::float8[],
                           ${sql.param(scales.map((x) => x.max))}::float8[]) as m(indicator, min, max)),
    a as (
      select a.unit_id, a.indicator, m.min, m.max,
             case when a.verify_status <> 'pending' then a.verified_value
                  when ${allowSelf} then a.self_value end as value
      from answers a join m on m.indicator = a.indicator
      where a.cycle_id = ${cycleId}::uuid and a.government_id = ${governmentId}::uuid
        ${unitFilter(sql.raw('a.unit_id'), unitIds)}
        and not (case when a.verify_status <> 'pending' then a.verified_na else ${allowSelf} and a.self_na end))
    select unit_id as "unitId", indicator, count(*)::int as cells, count(value)::int as valued,
           (count(*) filter (where value < max))::int as below,
           (count(*) filter (where value <= min))::int as "atMin",
           coalesce(sum(case when value is not null
             then greatest(0, least(100, (value - min) / nullif(max - min, 0) * 100)) end), 0)::float8 as "sumNorm"
    from a
    group by unit_id, indicator
    order by unit_id, indicator`);
  return rowsOf<CellStats>(res).map((r) => ({ ...r, sumNorm: Number(r.sumNorm) }));
}

export interface OfficialCycleRow {
  id: string;
  name: string;
  year: number;
  frameworkId: string;
  publishedAt: string | null;
}

/** The Ombudsman's latest published official cycle that includes this government (newest year, then publication). */
export async function lastOfficialCycle(
  db: Executor,
  governmentId: string,
): Promise<OfficialCycleRow | undefined> {
  const res = await db.execute(sql`
    select c.id, c.name, c.year, c.framework_id as "frameworkId", c.published_at as "publishedAt"
    from cycles c
    join cycle_governments cg on cg.cycle_id = c.id and cg.government_id = ${governmentId}::uuid
    where c.kind = 'official' and c.status = 'published' and c.archived_at is null
    order by c.year desc, c.published_at desc nulls last, c.id
    limit 1`);
  const row = rowsOf<Omit<OfficialCycleRow, 'publishedAt'> & { publishedAt: string | Date | null }>(res)[0];
  if (!row) return undefined;
  const at = row.publishedAt;
  return { ...row, publishedAt: at === null ? null : new Date(at).toISOString() };
}

export interface InternalUnitRow {
  unitId: string;
  name: string;
  type: string;
}

/** The units of a cycle (or only `unitIds`), by name. */
export async function cycleUnitRows(
  db: Executor,
  cycleId: string,
  unitIds: string[] | null,
): Promise<InternalUnitRow[]> {
  const res = await db.execute(sql`
    select cu.unit_id as "unitId", u.name, u.type::text as type
    from cycle_units cu
    join units u on u.id = cu.unit_id
    where cu.cycle_id = ${cycleId}::uuid ${unitFilter(sql.raw('cu.unit_id'), unitIds)}
    order by u.name, u.id`);
  return rowsOf<InternalUnitRow>(res);
}

/** Names of these units (the official cycle's units the internal one shares, for the comparison). */
export async function unitNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const res = await db.execute(sql`
    select id, name from units where id in (${sql.join(
      ids.map((u) => sql`${u}::uuid`),
      sql`, `,
    )})`);
  return new Map(rowsOf<{ id: string; name: string }>(res).map((r) => [r.id, r.name]));
}
