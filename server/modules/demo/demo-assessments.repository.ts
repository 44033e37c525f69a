/**
 * Every SQL statement of the demo assessments (demo-assessments.ts) that the assessments
 * repositories do not already offer: the seed's offices, governments and accounts by their codes,
 * answer cells in a stable order, bulk values, and the 2023 season's states and dates.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, serviceProducts, units, userUnits, users } from '../../db/schema';
import {
  answers,
  appeals,
  cycleUnits,
  cycles,
  fieldVisits,
  improvementPoints,
} from '../../db/schema-assessments';

type CycleStatus = (typeof cycles.$inferSelect)['status'];

export async function findOfficeIdByCode(db: Executor, code: string): Promise<string | undefined> {
  const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, code)).limit(1);
  return office?.id;
}

/** Active governments of these region codes. */
export async function governmentsOfRegions(db: Executor, regionCodes: string[]) {
  return db
    .select({ id: governments.id, regionCode: governments.regionCode })
    .from(governments)
    .where(and(inArray(governments.regionCode, regionCodes), isNull(governments.archivedAt)));
}

export async function findUserIdByEmail(db: Executor, email: string): Promise<string | undefined> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  return user?.id;
}

export type Cell = { id: string; unitId: string | null; governmentId: string; indicator: string };

/**
 * The cycle's answer cells in an order that does not depend on generated ids (region code, unit
 * code or name, product name, indicator), so the seeded PRNG streams give every fresh demo the same
 * answers and scores.
 */
