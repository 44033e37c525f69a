/**
 * Every SQL statement of "the next cycle sees the last one" (issue 17 §5): the government's
 * previous cycle, its published values per indicator and the follow-up items raised on it.
 */
import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';
import type { FollowupKind } from '../../../../shared/followups/kinds';
import type { FollowupStatus } from '../../../../shared/followups/machine';

export interface PreviousCycleRow {
  id: string;
  year: number;
  name: string;
  frameworkId: string;
  basedOn: string | null;
}

/**
 * The latest earlier cycle of the same kind holding the government: an official one of the same
 * office, published; an internal one of the same owner, final or published (and shared, when the
 * office reads it: `sharedOnly`). Ties in a year go to the latest published.
 */
export async function findPreviousCycle(
  db: Executor,
  cycle: { kind: string; officeId: string; ownerGovernmentId: string | null; year: number },
  governmentId: string,
  sharedOnly: boolean,
): Promise<PreviousCycleRow | undefined> {
  const same =
    cycle.kind === 'internal'
      ? sql`c.kind = 'internal' and c.owner_government_id = ${cycle.ownerGovernmentId}::uuid
            and c.status in ('final', 'published') ${sharedOnly ? sql`and c.shared_at is not null` : sql``}`
      : sql`c.kind = 'official' and c.office_id = ${cycle.officeId}::uuid and c.status = 'published'`;
  const res = await db.execute(sql`
    select c.id, c.year, c.name, c.framework_id as "frameworkId", f.based_on as "basedOn"
    from cycles c
    join cycle_governments cg on cg.cycle_id = c.id and cg.government_id = ${governmentId}::uuid
    join frameworks f on f.id = c.framework_id
    where ${same} and c.year < ${cycle.year} and c.archived_at is null
    order by c.year desc, c.published_at desc nulls last, c.created_at desc
    limit 1`);
  return rowsOf<PreviousCycleRow>(res)[0];
}

export async function frameworkBasedOn(db: Executor, id: string): Promise<string | null> {
  const res = await db.execute(sql`select based_on as "basedOn" from frameworks where id = ${id}`);
  return rowsOf<{ basedOn: string | null }>(res)[0]?.basedOn ?? null;
}

/**
 * The published value per indicator of one unit (or, `unitId` null, the government's own cells):
 * the verified value's mean over products, N/A left out; null when no cell has one.
 */
export async function publishedValues(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitId: string | null,
  codes: string[],
): Promise<Map<string, number | null>> {
  if (codes.length === 0) return new Map();
  const res = await db.execute(sql`
    select indicator,
           avg(case when verify_status <> 'pending' and not verified_na then verified_value end)::float8 as value
    from answers
    where cycle_id = ${cycleId}::uuid and government_id = ${governmentId}::uuid
      and ${unitId === null ? sql`unit_id is null` : sql`unit_id = ${unitId}::uuid`}
      and indicator = any(${sql.param(codes)}::text[])
    group by indicator`);
  return new Map(
    rowsOf<{ indicator: string; value: number | null }>(res).map((r) => [
      r.indicator,
      r.value === null ? null : Number(r.value),
    ]),
  );
}

export interface PreviousItemRow {
  id: string;
  kind: FollowupKind;
  status: FollowupStatus;
  action: string;
  dueOn: string | null;
  indicatorCode: string;
  unitId: string | null;
}

/**
 * The follow-up items raised on the previous cycle for the government with an indicator code:
 * those of `unitId` (and, with `withGovernmentWide`, those of no unit); `unitId` null: only
 * those of no unit.
 */
export async function itemsOfCycle(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitId: string | null,
  withGovernmentWide: boolean,
): Promise<PreviousItemRow[]> {
  const unit =
    unitId === null
      ? sql`unit_id is null`
      : withGovernmentWide
        ? sql`(unit_id = ${unitId}::uuid or unit_id is null)`
        : sql`unit_id = ${unitId}::uuid`;
  const res = await db.execute(sql`
    select id, kind, status, action, due_on::text as "dueOn", indicator_code as "indicatorCode",
           unit_id as "unitId"
    from followup_items
    where cycle_id = ${cycleId}::uuid and government_id = ${governmentId}::uuid
      and indicator_code is not null and ${unit}
    order by indicator_code, created_at, id`);
  return rowsOf<PreviousItemRow>(res);
}

/** Done / not done per unit (null: the government's own) of the items raised on a cycle. */
export async function doneByUnit(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitIds: string[] | null,
): Promise<Array<{ unitId: string | null; unitName: string | null; done: number; notDone: number }>> {
  const res = await db.execute(sql`
    select i.unit_id as "unitId", u.name as "unitName",
           (count(*) filter (where i.status = 'selesai'))::int as done,
           (count(*) filter (where i.status <> 'selesai'))::int as "notDone"
    from followup_items i
    left join units u on u.id = i.unit_id
    where i.cycle_id = ${cycleId}::uuid and i.government_id = ${governmentId}::uuid
      ${unitIds === null ? sql`` : sql`and i.unit_id = any(${sql.param(unitIds)}::uuid[])`}
    group by i.unit_id, u.name
    order by u.name nulls first`);
  return rowsOf(res);
}

/** The distinct indicators of a cycle's cells for one unit (null: the government's own cells). */
export async function cellIndicators(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitId: string | null,
): Promise<string[]> {
  const res = await db.execute(sql`
    select distinct indicator from answers
    where cycle_id = ${cycleId}::uuid and government_id = ${governmentId}::uuid
      and ${unitId === null ? sql`unit_id is null` : sql`unit_id = ${unitId}::uuid`}`);
  return rowsOf<{ indicator: string }>(res).map((r) => r.indicator);
}
