/**
 * SQL of the demo's penilaian mandiri (demo-internal.ts) that the assessments repositories do not
 * offer: the units' PIC accounts from their contacts, the work plan as the Inspektorat drew it,
 * and the days things happened in the 2024 season (answers, improvement points, scores, sharing).
 */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { contacts, units, userUnits, users } from '../../db/schema';
import { answers, cycleUnitTeam, cycleUnits, cycles, improvementPoints } from '../../db/schema-assessments';

/** The government's active units, by code (the order the work plan is drawn in). */
export async function unitsOfGovernment(db: Executor, governmentId: string) {
  return db
    .select({ id: units.id, code: units.code, name: units.name, type: units.type })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), isNull(units.archivedAt)))
    .orderBy(asc(units.code), asc(units.name));
}

/**
 * A unit PIC account for every unit of the government that has none, from the unit's contact (its
 * e-mail and name), all with one password hash. Returns unit id → the PIC who answers for it.
 */
export async function ensurePicAccounts(
  tx: Executor,
  governmentId: string,
  passwordHash: string,
): Promise<Map<string, string>> {
  const rows = await tx
    .select({
      id: contacts.id,
      unitId: contacts.unitId,
      name: contacts.name,
      email: contacts.email,
      userId: contacts.userId,
    })
    .from(contacts)
    .where(and(eq(contacts.governmentId, governmentId), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.email));
  // A unit that already has a PIC account (a README demo account) keeps it as its answerer.
  const held = await tx
    .select({ unitId: userUnits.unitId, userId: users.id })
    .from(userUnits)
    .innerJoin(users, eq(users.id, userUnits.userId))
    .innerJoin(units, eq(units.id, userUnits.unitId))
    .where(and(eq(units.governmentId, governmentId), eq(users.role, 'unit_pic'), isNull(users.archivedAt)))
    .orderBy(asc(users.email));
  const out = new Map<string, string>();
  for (const h of held) if (!out.has(h.unitId)) out.set(h.unitId, h.userId);
  for (const c of rows) {
    if (out.has(c.unitId)) continue;
    if (c.userId) {
      out.set(c.unitId, c.userId);
      continue;
    }
    if (!c.email) continue;
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = lower(${c.email})`)
      .limit(1);
    const userId =
      taken?.id ??
      (
        await tx
          .insert(users)
          .values({ email: c.email, name: c.name, passwordHash, role: 'unit_pic', governmentId })
          .returning({ id: users.id })
      )[0]!.id;
    if (!taken) await tx.insert(userUnits).values({ userId, unitId: c.unitId });
    await tx.update(contacts).set({ userId }).where(eq(contacts.id, c.id));
    out.set(c.unitId, userId);
  }
  return out;
}

export interface PlanItem {
  unitId: string;
  scheduledDate: string | null;
  team: string[];
}

/** The work plan: each unit's scheduled day and its Inspektorat team (replacing any earlier team). */
export async function writeWorkPlan(tx: Executor, cycleId: string, items: PlanItem[]) {
  for (const item of items)
    await tx
      .update(cycleUnits)
      .set({ scheduledDate: item.scheduledDate })
      .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.unitId, item.unitId)));
  const unitIds = items.map((i) => i.unitId);
  if (unitIds.length)
    await tx
      .delete(cycleUnitTeam)
      .where(and(eq(cycleUnitTeam.cycleId, cycleId), inArray(cycleUnitTeam.unitId, unitIds)));
  const team = items.flatMap((i) => i.team.map((userId) => ({ cycleId, unitId: i.unitId, userId })));
  if (team.length) await tx.insert(cycleUnitTeam).values(team);
}

/** The days a unit's answers were given and verified (timestamps with their zone). */
export async function backdateUnitAnswers(
  tx: Executor,
  cycleId: string,
  unitId: string,
  selfAt: string,
  verifiedAt: string,
) {
  await tx.execute(sql`
    update answers set
      self_at = case when self_at is null then null else ${selfAt}::timestamptz end,
      verified_at = case when verified_at is null then null else ${verifiedAt}::timestamptz end,
      updated_at = case when verified_at is null then ${selfAt}::timestamptz else ${verifiedAt}::timestamptz end
    where cycle_id = ${cycleId} and unit_id = ${unitId}`);
}

/** Improvement points written by the Inspektorat on a day of the season. */
export async function insertPointsOn(
  tx: Executor,
  rows: Array<{ cycleId: string; governmentId: string; unitId: string; text: string; createdBy: string }>,
  at: string,
) {
  if (rows.length)
    await tx
      .insert(improvementPoints)
      .values(rows.map((r) => ({ ...r, createdAt: sql`${at}::timestamptz` })));
}

/** The cycle's score versions as computed on a day of the season, per reason. */
export async function backdateScoreVersions(db: Executor, cycleId: string, reason: string, at: string) {
  await db.execute(sql`
    update score_versions set created_at = ${at}::timestamptz
    where cycle_id = ${cycleId} and reason = ${reason}`);
}

/** Shares the internal cycle with the Ombudsman office on a day of the season. */
export async function markShared(db: Executor, cycleId: string, by: string, at: string) {
  await db
    .update(cycles)
    .set({ sharedAt: sql`${at}::timestamptz`, sharedBy: by })
    .where(eq(cycles.id, cycleId));
}

/** How many answer cells the cycle has (none until its cells are materialised). */
export async function answerCount(db: Executor, cycleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(answers)
    .where(eq(answers.cycleId, cycleId));
  return row?.n ?? 0;
}
