/**
 * Who is told about a standard's life: the government's coordinators when a unit submits a draft,
 * the unit's PICs when the coordinator returns or sets it. Inside the use case's transaction.
 */
import type { Tx } from '../../db/client';
import type { Actor } from '../../lib/reach';
import { notify } from '../notifications/notifications.service';
import * as repo from './standards.repository';

async function paramsOf(tx: Tx, actor: Actor, row: repo.StandardRow) {
  const product = await repo.findProduct(tx, row.productId);
  return {
    product: product?.name ?? '',
    unit: product?.unitName ?? '',
    government: product?.governmentName ?? '',
    version: row.version,
    by: actor.name,
  };
}

export async function tellCoordinators(tx: Tx, actor: Actor, row: repo.StandardRow): Promise<void> {
  const params = await paramsOf(tx, actor, row);
  for (const userId of await repo.coordinatorIds(tx, row.governmentId)) {
    if (userId === actor.id) continue;
    await notify(tx, {
      userId,
      kind: 'standard.submitted',
      params,
      link: `/standards/${row.productId}`,
      dedupeKey: `standard-submitted:${row.id}:${row.rowVersion}:${userId}`,
    });
  }
}

export async function tellPics(
  tx: Tx,
  actor: Actor,
  row: repo.StandardRow,
  kind: 'standard.returned' | 'standard.set',
  extra: Record<string, string> = {},
): Promise<void> {
  const params = { ...(await paramsOf(tx, actor, row)), ...extra };
  for (const userId of await repo.picIds(tx, row.unitId)) {
    if (userId === actor.id) continue;
    await notify(tx, {
      userId,
      kind,
      params,
      link: `/standards/${row.productId}`,
      dedupeKey: `${kind}:${row.id}:${row.rowVersion}:${userId}`,
    });
  }
}
