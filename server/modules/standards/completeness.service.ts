/**
 * Completeness of service standards per product, unit and government (issue 15 §4): the
 * coordinator's to-do list and the office's view of a government, and the roll-up per government
 * for the asker's reach (the nation for an admin). Today is WIB's today (shared/format todayIn).
 */
import type {
  GovernmentCompleteness,
  GovernmentRollup,
  ProductCompleteness,
} from '../../../shared/contracts/standards';
import { todayIn } from '../../../shared/format/format';
import {
  completenessPercent,
  productCompleteness,
  rollupCompleteness,
} from '../../../shared/standards/completeness';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesGovernment, reachesOffice, type Actor } from '../../lib/reach';
import { requireReadableGovernment } from '../registry/registry.access';
import * as repo from './completeness.repository';
import { contentOf } from './standards.dto';

/** Every active unit of a government in reach and each of its active products, with roll-ups. */
export async function governmentCompleteness(
  db: Executor,
  actor: Actor,
  governmentId: string,
  today = todayIn('WIB'),
): Promise<GovernmentCompleteness> {
  const gov = await requireReadableGovernment(db, actor, governmentId);
  const rows = await repo.governmentProducts(db, governmentId, actor.reach);
  const units = new Map<string, GovernmentCompleteness['units'][number]>();
  for (const r of rows) {
    let unit = units.get(r.unitId);
    if (!unit) {
      unit = {
        unitId: r.unitId,
        unitName: r.unitName,
        maklumatPublished: r.maklumatPublished,
        rollup: rollupCompleteness([]),
        products: [],
      };
      units.set(r.unitId, unit);
    }
    if (!r.productId) continue;
    const completeness = productCompleteness(
      {
        current: r.currentContent
          ? {
              content: contentOf({ content: r.currentContent }),
              reviewDate: r.reviewDate,
              published: r.published,
            }
          : null,
        draft: r.draftContent ? { content: contentOf({ content: r.draftContent }) } : null,
      },
      today,
    );
    unit.products.push({ productId: r.productId, productName: r.productName ?? '', completeness });
  }
  const all: ProductCompleteness[] = [];
  for (const unit of units.values()) {
    const items = unit.products.map((p) => p.completeness);
    unit.rollup = rollupCompleteness(items);
    all.push(...items);
  }
  return {
    governmentId: gov.id,
    governmentName: gov.name,
    today,
    total: rollupCompleteness(all),
    units: [...units.values()],
  };
}

/** Per government in the asker's reach (optionally one office's): the completeness roll-up. */
export async function completenessByGovernment(
  db: Executor,
  actor: Actor,
  officeId: string | undefined,
  today = todayIn('WIB'),
): Promise<GovernmentRollup[]> {
  // An office out of reach answers like one that does not exist; government-side roles have no
  // office in reach, so they read their own government through the reach instead.
  if (officeId && actor.reach.officeIds.length && !reachesOffice(actor.reach, officeId))
    throw new NotFoundError();
  const rows = await repo.rollupByGovernment(db, actor.reach, { officeId, today });
  return rows
    .filter((r) => reachesGovernment(actor.reach, r.governmentId))
    .map((r) => ({
      governmentId: r.governmentId,
      governmentName: r.governmentName,
      officeId: r.officeId,
      rollup: {
        products: r.products,
        byState: r.byState,
        percent: completenessPercent(r.filled, r.products),
      },
    }));
}
