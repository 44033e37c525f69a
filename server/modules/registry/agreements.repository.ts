import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreements, agreementUnits, files, units } from '../../db/schema';

export type AgreementRow = typeof agreements.$inferSelect;

const columns = {
  agreement: agreements,
  documentId: files.id,
  documentName: files.originalName,
  documentSize: files.size,
  documentMime: files.mimeType,
};

/** Agreements matching `where`, newest signature first, with their document's metadata. */
async function selectAgreements(db: Executor, where: SQL | undefined, includeArchived: boolean) {
  return db
    .select(columns)
    .from(agreements)
    .leftJoin(files, eq(files.id, agreements.documentFileId))
    .where(and(where, includeArchived ? undefined : isNull(agreements.archivedAt)))
    .orderBy(desc(agreements.signedOn), asc(agreements.number), asc(agreements.id));
}

/** The agreements of one government. */
export async function listAgreements(db: Executor, governmentId: string, includeArchived: boolean) {
  return selectAgreements(db, eq(agreements.governmentId, governmentId), includeArchived);
}

export async function getAgreementDetail(db: Executor, id: string) {
  return (await selectAgreements(db, eq(agreements.id, id), true))[0];
}

/** The units covered by each agreement, by name. */
export async function unitsOfAgreements(db: Executor, agreementIds: string[]) {
  if (agreementIds.length === 0) return [];
  return db
    .select({ agreementId: agreementUnits.agreementId, id: units.id, name: units.name })
    .from(agreementUnits)
    .innerJoin(units, eq(units.id, agreementUnits.unitId))
    .where(inArray(agreementUnits.agreementId, agreementIds))
    .orderBy(asc(units.name));
}

export async function findAgreement(db: Executor, id: string): Promise<AgreementRow | undefined> {
  return (await db.select().from(agreements).where(eq(agreements.id, id)).limit(1))[0];
}

export async function unitIdsOfAgreement(db: Executor, id: string): Promise<string[]> {
  const rows = await db
    .select({ unitId: agreementUnits.unitId })
    .from(agreementUnits)
    .where(eq(agreementUnits.agreementId, id));
  return rows.map((r) => r.unitId).sort();
}

export async function insertAgreement(
  db: Executor,
  values: typeof agreements.$inferInsert,
): Promise<AgreementRow> {
  return (await db.insert(agreements).values(values).returning())[0]!;
}

export async function updateAgreement(
  db: Executor,
  id: string,
  values: Partial<typeof agreements.$inferInsert>,
): Promise<AgreementRow> {
  return (
    await db
      .update(agreements)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(agreements.id, id))
      .returning()
  )[0]!;
}

export async function setAgreementUnits(db: Executor, agreementId: string, unitIds: string[]) {
  await db.delete(agreementUnits).where(eq(agreementUnits.agreementId, agreementId));
  if (unitIds.length)
    await db.insert(agreementUnits).values(unitIds.map((unitId) => ({ agreementId, unitId })));
}
