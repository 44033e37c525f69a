/**
 * Result queries: ranking among peers of the same government type (window function), keyset
 * pages, zone distribution, cycle progress and the office / national means (REFERENCE §10 rule 3:
 * the mean of government scores), all computed in SQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import { PLANNED_PER_CALL, rowsOf, type Executor } from '../../../db/client';
import { isoInstant } from '../../../db/iso-instant';
import { builtInBaseQuery } from '../../followups/taat/taat.repository';

export interface RankedRow {
  government_id: string;
  name: string;
  type: string;
  score: number | null;
  rounded: number | null;
  band: string | null;
  zone: 'merah' | 'kuning' | 'hijau' | null;
  dimensions: Record<string, number | null> | null;
  version: number | null;
  missing: number | null;
  rank: number | null;
  peers: number;
  sort_score: number;
}

/**
 * Every government of the cycle with its result, its rank among peers of its type and the peer
 * count. Rank and peers are kept at write time (scoring.repository storeRanks), so a read is a
 * join, no window over the cycle. A row written outside the score path (no rank stored) is ranked
 * here as rank() would: one more than the peers scored higher.
 */
const ranked = (cycleId: string) => sql`
  with ranked as (
    select cg.government_id, g.name, g.type::text as type, gr.score, gr.rounded, gr.band, gr.zone, gr.dimensions, gr.version, gr.missing,
      case when gr.rounded is null then null
           else coalesce(gr.rank, 1 + (select count(*)::int from government_results p
                          join cycle_governments pc on pc.cycle_id = p.cycle_id and pc.government_id = p.government_id
                          join governments pg on pg.id = p.government_id
                          where p.cycle_id = cg.cycle_id and pg.type = g.type and p.rounded > gr.rounded)) end as rank,
      coalesce(gr.peers, (select count(p.rounded)::int from government_results p
                          join cycle_governments pc on pc.cycle_id = p.cycle_id and pc.government_id = p.government_id
                          join governments pg on pg.id = p.government_id
                          where p.cycle_id = cg.cycle_id and pg.type = g.type)) as peers,
      coalesce(gr.rounded, -1)::double precision as sort_score
    from cycle_governments cg
    join governments g on g.id = cg.government_id
    left join government_results gr on gr.cycle_id = cg.cycle_id and gr.government_id = cg.government_id
    where cg.cycle_id = ${cycleId}
  )`;

