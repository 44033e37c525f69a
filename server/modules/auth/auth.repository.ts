import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import {
  authGeneration,
  governments,
  loginThrottle,
  sessions,
  units,
  userUnits,
  users,
} from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.archivedAt)))
    .limit(1);
  return rows[0];
}

export interface ThrottleRule {
  /** Attempts evaluated before the first wait. */
  freeAttempts: number;
  /** The first wait; each further failure doubles it, up to maxDelaySeconds. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A key with no attempt for this long starts counting afresh. */
  forgetAfterHours: number;
}

/**
 * Reserves one sign-in attempt under a throttle key, counting it as a failure before the password
 * is checked: one upsert that takes the row lock, so concurrent attempts are counted one by one
 * and no more than `freeAttempts` (then one per wait) are ever evaluated. From the
 * `freeAttempts`-th failure on, the next attempt must wait base × 2^(failures − free) seconds;
 * attempts during the wait change nothing. Returns null when the attempt may be evaluated, else
 * the seconds left to wait. `mirrorEmail` also copies the count to that account's row (what the
 * users list shows); the answer never depends on whether such an account exists.
 */
export async function reserveLoginAttempt(
  db: Executor,
  key: string,
  rule: ThrottleRule,
  mirrorEmail?: string,
): Promise<number | null> {
  // The count starts afresh after a quiet day, or when the account was edited since the last
  // attempt (an admin's password reset lifts the wait at once).
  const accountEdited = sql`(select max(u.updated_at) from ${users} u
    where lower(u.email) = ${mirrorEmail ?? null}::text and u.archived_at is null)`;
  const afresh = sql`(t.updated_at < now() - make_interval(hours => ${rule.forgetAfterHours}) or t.updated_at < ${accountEdited})`;
  const failures = sql`case when ${afresh} then 1 else t.failures + 1 end`;
  const waitFor = (n: SQL) =>
    sql`case when ${n} >= ${rule.freeAttempts} then now() + make_interval(secs => least(${rule.maxDelaySeconds}, ${rule.baseDelaySeconds} * power(2, least(${n} - ${rule.freeAttempts}, 20)))) end`;
  const result = await db.execute<{ failures: number | null; wait: number | null }>(sql`
    with attempt as (
      insert into ${loginThrottle} as t (key, failures, blocked_until, updated_at)
      values (${key}, 1, ${waitFor(sql`1`)}, now())
      on conflict (key) do update set
        failures = ${failures},
        blocked_until = ${waitFor(failures)},
        updated_at = now()
      where t.blocked_until is null or t.blocked_until <= now() or ${afresh}
      returning t.failures, t.blocked_until
    ), mirror as (
      update ${users} set failed_logins = a.failures, locked_until = a.blocked_until
      from attempt a
      where ${mirrorEmail ?? null}::text is not null and lower(${users.email}) = ${mirrorEmail ?? null}::text
        and ${users.archivedAt} is null
      returning 1
    )
    select (select failures from attempt) as failures,
      (select ceil(extract(epoch from blocked_until - now()))::int from ${loginThrottle} where key = ${key}) as wait`);
  const row = rowsOf<{ failures: number | null; wait: number | null }>(result)[0];
  if (row?.failures != null) return null;
  return Math.max(1, row?.wait ?? rule.baseDelaySeconds);
}

/** A successful sign-in: its throttle keys start afresh and the account's counters are cleared. */
export async function recordSuccessfulLogin(db: Executor, userId: string, throttleKeys: string[]) {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, throttleKeys));
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** Throttle rows nobody has used for a day (what an attacker spraying random addresses leaves). */
export async function purgeStaleLoginThrottle(db: Executor) {
  await db.delete(loginThrottle).where(sql`${loginThrottle.updatedAt} < now() - interval '1 day'`);
}

export async function insertSession(
  db: Executor,
  row: {
    id: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
) {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export interface SessionRow {
  csrf_token: string;
  expires_at: Date | string;
  id: string;
  name: string;
  email: string;
  role: UserRow['role'];
  office_id: string | null;
  government_id: string | null;
  locale: UserRow['locale'];
  /** Oversight staff: the governments of their office. */
  office_government_ids: string[] | null;
  /** Unit PIC: the units they hold and every unit under them, with each unit's government. */
  pic_units: { id: string; government_id: string }[] | null;
}

/**
 * The session's user (active, not archived, session not expired) with what their reach is made
 * of, in one statement.
 */
export async function findSessionWithReach(db: Executor, sessionId: string): Promise<SessionRow | undefined> {
  const result = await db.execute(sql`
    select s.csrf_token, s.expires_at, u.id, u.name, u.email, u.role, u.office_id, u.government_id, u.locale,
      case when u.role in ('oversight_head', 'assessor') and u.office_id is not null then
        coalesce((select json_agg(g.id) from ${governments} g where g.office_id = u.office_id), '[]'::json)
      end as office_government_ids,
      case when u.role = 'unit_pic' then
        coalesce((
          with recursive reach as (
            select un.id, un.government_id from ${units} un
              join ${userUnits} uu on uu.unit_id = un.id where uu.user_id = u.id
            union
            select c.id, c.government_id from ${units} c join reach r on c.parent_id = r.id
          ) select json_agg(json_build_object('id', id, 'government_id', government_id)) from reach
        ), '[]'::json)
      end as pic_units
    from ${sessions} s join ${users} u on u.id = s.user_id
    where s.id = ${sessionId} and s.expires_at > now() and u.archived_at is null
    limit 1`);
  return rowsOf<SessionRow>(result)[0];
}

/**
 * The auth generation (table auth_generation): it moves in every transaction that ends a session
 * or changes what a session resolves to. One primary-key read.
 */
export async function readAuthGeneration(db: Executor): Promise<number> {
  const rows = await db
    .select({ value: authGeneration.value })
    .from(authGeneration)
    .where(eq(authGeneration.id, 1));
  return rows[0]?.value ?? 0;
}

export async function setUserLocale(db: Executor, userId: string, locale: 'id' | 'en') {
  await db
    .update(users)
    .set({ locale, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function purgeExpiredSessions(db: Executor) {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < now()`);
}
