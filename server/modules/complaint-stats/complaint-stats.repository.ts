/**
 * The SQL of the complaint statistics (issue 14 part 10). Every query reads aggregates only:
 * counts, medians — no column that carries a reporter's identity or a case's text (subject,
 * description, messages) is ever selected. Five grouped queries over the cases in scope; at
 * ~100k cases they use the complaints' office/received indexes and the events' case index.
 */
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';

export interface StatsScope {
  /** Null = every office (admins, national). */
  officeIds: string[] | null;
  governmentId: string | null;
  /** Inclusive WIB dates of receipt. */
  from: string | null;
  to: string | null;
}

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** The condition on `c` (complaints) for a scope; receipt dates are WIB days (UTC+7). */
export function scopeWhere(scope: StatsScope): SQL {
  const parts: SQL[] = [sql`true`];
  if (scope.officeIds)
    parts.push(scope.officeIds.length ? sql`c.office_id in (${idList(scope.officeIds)})` : sql`false`);
  if (scope.governmentId) parts.push(sql`c.body_government_id = ${scope.governmentId}::uuid`);
  if (scope.from)
    parts.push(
      sql`c.received_at >= ((${scope.from}::date)::timestamp - interval '7 hours') at time zone 'UTC'`,
    );
  if (scope.to)
    parts.push(
      sql`c.received_at < ((${scope.to}::date)::timestamp + interval '17 hours') at time zone 'UTC'`,
    );
  return sql.join(parts, sql` and `);
}

export interface DimensionRow extends Record<string, unknown> {
  dim: 'stage' | 'channel' | 'track' | 'closure' | 'sector' | 'body' | 'total';
  stage: string | null;
  channel: string | null;
  track: string | null;
  closure_reason: string | null;
  sector: string | null;
  body_kind: string | null;
  body_name: string | null;
  body_government_id: string | null;
  n: number;
  open: number;
}

/** Counts by stage, channel, track, closure reason, sector and body, and the total: one pass. */
export async function dimensionCounts(db: Executor, scope: StatsScope): Promise<DimensionRow[]> {
  const res = await db.execute(sql`
    select
      case
        when grouping(c.stage) = 0 then 'stage'
        when grouping(c.channel) = 0 then 'channel'
        when grouping(c.track) = 0 then 'track'
        when grouping(c.closure_reason) = 0 then 'closure'
        when grouping(c.sector) = 0 then 'sector'
        when grouping(c.body_kind) = 0 then 'body'
        else 'total'
      end as dim,
      c.stage, c.channel, c.track, c.closure_reason, c.sector, c.body_kind, c.body_name,
      c.body_government_id::text as body_government_id,
      count(*)::int as n,
      (count(*) filter (where c.stage <> 'selesai'))::int as open
    from complaints c
    where ${scopeWhere(scope)}
    group by grouping sets (
      (c.stage), (c.channel), (c.track), (c.closure_reason), (c.sector),
      (c.body_kind, c.body_name, c.body_government_id), ()
    )`);
  return rowsOf<DimensionRow>(res);
}

/** Median calendar days from receipt to closure of the closed cases in scope. */
export async function medianDaysToClose(db: Executor, scope: StatsScope): Promise<number | null> {
  const res = await db.execute(sql`
    select percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.received_at) / 86400.0) as m
    from complaints c
    where c.closed_at is not null and ${scopeWhere(scope)}`);
  return rowsOf<{ m: number | null }>(res)[0]?.m ?? null;
}

export interface FormRow extends Record<string, unknown> {
  code: string;
  name_id: string;
  name_en: string;
  n: number;
}

/** Cases per form of maladministration (a case with two forms counts in both). */
export async function formCounts(db: Executor, scope: StatsScope): Promise<FormRow[]> {
  const res = await db.execute(sql`
    select m.code, m.name_id, m.name_en, count(*)::int as n
    from complaint_forms f
    join complaints c on c.id = f.complaint_id
    join maladministration_forms m on m.code = f.form_code
    where ${scopeWhere(scope)}
    group by m.code, m.name_id, m.name_en, m.position
    order by n desc, m.position`);
  return rowsOf<FormRow>(res);
}