export interface ResultFilter {
  type?: string | undefined;
  zone?: string | undefined;
  governmentIds?: string[] | undefined;
  sort: 'score' | 'name';
  dir: 'asc' | 'desc';
  after: [number | string, string] | null;
  limit: number;
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** One keyset page of ranked results: ordered by (score, id) or (name, id) in either direction. */
export async function rankedPage(db: Executor, cycleId: string, f: ResultFilter): Promise<RankedRow[]> {
  const conds: SQL[] = [sql`true`];
  if (f.type) conds.push(sql`type = ${f.type}`);
  if (f.zone) conds.push(sql`zone = ${f.zone}`);
  if (f.governmentIds)
    conds.push(f.governmentIds.length ? sql`government_id in (${idList(f.governmentIds)})` : sql`false`);
  const key = f.sort === 'score' ? sql`sort_score` : sql`name`;
  const cmp = f.dir === 'desc' ? sql`<` : sql`>`;
  const dir = f.dir === 'desc' ? sql`desc` : sql`asc`;
  if (f.after) {
    const value =
      f.sort === 'score' ? sql`${Number(f.after[0])}::double precision` : sql`${String(f.after[0])}::text`;
    conds.push(sql`(${key}, government_id) ${cmp} (${value}, ${f.after[1]}::uuid)`);
  }
  const res = await db.execute(sql`${PLANNED_PER_CALL}${ranked(cycleId)}
    select * from ranked where ${sql.join(conds, sql` and `)}
    order by ${key} ${dir}, government_id ${dir}
    limit ${f.limit + 1}`);
  return rowsOf<RankedRow>(res);
}

/**
 * `and <column> in (ids)` for a government scope: nothing when `only` is undefined (every
 * government of the cycle), `and false` for an empty scope.
 */
const inScope = (column: SQL, only: string[] | undefined): SQL =>
  only === undefined ? sql`` : only.length ? sql`and ${column} in (${idList(only)})` : sql`and false`;

/** The best `top` governments of each type (rank among all peers), of those in scope. */
export async function topPerType(
  db: Executor,
  cycleId: string,
  top: number,
  only?: string[],
): Promise<RankedRow[]> {
  const res = await db.execute(sql`${ranked(cycleId)}
    select * from ranked where rank is not null and rank <= ${top} ${inScope(sql`government_id`, only)}
    order by type, rank, name`);
  return rowsOf<RankedRow>(res);
}

/** Governments per zone, of those in scope. */
export async function zoneCounts(
  db: Executor,
  cycleId: string,
  only?: string[],
): Promise<Array<{ zone: string | null; n: number }>> {
  const res = await db.execute(sql`
    select gr.zone, count(*)::int as n
    from cycle_governments cg
    left join government_results gr on gr.cycle_id = cg.cycle_id and gr.government_id = cg.government_id
    where cg.cycle_id = ${cycleId} ${inScope(sql`cg.government_id`, only)}
    group by gr.zone`);
  return rowsOf(res);
}

/**
 * Progress of a cycle (of the governments in scope): unit submissions, and item counts from
 * answer_counts (kept by triggers on answers).
 */
export async function cycleProgress(db: Executor, cycleId: string, only?: string[]) {
  const scope = inScope(sql`government_id`, only);
  const res = await db.execute(sql`
    select
      (select count(*)::int from cycle_units where cycle_id = ${cycleId} and self_status = 'submitted' ${scope}) as units_submitted,
      (select count(*)::int from cycle_units where cycle_id = ${cycleId} ${scope}) as units_total,
      (select coalesce(sum(items_verified), 0)::int from answer_counts where cycle_id = ${cycleId} ${scope}) as items_verified,
      (select coalesce(sum(items_total), 0)::int from answer_counts where cycle_id = ${cycleId} ${scope}) as items_total,
      (select count(*)::int from appeals where cycle_id = ${cycleId} and status = 'open' ${scope}) as open_appeals`);
  const r = rowsOf<Record<string, number>>(res)[0]!;
  return {
    unitsSubmitted: r.units_submitted!,
    unitsTotal: r.units_total!,
    itemsVerified: r.items_verified!,
    itemsTotal: r.items_total!,
    openAppeals: r.open_appeals!,
  };
}

/**
 * Office mean: the mean of this cycle's government scores. National mean: the mean over every
 * published cycle of the same year and framework (and this one), each government once.
 */
export async function means(db: Executor, cycleId: string) {
  const res = await db.execute(sql`
    with me as (select year, framework_id from cycles where id = ${cycleId}),
    national as (
      select distinct on (gr.government_id) gr.government_id, gr.score
      from government_results gr
      join cycles c on c.id = gr.cycle_id, me
      where c.year = me.year and c.framework_id = me.framework_id and c.archived_at is null
        and c.kind = 'official'
        and (c.status = 'published' or c.id = ${cycleId}) and gr.score is not null
      order by gr.government_id, (c.id = ${cycleId}) desc, c.published_at desc nulls last
    )
    select
      (select avg(score) from government_results where cycle_id = ${cycleId} and score is not null) as office_mean,
      (select avg(score) from national) as national_mean,
      (select count(*)::int from national) as national_count`);
  const r = rowsOf<{
    office_mean: number | string | null;
    national_mean: number | string | null;
    national_count: number;
  }>(res)[0]!;
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    officeMean: num(r.office_mean),
    nationalMean: num(r.national_mean),
    nationalCount: r.national_count,
  };
}

/** The same government's result in the latest earlier published cycle of the same office. */
export async function previousResult(db: Executor, officeId: string, year: number, governmentId: string) {
  return rowsOf<PreviousResultRow>(await db.execute(previousResultQuery(officeId, year, governmentId)))[0];
}

export interface PreviousResultRow {
  cycle_id: string;
  year: number;
  score: number | null;
  rounded: number | null;
  band: string | null;
  zone: string | null;
  dimensions: Record<string, number | null>;
}

const previousResultQuery = (officeId: string, year: number, governmentId: string) => sql`
    select c.id as cycle_id, c.year, gr.score, gr.rounded, gr.band, gr.zone, gr.dimensions
    from cycles c
    join government_results gr on gr.cycle_id = c.id and gr.government_id = ${governmentId}::uuid
    where c.office_id = ${officeId}::uuid and c.year < ${year} and c.status = 'published' and c.archived_at is null
      and c.kind = 'official'
    order by c.year desc, c.published_at desc nulls last
    limit 1`;

export async function governmentWithOffice(db: Executor, governmentId: string) {
  return rowsOf<GovernmentWithOfficeRow>(await db.execute(governmentWithOfficeQuery(governmentId)))[0];
}

