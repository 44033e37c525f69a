/** SQL of the demo's service standards, maklumat, service profiles and the bimtek (demo-standards.ts). */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { files, governments, offices, serviceProducts, units, users } from '../../db/schema';
import {
  activities,
  activityActions,
  activityUnits,
  serviceStandards,
  unitDocuments,
  unitMaklumat,
  unitServiceProfiles,
} from '../../db/schema-standards';

/** The seeds' governments by region code → id and office. */
export async function governmentsByRegion(db: Executor, regionCodes: string[]) {
  const rows = await db
    .select({ id: governments.id, regionCode: governments.regionCode, officeId: governments.officeId })
    .from(governments)
    .where(and(inArray(governments.regionCode, regionCodes), isNull(governments.archivedAt)));
  return new Map(rows.map((r) => [r.regionCode!, r]));
}

/** A government's units by code, with their products by name. */
export async function unitsWithProducts(db: Executor, governmentId: string) {
  const rows = await db
    .select({
      unitId: units.id,
      code: units.code,
      unitName: units.name,
      productId: serviceProducts.id,
      productName: serviceProducts.name,
    })
    .from(units)
    .leftJoin(serviceProducts, and(eq(serviceProducts.unitId, units.id), isNull(serviceProducts.archivedAt)))
    .where(and(eq(units.governmentId, governmentId), isNull(units.archivedAt)));
  const out = new Map<string, { id: string; name: string; products: Map<string, string> }>();
  for (const r of rows) {
    if (!r.code) continue;
    const u = out.get(r.code) ?? { id: r.unitId, name: r.unitName, products: new Map<string, string>() };
    if (r.productId && r.productName) u.products.set(r.productName, r.productId);
    out.set(r.code, u);
  }
  return out;
}

export async function userIdByEmail(db: Executor, email: string): Promise<string | null> {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u?.id ?? null;
}

export async function officeIdByCode(db: Executor, code: string): Promise<string | null> {
  const [o] = await db.select({ id: offices.id }).from(offices).where(eq(offices.code, code));
  return o?.id ?? null;
}

export async function insertStandards(tx: Executor, rows: (typeof serviceStandards.$inferInsert)[]) {
  if (rows.length) await tx.insert(serviceStandards).values(rows);
}

export async function insertMaklumat(tx: Executor, rows: (typeof unitMaklumat.$inferInsert)[]) {
  if (rows.length) await tx.insert(unitMaklumat).values(rows).onConflictDoNothing();
}

export async function insertProfiles(tx: Executor, rows: (typeof unitServiceProfiles.$inferInsert)[]) {
  if (rows.length) await tx.insert(unitServiceProfiles).values(rows).onConflictDoNothing();
}

export async function insertActivity(
  tx: Executor,
  activity: typeof activities.$inferInsert,
  unitIds: string[],
  actions: Omit<typeof activityActions.$inferInsert, 'activityId'>[],
): Promise<string> {
  const [a] = await tx.insert(activities).values(activity).returning({ id: activities.id });
  if (unitIds.length)
    await tx.insert(activityUnits).values(unitIds.map((unitId) => ({ activityId: a!.id, unitId })));
  if (actions.length)
    await tx.insert(activityActions).values(actions.map((x) => ({ ...x, activityId: a!.id })));
  return a!.id;
}

export async function insertFile(tx: Executor, values: typeof files.$inferInsert): Promise<string> {
  const [f] = await tx.insert(files).values(values).returning({ id: files.id });
  return f!.id;
}

export async function insertDocuments(tx: Executor, rows: (typeof unitDocuments.$inferInsert)[]) {
  if (rows.length) await tx.insert(unitDocuments).values(rows);
}
