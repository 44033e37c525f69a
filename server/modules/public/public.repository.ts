/**
 * Every SQL statement the public portal runs. The one rule: a row is public only through
 * `LIVE_RELEASES` — a release that has not been withdrawn, of an official, published, not archived
 * cycle — or as an official figure recorded without a cycle (an earlier year, announced already).
 * Nothing here reads an internal cycle, an unpublished one, improvement points, evidence, notes or
 * contacts; public.test.ts proves it against each route.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

/** The live releases, as a CTE body: (cycle_id, government_id, released_at, year, framework_id). */
const LIVE_RELEASES = sql`
  select rr.cycle_id, rr.government_id, rr.released_at, c.year, c.framework_id
  from result_releases rr
  join cycles c on c.id = rr.cycle_id
  where rr.withdrawn_at is null and c.kind = 'official' and c.status = 'published' and c.archived_at is null`;

export interface PublicRow extends Record<string, unknown> {
  government_id: string;
  name: string;
  type: string;
  region_code: string | null;
  province_code: string | null;
  province_name: string | null;
  year: number;
  cycle_id: string | null;
  framework_id: string | null;
  released_at: Date | string;
  c_score: number | null;
  c_band: string | null;
  c_zone: string | null;
  o_method: string | null;
  o_score: number | null;
  o_band: string | null;
  o_zone: string | null;
  o_opinion: string | null;
}

export interface ResultFilter {
  year?: number;
  type?: string;
  provinceCode?: string;
  governmentIds?: string[];
}

/**
 * Released results, one row per government and year: a live release (with the official figure
 * recorded for that cycle, if any) or an official figure of a year without a live release and
 * without a cycle. When a government has two live releases in one year (two offices' cycles), the
 * newest release wins.
 */