export interface GovernmentWithOfficeRow {
  id: string;
  name: string;
  type: string;
  office_name: string;
  region_code: string | null;
  province_codes: string[];
}

const governmentWithOfficeQuery = (governmentId: string) => sql`
    select g.id, g.name, g.type::text as type, o.name as office_name, g.region_code,
      o.province_codes
    from governments g join offices o on o.id = g.office_id where g.id = ${governmentId}::uuid`;

/** A unit's result on the rapor and the result page (unitResultsOf's row). */
export interface UnitScoreRow {
  unitId: string;
  name: string;
  score: number | null;
  rounded: number | null;
  band: string | null;
  zone: string | null;
}

/** One row of a query as JSON (null without a row). */
const oneAsJson = (query: SQL) => sql`(select to_json(x) from (${query}) x)`;

/** The government's row of the `ranked` CTE (the statement starts with `ranked(cycleId)`) as JSON. */
const rankedRowJson = (governmentId: string) =>
  oneAsJson(sql`select * from ranked where government_id = ${governmentId}::uuid`);

/** The government's unit results as a JSON array, by unit name (unitResultsOf). */
const unitScoresJson = (cycleId: string, governmentId: string) => sql`coalesce((
      select json_agg(json_build_object('unitId', ur.unit_id, 'name', u.name, 'score', ur.score,
                                        'rounded', ur.rounded, 'band', ur.band, 'zone', ur.zone)
                      order by u.name)
      from unit_results ur join units u on u.id = ur.unit_id
      where ur.cycle_id = ${cycleId}::uuid and ur.government_id = ${governmentId}::uuid), '[]'::json)`;

/**
 * The result page's reads in one statement: the government's ranked row and its unit
 * results (unitResultsOf).
 */
export async function rankedWithUnits(
  db: Executor,
  cycleId: string,
  governmentId: string,
): Promise<{ result: RankedRow | null; units: UnitScoreRow[] }> {
  const res = await db.execute(sql`${ranked(cycleId)}
    select ${rankedRowJson(governmentId)} as result,
           ${unitScoresJson(cycleId, governmentId)} as units`);
  return rowsOf<{ result: RankedRow | null; units: UnitScoreRow[] }>(res)[0]!;
}

export interface RaporReads {
  gov: GovernmentWithOfficeRow | null;
  result: RankedRow | null;
  units: UnitScoreRow[];
  /** Improvement points, oldest first (listImprovements' order); unitId null for the government. */
  points: Array<{ unitId: string | null; text: string }>;
  /** Score versions, newest first (listScoreVersions), `at` as an ISO instant in UTC. */
  history: Array<{ version: number; reason: string; rounded: number | null; at: string }>;
  previous: PreviousResultRow | null;
  /** The stored government result's per-view group scores (detail.views). */
  views: Record<string, Record<string, number | null>> | null;
  builtInBase: string | null;
}

/**
 * Everything the rapor reads of one government after the access check, in one statement (it took
 * nine, one after another): the government and office, its ranked result, unit results,
 * improvement points, score history, the previous published result of the office, the stored
 * view scores and the built-in framework the cycle's framework descends from.
 */
export async function raporReads(
  db: Executor,
  cycle: { id: string; officeId: string; year: number; frameworkId: string },
  governmentId: string,
): Promise<RaporReads> {
  const res = await db.execute(sql`${ranked(cycle.id)}
    select
      ${oneAsJson(governmentWithOfficeQuery(governmentId))} as gov,
      ${rankedRowJson(governmentId)} as result,
      ${unitScoresJson(cycle.id, governmentId)} as units,
      coalesce((
        select json_agg(json_build_object('unitId', ip.unit_id, 'text', ip.text) order by ip.created_at)
        from improvement_points ip
        where ip.cycle_id = ${cycle.id}::uuid and ip.government_id = ${governmentId}::uuid
          and ip.archived_at is null), '[]'::json) as points,
      coalesce((
        select json_agg(json_build_object(
                 'version', v.version, 'reason', v.reason, 'rounded', v.rounded,
                 'at', ${isoInstant(sql`v.created_at`)})
               order by v.version desc)
        from score_versions v
        where v.cycle_id = ${cycle.id}::uuid and v.government_id = ${governmentId}::uuid), '[]'::json) as history,
      ${oneAsJson(previousResultQuery(cycle.officeId, cycle.year, governmentId))} as previous,
      (select gr.detail -> 'views' from government_results gr
        where gr.cycle_id = ${cycle.id}::uuid and gr.government_id = ${governmentId}::uuid) as views,
      (${builtInBaseQuery(cycle.frameworkId)}) as "builtInBase"`);
  return rowsOf<RaporReads>(res)[0]!;
}

