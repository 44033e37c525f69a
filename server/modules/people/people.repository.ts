import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { accountTokens, contacts, units, userUnits, users } from '../../db/schema';
import { cycles, cycleUnits, cycleUnitTeam, improvementPoints } from '../../db/schema-assessments';

/** Advisory lock class of the people side (another module's class is 7421). */
const PEOPLE_LOCK_CLASS = 7433;

/**
 * Serialises the people-side use cases of one government (bulk accounts, handovers) until the
 * transaction ends: the second of two concurrent requests reads what the first wrote, so it
 * skips or refuses instead of creating a duplicate. PGlite has one connection: always granted.
 */
export async function lockGovernmentPeople(tx: Executor, governmentId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(${PEOPLE_LOCK_CLASS}, hashtext(${governmentId}::text))`);
}

/** These contacts of one government (others are not returned), with their unit's name. */
export async function contactsOfGovernment(db: Executor, governmentId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: contacts.id,
      unitId: contacts.unitId,
      unitName: units.name,
      name: contacts.name,
      position: contacts.position,
      phone: contacts.phone,
      email: contacts.email,
      userId: contacts.userId,
      archivedAt: contacts.archivedAt,
    })
    .from(contacts)
    .innerJoin(units, eq(units.id, contacts.unitId))
    .where(and(eq(contacts.governmentId, governmentId), inArray(contacts.id, ids)));
}

/** Of these lower-cased e-mail addresses, those an account already uses. */
export async function takenEmails(db: Executor, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  return new Set(rows.map((r) => r.email));
}

export async function linkContacts(db: Executor, ids: string[], userId: string) {
  if (ids.length === 0) return;
  await db
    .update(contacts)
    .set({ userId, updatedAt: sql`now()` })
    .where(inArray(contacts.id, ids));
}

/** A new one-time token (its hash); earlier unused tokens of the account stop working. */
export async function insertAccountToken(
  db: Executor,
  row: { id: string; userId: string; expiresAt: Date; createdBy: string | null },
) {
  await revokeAccountTokens(db, row.userId);
  await db.insert(accountTokens).values(row);
}

export async function revokeAccountTokens(db: Executor, userId: string) {
  await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), isNull(accountTokens.usedAt)));
}

/** A token by its hash with its account; `forUpdate` locks the token row (consuming it). */
export async function findAccountToken(db: Executor, id: string, forUpdate = false) {
  const q = db
    .select({
      id: accountTokens.id,
      userId: accountTokens.userId,
      expiresAt: accountTokens.expiresAt,
      usedAt: accountTokens.usedAt,
      name: users.name,
      email: users.email,
      archivedAt: users.archivedAt,
    })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.id, id))
    .limit(1);
  return (forUpdate ? await q.for('update', { of: accountTokens }) : await q)[0];
}

export async function markAccountTokenUsed(db: Executor, id: string) {
  await db
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(eq(accountTokens.id, id));
}

/** An account's row, locked until the transaction ends (a handover's source). */
export async function lockUser(db: Executor, id: string) {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1).for('update'))[0];
}

/** The PIC and internal verifier accounts of a government, by name. */
export async function peopleOfGovernment(db: Executor, governmentId: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      lastLoginAt: users.lastLoginAt,
      archivedAt: users.archivedAt,
    })
    .from(users)
    .where(and(eq(users.governmentId, governmentId), inArray(users.role, ['unit_pic', 'internal_verifier'])))
    .orderBy(asc(users.name), asc(users.id));
}

/** Cycle statuses whose work plan is done: a handover leaves their teams as they were. */
const CLOSED = ['final', 'published'] as ('final' | 'published')[];

/** Per account, its work-plan rows in cycles not yet final. */
export async function openTeamCounts(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ userId: cycleUnitTeam.userId, n: sql<number>`count(*)::int` })
    .from(cycleUnitTeam)
    .innerJoin(cycles, eq(cycles.id, cycleUnitTeam.cycleId))
    .where(and(inArray(cycleUnitTeam.userId, userIds), notInArray(cycles.status, CLOSED)))
    .groupBy(cycleUnitTeam.userId);
  return new Map(rows.map((r) => [r.userId, r.n]));
}

/**
 * Gives `to` every unit `from` holds and takes them from `from`, in the caller's transaction (the
 * auth generation triggers on user_units end the reach of `from`'s sessions when it commits).
 */
export async function moveUserUnits(db: Executor, from: string, to: string) {
  await db.execute(sql`
    insert into ${userUnits} (user_id, unit_id)
    select ${to}::uuid, unit_id from ${userUnits} where user_id = ${from}::uuid
    on conflict do nothing`);
  await db.delete(userUnits).where(eq(userUnits.userId, from));
}

/** Moves `from`'s work-plan rows of cycles not yet final to `to` (a row `to` already has stays one). */
export async function moveOpenTeamRows(db: Executor, from: string, to: string): Promise<number> {
  const open = sql`(select id from ${cycles} where status not in ('final', 'published'))`;
  await db.execute(sql`
    insert into ${cycleUnitTeam} (cycle_id, unit_id, user_id)
    select cycle_id, unit_id, ${to}::uuid from ${cycleUnitTeam}
    where user_id = ${from}::uuid and cycle_id in ${open}
    on conflict do nothing`);
  const moved = await db
    .delete(cycleUnitTeam)
    .where(and(eq(cycleUnitTeam.userId, from), sql`${cycleUnitTeam.cycleId} in ${open}`))
    .returning({ cycleId: cycleUnitTeam.cycleId });
  return moved.length;
}

/** Draft self-assessments of these units in cycles still planning or in self-assessment. */
export async function countOpenSelfAssessments(db: Executor, unitIds: string[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const result = await db.execute(sql`
    select count(*)::int as n from ${cycleUnits} cu join ${cycles} c on c.id = cu.cycle_id
    where cu.self_status = 'draft' and c.status in ('planning', 'self_assessment')
      and c.archived_at is null and cu.unit_id in (${sql.join(
        unitIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

export async function countImprovementPoints(db: Executor, unitIds: string[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(improvementPoints)
    .where(and(inArray(improvementPoints.unitId, unitIds), isNull(improvementPoints.archivedAt)));
  return rows[0]?.n ?? 0;
}

/** The active contact rows linked to an account. */
export async function activeContactsOfUser(db: Executor, userId: string) {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), isNull(contacts.archivedAt)));
}

export async function archiveContacts(db: Executor, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(contacts)
    .set({ archivedAt: sql`now()`, updatedAt: sql`now()` })
    .where(inArray(contacts.id, ids));
}

export async function insertContact(db: Executor, values: typeof contacts.$inferInsert) {
  return (await db.insert(contacts).values(values).returning())[0]!;
}
