/**
 * Every SQL statement of survey results: the period and its units, a unit's accepted-response
 * aggregate (one statement, element sums over `answers[i]`), the result cache keyed by the unit's
 * largest response and review seq, the latest suggestions, and a government's periods for the trend.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SurveyKind, SurveyPeriodStatus } from '../../../shared/contracts/surveys';
import type { Instrument } from '../../../shared/surveys/instrument.schema';
import { rowsOf, type Executor } from '../../db/client';
import { acceptedSql } from '../surveys/accepted.sql';

export interface PeriodRow {
  id: string;
  kind: SurveyKind;
  title: string;
  governmentId: string | null;
  governmentName: string | null;
  officeId: string | null;
  startsOn: string;
  endsOn: string;
  status: SurveyPeriodStatus;
  interimVisible: boolean;
  instrumentId: string;
  instrument: Instrument;
}

export interface PeriodUnitRow {
  unitId: string;
  unitName: string;
  governmentId: string;
  productIds: string[];
}

const PERIOD_COLUMNS = sql`p.id, p.kind, p.title, p.government_id as "governmentId", g.name as "governmentName",
  p.office_id as "officeId", p.starts_on::text as "startsOn", p.ends_on::text as "endsOn", p.status,
  p.interim_visible as "interimVisible", p.instrument_id as "instrumentId", i.definition as instrument`;

export async function findPeriod(db: Executor, id: string): Promise<PeriodRow | null> {
  const rows = rowsOf<PeriodRow>(
    await db.execute(sql`select ${PERIOD_COLUMNS}
      from survey_periods p join survey_instruments i on i.id = p.instrument_id
      left join governments g on g.id = p.government_id where p.id = ${id}`),
  );
  return rows[0] ?? null;
}

export async function periodUnits(db: Executor, periodId: string): Promise<PeriodUnitRow[]> {
  return rowsOf<PeriodUnitRow>(
    await db.execute(sql`select pu.unit_id as "unitId", u.name as "unitName", pu.government_id as "governmentId",
        pu.product_ids::text[] as "productIds"
      from survey_period_units pu join units u on u.id = pu.unit_id
      where pu.period_id = ${periodId} order by u.name, u.id`),
  );
}

export async function productNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; name: string }>(
    await db.execute(
      sql`select id, name from service_products where id in (${sql.join(
        ids.map((x) => sql`${x}`),
        sql`, `,
      )})`,
    ),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** One product's (or the unit-wide, productId null) counts within a unit. */
export interface GroupAggregate {
  productId: string | null;
  received: number;
  superseded: number;
  byReview: number;
  byFlagTotal: number;
  accepted: number;
  staff: number;
  respondents: number;
  sums: number[];
  counts: number[];
  byFlag: Record<string, number>;
  profile: Record<string, Record<string, number>>;
}

/**
 * What a cached aggregate was computed at: the unit's largest response and review seq and how many
 * of each there were (a transaction that took a smaller seq but committed later changes the count).
 */
export interface Stamp {
  responseSeq: number;
  reviewSeq: number;
  responses: number;
  reviews: number;
}

export interface UnitAggregate {
  stamp: Stamp;
  groups: GroupAggregate[];
}

/**
 * Every response of a period (and unit) with the facts of the accepted-response rule (its latest
 * review, whether a correction supersedes it) and `ok`, the rule itself (accepted.sql.ts).
 */
const CLASSIFIED_WHERE = (where: SQL, reviewsWhere: SQL, correctionsWhere: SQL) => sql`
  select r.product_id, r.answers, r.flags, r.channel, r.profile,
    (s.supersedes_id is not null) as superseded, v.decision as review,
    ${acceptedSql({ flags: sql`r.flags`, review: sql`v.decision`, superseded: sql`s.supersedes_id is not null` })} as ok
  from survey_responses r
  left join (select distinct on (v.response_id) v.response_id, v.decision
      from survey_response_reviews v where ${reviewsWhere} order by v.response_id, v.seq desc) v
    on v.response_id = r.id
  left join (select x.supersedes_id from survey_responses x
      where x.supersedes_id is not null and ${correctionsWhere}) s
    on s.supersedes_id = r.id
  where ${where}`;