/**
 * The name of every service product the rows of CTE `from` name (columns id, name), each looked up
 * by primary key. Joined to service_products instead (`id in (…)` or a left join), the planner,
 * underestimating the answers, read all 70,000 products of the medium synth: a sequential scan and
 * a hash of the whole table, ~10 ms more per query on PGlite, where it holds the server's thread.
 */
const productNames = (from: SQL) => sql`
      select x.product_id as id, (select s.name from service_products s where s.id = x.product_id) as name
      from (select distinct product_id from ${from} where product_id is not null) x`;

/** CTE `m` (indicator, max, product): the indicators with a scale. */
const scaleTable = (scales: ScaleRow[]) => sql`m as (
      select * from unnest(${sql.param(scales.map((x) => x.indicator))}::text[],
                           ${sql.param(scales.map((x) => x.max))}::float8[],
                           ${sql.param(scales.map((x) => x.product))}::boolean[]) as m(indicator, max, product))`;

/** An answer `a`'s published value: verified, or (where the framework allows it) the self value. */
const publishedValue = (allowSelf: boolean) =>
  sql`case when a.verify_status <> 'pending' then a.verified_value when ${allowSelf} then a.self_value end`;

/** The unit answers `a` of one government that count for the rapor: not N/A as published. */
const countedWhere = (cycleId: string, governmentId: string, allowSelf: boolean) =>
  sql`a.cycle_id = ${cycleId} and a.government_id = ${governmentId} and a.unit_id is not null
        and not (case when a.verify_status <> 'pending' then a.verified_na else ${allowSelf} and a.self_na end)`;

/**
 * The rapor's *pemetaan kekurangan* rows of one government: unit answers that are not N/A and
 * whose published value (verified, or the self value where the framework allows it) is missing
 * or below the indicator's scale maximum. `scales` gives each indicator's maximum. Ordered by
 * unit, product name, product and answer, as the full answer list was.
 */
export async function unmetAnswers(
  db: Executor,
  cycleId: string,
  governmentId: string,
  scales: { indicator: string; max: number }[],
  allowSelf: boolean,
) {
  const res = await db.execute(sql`
    with m as (
      select * from unnest(${sql.param(scales.map((x) => x.indicator))}::text[],
                           ${sql.param(scales.map((x) => x.max))}::float8[]) as m(indicator, max)),
    a as materialized (
      select a.id, a.unit_id, a.product_id, a.indicator, a.self_value, a.self_na, a.verify_status,
             a.verified_value, a.verify_reason
      from answers a join m on m.indicator = a.indicator
      where ${countedWhere(cycleId, governmentId, allowSelf)}
        and coalesce(${publishedValue(allowSelf)} < m.max, true)),
    p as (${productNames(sql`a`)})
    select a.unit_id as "unitId", a.indicator, p.name as "productName", a.self_value as "selfValue",
           a.self_na as "selfNa", a.verify_status as "verifyStatus", a.verified_value as "verifiedValue",
           a.verify_reason as "verifyReason"
    from a left join p on p.id = a.product_id
    order by a.unit_id, p.name, a.product_id, a.id`);
  return rowsOf<{
    unitId: string;
    indicator: string;
    productName: string | null;
    selfValue: number | null;
    selfNa: boolean;
    verifyStatus: 'pending' | 'accepted' | 'adjusted';
    verifiedValue: number | null;
    verifyReason: string | null;
  }>(res);
}

export interface UnmetGroupRow {
  unitId: string;
  indicator: string;
  count: number;
  assessed: number;
  missing: number;
  min: number | null;
  mean: number | null;
  examples: Array<{
    product: string | null;
    value: number | null;
    selfValue: number | null;
    reason: string | null;
  }>;
}

/** An indicator with a scale: its maximum and whether it is answered per service product. */
export interface ScaleRow {
  indicator: string;
  max: number;
  product: boolean;
}

/**
 * The unit answers of one government (or of one of its units) that count for the rapor: not N/A,
 * as `m` (indicator, max, product) lists them, with their published value (verified, or the self
 * value where the framework allows it) — CTEs `m` and `a`, for the *pemetaan kekurangan* queries.
 */
