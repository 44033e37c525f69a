/**
 * Taat's SQL: a government's items (for computeTaat and the explain drawer) and the roll-up per
 * government in one grouped query. The roll-up's CASE is computeTaat's classifyTaatItem written
 * in SQL (shared/followups/taat.ts); taat.test.ts checks that both give the same numbers.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FollowupKind } from '../../../../shared/followups/kinds';
import type { FollowupStatus } from '../../../../shared/followups/machine';
import type { TaatRule } from '../../../../shared/followups/taat';
import { rowsOf, type Executor } from '../../../db/client';
import { isoInstant } from '../../../db/iso-instant';

export interface GovernmentRow extends Record<string, unknown> {
  id: string;
  name: string;
  office_id: string;
}

/** A government that is not archived, or undefined. */
export async function findGovernment(db: Executor, id: string): Promise<GovernmentRow | undefined> {
  const res = await db.execute(
    sql`select id, name, office_id from governments where id = ${id}::uuid and archived_at is null`,
  );
  return rowsOf<GovernmentRow>(res)[0];
}

export interface TaatItemRow extends Record<string, unknown> {
  id: string;
  kind: FollowupKind;
  status: FollowupStatus;
  unit_id: string | null;
  unit_name: string | null;
  action: string;
  due_on: string | null;
  created_at: string;
  sent_at: string | null;
  answered_at: string | null;
  verified_at: string | null;
}

/** Every item of the government issued by the end of `asOf` (WIB), any kind, oldest due first. */
export async function governmentItems(
  db: Executor,
  governmentId: string,
  asOf: string,
): Promise<TaatItemRow[]> {
  const res = await db.execute(sql`
    select f.id, f.kind, f.status, f.unit_id, u.name as unit_name, f.action,
      to_char(f.due_on, 'YYYY-MM-DD') as due_on,
      ${isoInstant(sql`f.created_at`)} as created_at, ${isoInstant(sql`f.sent_at`)} as sent_at,
      ${isoInstant(sql`f.answered_at`)} as answered_at, ${isoInstant(sql`f.verified_at`)} as verified_at
    from followup_items f
    left join units u on u.id = f.unit_id
    where f.government_id = ${governmentId}::uuid
      and (f.created_at at time zone 'Asia/Jakarta')::date <= ${asOf}::date
    order by f.due_on nulls last, f.created_at, f.id`);
  return rowsOf<TaatItemRow>(res);
}

export interface RollupRow extends Record<string, unknown> {
  government_id: string;
  government_name: string;
  office_id: string;
  on_time: number;
  late: number;
  overdue: number;
  awaiting: number;
  not_due: number;
  no_due_date: number;
}

export interface RollupScope {
  /** Governments of this office only. */
  officeId: string | null;
  /** Null: every government (admin). */
  governmentIds: string[] | null;
}

/**
 * Taat's counts per government in scope as of the end of `asOf` (WIB): one grouped pass over the
 * rule's kinds, left-joined so a government without items shows (share null). Uses
 * followup_items_gov_kind_idx (government_id, kind, due_on).
 */
export async function taatRollup(
  db: Executor,
  rule: TaatRule,
  asOf: string,
  scope: RollupScope,
): Promise<RollupRow[]> {
  return rowsOf<RollupRow>(await db.execute(taatRollupQuery(rule, asOf, scope)));
}

