/**
 * Every SQL statement of the one-time demo's registry seed (demo.service.ts): offices,
 * governments, units with their products and PIC, agreements, and the app_meta markers that stop a
 * second seed.
 */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import {
  agreements,
  agreementUnits,
  appMeta,
  contacts,
  governments,
  offices,
  serviceProducts,
  units,
} from '../../db/schema';

/** Whether app_meta holds this marker (the demo, or its assessments, were seeded). */
export async function hasMarker(db: Executor, key: string): Promise<boolean> {
  return (await db.select().from(appMeta).where(eq(appMeta.key, key)).limit(1)).length > 0;
}

/** Whether any government, archived or not, is in the registry. */
export async function hasAnyGovernment(db: Executor): Promise<boolean> {
  return (await db.select({ id: governments.id }).from(governments).limit(1)).length > 0;
}

export async function insertMarker(db: Executor, key: string, value: Record<string, unknown>) {
  await db.insert(appMeta).values({ key, value });
}

export async function insertOffice(tx: Executor, values: typeof offices.$inferInsert): Promise<string> {
  return (await tx.insert(offices).values(values).returning({ id: offices.id }))[0]!.id;
}

export async function insertGovernment(
  tx: Executor,
  values: typeof governments.$inferInsert,
): Promise<string> {
  return (await tx.insert(governments).values(values).returning({ id: governments.id }))[0]!.id;
}

export async function insertUnit(tx: Executor, values: typeof units.$inferInsert): Promise<string> {
  return (await tx.insert(units).values(values).returning({ id: units.id }))[0]!.id;
}

export async function insertProducts(tx: Executor, values: (typeof serviceProducts.$inferInsert)[]) {
  if (values.length) await tx.insert(serviceProducts).values(values);
}

export async function insertContact(tx: Executor, values: typeof contacts.$inferInsert) {
  await tx.insert(contacts).values(values);
}

export async function insertAgreement(tx: Executor, values: typeof agreements.$inferInsert): Promise<string> {
  return (await tx.insert(agreements).values(values).returning({ id: agreements.id }))[0]!.id;
}

export async function linkAgreementUnits(tx: Executor, agreementId: string, unitIds: string[]) {
  if (unitIds.length)
    await tx.insert(agreementUnits).values(unitIds.map((unitId) => ({ agreementId, unitId })));
}
