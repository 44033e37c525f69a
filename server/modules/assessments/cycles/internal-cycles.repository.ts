/** SQL for a government's internal cycles: the whole government as sample, the work plan, sharing. */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';
import { governments, offices, serviceProducts, units, users } from '../../../db/schema';
import { cycles, cycleUnits, cycleUnitTeam } from '../../../db/schema-assessments';

/** The government with its office and zone inputs (null when missing or archived). */
export async function findGovernment(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: governments.id,
      name: governments.name,
      officeId: governments.officeId,
      regionCode: governments.regionCode,
      officeProvinceCodes: offices.provinceCodes,
    })
    .from(governments)
    .innerJoin(offices, eq(offices.id, governments.officeId))
    .where(and(eq(governments.id, id), isNull(governments.archivedAt)))
    .limit(1);
  return row;
}

/** Every active product of these units (an internal cycle assesses all of them). */
export async function activeProductsOfUnits(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({ id: serviceProducts.id, unitId: serviceProducts.unitId })
    .from(serviceProducts)
    .where(and(inArray(serviceProducts.unitId, unitIds), isNull(serviceProducts.archivedAt)));
}

/** The largest number of active products any of these units has (the cycle's products per unit). */
export function maxPerUnit(products: { unitId: string }[]): number {
  const counts = new Map<string, number>();
  for (const p of products) counts.set(p.unitId, (counts.get(p.unitId) ?? 0) + 1);
  return Math.min(10, Math.max(1, ...counts.values()));
}

export interface WorkPlanRow {
  unit_id: string;
  name: string;
  type: string;
  sector: string;
  scheduled_date: string | null;
  self_status: 'draft' | 'submitted';
  total: number;
  answered: number;
  verified: number;
  last_verified_at: string | null;
  team: { userId: string; name: string }[] | null;
}

/** Per unit of the cycle (optionally only `unitIds`): its date, team and answer counts, in one query. */
export async function workPlanRows(db: Executor, cycleId: string, unitIds: string[] | null) {
  const only =
    unitIds === null
      ? sql``
      : unitIds.length === 0
        ? sql`and false`
        : sql`and cu.unit_id in (${sql.join(
            unitIds.map((u) => sql`${u}::uuid`),
            sql`, `,
          )})`;
  const res = await db.execute(sql`
    select cu.unit_id, u.name, u.type, u.sector, cu.scheduled_date::text as scheduled_date,
      cu.self_status, coalesce(a.total, 0)::int as total, coalesce(a.answered, 0)::int as answered,
      coalesce(a.verified, 0)::int as verified, a.last_verified_at,
      (select json_agg(json_build_object('userId', us.id, 'name', us.name) order by us.name)
         from cycle_unit_team t join users us on us.id = t.user_id
         where t.cycle_id = cu.cycle_id and t.unit_id = cu.unit_id) as team
    from cycle_units cu
    join units u on u.id = cu.unit_id
    left join lateral (
      select count(*) as total,
        count(*) filter (where x.self_value is not null or x.self_na) as answered,
        count(*) filter (where x.verify_status <> 'pending') as verified,
        max(x.verified_at) as last_verified_at
      from answers x where x.cycle_id = cu.cycle_id and x.unit_id = cu.unit_id
    ) a on true
    where cu.cycle_id = ${cycleId}::uuid ${only}
    order by cu.scheduled_date nulls last, u.name, u.id`);
  return rowsOf<WorkPlanRow>(res);
}

/** Sets a unit's scheduled date and replaces its team. */
export async function setWorkPlanItem(
  db: Executor,
  cycleId: string,
  item: { unitId: string; scheduledDate: string | null; team: string[] },
): Promise<void> {
  await db
    .update(cycleUnits)
    .set({ scheduledDate: item.scheduledDate })
    .where(and(eq(cycleUnits.cycleId, cycleId), eq(cycleUnits.unitId, item.unitId)));
  await db
    .delete(cycleUnitTeam)
    .where(and(eq(cycleUnitTeam.cycleId, cycleId), eq(cycleUnitTeam.unitId, item.unitId)));
  if (item.team.length)
    await db
      .insert(cycleUnitTeam)
      .values([...new Set(item.team)].map((userId) => ({ cycleId, unitId: item.unitId, userId })));
}

/** Active internal verifiers of a government (the people a work plan may assign). */
export async function internalVerifiersOf(db: Executor, governmentId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      and(
        eq(users.governmentId, governmentId),
        eq(users.role, 'internal_verifier'),
        isNull(users.archivedAt),
      ),
    )
    .orderBy(users.name, users.email);
}

/** Shares (or stops sharing) an internal cycle's results with the government's office. */
export async function setShared(db: Executor, cycleId: string, by: string | null) {
  const [row] = await db
    .update(cycles)
    .set({ sharedAt: by ? sql`now()` : null, sharedBy: by, updatedAt: sql`now()` })
    .where(and(eq(cycles.id, cycleId), eq(cycles.kind, 'internal')))
    .returning();
  return row;
}

/** Active units of the government among `ids` (the coordinator's chosen subset). */
export async function activeUnitIdsAmong(db: Executor, governmentId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.governmentId, governmentId), isNull(units.archivedAt), inArray(units.id, ids)));
  return rows.map((r) => r.id);
}