const CLASSIFIED = (periodId: string, unitId: string | null) =>
  CLASSIFIED_WHERE(
    sql`r.period_id = ${periodId} ${unitId ? sql`and r.unit_id = ${unitId}` : sql``}`,
    sql`v.period_id = ${periodId} ${unitId ? sql`and v.unit_id = ${unitId}` : sql``}`,
    // a correction stays in its response's period and unit
    sql`x.period_id = ${periodId} ${unitId ? sql`and x.unit_id = ${unitId}` : sql``}`,
  );

/** Element columns `sum(answers[i])`, `count(answers[i])` over accepted rows (i from the instrument). */
function elementColumns(questions: number) {
  const parts: ReturnType<typeof sql.raw>[] = [];
  for (let i = 1; i <= questions; i++)
    parts.push(sql.raw(`coalesce(sum(answers[${i}]) filter (where ok), 0)::int`));
  const counts: ReturnType<typeof sql.raw>[] = [];
  for (let i = 1; i <= questions; i++) counts.push(sql.raw(`(count(answers[${i}]) filter (where ok))::int`));
  return sql`array[${sql.join(parts, sql`, `)}] as sums, array[${sql.join(counts, sql`, `)}] as counts`;
}

/** A unit's counts per product in one statement (the classification is materialized once). */
export async function aggregateUnit(
  db: Executor,
  periodId: string,
  unitId: string,
  questions: number,
): Promise<UnitAggregate> {
  const rows = rowsOf<{ groups: GroupAggregate[] | null; stamp: Stamp }>(
    await db.execute(sql`with c as materialized (${CLASSIFIED(periodId, unitId)}),
      main as (
        select product_id, count(*)::int as received,
          (count(*) filter (where superseded))::int as superseded,
          (count(*) filter (where not superseded and review = 'exclude'))::int as by_review,
          (count(*) filter (where not ok and not superseded and coalesce(review, '') <> 'exclude'))::int as by_flag,
          (count(*) filter (where ok))::int as accepted,
          (count(*) filter (where ok and channel in ('staff', 'import', 'interview')))::int as staff,
          (count(*) filter (where ok and cardinality(array_remove(answers, null)) > 0))::int as respondents,
          ${elementColumns(questions)}
        from c group by product_id),
      flags as (
        select product_id, jsonb_object_agg(f, n) as by_flag from (
          select product_id, f, count(*)::int as n from c, unnest(flags) f
          where not ok and not superseded and coalesce(review, '') <> 'exclude' group by 1, 2) t
        group by product_id),
      prof as (
        select product_id, jsonb_object_agg(key, codes) as profile from (
          select product_id, key, jsonb_object_agg(value, n) as codes from (
            select product_id, p.key, p.value, count(*)::int as n from c, jsonb_each_text(c.profile) p
            where ok group by 1, 2, 3) t1
          group by 1, 2) t2
        group by product_id)
      select json_agg(json_build_object(
        'productId', m.product_id, 'received', m.received, 'superseded', m.superseded,
        'byReview', m.by_review, 'byFlagTotal', m.by_flag, 'accepted', m.accepted, 'staff', m.staff,
        'respondents', m.respondents, 'sums', m.sums, 'counts', m.counts,
        'byFlag', coalesce(f.by_flag, '{}'::jsonb), 'profile', coalesce(p.profile, '{}'::jsonb)))
        as groups, ${STAMP(periodId, sql`${unitId}::uuid`)} as stamp
      from main m
      left join flags f on f.product_id is not distinct from m.product_id
      left join prof p on p.product_id is not distinct from m.product_id`),
  );
  return { groups: rows[0]?.groups ?? [], stamp: rows[0]!.stamp };
}

/** The unit's stamp now (one statement, one snapshot with the aggregate it sits in). */
const STAMP = (periodId: string, unit: ReturnType<typeof sql>) => sql`(select json_build_object(
    'responseSeq', coalesce(max(r.seq), 0)::float8, 'responses', count(*)::int,
    'reviewSeq', (select coalesce(max(v.seq), 0)::float8 from survey_response_reviews v
      where v.period_id = ${periodId} and v.unit_id = ${unit}),
    'reviews', (select count(*)::int from survey_response_reviews v
      where v.period_id = ${periodId} and v.unit_id = ${unit}))
  from survey_responses r where r.period_id = ${periodId} and r.unit_id = ${unit})`;

