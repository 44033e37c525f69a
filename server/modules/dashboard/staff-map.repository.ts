/**
 * The staff dashboard map's SQL: the official cycles an actor's scope reads, and one cycle's
 * governments with their stored result and whether it is released to the public. Internal cycles
 * (penilaian mandiri) are never read here.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import type { CycleScope } from '../assessments/assessments.access';

export interface MapCycleRow extends Record<string, unknown> {
  id: string;
  year: number;
  name: string;
  status: string;
  /** Whether any government of the cycle has a score yet. */
  scored: boolean;
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

function scopeCondition(scope: CycleScope): SQL {
  switch (scope.kind) {
    case 'all':
    case 'platform':
      return sql`true`;
    case 'offices':
      return scope.officeIds.length ? sql`c.office_id in (${idList(scope.officeIds)})` : sql`false`;
    case 'governments':
      return scope.governmentIds.length
        ? sql`exists (select 1 from cycle_governments cg where cg.cycle_id = c.id
            and cg.government_id in (${idList(scope.governmentIds)}))`
        : sql`false`;
  }
}

/** Official, not archived cycles in the scope, newest first; `publishedOnly` for government roles. */
export async function officialCycles(
  db: Executor,
  scope: CycleScope,
  publishedOnly: boolean,
): Promise<MapCycleRow[]> {
  const res = await db.execute(sql`
    select c.id, c.year, c.name, c.status,
      exists (select 1 from government_results gr where gr.cycle_id = c.id and gr.rounded is not null) as scored
    from cycles c
    where c.kind = 'official' and c.archived_at is null and ${scopeCondition(scope)}
      ${publishedOnly ? sql`and c.status = 'published'` : sql``}
    order by c.year desc, c.created_at desc`);
  return rowsOf<MapCycleRow>(res).map((r) => ({ ...r, year: Number(r.year), scored: Boolean(r.scored) }));
}

export interface MapGovernmentRow extends Record<string, unknown> {
  government_id: string;
  name: string;
  type: string;
  region_code: string | null;
  rounded: number | null;
  band: string | null;
  zone: string | null;
  released: boolean;
}

/**
 * The cycle's governments (only `governmentIds` when given) with their result; `released` is a
 * live release of this cycle while the cycle is published (what the public sees).
 */
export async function cycleGovernments(
  db: Executor,
  cycleId: string,
  governmentIds: string[] | null,
): Promise<MapGovernmentRow[]> {
  const only =
    governmentIds === null
      ? sql`true`
      : governmentIds.length
        ? sql`g.id in (${idList(governmentIds)})`
        : sql`false`;
  const res = await db.execute(sql`
    select g.id as government_id, g.name, g.type::text as type, g.region_code,
      gr.rounded, gr.band, gr.zone,
      (c.status = 'published' and exists (select 1 from result_releases rr
        where rr.cycle_id = cg.cycle_id and rr.government_id = cg.government_id
          and rr.withdrawn_at is null)) as released
    from cycle_governments cg
    join cycles c on c.id = cg.cycle_id
    join governments g on g.id = cg.government_id and g.archived_at is null
    left join government_results gr on gr.cycle_id = cg.cycle_id and gr.government_id = cg.government_id
    where cg.cycle_id = ${cycleId} and ${only}
    order by g.name`);
  return rowsOf<MapGovernmentRow>(res);
}
