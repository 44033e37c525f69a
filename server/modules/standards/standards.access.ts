/**
 * Who may read, edit and set which product's standard. Built from the actor's reach only
 * (server/lib/reach.ts); the route's permission (`standard.read|edit|set`) was checked by the auth
 * plugin. Out of reach answers exactly like a missing id (404). A unit PIC reaches only the units they
 * hold (reach.unitIds), a coordinator every unit of their government.
 */
import type { Executor } from '../../db/client';
import { ForbiddenError, NotFoundError } from '../../lib/errors';
import { roleCan } from '../../lib/permissions';
import { reachesUnit, type Actor } from '../../lib/reach';
import * as repo from './standards.repository';

/** The product if the actor reaches its unit, else 404. */
export async function requireReadableProduct(
  db: Executor,
  actor: Actor,
  productId: string,
): Promise<repo.ProductRow> {
  const product = await repo.findProduct(db, productId);
  if (!product || !reachesUnit(actor.reach, product.unitId, product.governmentId)) throw new NotFoundError();
  return product;
}

/** A version if the actor reaches its unit, else 404; `lock` holds it until the transaction ends. */
export async function requireReadableStandard(
  db: Executor,
  actor: Actor,
  id: string,
  lock = false,
): Promise<repo.StandardRow> {
  const row = await repo.findStandard(db, id, lock);
  if (!row || !reachesUnit(actor.reach, row.unitId, row.governmentId)) throw new NotFoundError();
  return row;
}

/** Whether the actor may write drafts of this unit's products (the web shows buttons from it). */
export function canEdit(actor: Actor, row: { unitId: string; governmentId: string }): boolean {
  return roleCan(actor.role, 'standard.edit') && reachesUnit(actor.reach, row.unitId, row.governmentId);
}

/** Whether the actor may set, return and publish standards of this unit. */
export function canSet(actor: Actor, row: { unitId: string; governmentId: string }): boolean {
  return roleCan(actor.role, 'standard.set') && reachesUnit(actor.reach, row.unitId, row.governmentId);
}

/** A version the actor may edit (reach first: 404; then the role: 403). */
export async function requireEditableStandard(db: Executor, actor: Actor, id: string) {
  const row = await requireReadableStandard(db, actor, id, true);
  if (!canEdit(actor, row)) throw new ForbiddenError();
  return row;
}

/** A version the actor may set or return. */
export async function requireSettableStandard(db: Executor, actor: Actor, id: string) {
  const row = await requireReadableStandard(db, actor, id, true);
  if (!canSet(actor, row)) throw new ForbiddenError();
  return row;
}