const countedAnswers = (
  cycleId: string,
  governmentId: string,
  scales: ScaleRow[],
  allowSelf: boolean,
  unitId: string | undefined,
) => sql`
    with ${scaleTable(scales)},
    a as materialized (
      select a.id, a.unit_id, a.product_id, a.indicator, a.verify_reason,
             case when a.self_na then null else a.self_value end as self_value,
             ${publishedValue(allowSelf)} as value,
             m.max, m.product as product_level
      from answers a join m on m.indicator = a.indicator
      where ${countedWhere(cycleId, governmentId, allowSelf)}
        ${unitId === undefined ? sql`` : sql`and a.unit_id = ${unitId}::uuid`})`;

/**
 * The rapor's *pemetaan kekurangan* of one government (every unit, or only `unitId`), grouped in
 * SQL: one row per (unit, indicator) with at least one unit answer that is not N/A and whose
 * published value (verified, or the self value where the framework allows it) is missing or below
 * the indicator's scale maximum. Each row has the count of such answers, the count of non-N/A
 * answers, how many lack a value, the lowest and mean value, and up to `examples` of the answers as
 * JSON, lowest value first (missing first of all), then product name. So the result has at most
 * units × indicators rows, however many products a unit has.
 */
export async function unmetGroups(
  db: Executor,
  cycleId: string,
  governmentId: string,
  scales: ScaleRow[],
  allowSelf: boolean,
  examples: number,
  unitId?: string,
): Promise<UnmetGroupRow[]> {
  const res = await db.execute(sql`${countedAnswers(cycleId, governmentId, scales, allowSelf, unitId)},
    assessed as (select unit_id, indicator, count(*)::int as n from a group by unit_id, indicator),
    u as (select * from a where coalesce(a.value < a.max, true)),
    p as (${productNames(sql`u`)}),
    ranked as (
      select u.unit_id, u.indicator, u.value, u.self_value, u.verify_reason, p.name as product,
             row_number() over (partition by u.unit_id, u.indicator
                                order by u.value asc nulls first, p.name, u.product_id, u.id) as rn
      from u left join p on p.id = u.product_id)
    select r.unit_id as "unitId", r.indicator, count(*)::int as count, min(s.n) as assessed,
           (count(*) - count(r.value))::int as missing, min(r.value) as min, avg(r.value) as mean,
           coalesce(json_agg(json_build_object('product', r.product, 'value', r.value,
                                               'selfValue', r.self_value, 'reason', r.verify_reason)
                              order by r.rn) filter (where r.rn <= ${examples}), '[]'::json) as examples
    from ranked r join assessed s on s.unit_id = r.unit_id and s.indicator = r.indicator
    group by r.unit_id, r.indicator
    order by r.unit_id, r.indicator`);
  return rowsOf<UnmetGroupRow>(res);
}

export interface UnmetSummaryRow {
  unitId: string;
  /** Indicators with a shortfall, and of those the ones answered per service product. */
  indicators: number;
  productIndicators: number;
  /** Answers below the maximum or without a value. */
  answers: number;
}

/**
 * The rapor's per-unit summary of its *pemetaan kekurangan*, in one grouped query for every unit of
 * the government: the same answers as `unmetGroups`, counted (indicators, of those per-product
 * ones, answers) without examples. Units without a shortfall have no row.
 */
export async function unmetSummary(
  db: Executor,
  cycleId: string,
  governmentId: string,
  scales: ScaleRow[],
  allowSelf: boolean,
): Promise<UnmetSummaryRow[]> {
  // Grouped per (unit, indicator) first, then per unit: two hash aggregates instead of two
  // count(distinct) sorts per unit (6.5 → 5.2 ms for a median regency, national synth). The
  // counted answers are filtered and grouped in one pass, without the materialized CTE and the
  // columns the gap list needs (5.0 → 3.3 ms in EXPLAIN ANALYZE, same regency).
  const res = await db.execute(sql`${PLANNED_PER_CALL}
    with ${scaleTable(scales)},
    per as (
      select a.unit_id, bool_or(m.product) as product_level, count(*) as answers
      from answers a join m on m.indicator = a.indicator
      where ${countedWhere(cycleId, governmentId, allowSelf)}
        and coalesce(${publishedValue(allowSelf)} < m.max, true)
      group by a.unit_id, a.indicator)
    select unit_id as "unitId", count(*)::int as indicators,
           (count(*) filter (where product_level))::int as "productIndicators",
           sum(answers)::int as answers
    from per group by unit_id`);
  return rowsOf<UnmetSummaryRow>(res);
}
