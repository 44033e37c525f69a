/**
 * SQL of the staff case list (issue 14): filters, keyset pages and the total, scoped by the
 * actor's offices. The page is one indexed query (office + received, migration 0020); the forms,
 * office names and next deadlines of the page's rows come after, by id. `q` searches the tracking
 * number, the subject and the body's name — never the identity (it is not in clear anywhere).
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { ComplaintListQuery } from '../../../shared/contracts/complaints';
import type { Executor } from '../../db/client';
import { offices } from '../../db/schema';
import {
  complaintDeadlines,
  complaintForms,
  complaintOfficers,
  complaintPauses,
  complaints,
} from '../../db/schema-complaints';
import { likePattern } from '../../lib/keyset';
import { decodeCursor, encodeCursor } from '../../lib/pagination';

export interface ListFilter extends Omit<ComplaintListQuery, 'mine' | 'overdue'> {
  /** The actor's office scope (undefined: every office). */
  scope: SQL | undefined;
  /** Only cases this user is assigned to. */
  mineUserId?: string;
  overdue?: boolean;
  today: string;
}

/** A real calendar day at the start (a tampered cursor reads as "from the start", never reaches SQL). */
const realDay = (s: string) => {
  const d = new Date(`${s.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
};
const CursorSchema = z.tuple([
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z)?$/)
    .refine(realDay),
  z.uuid(),
]);

/** The received time as the cursor carries it: UTC to the microsecond, so no row is skipped. */
const receivedKey = sql<string>`to_char(${complaints.receivedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A running clock past its due date on a case whose clocks are not paused. */
const overdueSql = (today: string) => sql`(exists (
  select 1 from ${complaintDeadlines} d
  where d.complaint_id = ${complaints.id} and d.status in ('berjalan', 'lewat') and d.due_on < ${today}
) and not exists (
  select 1 from ${complaintPauses} p where p.complaint_id = ${complaints.id} and p.to_on is null
))`;

function conditions(f: ListFilter): SQL[] {
  const where: (SQL | undefined)[] = [f.scope];
  if (f.stage) where.push(eq(complaints.stage, f.stage));
  if (f.status === 'open') where.push(sql`${complaints.stage} <> 'selesai'`);
  if (f.status === 'closed') where.push(eq(complaints.stage, 'selesai'));
  if (f.officeId) where.push(eq(complaints.officeId, f.officeId));
  if (f.bodyGovernmentId) where.push(eq(complaints.bodyGovernmentId, f.bodyGovernmentId));
  if (f.channel) where.push(eq(complaints.channel, f.channel));
  if (f.form)
    where.push(
      sql`exists (select 1 from ${complaintForms} cf where cf.complaint_id = ${complaints.id} and cf.form_code = ${f.form})`,
    );
  if (f.mineUserId)
    where.push(
      sql`exists (select 1 from ${complaintOfficers} co where co.complaint_id = ${complaints.id} and co.user_id = ${f.mineUserId})`,
    );
  if (f.overdue === true) where.push(overdueSql(f.today));
  if (f.overdue === false) where.push(sql`not ${overdueSql(f.today)}`);
  if (f.q) {
    const q = f.q.trim();
    const like = likePattern(q);
    where.push(
      sql`(${complaints.trackingNumber} = ${q.toUpperCase()} or ${complaints.subject} ilike ${like} or ${complaints.bodyName} ilike ${like})`,
    );
  }
  return where.filter((w): w is SQL => w !== undefined);
}

const summaryColumns = {
  id: complaints.id,
  trackingNumber: complaints.trackingNumber,
  stage: complaints.stage,
  track: complaints.track,
  channel: complaints.channel,
  closureReason: complaints.closureReason,
  receivedAt: complaints.receivedAt,
  subject: complaints.subject,
  bodyKind: complaints.bodyKind,
  bodyName: complaints.bodyName,
  bodyGovernmentId: complaints.bodyGovernmentId,
  officeId: complaints.officeId,
  confidential: complaints.confidential,
};

export type ListRow = Pick<typeof complaints.$inferSelect, keyof typeof summaryColumns> & { sortKey: string };

/** The last day a due date can be: cases with no running clock sort after every other. */
const NO_CLOCK = '9999-12-31';

/**
 * Ordered by the earliest running due date: read from the running clocks' index (one row per
 * case: its earliest clock), then — once those run out — the cases with no running clock by id.
 */
async function duePage(db: Executor, where: SQL[], cursor: [string, string] | null, limit: number) {
  const rows: ListRow[] = [];
  async function dueRows() {
    return db
      .select({ ...summaryColumns, sortKey: sql<string>`${complaintDeadlines.dueOn}::text` })
      .from(complaintDeadlines)
      .innerJoin(complaints, eq(complaints.id, complaintDeadlines.complaintId))
      .where(
        and(
          ...where,
          eq(complaintDeadlines.status, 'berjalan'),
          sql`not exists (select 1 from ${complaintDeadlines} d2 where d2.complaint_id = ${complaintDeadlines.complaintId}
            and d2.status = 'berjalan' and (d2.due_on, d2.id) < (${complaintDeadlines.dueOn}, ${complaintDeadlines.id}))`,
          cursor
            ? sql`(${complaintDeadlines.dueOn}, ${complaints.id}) > (${cursor[0]}::date, ${cursor[1]})`
            : undefined,
        ),
      )
      .orderBy(asc(complaintDeadlines.dueOn), asc(complaints.id))
      .limit(limit + 1);
  }
  if (!cursor || cursor[0] < NO_CLOCK) rows.push(...(await dueRows()));
  if (rows.length <= limit) {
    const rest = await db
      .select({ ...summaryColumns, sortKey: sql<string>`${NO_CLOCK}` })
      .from(complaints)
      .where(
        and(
          ...where,
          sql`not exists (select 1 from ${complaintDeadlines} d where d.complaint_id = ${complaints.id} and d.status = 'berjalan')`,
          cursor?.[0] === NO_CLOCK ? sql`${complaints.id} > ${cursor[1]}` : undefined,
        ),
      )
      .orderBy(asc(complaints.id))
      .limit(limit + 1 - rows.length);
    rows.push(...rest);
  }
  return rows;
}

export async function listPage(db: Executor, f: ListFilter) {
  const where = conditions(f);
  const parsed = CursorSchema.safeParse(decodeCursor(f.cursor));
  const cursor = parsed.success ? parsed.data : null;
  let rows: ListRow[];
  if (f.sort === 'due_asc') rows = await duePage(db, where, cursor, f.limit);
  else {
    const newest = f.sort === 'received_desc';
    if (cursor)
      where.push(
        newest
          ? sql`(${complaints.receivedAt}, ${complaints.id}) < (${cursor[0]}::timestamptz, ${cursor[1]})`
          : sql`(${complaints.receivedAt}, ${complaints.id}) > (${cursor[0]}::timestamptz, ${cursor[1]})`,
      );
    rows = await db
      .select({ ...summaryColumns, sortKey: receivedKey })
      .from(complaints)
      .where(and(...where))
      .orderBy(
        ...(newest
          ? [desc(complaints.receivedAt), desc(complaints.id)]
          : [asc(complaints.receivedAt), asc(complaints.id)]),
      )
      .limit(f.limit + 1);
  }
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > f.limit && last ? encodeCursor([last.sortKey, last.id]) : null,
  };
}

export async function listTotal(db: Executor, f: ListFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(complaints)
    .where(and(...conditions(f)));
  return Number(row?.n ?? 0);
}

/** Forms, office names, and the earliest running clock of a page's cases. */
export async function pageExtras(db: Executor, ids: string[], officeIds: string[]) {
  if (ids.length === 0) return { forms: [], offices: [], deadlines: [], pausedIds: new Set<string>() };
  const [forms, officeRows, deadlines, paused] = await Promise.all([
    db
      .select({ complaintId: complaintForms.complaintId, code: complaintForms.formCode })
      .from(complaintForms)
      .where(inArray(complaintForms.complaintId, ids))
      .orderBy(complaintForms.formCode),
    db
      .select({ id: offices.id, name: offices.name })
      .from(offices)
      .where(inArray(offices.id, [...new Set(officeIds)])),
    db
      .select({
        complaintId: complaintDeadlines.complaintId,
        key: complaintDeadlines.key,
        dueOn: complaintDeadlines.dueOn,
        status: complaintDeadlines.status,
      })
      .from(complaintDeadlines)
      .where(
        and(
          inArray(complaintDeadlines.complaintId, ids),
          inArray(complaintDeadlines.status, ['berjalan', 'lewat']),
        ),
      )
      .orderBy(complaintDeadlines.dueOn),
    db
      .select({ complaintId: complaintPauses.complaintId })
      .from(complaintPauses)
      .where(and(inArray(complaintPauses.complaintId, ids), sql`${complaintPauses.toOn} is null`)),
  ]);
  return { forms, offices: officeRows, deadlines, pausedIds: new Set(paused.map((p) => p.complaintId)) };
}
