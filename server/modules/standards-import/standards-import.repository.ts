/** SQL of the standards workbook: a government's services with their standards, and the drafts an import writes. */
import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceProducts, units } from '../../db/schema';
import { serviceStandardEdits, serviceStandards } from '../../db/schema-standards';
import type { StandardContent, StandardStatus } from '../../../shared/contracts/standards';
import { unitScope, type Reach } from '../../lib/reach';

export interface ServiceRow {
  productId: string;
  productName: string;
  unitId: string;
  unitCode: string | null;
  unitName: string;
}

/** The government's active services in the actor's reach (a PIC: their units), by unit then service name. */
export function servicesOf(db: Executor, governmentId: string, reach: Reach): Promise<ServiceRow[]> {
  return db
    .select({
      productId: serviceProducts.id,
      productName: serviceProducts.name,
      unitId: units.id,
      unitCode: units.code,
      unitName: units.name,
    })
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .where(
      and(
        eq(serviceProducts.governmentId, governmentId),
        isNull(serviceProducts.archivedAt),
        isNull(units.archivedAt),
        unitScope(reach, units.id, units.governmentId),
      ),
    )
    .orderBy(asc(units.name), asc(serviceProducts.name), asc(serviceProducts.id));
}

export interface StandardRow {
  id: string;
  productId: string;
  version: number;
  status: StandardStatus;
  rowVersion: number;
  content: StandardContent;
  publishManufacturing: boolean;
}

/** The set version and the open draft of every product of the government (at most one each). */
export function liveStandardsOf(db: Executor, governmentId: string): Promise<StandardRow[]> {
  return db
    .select({
      id: serviceStandards.id,
      productId: serviceStandards.productId,
      version: serviceStandards.version,
      status: serviceStandards.status,
      rowVersion: serviceStandards.rowVersion,
      content: serviceStandards.content,
      publishManufacturing: serviceStandards.publishManufacturing,
    })
    .from(serviceStandards)
    .where(
      and(
        eq(serviceStandards.governmentId, governmentId),
        inArray(serviceStandards.status, ['draft', 'diajukan', 'ditetapkan']),
      ),
    );
}

/** Highest version per product (to number a new draft). */
export async function latestVersions(db: Executor, productIds: string[]): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .select({ productId: serviceStandards.productId, version: max(serviceStandards.version) })
    .from(serviceStandards)
    .where(inArray(serviceStandards.productId, productIds))
    .groupBy(serviceStandards.productId);
  return new Map(rows.map((r) => [r.productId, r.version ?? 0]));
}

export type NewDraft = typeof serviceStandards.$inferInsert;

const CHUNK = 500;

export async function insertDrafts(tx: Executor, rows: NewDraft[]): Promise<{ id: string }[]> {
  const out: { id: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK)
    out.push(
      ...(await tx
        .insert(serviceStandards)
        .values(rows.slice(i, i + CHUNK))
        .returning({ id: serviceStandards.id })),
    );
  return out;
}

/**
 * Rewrites an open draft's content if it still has the row version read before (returns false when
 * another editor saved in between: the caller answers 409 and writes nothing).
 */
export async function updateDraft(
  tx: Executor,
  d: {
    id: string;
    rowVersion: number;
    content: StandardContent;
    publishManufacturing: boolean;
    userId: string;
  },
): Promise<boolean> {
  const rows = await tx
    .update(serviceStandards)
    .set({
      content: d.content,
      publishManufacturing: d.publishManufacturing,
      rowVersion: sql`${serviceStandards.rowVersion} + 1`,
      updatedBy: d.userId,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(serviceStandards.id, d.id),
        eq(serviceStandards.rowVersion, d.rowVersion),
        inArray(serviceStandards.status, ['draft', 'diajukan']),
      ),
    )
    .returning({ id: serviceStandards.id });
  return rows.length === 1;
}

export async function insertEdits(
  tx: Executor,
  rows: { standardId: string; userId: string; components: string[] }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    if (rows.slice(i, i + CHUNK).length)
      await tx.insert(serviceStandardEdits).values(rows.slice(i, i + CHUNK));
}