/** The roll-up's SQL (exported so a measurement can EXPLAIN it). */
export function taatRollupQuery(rule: TaatRule, asOf: string, scope: RollupScope): SQL {
  const kinds = sql.join(
    rule.kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  // WIB is UTC+7 all year: "on or before day D (WIB)" is "before D + 1 at 00:00 WIB", compared as
  // instants, so no row pays a time-zone conversion (measured: each one cost more than the scan).
  const asOfEnd = new Date(Date.parse(`${asOf}T00:00:00+07:00`) + 86_400_000).toISOString();
  const impliedDue =
    rule.withoutDueDate.mode === 'implied'
      ? sql`(f.created_at at time zone 'Asia/Jakarta')::date + ${rule.withoutDueDate.days}::int`
      : sql`null::date`;
  const answer =
    rule.onTime.fallback === 'answered_at' ? sql`coalesce(f.sent_at, f.answered_at)` : sql`f.sent_at`;
  // Outcomes as small integers (cheaper to count than text): 1 on time, 2 late, 3 overdue,
  // 4 awaiting verification, 5 not yet due, 6 no due date.
  const waiting = rule.awaitingVerification === 'on_time' ? sql`1` : sql`4`;
  const govWhere: SQL[] = [sql`g.archived_at is null`];
  if (scope.officeId) govWhere.push(sql`g.office_id = ${scope.officeId}::uuid`);
  if (scope.governmentIds)
    govWhere.push(
      scope.governmentIds.length
        ? sql`g.id in (${sql.join(
            scope.governmentIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`,
    );
  const where = sql.join(govWhere, sql` and `);
  // The items' own scope, so the national roll-up is one sequential scan (joining the governments
  // first made the planner loop over them, one index probe each: 2.9 s instead of ~1 s for 200k).
  const itemScope: SQL[] = [];
  if (scope.officeId)
    itemScope.push(
      sql`and f.government_id in (select id from governments where office_id = ${scope.officeId}::uuid)`,
    );
  if (scope.governmentIds)
    itemScope.push(
      scope.governmentIds.length
        ? sql`and f.government_id in (${sql.join(
            scope.governmentIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`and false`,
    );
  return sql`
    with g as (select g.id, g.name, g.office_id from governments g where ${where}),
    i as (
      select f.government_id, f.status, f.sent_at, ${answer} as answer_at,
        coalesce(f.due_on, ${impliedDue}) as due,
        (f.status = 'selesai' and f.verified_at < ${asOfEnd}::timestamptz) as done
      from followup_items f
      where f.kind in (${kinds}) and f.created_at < ${asOfEnd}::timestamptz
        and f.government_id is not null ${sql.join(itemScope, sql` `)}
    ),
    c as (
      select government_id,
        case
          when due is null then 6
          when done then case when answer_at < ((due + 1) - interval '7 hours') at time zone 'UTC' then 1 else 2 end
          when due > ${asOf}::date then 5
          when status in ('dikirim', 'selesai') and sent_at is not null
            and answer_at < ((due + 1) - interval '7 hours') at time zone 'UTC' then ${waiting}
          else 3
        end as outcome
      from i
    ),
    agg as (
      select government_id,
        count(*) filter (where outcome = 1)::int as on_time,
        count(*) filter (where outcome = 2)::int as late,
        count(*) filter (where outcome = 3)::int as overdue,
        count(*) filter (where outcome = 4)::int as awaiting,
        count(*) filter (where outcome = 5)::int as not_due,
        count(*) filter (where outcome = 6)::int as no_due_date
      from c group by government_id
    )
    select g.id as government_id, g.name as government_name, g.office_id,
      coalesce(a.on_time, 0) as on_time, coalesce(a.late, 0) as late, coalesce(a.overdue, 0) as overdue,
      coalesce(a.awaiting, 0) as awaiting, coalesce(a.not_due, 0) as not_due,
      coalesce(a.no_due_date, 0) as no_due_date
    from g left join agg a on a.government_id = g.id
    order by g.name, g.id`;
}

/**
 * The built-in framework a framework descends from (itself for a built-in), following `based_on`
 * through copies of copies: the rapor asks it to know a cycle uses (a copy of) the Opini
 * Ombudsman 2025, whose label gains "Tanpa Maladministrasi" from Taat.
 */
export async function frameworkBuiltInBase(db: Executor, frameworkId: string): Promise<string | null> {
  return rowsOf<{ id: string }>(await db.execute(builtInBaseQuery(frameworkId)))[0]?.id ?? null;
}

/** frameworkBuiltInBase as a query (one row, `id`, or none), for reads that fold it in. */
export const builtInBaseQuery = (frameworkId: string) => sql`
    with recursive chain(id, based_on, source, depth) as (
      select id, based_on, source, 0 from frameworks where id = ${frameworkId}
      union all
      select f.id, f.based_on, f.source, c.depth + 1
      from frameworks f join chain c on f.id = c.based_on
      where c.depth < 20
    )
    select id from chain where source = 'builtin' order by depth limit 1`;
