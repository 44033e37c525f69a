/** SQL for cycles, their governments, sample (units, products) and assessors. */
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client';
import { governments, offices, serviceProducts, units, users } from '../../../db/schema';
import {
  answers,
  cycleAssessors,
  cycleGovernments,
  cycleProducts,
  cycles,
  cycleUnits,
  frameworks,
} from '../../../db/schema-assessments';
import type { CycleScope } from '../assessments.access';
import { anyOf } from '../../../db/any-of';

export type CycleRow = typeof cycles.$inferSelect;
export type CycleStatus = CycleRow['status'];

export async function findCycle(db: Executor, id: string): Promise<CycleRow | undefined> {
  return (await db.select().from(cycles).where(eq(cycles.id, id)).limit(1))[0];
}

/**
 * The cycle with, in the same statement, what the access check asks of its governments: whether
 * any of `reachGovernments` is in it (true when null: the actor's reach does not depend on it) and
 * whether `governmentId` is (true when undefined). One statement where a government role's read
 * took three (the cycle, every government id of the cycle, the one government). With the
 * framework's last change, so loadFramework serves its cached parse without a statement of its own.
 */
export async function findCycleForAccess(
  db: Executor,
  id: string,
  reachGovernments: string[] | null,
  governmentId: string | undefined,
): Promise<(CycleRow & { reachesAny: boolean; hasGovernment: boolean; frameworkStamp: Date }) | undefined> {
  const inCycle = (condition: SQL) =>
    sql<boolean>`exists (select 1 from ${cycleGovernments} where ${cycleGovernments.cycleId} = ${cycles.id} and ${condition})`;
  const rows = await db
    .select({
      ...getTableColumns(cycles),
      reachesAny:
        reachGovernments === null
          ? sql<boolean>`true`
          : inCycle(anyOf(cycleGovernments.governmentId, reachGovernments)),
      hasGovernment:
        governmentId === undefined
          ? sql<boolean>`true`
          : inCycle(eq(cycleGovernments.governmentId, governmentId)),
      frameworkStamp: frameworks.updatedAt,
    })
    .from(cycles)
    .innerJoin(frameworks, eq(frameworks.id, cycles.frameworkId))
    .where(eq(cycles.id, id))
    .limit(1);
  return rows[0];
}

export async function insertCycle(db: Executor, values: typeof cycles.$inferInsert): Promise<CycleRow> {
  return (await db.insert(cycles).values(values).returning())[0]!;
}

export async function updateCycle(
  db: Executor,
  id: string,
  values: Partial<typeof cycles.$inferInsert>,
): Promise<CycleRow> {
  return (
    await db
      .update(cycles)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(cycles.id, id))
      .returning()
  )[0]!;
}

/**
 * Moves a cycle from one status to the next in one conditional statement: the row lock it takes
 * orders it after every score write in flight (scoring.repository locks), and of two concurrent
 * moves the second finds the status changed and gets no row (undefined).
 */
export async function moveCycleStatus(
  db: Executor,
  id: string,
  from: CycleStatus,
  values: Partial<typeof cycles.$inferInsert> & { status: CycleStatus },
): Promise<CycleRow | undefined> {
  return (
    await db
      .update(cycles)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(cycles.id, id), eq(cycles.status, from)))
      .returning()
  )[0];
}

/** Cycles visible through `where`, newest year first, with counts. */
/** Cycles (not archived) in the actor's scope, or the one with `id`, newest first. */
export async function listCycles(db: Executor, scope: CycleScope, id?: string) {
  const where = and(
    scope.kind === 'offices' ? inListOrNothing(cycles.officeId, scope.officeIds) : undefined,
    scope.kind === 'governments' ? cycleHasGovernment(scope.governmentIds) : undefined,
    // Ombudsman staff (and platform admins) see a government's internal cycle only while shared.
    scope.kind === 'offices' || scope.kind === 'platform'
      ? or(eq(cycles.kind, 'official'), isNotNull(cycles.sharedAt))
      : undefined,
    id ? eq(cycles.id, id) : undefined,
  );
  return db
    .select({
      cycle: cycles,
      officeName: offices.name,
      officeProvinceCodes: offices.provinceCodes,
      ownerGovernmentName: sql<
        string | null
      >`(select g.name from ${governments} g where g.id = ${cycles.ownerGovernmentId})`,
      governmentCount: sql<number>`(select count(*)::int from ${cycleGovernments} cg where cg.cycle_id = ${cycles.id})`,
    })
    .from(cycles)
    .innerJoin(offices, eq(offices.id, cycles.officeId))
    .where(and(isNull(cycles.archivedAt), where))
    .orderBy(desc(cycles.year), desc(cycles.createdAt));
}