export async function cellsOf(tx: Executor, cycleId: string): Promise<Cell[]> {
  return tx
    .select({
      id: answers.id,
      unitId: answers.unitId,
      governmentId: answers.governmentId,
      indicator: answers.indicator,
    })
    .from(answers)
    .innerJoin(governments, eq(governments.id, answers.governmentId))
    .leftJoin(units, eq(units.id, answers.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(eq(answers.cycleId, cycleId))
    .orderBy(
      sql`${governments.regionCode} nulls first`,
      sql`${units.code} nulls first`,
      sql`${units.name} nulls first`,
      sql`${serviceProducts.name} nulls first`,
      answers.indicator,
    );
}

export interface CellValues {
  id: string;
  self: number | null;
  selfNa: boolean;
  status: 'pending' | 'accepted' | 'adjusted';
  verified: number | null;
  verifiedNa: boolean;
  reason: string | null;
}

/** Writes self and verified values of many cells, 500 per statement. */
export async function writeValues(
  tx: Executor,
  rows: CellValues[],
  selfBy: string | null,
  verifiedBy: string | null,
) {
  for (let i = 0; i < rows.length; i += 500) {
    const values = sql.join(
      rows
        .slice(i, i + 500)
        .map(
          (r) =>
            sql`(${r.id}::uuid, ${r.self}::double precision, ${r.selfNa}::boolean, ${r.status}::text, ${r.verified}::double precision, ${r.verifiedNa}::boolean, ${r.reason}::text)`,
        ),
      sql`, `,
    );
    await tx.execute(sql`
      update answers a set self_value = v.self, self_na = v.self_na, self_by = ${selfBy}::uuid, self_at = case when v.self is null and not v.self_na then null else now() end,
        verify_status = v.status, verified_value = v.verified, verified_na = v.verified_na, verify_reason = v.reason,
        verified_by = case when v.status = 'pending' then null else ${verifiedBy}::uuid end,
        verified_at = case when v.status = 'pending' then null else now() end, updated_at = now()
      from (values ${values}) as v(id, self, self_na, status, verified, verified_na, reason)
      where a.id = v.id`);
  }
}

/** Marks the cycle's units (or one of them) as submitted on a day of the season. */
export async function markUnitsSubmitted(tx: Executor, cycleId: string, day: string, unitId?: string) {
  await tx
    .update(cycleUnits)
    .set({ selfStatus: 'submitted', submittedAt: sql`${day}::timestamptz` })
    .where(and(eq(cycleUnits.cycleId, cycleId), unitId ? eq(cycleUnits.unitId, unitId) : undefined));
}

export async function setCycleStatus(tx: Executor, cycleId: string, status: CycleStatus) {
  await tx.update(cycles).set({ status }).where(eq(cycles.id, cycleId));
}

/** Publishes the cycle as approved on a day of the season. */
export async function publishCycle(db: Executor, cycleId: string, headId: string | null, day: string) {
  await db
    .update(cycles)
    .set({
      status: 'published',
      approvedBy: headId,
      approvedAt: sql`${day}::timestamptz`,
      publishedAt: sql`${day}::timestamptz`,
    })
    .where(eq(cycles.id, cycleId));
}

export async function insertFieldVisit(tx: Executor, values: typeof fieldVisits.$inferInsert) {
  await tx.insert(fieldVisits).values(values);
}

export async function insertImprovementPoints(
  tx: Executor,
  values: (typeof improvementPoints.$inferInsert)[],
) {
  if (values.length) await tx.insert(improvementPoints).values(values);
}

/** The first adjusted item of a government in the cycle (by indicator), the demo's appeal target. */
export async function firstAdjustedAnswer(tx: Executor, cycleId: string, governmentId: string) {
  const [target] = await tx
    .select({ id: answers.id, self: answers.selfValue })
    .from(answers)
    .where(
      and(
        eq(answers.cycleId, cycleId),
        eq(answers.governmentId, governmentId),
        eq(answers.verifyStatus, 'adjusted'),
      ),
    )
    .orderBy(answers.indicator, answers.id)
    .limit(1);
  return target;
}

/** An appeal answered on a day of the season. */
export async function insertAppeal(
  tx: Executor,
  values: Omit<typeof appeals.$inferInsert, 'respondedAt'>,
  respondedOn: string,
) {
  await tx.insert(appeals).values({ ...values, respondedAt: sql`${respondedOn}::timestamptz` });
}

/** An accepted appeal's effect: the verified value back to what was asked, with the reason. */
export async function restoreVerifiedValue(
  tx: Executor,
  answerId: string,
  value: number | null,
  reason: string,
) {
  await tx
    .update(answers)
    .set({ verifiedValue: value, verifyReason: reason, updatedAt: sql`now()` })
    .where(eq(answers.id, answerId));
}

/**
 * The 2023 season as it happened, not on the day the demo was seeded: answers on the days of the
 * self-assessment and verification windows, the appeal on its day, and each score version on the
 * day its event closed (10.00 WITA, the Kalimantan Selatan office's zone).
 */
export async function backdate2023(db: Executor, cycleId: string) {
  await db.execute(sql`
    update answers set
      self_at = case when self_at is null then null else timestamptz '2023-04-20 10:00:00+08' end,
      verified_at = case when verified_at is null then null else timestamptz '2023-07-20 10:00:00+08' end,
      updated_at = timestamptz '2023-07-20 10:00:00+08'
    where cycle_id = ${cycleId}`);
  await db.execute(sql`
    update appeals set created_at = timestamptz '2023-08-05 10:00:00+08' where cycle_id = ${cycleId}`);
  await db.execute(sql`
    update score_versions set created_at = case reason
        when 'penilaian-mandiri' then timestamptz '2023-04-30 10:00:00+08'
        when 'verifikasi' then timestamptz '2023-07-31 10:00:00+08'
        when 'banding' then timestamptz '2023-08-10 10:00:00+08'
        when 'final' then timestamptz '2023-09-30 10:00:00+08'
        when 'persetujuan' then timestamptz '2023-10-02 10:00:00+08'
        else created_at end
    where cycle_id = ${cycleId}`);
}

export async function unitsByIds(tx: Executor, unitIds: string[]) {
  return tx
    .select({ id: units.id, code: units.code, name: units.name, governmentId: units.governmentId })
    .from(units)
    .where(inArray(units.id, unitIds));
}

/** Of these units, those a README demo account (@patuh.local) is PIC of. */
export async function unitsWithDemoPic(tx: Executor, unitIds: string[]): Promise<Set<string>> {
  const rows = await tx
    .select({ unitId: userUnits.unitId })
    .from(userUnits)
    .innerJoin(users, eq(users.id, userUnits.userId))
    .where(and(inArray(userUnits.unitId, unitIds), sql`${users.email} like '%@patuh.local'`));
  return new Set(rows.map((r) => r.unitId));
}
