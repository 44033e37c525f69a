import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { governments, sessions, units, userUnits, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const rows = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, isNull(users.archivedAt)))
    .limit(1);
  return rows[0];
}

export async function recordFailedLogin(
  db: Executor,
  userId: string,
  lockAfter: number,
  lockMinutes: number,
) {
  await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${lockAfter} then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId));
}

export async function recordSuccessfulLogin(db: Executor, userId: string) {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(eq(users.id, userId));
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

/** The session's user (active, not archived) in one round trip. */
export async function findSessionUser(db: Executor, sessionId: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), isNull(users.archivedAt)))
    .limit(1);
  return rows[0];
}

export async function governmentIdsOfOffice(db: Executor, officeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: governments.id })
    .from(governments)
    .where(eq(governments.officeId, officeId));
  return rows.map((r) => r.id);
}

/** The units a PIC holds, with every descendant unit (a PIC of an OPD also reaches its UPTs). */
export async function unitsOfPic(
  db: Executor,
  userId: string,
): Promise<{ id: string; governmentId: string }[]> {
  const result = await db.execute<{ id: string; government_id: string }>(sql`
    with recursive reach as (
      select u.id, u.government_id from ${units} u join ${userUnits} uu on uu.unit_id = u.id where uu.user_id = ${userId}
      union
      select c.id, c.government_id from ${units} c join reach r on c.parent_id = r.id
    ) select id, government_id from reach`);
  return rowsOf<{ id: string; government_id: string }>(result).map((r) => ({
    id: r.id,
    governmentId: r.government_id,
  }));
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