const inListOrNothing = (column: AnyPgColumn, ids: string[]): SQL =>
  ids.length ? anyOf(column, ids) : sql`false`;

/** Cycles that include one of the given governments (for government-side roles). */
const cycleHasGovernment = (governmentIds: string[]): SQL =>
  governmentIds.length === 0
    ? sql`false`
    : sql`exists (select 1 from ${cycleGovernments} cg where cg.cycle_id = ${cycles.id} and cg.government_id in (${sql.join(
        governmentIds.map((g) => sql`${g}::uuid`),
        sql`, `,
      )}))`;

export async function cycleGovernmentIds(db: Executor, cycleId: string): Promise<string[]> {
  const rows = await db
    .select({ id: cycleGovernments.governmentId })
    .from(cycleGovernments)
    .where(eq(cycleGovernments.cycleId, cycleId));
  return rows.map((r) => r.id);
}

export async function hasCycleGovernment(
  db: Executor,
  cycleId: string,
  governmentId: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: cycleGovernments.governmentId })
    .from(cycleGovernments)
    .where(and(eq(cycleGovernments.cycleId, cycleId), eq(cycleGovernments.governmentId, governmentId)))
    .limit(1);
  return rows.length > 0;
}

/** Governments of a cycle with name, type and sample counts. */
export async function listCycleGovernments(db: Executor, cycleId: string, only?: string[]) {
  return db
    .select({
      id: governments.id,
      name: governments.name,
      type: governments.type,
      unitCount: sql<number>`(select count(*)::int from ${cycleUnits} cu where cu.cycle_id = ${cycleGovernments.cycleId} and cu.government_id = ${governments.id})`,
      productCount: sql<number>`(select count(*)::int from ${cycleProducts} cp where cp.cycle_id = ${cycleGovernments.cycleId} and cp.government_id = ${governments.id})`,
    })
    .from(cycleGovernments)
    .innerJoin(governments, eq(governments.id, cycleGovernments.governmentId))
    .where(
      and(
        eq(cycleGovernments.cycleId, cycleId),
        only ? (only.length ? anyOf(governments.id, only) : sql`false`) : undefined,
      ),
    )
    .orderBy(asc(governments.name));
}

export async function findGovernmentsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: governments.id,
      officeId: governments.officeId,
      type: governments.type,
      name: governments.name,
      archivedAt: governments.archivedAt,
    })
    .from(governments)
    .where(anyOf(governments.id, ids));
}

export async function addCycleGovernments(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
): Promise<void> {
  if (governmentIds.length === 0) return;
  await db
    .insert(cycleGovernments)
    .values(governmentIds.map((governmentId) => ({ cycleId, governmentId })))
    .onConflictDoNothing();
}

/** Removes a government and its sample and assessors from a cycle (planning only: no answers yet). */
export async function removeCycleGovernment(
  db: Executor,
  cycleId: string,
  governmentId: string,
): Promise<void> {
  await db
    .delete(cycleProducts)
    .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.governmentId, governmentId)));
  await db
    .delete(cycleUnits)
    .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.governmentId, governmentId)));
  await db
    .delete(cycleAssessors)
    .where(and(eq(cycleAssessors.cycleId, cycleId), eq(cycleAssessors.governmentId, governmentId)));
  await db
    .delete(cycleGovernments)
    .where(and(eq(cycleGovernments.cycleId, cycleId), eq(cycleGovernments.governmentId, governmentId)));
}

/** Active units of a government with their type and sector, for the default sample. */
export async function activeUnitsOfGovernment(db: Executor, governmentId: string) {
  return db
    .select({
      id: units.id,
      name: units.name,
      type: units.type,
      sector: units.sector,
      parentId: units.parentId,
    })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), isNull(units.archivedAt)))
    .orderBy(asc(units.name), asc(units.id));
}