export interface StageDaysRow extends Record<string, unknown> {
  stage: string;
  /** Days spent, in tenths of a day (a histogram: the median is taken from it, service). */
  tenths: number;
  n: number;
}

/**
 * Days spent in each stage, as a histogram in tenths of a day: from the event that entered the
 * stage to the next stage change of the same case (finished stays only; the first stage counts
 * from receipt). Each stay's length is kept on its event when the next change is written
 * (`stay_seconds`, migration 0031), so this reads complaint_events_stays_idx only. The whole
 * country needs no case at all; a scope joins its cases. The histogram is a hash aggregate.
 */
export async function stageDays(db: Executor, scope: StatsScope): Promise<StageDaysRow[]> {
  const whole = scope.officeIds === null && !scope.governmentId && !scope.from && !scope.to;
  const tenths = sql`round(e.stay_seconds / 8640.0)::int`;
  const res = whole
    ? await db.execute(sql`
        select e.to_stage as stage, ${tenths} as tenths, count(*)::int as n
        from complaint_events e
        where e.stay_seconds is not null
        group by 1, 2`)
    : await db.execute(sql`
        select e.to_stage as stage, ${tenths} as tenths, count(*)::int as n
        from complaints c
        join complaint_events e on e.complaint_id = c.id and e.stay_seconds is not null
        where ${scopeWhere(scope)}
        group by 1, 2`);
  return rowsOf<StageDaysRow>(res);
}

export interface DeadlineRow extends Record<string, unknown> {
  key: string;
  on_time: number;
  late: number;
  running: number;
  overdue: number;
}

/** Each clock: met on time, met late or lapsed, running, running past `today`. */
export async function deadlineCounts(db: Executor, scope: StatsScope, today: string): Promise<DeadlineRow[]> {
  const res = await db.execute(sql`
    select d.key,
      (count(*) filter (where d.status = 'terpenuhi' and d.met_on <= d.due_on))::int as on_time,
      (count(*) filter (where d.status = 'lewat' or (d.status = 'terpenuhi' and d.met_on > d.due_on)))::int as late,
      (count(*) filter (where d.status = 'berjalan'))::int as running,
      (count(*) filter (where d.status = 'berjalan' and d.due_on < ${today}::date))::int as overdue
    from complaint_deadlines d
    join complaints c on c.id = d.complaint_id
    where ${scopeWhere(scope)}
    group by d.key`);
  return rowsOf<DeadlineRow>(res);
}

export interface GovernmentRow extends Record<string, unknown> {
  government_id: string;
  name: string;
  total: number;
  open: number;
  median_close: number | null;
}

/** The complaint profile of each registry government reported in scope (most reported first). */
export async function governmentProfiles(
  db: Executor,
  scope: StatsScope,
  limit = 100,
): Promise<GovernmentRow[]> {
  const res = await db.execute(sql`
    select g.id::text as government_id, g.name, p.total, p.open, p.median_close
    from (
      select c.body_government_id as gid, count(*)::int as total,
        (count(*) filter (where c.stage <> 'selesai'))::int as open,
        percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.received_at) / 86400.0)
          filter (where c.closed_at is not null) as median_close
      from complaints c
      where c.body_government_id is not null and ${scopeWhere(scope)}
      group by c.body_government_id
    ) p
    join governments g on g.id = p.gid
    order by p.total desc, g.name
    limit ${limit}`);
  return rowsOf<GovernmentRow>(res);
}

export async function officeName(db: Executor, id: string): Promise<string | undefined> {
  const res = await db.execute(sql`select name from offices where id = ${id}::uuid`);
  return rowsOf<{ name: string }>(res)[0]?.name;
}

export async function governmentOf(db: Executor, id: string) {
  const res = await db.execute(
    sql`select id::text as id, name, office_id::text as office_id from governments where id = ${id}::uuid`,
  );
  return rowsOf<{ id: string; name: string; office_id: string | null }>(res)[0];
}
