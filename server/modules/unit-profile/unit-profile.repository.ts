/** SQL of a unit's service profile and maklumat pelayanan (tables unit_service_profiles, unit_maklumat). */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governments, offices, units, users } from '../../db/schema';
import { unitMaklumat, unitServiceProfiles } from '../../db/schema-standards';

export type ProfileRow = typeof unitServiceProfiles.$inferSelect;
export type MaklumatRow = typeof unitMaklumat.$inferSelect;

/** A unit with what decides its reach and its time zone (the government's region, else its office's provinces). */
export async function findUnit(db: Executor, unitId: string) {
  const [row] = await db
    .select({
      id: units.id,
      name: units.name,
      governmentId: units.governmentId,
      archivedAt: units.archivedAt,
      regionCode: governments.regionCode,
      officeProvinceCodes: offices.provinceCodes,
    })
    .from(units)
    .innerJoin(governments, eq(governments.id, units.governmentId))
    .leftJoin(offices, eq(offices.id, governments.officeId))
    .where(eq(units.id, unitId))
    .limit(1);
  return row;
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

export async function findProfile(db: Executor, unitId: string): Promise<ProfileRow | undefined> {
  return (
    await db.select().from(unitServiceProfiles).where(eq(unitServiceProfiles.unitId, unitId)).limit(1)
  )[0];
}

export async function findMaklumat(db: Executor, unitId: string): Promise<MaklumatRow | undefined> {
  return (await db.select().from(unitMaklumat).where(eq(unitMaklumat.unitId, unitId)).limit(1))[0];
}

type ProfileValues = Omit<typeof unitServiceProfiles.$inferInsert, 'rowVersion' | 'updatedAt'>;
type MaklumatValues = Omit<typeof unitMaklumat.$inferInsert, 'rowVersion' | 'updatedAt'>;

/**
 * The first save (rowVersion 0): inserts, or nothing when another save got there first (the
 * caller answers 409, as for a stale version).
 */
export async function insertProfile(db: Executor, values: ProfileValues): Promise<ProfileRow | undefined> {
  return (await db.insert(unitServiceProfiles).values(values).onConflictDoNothing().returning())[0];
}

/** A later save: only when the row is still at `rowVersion` (the optimistic lock); undefined otherwise. */
export async function updateProfile(
  db: Executor,
  rowVersion: number,
  values: ProfileValues,
): Promise<ProfileRow | undefined> {
  return (
    await db
      .update(unitServiceProfiles)
      .set({ ...values, rowVersion: sql`${unitServiceProfiles.rowVersion} + 1`, updatedAt: sql`now()` })
      .where(
        and(eq(unitServiceProfiles.unitId, values.unitId), eq(unitServiceProfiles.rowVersion, rowVersion)),
      )
      .returning()
  )[0];
}

export async function insertMaklumat(db: Executor, values: MaklumatValues): Promise<MaklumatRow | undefined> {
  return (await db.insert(unitMaklumat).values(values).onConflictDoNothing().returning())[0];
}

export async function updateMaklumat(
  db: Executor,
  rowVersion: number,
  values: MaklumatValues,
): Promise<MaklumatRow | undefined> {
  return (
    await db
      .update(unitMaklumat)
      .set({ ...values, rowVersion: sql`${unitMaklumat.rowVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(unitMaklumat.unitId, values.unitId), eq(unitMaklumat.rowVersion, rowVersion)))
      .returning()
  )[0];
}

/** The display name of the user who last saved (null when unknown). */
export async function userName(db: Executor, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  return (
    (await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1))[0]?.name ?? null
  );
}
