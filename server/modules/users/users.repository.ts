import { and, asc, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, sessions, units, userUnits, users } from '../../db/schema';
import { likePattern } from '../../lib/keyset';
import type { UserScope } from './users.access';

export type UserRow = typeof users.$inferSelect;

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  return (await db.insert(users).values(values).returning())[0]!;
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

export async function emailTaken(db: Executor, email: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(2);
  return rows.some((r) => r.id !== exceptId);
}

export async function setUserUnits(db: Executor, userId: string, unitIds: string[]) {
  await db.delete(userUnits).where(eq(userUnits.userId, userId));
  if (unitIds.length) await db.insert(userUnits).values(unitIds.map((unitId) => ({ userId, unitId })));
}

export async function unitsOfUsers(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: userUnits.userId,
      unitId: units.id,
      unitName: units.name,
      governmentId: units.governmentId,
    })
    .from(userUnits)
    .innerJoin(units, eq(units.id, userUnits.unitId))
    .where(inArray(userUnits.userId, userIds))
    .orderBy(asc(units.name));
}

/** The links that decide who may see an account: role, office and government, per id that exists. */
export async function accountLinks(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, role: users.role, officeId: users.officeId, governmentId: users.governmentId })
    .from(users)
    .where(inArray(users.id, ids));
}

/** The government of each unit that exists (checking a unit PIC's units). */
export async function governmentsOfUnits(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: units.id, governmentId: units.governmentId })
    .from(units)
    .where(inArray(units.id, unitIds));
}

/** SQL for an access scope of users.access.ts (undefined: every account). */
function scopeCondition(scope: UserScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.officeIds.length) parts.push(inArray(users.officeId, scope.officeIds));
  if (scope.governmentIds.length) parts.push(inArray(users.governmentId, scope.governmentIds));
  return parts.length ? or(...parts) : sql`false`;
}

/** One page of accounts in scope ordered by (name, id), with office and government names. */
export async function listUsers(
  db: Executor,
  scope: UserScope,
  f: {
    q?: string;
    role?: UserRow['role'];
    governmentId?: string;
    officeId?: string;
    includeArchived: boolean;
    after: [string, string] | null;
    limit: number;
  },
) {
  const conds: (SQL | undefined)[] = [scopeCondition(scope)];
  if (!f.includeArchived) conds.push(isNull(users.archivedAt));
  if (f.q) conds.push(or(ilike(users.name, likePattern(f.q)), ilike(users.email, likePattern(f.q))));
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.governmentId) conds.push(eq(users.governmentId, f.governmentId));
  if (f.officeId) conds.push(eq(users.officeId, f.officeId));
  if (f.after)
    conds.push(or(gt(users.name, f.after[0]), and(eq(users.name, f.after[0]), gt(users.id, f.after[1]))));
  return db
    .select({ user: users, officeName: offices.name, governmentName: governments.name })
    .from(users)
    .leftJoin(offices, eq(offices.id, users.officeId))
    .leftJoin(governments, eq(governments.id, users.governmentId))
    .where(and(...conds))
    .orderBy(asc(users.name), asc(users.id))
    .limit(f.limit + 1);
}

export async function getUserDetail(db: Executor, id: string) {
  const rows = await db
    .select({ user: users, officeName: offices.name, governmentName: governments.name })
    .from(users)
    .leftJoin(offices, eq(offices.id, users.officeId))
    .leftJoin(governments, eq(governments.id, users.governmentId))
    .where(eq(users.id, id))
    .limit(1);
  return rows[0];
}

/** Ends every session of a user (archived accounts, password resets). */
export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function updateUser(db: Executor, id: string, values: Partial<typeof users.$inferInsert>) {
  return (
    await db
      .update(users)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning()
  )[0]!;
}
