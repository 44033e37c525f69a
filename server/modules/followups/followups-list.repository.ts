/**
 * SQL of the backlog list: the reader's scope, every filter of FollowupListQuerySchema, keyset pages
 * in three orders, the counts over the whole filter, and the overdue summary per government.
 */
import {
  and,
  asc,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  ne,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { FollowupListQuery } from '../../../shared/contracts/followups';
import { OMBUDSMAN_PRODUCTS } from '../../../shared/followups/kinds';
import type { Executor } from '../../db/client';
import { governments } from '../../db/schema';
import { followupItems as fi } from '../../db/schema-complaints';
import { governmentScope, officeScope, type Reach } from '../../lib/reach';
import { likePattern } from '../../lib/keyset';

/** Who reads: office staff by the item's office; the government's side by its government (a PIC: own units or owned). */
export interface ReaderScope {
  side: 'office' | 'government';
  reach: Reach;
  userId: string;
  /** Set for a unit PIC: only the items of their units, or owned by them. */
  pic: boolean;
  /** The reader's part when filtering `todo`: PIC answers, coordinator sends, issuer verifies. */
  todo: 'answer' | 'send' | 'verify-office' | 'verify-government' | null;
}

const NOTHING = sql`false`;

export function scopeSql(s: ReaderScope): SQL | undefined {
  if (s.side === 'office') return officeScope(s.reach, fi.officeId);
  const gov = governmentScope(s.reach, fi.governmentId);
  if (!s.pic || s.reach.all || s.reach.unitIds === null) return gov;
  const units = s.reach.unitIds.length ? inArray(fi.unitId, s.reach.unitIds) : NOTHING;
  return and(gov, or(units, eq(fi.ownerId, s.userId)));
}

/**
 * A keyset key: `order` is what the list sorts and pages on (typed, so the due-date order runs on
 * followup_items_due_order_idx), `text` what the cursor carries, `cast` how a cursor value is read back.
 */
interface ListKey {
  order: SQL;
  text: SQL<string>;
  cast: SQL;
}
const dueOrder = sql`coalesce(${fi.dueOn}, '9999-12-31'::date)`;
const dueKey: ListKey = { order: dueOrder, text: sql<string>`${dueOrder}::text`, cast: sql`date` };
/** Microseconds since 1970 (16 digits until 2286): compares as text exactly as the timestamps do, in any collation. */
const createdText = sql<string>`(extract(epoch from ${fi.createdAt}) * 1000000)::bigint::text`;
const createdKey: ListKey = { order: createdText, text: createdText, cast: sql`text` };
const govName = sql<string>`coalesce(${governments.name}, '')`;
const govKey: ListKey = { order: govName, text: govName, cast: sql`text` };
const idKey: ListKey = { order: sql`${fi.id}`, text: sql<string>`${fi.id}::text`, cast: sql`uuid` };

function todoSql(s: ReaderScope): SQL | undefined {
  switch (s.todo) {
    case 'answer':
      return inArray(fi.status, ['terbuka', 'dibuka_kembali']);
    case 'send':
      return eq(fi.status, 'dijawab');
    case 'verify-office':
    case 'verify-government':
      return and(
        eq(fi.status, 'dikirim'),
        eq(fi.issuer, s.todo === 'verify-office' ? 'office' : 'government'),
        or(sql`${fi.answeredBy} is null`, ne(fi.answeredBy, s.userId)),
      );
    default:
      return NOTHING;
  }
}

/** Every filter but the page and the status ones (the counts are over these). */
function filterSql(s: ReaderScope, q: Partial<FollowupListQuery>, today: string): SQL | undefined {
  return and(
    scopeSql(s),
    q.complaintId ? (s.side === 'office' ? eq(fi.complaintId, q.complaintId) : NOTHING) : undefined,
    q.officeId ? eq(fi.officeId, q.officeId) : undefined,
    q.governmentId ? eq(fi.governmentId, q.governmentId) : undefined,
    q.unitId ? eq(fi.unitId, q.unitId) : undefined,
    q.cycleId ? eq(fi.cycleId, q.cycleId) : undefined,
    q.kind ? eq(fi.kind, q.kind) : undefined,
    q.group === 'taat' ? inArray(fi.kind, [...OMBUDSMAN_PRODUCTS]) : undefined,
    q.group === 'own' ? notInArray(fi.kind, [...OMBUDSMAN_PRODUCTS]) : undefined,
    q.owner ? eq(fi.ownerId, q.owner === 'me' ? s.userId : q.owner) : undefined,
    q.todo ? todoSql(s) : undefined,
    q.sourceType ? eq(fi.sourceType, q.sourceType) : undefined,
    q.dueFrom ? sql`${fi.dueOn} >= ${q.dueFrom}` : undefined,
    q.dueTo ? sql`${fi.dueOn} <= ${q.dueTo}` : undefined,
    q.q
      ? or(
          ilike(fi.action, likePattern(q.q)),
          ilike(fi.addressee, likePattern(q.q)),
          ilike(fi.indicatorCode, likePattern(q.q)),
        )
      : undefined,
    q.overdue === undefined ? undefined : q.overdue ? overdueSql(today) : sql`not ${overdueSql(today)}`,
  );
}

const overdueSql = (today: string) =>
  sql`(${fi.dueOn} is not null and ${fi.dueOn} < ${today}::date and ${fi.status} <> 'selesai')`;

export type Cursor = string[];

/** The reader's scope and every filter of the list, status included: what the list shows and the export writes. */
export function backlogWhere(s: ReaderScope, q: Partial<FollowupListQuery>, today: string): SQL | undefined {
  return and(filterSql(s, q, today), q.status ? eq(fi.status, q.status) : undefined);
}

const listKeys = (sort: FollowupListQuery['sort']): ListKey[] =>
  sort === 'created'
    ? [createdKey, idKey]
    : sort === 'government'
      ? [govKey, dueKey, idKey]
      : [dueKey, idKey];

/** The list's order for a sort (the export writes its rows in it too); needs `governments` joined. */
export function backlogOrder(sort: FollowupListQuery['sort']): SQL[] {
  return sort === 'created' ? [desc(fi.createdAt), desc(fi.id)] : listKeys(sort).map((k) => asc(k.order));
}

/** One page of rows (limit + 1, to know whether another page follows) and each row's keyset key. */
export async function listItems(
  db: Executor,
  s: ReaderScope,
  q: FollowupListQuery,
  today: string,
  after: Cursor | null,
) {
  const where = backlogWhere(s, q, today);
  const keys = listKeys(q.sort);
  let page: SQL | undefined;
  if (after && after.length === keys.length) {
    const tuple = sql.join(
      keys.map((k) => k.order),
      sql`, `,
    );
    const values = sql.join(
      after.map((v, i) => sql`${v}::${keys[i]!.cast}`),
      sql`, `,
    );
    page = q.sort === 'created' ? sql`(${tuple}) < (${values})` : sql`(${tuple}) > (${values})`;
  }
  const order = backlogOrder(q.sort);
  const rows = await db
    .select({
      item: fi,
      key: sql<string[]>`array[${sql.join(
        keys.map((k) => k.text),
        sql`, `,
      )}]`,
    })
    .from(fi)
    .leftJoin(governments, eq(governments.id, fi.governmentId))
    .where(and(where, page))
    .orderBy(...order)
    .limit(q.limit + 1);
  return rows;
}

export async function countItems(db: Executor, s: ReaderScope, q: FollowupListQuery, today: string) {
  const n = (cond: SQL) => sql<number>`(count(*) filter (where ${cond}))::int`;
  const [row] = await db
    .select({
      total: sql<number>`count(*)::int`,
      terbuka: n(sql`${fi.status} = 'terbuka'`),
      dijawab: n(sql`${fi.status} = 'dijawab'`),
      dikirim: n(sql`${fi.status} = 'dikirim'`),
      selesai: n(sql`${fi.status} = 'selesai'`),
      dibuka_kembali: n(sql`${fi.status} = 'dibuka_kembali'`),
      overdue: n(overdueSql(today)),
    })
    .from(fi)
    .where(filterSql(s, q, today));
  return row!;
}

/** Per government (and issuing office) in the reader's scope: open items, overdue ones, the oldest due date. */
export async function overdueSummary(db: Executor, s: ReaderScope, today: string, officeId?: string) {
  // Counted per government and office first (a hash aggregate of the open items), then named: the
  // national backlog's 122k open items grouped with the name sorted them on disk (662 → 266 ms).
  const counts = db
    .select({
      governmentId: sql<string>`${fi.governmentId}`.as('counted_government_id'),
      officeId: sql<string | null>`${fi.officeId}`.as('counted_office_id'),
      open: sql<number>`count(*)::int`.as('counted_open'),
      overdue: sql<number>`(count(*) filter (where ${fi.dueOn} < ${today}::date))::int`.as('counted_overdue'),
      oldestDue: sql<string | null>`min(${fi.dueOn})::text`.as('counted_oldest_due'),
    })
    .from(fi)
    .where(
      and(
        scopeSql(s),
        isNotNull(fi.governmentId),
        ne(fi.status, 'selesai'),
        officeId ? eq(fi.officeId, officeId) : undefined,
      ),
    )
    .groupBy(fi.governmentId, fi.officeId)
    .as('counts');
  return db
    .select({
      governmentId: counts.governmentId,
      governmentName: governments.name,
      officeId: counts.officeId,
      open: counts.open,
      overdue: counts.overdue,
      oldestDue: counts.oldestDue,
    })
    .from(counts)
    .innerJoin(governments, eq(governments.id, counts.governmentId))
    .where(sql`${counts.overdue} > 0`)
    .orderBy(desc(counts.overdue), asc(governments.name))
    .limit(1000);
}