/** The first `n` active products of each unit (by creation, then name), ranked in SQL. */
export async function firstProductsOfUnits(db: Executor, unitIds: string[], n: number) {
  if (unitIds.length === 0) return [];
  const ranked = db
    .select({
      id: serviceProducts.id,
      unitId: serviceProducts.unitId,
      governmentId: serviceProducts.governmentId,
      rn: sql<number>`row_number() over (partition by ${serviceProducts.unitId} order by ${serviceProducts.createdAt}, ${serviceProducts.name}, ${serviceProducts.id})`.as(
        'rn',
      ),
    })
    .from(serviceProducts)
    .where(and(inArray(serviceProducts.unitId, unitIds), isNull(serviceProducts.archivedAt)))
    .as('ranked');
  return db
    .select({ id: ranked.id, unitId: ranked.unitId, governmentId: ranked.governmentId })
    .from(ranked)
    .where(sql`${ranked.rn} <= ${n}`);
}

export async function clearSample(db: Executor, cycleId: string, governmentId: string): Promise<void> {
  await db
    .delete(cycleProducts)
    .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.governmentId, governmentId)));
  await db
    .delete(cycleUnits)
    .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.governmentId, governmentId)));
}

export async function addSampleUnits(
  db: Executor,
  cycleId: string,
  rows: { unitId: string; governmentId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(cycleUnits)
    .values(rows.map((r) => ({ cycleId, ...r })))
    .onConflictDoNothing();
}

export async function addSampleProducts(
  db: Executor,
  cycleId: string,
  rows: { productId: string; unitId: string; governmentId: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(cycleProducts)
    .values(rows.map((r) => ({ cycleId, ...r })))
    .onConflictDoNothing();
}

export async function removeSampleUnit(db: Executor, cycleId: string, unitId: string): Promise<void> {
  await db
    .delete(cycleProducts)
    .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.unitId, unitId)));
  await db.delete(cycleUnits).where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.unitId, unitId)));
}

export async function removeSampleProduct(db: Executor, cycleId: string, productId: string): Promise<void> {
  await db
    .delete(cycleProducts)
    .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.productId, productId)));
}

export async function findUnit(db: Executor, id: string) {
  return (await db.select().from(units).where(eq(units.id, id)).limit(1))[0];
}

export async function findProduct(db: Executor, id: string) {
  return (await db.select().from(serviceProducts).where(eq(serviceProducts.id, id)).limit(1))[0];
}

/** The sampled units of a cycle among these ids (one query for a batch). */
export async function findCycleUnits(db: Executor, cycleId: string, unitIds: string[]) {
  if (!unitIds.length) return [];
  return db
    .select()
    .from(cycleUnits)
    .where(and(eq(cycleUnits.cycleId, cycleId), inArray(cycleUnits.unitId, [...new Set(unitIds)])));
}

/** A sampled unit of a cycle, with the unit's name. */
export async function findCycleUnit(db: Executor, cycleId: string, unitId: string) {
  return (
    await db
      .select({ ...getTableColumns(cycleUnits), unitName: units.name })
      .from(cycleUnits)
      .innerJoin(units, eq(units.id, cycleUnits.unitId))
      .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.unitId, unitId)))
      .limit(1)
  )[0];
}

export async function findCycleProduct(db: Executor, cycleId: string, productId: string) {
  return (
    await db
      .select()
      .from(cycleProducts)
      .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.productId, productId)))
      .limit(1)
  )[0];
}

/** Sampled units and products of a government (or of the given units), with names and types. */
export async function sampleOfGovernment(db: Executor, cycleId: string, governmentId: string) {
  const unitRows = await db
    .select({
      unitId: cycleUnits.unitId,
      name: units.name,
      type: units.type,
      sector: units.sector,
      selfStatus: cycleUnits.selfStatus,
      submittedAt: cycleUnits.submittedAt,
    })
    .from(cycleUnits)
    .innerJoin(units, eq(units.id, cycleUnits.unitId))
    .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.governmentId, governmentId)))
    .orderBy(asc(units.name));
  const productRows = await db
    .select({
      productId: cycleProducts.productId,
      unitId: cycleProducts.unitId,
      name: serviceProducts.name,
      type: serviceProducts.type,
    })
    .from(cycleProducts)
    .innerJoin(serviceProducts, eq(serviceProducts.id, cycleProducts.productId))
    .where(and(eq(cycleProducts.cycleId, cycleId), eq(cycleProducts.governmentId, governmentId)))
    .orderBy(asc(serviceProducts.name));
  return { units: unitRows, products: productRows };
}

