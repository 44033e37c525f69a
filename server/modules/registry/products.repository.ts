import { and, asc, eq, gt, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { unitScope, type Reach } from '../../lib/reach';
import { likePattern } from '../../lib/keyset';
import { serviceProducts, units } from '../../db/schema';

export type ProductRow = typeof serviceProducts.$inferSelect;

const columns = {
  id: serviceProducts.id,
  unitId: serviceProducts.unitId,
  unitName: units.name,
  governmentId: serviceProducts.governmentId,
  name: serviceProducts.name,
  type: serviceProducts.type,
  description: serviceProducts.description,
  archivedAt: serviceProducts.archivedAt,
};

/**
 * One page of products ordered by (name, id) with keyset pagination: those of one unit, or those
 * of one government's units in the actor's reach.
 */
export async function listProducts(
  db: Executor,
  parent: { unitId: string } | { governmentId: string; reach: Reach },
  f: { q?: string; includeArchived: boolean; after: [string, string] | null; limit: number },
) {
  const conds: (SQL | undefined)[] =
    'unitId' in parent
      ? [eq(serviceProducts.unitId, parent.unitId)]
      : [
          eq(serviceProducts.governmentId, parent.governmentId),
          unitScope(parent.reach, serviceProducts.unitId, serviceProducts.governmentId),
        ];
  if (!f.includeArchived) conds.push(isNull(serviceProducts.archivedAt));
  if (f.q) conds.push(ilike(serviceProducts.name, likePattern(f.q)));
  if (f.after)
    conds.push(
      or(
        gt(serviceProducts.name, f.after[0]),
        and(eq(serviceProducts.name, f.after[0]), gt(serviceProducts.id, f.after[1])),
      ),
    );
  return db
    .select(columns)
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .where(and(...conds))
    .orderBy(asc(serviceProducts.name), asc(serviceProducts.id))
    .limit(f.limit + 1);
}

export async function getProductDetail(db: Executor, id: string) {
  const rows = await db
    .select(columns)
    .from(serviceProducts)
    .innerJoin(units, eq(units.id, serviceProducts.unitId))
    .where(eq(serviceProducts.id, id))
    .limit(1);
  return rows[0];
}

export async function findProduct(db: Executor, id: string): Promise<ProductRow | undefined> {
  return (await db.select().from(serviceProducts).where(eq(serviceProducts.id, id)).limit(1))[0];
}

export async function insertProduct(
  db: Executor,
  values: typeof serviceProducts.$inferInsert,
): Promise<ProductRow> {
  return (await db.insert(serviceProducts).values(values).returning())[0]!;
}

export async function updateProduct(
  db: Executor,
  id: string,
  values: Partial<typeof serviceProducts.$inferInsert>,
): Promise<ProductRow> {
  return (
    await db
      .update(serviceProducts)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(serviceProducts.id, id))
      .returning()
  )[0]!;
}
