/** SQL of the assessment context: a unit's mapped answer cells in a cycle, its products, their set standards. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { serviceProducts } from '../../db/schema';
import { answers } from '../../db/schema-assessments';
import { serviceStandards } from '../../db/schema-standards';

/** The unit's answer cells in a cycle whose indicator is one of `indicators` (optionally of one product). */
export async function contextCells(
  db: Executor,
  cycleId: string,
  unitId: string,
  indicators: readonly string[],
  productId: string | undefined,
) {
  return db
    .select({ indicator: answers.indicator, productId: answers.productId })
    .from(answers)
    .where(
      and(
        eq(answers.cycleId, cycleId),
        eq(answers.unitId, unitId),
        inArray(answers.indicator, [...indicators]),
        productId ? eq(answers.productId, productId) : undefined,
      ),
    )
    .orderBy(asc(answers.indicator));
}

/** Products of a unit (all of them, archived too: a cycle may still hold cells of a product since closed). */
export async function productsOfUnit(db: Executor, unitId: string) {
  return db
    .select({ id: serviceProducts.id, name: serviceProducts.name, archivedAt: serviceProducts.archivedAt })
    .from(serviceProducts)
    .where(eq(serviceProducts.unitId, unitId))
    .orderBy(asc(serviceProducts.name));
}

/** The current set version (`ditetapkan`, at most one per product) of each product's standard; never a draft. */
export async function setStandards(db: Executor, productIds: string[]) {
  if (productIds.length === 0) return [];
  return db
    .select({
      id: serviceStandards.id,
      productId: serviceStandards.productId,
      version: serviceStandards.version,
      content: serviceStandards.content,
      skNumber: serviceStandards.skNumber,
      skDate: serviceStandards.skDate,
      setAt: serviceStandards.setAt,
    })
    .from(serviceStandards)
    .where(
      and(
        inArray(serviceStandards.productId, productIds),
        eq(serviceStandards.status, 'ditetapkan'),
        isNull(serviceStandards.supersededAt),
      ),
    );
}
