import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type Executor } from '../../db/client';
import { contacts, governments, serviceProducts, units } from '../../db/schema';
import { unitScope, type Reach } from '../../lib/reach';

export type UnitRow = typeof units.$inferSelect;

// `${units}.id`, not `${units.id}`: drizzle leaves a column unqualified in single-table selects,
// which inside the subquery would bind to the subquery's own table.
const productCount = sql<number>`(select count(*)::int from ${serviceProducts} p where p.unit_id = ${units}.id and p.archived_at is null)`;
const contactCount = sql<number>`(select count(*)::int from ${contacts} c where c.unit_id = ${units}.id and c.archived_at is null)`;

const listColumns = {
  id: units.id,
  governmentId: units.governmentId,
  parentId: units.parentId,
  code: units.code,
  name: units.name,
  type: units.type,
  sector: units.sector,
  address: units.address,
  productCount,
  contactCount,
  archivedAt: units.archivedAt,
};

/** The units of one government in the actor's reach (flat, for a tree), ordered by name. */
export async function listUnits(db: Executor, governmentId: string, reach: Reach, includeArchived: boolean) {
  const conds: (SQL | undefined)[] = [
    eq(units.governmentId, governmentId),
    unitScope(reach, units.id, units.governmentId),
  ];
  if (!includeArchived) conds.push(isNull(units.archivedAt));
  return db
    .select(listColumns)
    .from(units)
    .where(and(...conds))
    .orderBy(asc(units.name), asc(units.id));
}

const parent = alias(units, 'parent');

/** One unit with its counts, government name and parent name. */
export async function getUnitDetail(db: Executor, id: string) {
  const rows = await db
    .select({ ...listColumns, governmentName: governments.name, parentName: parent.name })
    .from(units)
    .innerJoin(governments, eq(governments.id, units.governmentId))
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(eq(units.id, id))
    .limit(1);
  return rows[0];
}

export async function findUnit(db: Executor, id: string): Promise<UnitRow | undefined> {
  return (await db.select().from(units).where(eq(units.id, id)).limit(1))[0];
}

/** The government of each unit among `ids` that exists (for set-based reach checks). */
export async function findUnitGovernments(
  db: Executor,
  ids: string[],
): Promise<{ id: string; governmentId: string }[]> {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, governmentId: units.governmentId })
    .from(units)
    .where(inArray(units.id, ids));
}

/** Units among `ids` that belong to the government (archived ones included). */
export async function findUnitsOfGovernment(db: Executor, governmentId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, name: units.name, archivedAt: units.archivedAt })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), inArray(units.id, ids)));
}

export async function countActiveChildren(db: Executor, id: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.parentId, id), isNull(units.archivedAt)));
  return rows[0]?.n ?? 0;
}

/** True when `candidateId` is `unitId` itself or one of its descendants (so it cannot become its parent). */
export async function isSelfOrDescendant(
  db: Executor,
  unitId: string,
  candidateId: string,
): Promise<boolean> {
  const result = await db.execute(sql`
    with recursive sub as (
      select u.id from ${units} u where u.id = ${unitId}
      union
      select c.id from ${units} c join sub s on c.parent_id = s.id
    ) select 1 as hit from sub where id = ${candidateId} limit 1`);
  return rowsOf(result).length > 0;
}

export async function insertUnit(db: Executor, values: typeof units.$inferInsert): Promise<UnitRow> {
  return (await db.insert(units).values(values).returning())[0]!;
}

export async function updateUnit(
  db: Executor,
  id: string,
  values: Partial<typeof units.$inferInsert>,
): Promise<UnitRow> {
  return (
    await db
      .update(units)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(units.id, id))
      .returning()
  )[0]!;
}

/** Whether another active unit of the government already uses this code (units_code_uq). */
export async function codeTaken(
  db: Executor,
  governmentId: string,
  code: string,
  exceptId?: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), eq(units.code, code), isNull(units.archivedAt)))
    .limit(2);
  return rows.some((r) => r.id !== exceptId);
}