export async function releasedRows(db: Executor, f: ResultFilter): Promise<PublicRow[]> {
  const where = [sql`true`];
  if (f.year !== undefined) where.push(sql`r.year = ${f.year}`);
  if (f.type !== undefined) where.push(sql`g.type = ${f.type}`);
  if (f.provinceCode !== undefined) where.push(sql`rg.province_code = ${f.provinceCode}`);
  if (f.governmentIds !== undefined)
    where.push(
      f.governmentIds.length === 0
        ? sql`false`
        : sql`g.id in (${sql.join(
            f.governmentIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
  const res = await db.execute(sql`
    with live as (${LIVE_RELEASES}),
    released as (
      select distinct on (l.government_id, l.year)
        l.government_id, l.year, l.cycle_id, l.framework_id, l.released_at,
        gr.rounded as c_score, gr.band as c_band, gr.zone as c_zone,
        o.method as o_method, o.score as o_score, o.band as o_band, o.zone as o_zone, o.opinion as o_opinion
      from live l
      left join government_results gr on gr.cycle_id = l.cycle_id and gr.government_id = l.government_id
      left join official_figures o on o.government_id = l.government_id and o.year = l.year
        and (o.cycle_id is null or o.cycle_id = l.cycle_id)
      order by l.government_id, l.year, l.released_at desc
    ),
    history as (
      select o.government_id, o.year, null::uuid as cycle_id, null::text as framework_id,
        o.recorded_at as released_at,
        null::double precision as c_score, null::text as c_band, null::text as c_zone,
        o.method as o_method, o.score as o_score, o.band as o_band, o.zone as o_zone, o.opinion as o_opinion
      from official_figures o
      where o.cycle_id is null
        and not exists (select 1 from released x where x.government_id = o.government_id and x.year = o.year)
    ),
    r as (select * from released union all select * from history)
    select g.id as government_id, g.name, g.type::text as type, g.region_code,
      rg.province_code, p.name as province_name,
      r.year, r.cycle_id, r.framework_id, r.released_at,
      r.c_score, r.c_band, r.c_zone, r.o_method, r.o_score, r.o_band, r.o_zone, r.o_opinion
    from r
    join governments g on g.id = r.government_id and g.archived_at is null
    left join regions rg on rg.code = g.region_code
    left join regions p on p.code = rg.province_code
    where ${sql.join(where, sql` and `)}
    order by r.year desc, g.name`);
  return rowsOf<PublicRow>(res);
}

/** Years with at least one public result, newest first. */
export async function releasedYears(db: Executor): Promise<number[]> {
  const res = await db.execute(sql`
    with live as (${LIVE_RELEASES})
    select year from live
    union
    select year from official_figures where cycle_id is null
    order by 1 desc`);
  return rowsOf<{ year: number }>(res).map((r) => Number(r.year));
}

export interface GovernmentRow extends Record<string, unknown> {
  id: string;
  name: string;
  type: string;
  region_code: string | null;
  province_code: string | null;
  province_name: string | null;
  office_name: string;
  website: string | null;
}

/** A government by its public key: the Kemendagri code of a regional one, or its id. */
export async function governmentByKey(db: Executor, key: string): Promise<GovernmentRow | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(key);
  const res = await db.execute(sql`
    select g.id, g.name, g.type::text as type, g.region_code, rg.province_code,
      p.name as province_name, o.name as office_name, g.website
    from governments g
    join offices o on o.id = g.office_id
    left join regions rg on rg.code = g.region_code
    left join regions p on p.code = rg.province_code
    where g.archived_at is null and ${isUuid ? sql`g.id = ${key}` : sql`g.region_code = ${key}`}
    limit 1`);
  return rowsOf<GovernmentRow>(res)[0] ?? null;
}

export interface UnitRow extends Record<string, unknown> {
  cycle_id: string;
  name: string;
  score: number | null;
  band: string | null;
  zone: string | null;
}

/** The unit scores of a government's released cycles (names and scores only). */
export async function releasedUnits(
  db: Executor,
  governmentId: string,
  cycleIds: string[],
): Promise<UnitRow[]> {
  if (cycleIds.length === 0) return [];
  const res = await db.execute(sql`
    with live as (${LIVE_RELEASES})
    select ur.cycle_id, u.name, ur.rounded as score, ur.band, ur.zone
    from unit_results ur
    join live l on l.cycle_id = ur.cycle_id and l.government_id = ur.government_id
    join units u on u.id = ur.unit_id
    where ur.government_id = ${governmentId}
      and ur.cycle_id in (${sql.join(
        cycleIds.map((id) => sql`${id}`),
        sql`, `,
      )})
    order by ur.rounded desc nulls last, u.name`);
  return rowsOf<UnitRow>(res);
}

export interface DetailRow extends Record<string, unknown> {
  cycle_id: string;
  dimensions: Record<string, number | null> | null;
  views: Record<string, Record<string, number | null>> | null;
}

/** Dimension and view scores of a government's released cycles. */
export async function releasedDetails(
  db: Executor,
  governmentId: string,
  cycleIds: string[],
): Promise<DetailRow[]> {
  if (cycleIds.length === 0) return [];
  const res = await db.execute(sql`
    with live as (${LIVE_RELEASES})
    select gr.cycle_id, gr.dimensions, gr.detail -> 'views' as views
    from government_results gr
    join live l on l.cycle_id = gr.cycle_id and l.government_id = gr.government_id
    where gr.government_id = ${governmentId}
      and gr.cycle_id in (${sql.join(
        cycleIds.map((id) => sql`${id}`),
        sql`, `,
      )})`);
  return rowsOf<DetailRow>(res);
}

export interface SearchRow extends Record<string, unknown> {
  id: string;
  name: string;
  type: string;
  region_code: string | null;
  province_name: string | null;
}

/** Governments whose name contains every word of the query (case-insensitive), at most `limit`. */
export async function searchGovernments(db: Executor, words: string[], limit: number): Promise<SearchRow[]> {
  const conditions = words.map((w) => sql`g.name ilike ${'%' + w.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
  const res = await db.execute(sql`
    select g.id, g.name, g.type::text as type, g.region_code, p.name as province_name
    from governments g
    left join regions rg on rg.code = g.region_code
    left join regions p on p.code = rg.province_code
    where g.archived_at is null and ${sql.join(conditions, sql` and `)}
    order by length(g.name), g.name
    limit ${limit}`);
  return rowsOf<SearchRow>(res);
}
