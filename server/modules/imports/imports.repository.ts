import { and, asc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { unitScope, type Reach } from '../../lib/reach';
import { contacts, governments, imports, serviceProducts, units } from '../../db/schema';

export type ImportRow = typeof imports.$inferSelect;
export type ImportStatus = ImportRow['status'];

export async function insertImport(db: Executor, values: typeof imports.$inferInsert): Promise<ImportRow> {
  const rows = await db.insert(imports).values(values).returning();
  return rows[0]!;
}

export async function findImport(db: Executor, id: string): Promise<ImportRow | undefined> {
  const rows = await db.select().from(imports).where(eq(imports.id, id)).limit(1);
  return rows[0];
}

export async function updateImport(
  db: Executor,
  id: string,
  values: Partial<typeof imports.$inferInsert>,
): Promise<void> {
  await db
    .update(imports)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(imports.id, id));
}

/** The partial unique index that allows one validating/committing import per government. */
export const RUNNING_IMPORT_INDEX = 'imports_running_government_idx';

/** Whether `err` (a driver error, possibly wrapped by Drizzle) is a second running import. */
export function isRunningImportConflict(err: unknown): boolean {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined; e;) {
    if (e.code === '23505')
      return (
        e.constraint === RUNNING_IMPORT_INDEX || String((e as Error).message).includes(RUNNING_IMPORT_INDEX)
      );
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Marks the government's validating/committing imports untouched for `staleMs` as failed (a
 * process that died left them); returns whether one was.
 */
export async function failStaleRunning(
  db: Executor,
  governmentId: string,
  staleMs: number,
): Promise<boolean> {
  const rows = await db
    .update(imports)
    .set({ status: 'failed', updatedAt: sql`now()` })
    .where(
      and(
        eq(imports.governmentId, governmentId),
        inArray(imports.status, ['validating', 'committing']),
        lt(imports.updatedAt, sql`now() - ${Math.round(staleMs)}::int * interval '1 millisecond'`),
      ),
    )
    .returning({ id: imports.id });
  return rows.length > 0;
}

/** Moves a `ready` import to `committing`; the single UPDATE makes two concurrent commits impossible. */
export async function claimForCommit(db: Executor, id: string): Promise<ImportRow | undefined> {
  const rows = await db
    .update(imports)
    .set({ status: 'committing', processedRows: 0, updatedAt: sql`now()` })
    .where(and(eq(imports.id, id), eq(imports.status, 'ready')))
    .returning();
  return rows[0];
}

/** Codes of the government's active units → id (the namespace kode_unit is unique in). */
export async function activeUnitCodes(db: Executor, governmentId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), isNull(units.archivedAt), isNotNull(units.code)))
    .orderBy(asc(units.createdAt));
  const map = new Map<string, string>();
  for (const r of rows) if (r.code && !map.has(r.code)) map.set(r.code, r.id);
  return map;
}

/** Row lock on the government: serialises concurrent imports into the same government. */
export async function lockGovernment(tx: Executor, governmentId: string) {
  const rows = await tx
    .select({ id: governments.id, officeId: governments.officeId })
    .from(governments)
    .where(eq(governments.id, governmentId))
    .for('update');
  return rows[0];
}

const BATCH = 1000;

async function insertInBatches<T>(
  rows: T[],
  insert: (batch: T[]) => Promise<unknown>,
  onBatch: (n: number) => Promise<void>,
) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await insert(batch);
    await onBatch(batch.length);
  }
}

export function insertUnits(
  tx: Executor,
  rows: (typeof units.$inferInsert)[],
  onBatch: (n: number) => Promise<void>,
) {
  return insertInBatches(rows, (b) => tx.insert(units).values(b), onBatch);
}
export function insertProducts(
  tx: Executor,
  rows: (typeof serviceProducts.$inferInsert)[],
  onBatch: (n: number) => Promise<void>,
) {
  return insertInBatches(rows, (b) => tx.insert(serviceProducts).values(b), onBatch);
}
export function insertContacts(
  tx: Executor,
  rows: (typeof contacts.$inferInsert)[],
  onBatch: (n: number) => Promise<void>,
) {
  return insertInBatches(rows, (b) => tx.insert(contacts).values(b), onBatch);
}

export async function countRegistryRows(db: Executor, governmentId: string) {
  const [row] = await db
    .select({
      units: sql<number>`(select count(*)::int from ${units} where ${units.governmentId} = ${governmentId})`,
      products: sql<number>`(select count(*)::int from ${serviceProducts} where ${serviceProducts.governmentId} = ${governmentId})`,
      contacts: sql<number>`(select count(*)::int from ${contacts} where ${contacts.governmentId} = ${governmentId})`,
    })
    .from(governments)
    .where(eq(governments.id, governmentId));
  return row;
}

// ---- export reads: one keyset page at a time, ordered as a person would read the list ----

const parent = alias(units, 'parent');

/** Active units of a government within the actor's unit reach, ordered by (name, id). */
export function exportUnitsPage(
  db: Executor,
  governmentId: string,
  reach: Reach,
  after: [string, string] | null,
  limit: number,
) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      type: units.type,
      sector: units.sector,
      address: units.address,
      parentId: parent.id,
      parentCode: parent.code,
    })
    .from(units)
    .leftJoin(parent, and(eq(parent.id, units.parentId), isNull(parent.archivedAt)))
    .where(
      and(
        eq(units.governmentId, governmentId),
        isNull(units.archivedAt),
        unitScope(reach, units.id, units.governmentId),
        after ? sql`(${units.name}, ${units.id}) > (${after[0]}, ${after[1]}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(units.id))
    .limit(limit);
}

/** Active products of active units, grouped by unit name, then product name. */
export function exportProductsPage(
  db: Executor,
  governmentId: string,
  reach: Reach,
  after: [string, string, string] | null,
  limit: number,
) {
  return db
    .select({
      id: serviceProducts.id,
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      name: serviceProducts.name,
      type: serviceProducts.type,
      description: serviceProducts.description,
    })
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .where(
      and(
        eq(serviceProducts.governmentId, governmentId),
        isNull(serviceProducts.archivedAt),
        isNull(units.archivedAt),
        unitScope(reach, units.id, units.governmentId),
        after
          ? sql`(${units.name}, ${serviceProducts.name}, ${serviceProducts.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(serviceProducts.name), asc(serviceProducts.id))
    .limit(limit);
}

/** Active contacts (PIC) of active units, grouped by unit name, then person name. */
export function exportContactsPage(
  db: Executor,
  governmentId: string,
  reach: Reach,
  after: [string, string, string] | null,
  limit: number,
) {
  return db
    .select({
      id: contacts.id,
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
      name: contacts.name,
      position: contacts.position,
      phone: contacts.phone,
      email: contacts.email,
    })
    .from(contacts)
    .innerJoin(units, eq(units.id, contacts.unitId))
    .where(
      and(
        eq(contacts.governmentId, governmentId),
        isNull(contacts.archivedAt),
        isNull(units.archivedAt),
        unitScope(reach, units.id, units.governmentId),
        after
          ? sql`(${units.name}, ${contacts.name}, ${contacts.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(units.name), asc(contacts.name), asc(contacts.id))
    .limit(limit);
}
