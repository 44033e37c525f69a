import { and, asc, eq, gt, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { governmentScope, type Reach } from '../../lib/reach';
import { contacts, governments, offices, regions, serviceProducts, units } from '../../db/schema';

export type GovernmentRow = typeof governments.$inferSelect;

const unitCount = sql<number>`(select count(*)::int from ${units} u where u.government_id = ${governments.id} and u.archived_at is null)`;
const productCount = sql<number>`(select count(*)::int from ${serviceProducts} p where p.government_id = ${governments.id} and p.archived_at is null)`;
const contactCount = sql<number>`(select count(*)::int from ${contacts} c where c.government_id = ${governments.id} and c.archived_at is null)`;

const listColumns = {
  id: governments.id,
  type: governments.type,
  name: governments.name,
  regionCode: governments.regionCode,
  regionName: regions.name,
  provinceCode: regions.provinceCode,
  officeId: governments.officeId,
  officeName: offices.name,
  address: governments.address,
  website: governments.website,
  archivedAt: governments.archivedAt,
  unitCount,
  productCount,
  contactCount,
};

/** One page of the governments in the actor's reach, ordered by (name, id) with keyset pagination. */
export async function listGovernments(
  db: Executor,
  reach: Reach,
  f: {
    q?: string;
    type?: string;
    officeId?: string;
    includeArchived: boolean;
    after: [string, string] | null;
    limit: number;
  },
) {
  const conds: (SQL | undefined)[] = [governmentScope(reach, governments.id)];
  if (!f.includeArchived) conds.push(isNull(governments.archivedAt));
  if (f.q) conds.push(ilike(governments.name, `%${f.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (f.type) conds.push(eq(governments.type, f.type as GovernmentRow['type']));
  if (f.officeId) conds.push(eq(governments.officeId, f.officeId));
  if (f.after)
    conds.push(
      or(
        gt(governments.name, f.after[0]),
        and(eq(governments.name, f.after[0]), gt(governments.id, f.after[1])),
      ),
    );
  return db
    .select(listColumns)
    .from(governments)
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .leftJoin(regions, eq(regions.code, governments.regionCode))
    .where(and(...conds))
    .orderBy(asc(governments.name), asc(governments.id))
    .limit(f.limit + 1);
}

export async function getGovernmentDetail(db: Executor, id: string) {
  const rows = await db
    .select(listColumns)
    .from(governments)
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .leftJoin(regions, eq(regions.code, governments.regionCode))
    .where(eq(governments.id, id))
    .limit(1);
  return rows[0];
}

export async function findGovernment(db: Executor, id: string): Promise<GovernmentRow | undefined> {
  const rows = await db.select().from(governments).where(eq(governments.id, id)).limit(1);
  return rows[0];
}

export async function findActiveGovernmentByRegion(db: Executor, regionCode: string) {
  const rows = await db
    .select({ id: governments.id })
    .from(governments)
    .where(and(eq(governments.regionCode, regionCode), isNull(governments.archivedAt)))
    .limit(1);
  return rows[0];
}

export async function insertGovernment(db: Executor, values: typeof governments.$inferInsert) {
  const rows = await db.insert(governments).values(values).returning();
  return rows[0]!;
}

export async function updateGovernment(
  db: Executor,
  id: string,
  values: Partial<typeof governments.$inferInsert>,
) {
  const rows = await db
    .update(governments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(governments.id, id))
    .returning();
  return rows[0]!;
}
