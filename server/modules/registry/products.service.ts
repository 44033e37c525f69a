import type { ProductType } from '../../../shared/contracts/enums';
import type { ProductListItemDto } from '../../../shared/contracts/registry';
import type { Executor } from '../../db/client';
import { ConflictError, NotFoundError } from '../../lib/errors';
import { decodeNameIdCursor, nameIdPage } from '../../lib/keyset';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { recordAudit } from '../audit/audit.repository';
import * as repo from './products.repository';
import {
  canChangeUnitRecord,
  requireChangeableUnit,
  requireReadableGovernment,
  requireReadableUnit,
} from './registry.access';

export interface ProductQuery {
  q?: string;
  includeArchived: boolean;
  limit: number;
  cursor?: string;
}

function toDto(r: NonNullable<Awaited<ReturnType<typeof repo.getProductDetail>>>): ProductListItemDto {
  return { ...r, archivedAt: r.archivedAt ? r.archivedAt.toISOString() : null };
}

async function page(db: Executor, parent: Parameters<typeof repo.listProducts>[1], q: ProductQuery) {
  const rows = await repo.listProducts(db, parent, { ...q, after: decodeNameIdCursor(q.cursor) });
  const { rows: items, nextCursor } = nameIdPage(rows, q.limit);
  return { items: items.map(toDto), nextCursor };
}

/** Service products (jenis layanan) of one unit in reach, by name, in keyset pages. */
export async function listUnitProducts(db: Executor, actor: Actor, unitId: string, q: ProductQuery) {
  await requireReadableUnit(db, actor, unitId);
  return page(db, { unitId }, q);
}

/** Every product of a government that the actor reaches (a PIC sees only their units'), with unit names. */
export async function listGovernmentProducts(
  db: Executor,
  actor: Actor,
  governmentId: string,
  q: ProductQuery,
) {
  await requireReadableGovernment(db, actor, governmentId);
  return page(db, { governmentId, reach: actor.reach }, q);
}

async function getProduct(db: Executor, id: string): Promise<ProductListItemDto> {
  const row = await repo.getProductDetail(db, id);
  if (!row) throw new NotFoundError();
  return toDto(row);
}

async function findReachableProduct(db: Executor, actor: Actor, id: string) {
  const product = await repo.findProduct(db, id);
  if (!product || !canChangeUnitRecord(actor, product)) throw new NotFoundError();
  return product;
}

/** Adds a product to an active unit in reach. */
export async function createProduct(
  db: Executor,
  actor: Actor,
  unitId: string,
  input: { name: string; type: ProductType; description: string | null },
): Promise<ProductListItemDto> {
  const id = await inTransaction(db, async (tx) => {
    const unit = await requireChangeableUnit(tx, actor, unitId);
    if (unit.archivedAt) throw new ConflictError('conflict.archivedParent');
    const row = await repo.insertProduct(tx, { ...input, unitId, governmentId: unit.governmentId });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'product',
      entityId: row.id,
      governmentId: unit.governmentId,
      after: row,
    });
    return row.id;
  });
  return getProduct(db, id);
}

export async function updateProduct(
  db: Executor,
  actor: Actor,
  id: string,
  input: Partial<{ name: string; type: ProductType; description: string | null }>,
): Promise<ProductListItemDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableProduct(tx, actor, id);
    const after = await repo.updateProduct(tx, id, input);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'product',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getProduct(db, id);
}

/** Archives or restores a product; restoring under an archived unit is refused. */
export async function setProductArchived(
  db: Executor,
  actor: Actor,
  id: string,
  archived: boolean,
): Promise<ProductListItemDto> {
  await inTransaction(db, async (tx) => {
    const before = await findReachableProduct(tx, actor, id);
    if (!archived && (await requireChangeableUnit(tx, actor, before.unitId)).archivedAt)
      throw new ConflictError('conflict.archivedParent');
    const after = await repo.updateProduct(tx, id, { archivedAt: archived ? new Date() : null });
    await recordAudit(tx, actor, {
      action: archived ? 'archive' : 'restore',
      entityType: 'product',
      entityId: id,
      governmentId: before.governmentId,
      before,
      after,
    });
  });
  return getProduct(db, id);
}