export interface UnitSeqs {
  unitId: string;
  stamp: Stamp;
  result: UnitAggregate | null;
}

/**
 * For each unit: the largest response and review seq now, and the cached aggregate with the seqs
 * it was computed at (valid while they are equal: no response or review arrived since).
 */
export async function unitSeqs(db: Executor, periodId: string, unitIds: string[]): Promise<UnitSeqs[]> {
  if (unitIds.length === 0) return [];
  return rowsOf<UnitSeqs>(
    await db.execute(sql`select u.id as "unitId", ${STAMP(periodId, sql`u.id`)} as stamp, c.result
      from unnest(${sql`array[${sql.join(
        unitIds.map((x) => sql`${x}::uuid`),
        sql`, `,
      )}]`}) as u(id)
      left join survey_unit_results c on c.period_id = ${periodId} and c.unit_id = u.id`),
  );
}

export async function storeUnitResult(
  db: Executor,
  periodId: string,
  unitId: string,
  result: UnitAggregate,
): Promise<void> {
  const { responseSeq, reviewSeq } = result.stamp;
  await db.execute(sql`insert into survey_unit_results (period_id, unit_id, response_seq, review_seq, result)
    values (${periodId}, ${unitId}, ${responseSeq}, ${reviewSeq}, ${JSON.stringify(result)}::jsonb)
    on conflict (period_id, unit_id) do update set response_seq = excluded.response_seq,
      review_seq = excluded.review_seq, result = excluded.result, computed_at = now()`);
}

/** The latest suggestions of accepted responses of these units (and product), newest first. */
export async function latestSuggestions(
  db: Executor,
  periodId: string,
  unitIds: string[],
  productId: string | null,
  limit: number,
): Promise<Array<{ text: string; unitName: string; submittedAt: string }>> {
  if (unitIds.length === 0) return [];
  return rowsOf(
    await db.execute(sql`select r.suggestion as text, u.name as "unitName", r.submitted_at as "submittedAt"
      from survey_responses r join units u on u.id = r.unit_id
      cross join lateral (select
        exists (select 1 from survey_responses s where s.supersedes_id = r.id) as superseded,
        (select v.decision from survey_response_reviews v where v.response_id = r.id
          order by v.seq desc limit 1) as review) x
      where r.period_id = ${periodId} and r.unit_id in (${sql.join(
        unitIds.map((x) => sql`${x}`),
        sql`, `,
      )}) ${productId ? sql`and r.product_id = ${productId}` : sql``}
        and r.suggestion is not null and btrim(r.suggestion) <> ''
        and ${acceptedSql({ flags: sql`r.flags`, review: sql`x.review`, superseded: sql`x.superseded` })}
      order by r.seq desc limit ${limit}`),
  );
}

/** A government's periods of a kind, oldest first (SKM: its own; perception: those covering it). */
export async function governmentPeriods(
  db: Executor,
  governmentId: string,
  kind: SurveyKind,
): Promise<Array<{ id: string }>> {
  return rowsOf(
    await db.execute(sql`select p.id from survey_periods p where p.kind = ${kind} and (
        p.government_id = ${governmentId}
        or exists (select 1 from survey_period_units pu where pu.period_id = p.id
          and pu.government_id = ${governmentId}))
      order by p.starts_on, p.created_at`),
  );
}

export async function governmentExists(db: Executor, id: string): Promise<boolean> {
  return rowsOf(await db.execute(sql`select 1 from governments where id = ${id}`)).length > 0;
}

/**
 * Every accepted response of an instrument across all its periods, summed per element in one
 * statement (the nation's index, uncached; for the bench and national statistics).
 */
export async function aggregateInstrument(
  db: Executor,
  instrumentId: string,
  questions: number,
): Promise<{ respondents: number; received: number; sums: number[]; counts: number[] }> {
  const rows = rowsOf<{ respondents: number; received: number; sums: number[]; counts: number[] }>(
    await db.execute(sql`with c as materialized (${CLASSIFIED_WHERE(sql`r.instrument_id = ${instrumentId}`, sql`true`, sql`true`)})
      select count(*)::int as received,
        (count(*) filter (where ok and cardinality(array_remove(answers, null)) > 0))::int as respondents,
        ${elementColumns(questions)}
      from c`),
  );
  return rows[0]!;
}