/** Sampled units and products of the whole cycle, for materialising the answer cells. */
export async function sampleOfCycle(db: Executor, cycleId: string) {
  const unitRows = await db
    .select({ unitId: cycleUnits.unitId, governmentId: cycleUnits.governmentId, type: units.type })
    .from(cycleUnits)
    .innerJoin(units, eq(units.id, cycleUnits.unitId))
    .where(eq(cycleUnits.cycleId, cycleId));
  const productRows = await db
    .select({ productId: cycleProducts.productId, unitId: cycleProducts.unitId })
    .from(cycleProducts)
    .where(eq(cycleProducts.cycleId, cycleId));
  const govRows = await db
    .select({ id: governments.id, type: governments.type })
    .from(cycleGovernments)
    .innerJoin(governments, eq(governments.id, cycleGovernments.governmentId))
    .where(eq(cycleGovernments.cycleId, cycleId));
  return { units: unitRows, products: productRows, governments: govRows };
}

/** Inserts the expected answer cells; existing cells are kept (the unique cell treats NULLs as equal). */
export async function insertAnswerCells(db: Executor, rows: (typeof answers.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insert(answers)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing();
  }
}

export async function listAssessors(db: Executor, cycleId: string, governmentId?: string) {
  return db
    .select({
      governmentId: cycleAssessors.governmentId,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(cycleAssessors)
    .innerJoin(users, eq(users.id, cycleAssessors.userId))
    .where(
      and(
        eq(cycleAssessors.cycleId, cycleId),
        governmentId ? eq(cycleAssessors.governmentId, governmentId) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}

export async function replaceAssessors(
  db: Executor,
  cycleId: string,
  governmentId: string,
  userIds: string[],
): Promise<void> {
  await db
    .delete(cycleAssessors)
    .where(and(eq(cycleAssessors.cycleId, cycleId), eq(cycleAssessors.governmentId, governmentId)));
  if (userIds.length)
    await db.insert(cycleAssessors).values(userIds.map((userId) => ({ cycleId, governmentId, userId })));
}

export async function isAssignedAssessor(
  db: Executor,
  cycleId: string,
  governmentId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .select({ u: cycleAssessors.userId })
    .from(cycleAssessors)
    .where(
      and(
        eq(cycleAssessors.cycleId, cycleId),
        eq(cycleAssessors.governmentId, governmentId),
        eq(cycleAssessors.userId, userId),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Active accounts with the assessor role in an office: the people a head may assign. */
export async function activeAssessorsOfOffice(db: Executor, officeId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(and(eq(users.officeId, officeId), eq(users.role, 'assessor'), isNull(users.archivedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

export async function findUsersByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, role: users.role, officeId: users.officeId, archivedAt: users.archivedAt })
    .from(users)
    .where(inArray(users.id, ids));
}

/** Counts that gate phase changes: governments, sampled units, pending items, open appeals. */
export async function cycleGateCounts(db: Executor, cycleId: string) {
  const rows = await db.execute(sql`
    select
      (select count(*)::int from cycle_governments where cycle_id = ${cycleId}) as governments,
      (select count(*)::int from cycle_governments cg where cg.cycle_id = ${cycleId}
         and not exists (select 1 from cycle_units cu where cu.cycle_id = cg.cycle_id and cu.government_id = cg.government_id)) as governments_without_units,
      (select count(*)::int from answers where cycle_id = ${cycleId} and verify_status = 'pending') as pending,
      (select count(*)::int from appeals where cycle_id = ${cycleId} and status = 'open') as open_appeals`);
  const r = (rows as unknown as { rows: Record<string, number>[] }).rows[0]!;
  return {
    governments: r.governments!,
    governmentsWithoutUnits: r.governments_without_units!,
    pending: r.pending!,
    openAppeals: r.open_appeals!,
  };
}
