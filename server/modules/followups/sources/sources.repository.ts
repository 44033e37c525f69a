/**
 * SQL of the follow-up items raised by their sources (issue 17): a released official cycle's and an
 * approved internal cycle's improvement points, a closed SKM period's weakest elements, an
 * activity's agreed actions. Each insert is `on conflict do nothing` on the source's unique key
 * (improvement_point_id / activity_action_id / survey_period_id + unit_id + survey_element), so
 * running a source again — or two releases at once — adds nothing; every new item gets its
 * 'dibuat' history row in the same statement's transaction.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../../db/client';
import { governments, offices, units } from '../../../db/schema';
import { followupEvents, followupItems } from '../../../db/schema-complaints';

type NewItem = typeof followupItems.$inferInsert;

/** Appends the 'dibuat' history row of each new item. */
async function created(db: Executor, ids: string[], actorId: string | null) {
  if (ids.length === 0) return;
  await db
    .insert(followupEvents)
    .values(ids.map((itemId) => ({ itemId, actorId, action: 'dibuat', toStatus: 'terbuka' })));
}

/**
 * Items from the improvement points of a cycle (these governments; archived points left out), one
 * per point; `defaultDue` is used where the point names no due date. Returns the new items' ids.
 */
export async function raiseFromImprovementPoints(
  db: Executor,
  p: {
    cycleId: string;
    governmentIds: string[];
    kind: 'saran_perbaikan' | 'perbaikan_internal';
    officeId: string | null;
    defaultDue: string;
    actorId: string | null;
  },
): Promise<string[]> {
  if (p.governmentIds.length === 0) return [];
  const issuer = p.kind === 'saran_perbaikan' ? 'office' : 'government';
  const source = p.kind === 'saran_perbaikan' ? 'cycle' : 'internal_cycle';
  const govs = sql.join(
    p.governmentIds.map((g) => sql`${g}::uuid`),
    sql`, `,
  );
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`
      insert into followup_items (kind, issuer, source_type, source_id, office_id, government_id, unit_id,
        cycle_id, indicator_code, improvement_point_id, addressee, action, due_on, created_by)
      select ${p.kind}, ${issuer}, ${source}, ip.cycle_id, ${p.officeId}::uuid, ip.government_id, ip.unit_id,
        ip.cycle_id, ip.indicator_code, ip.id, coalesce(u.name, g.name), ip.text,
        coalesce(ip.due_on, ${p.defaultDue}::date), ${p.actorId}::uuid
      from improvement_points ip
      join governments g on g.id = ip.government_id
      left join units u on u.id = ip.unit_id
      where ip.cycle_id = ${p.cycleId} and ip.archived_at is null and ip.government_id in (${govs})
      order by ip.created_at, ip.id
      on conflict (improvement_point_id) do nothing
      returning id`),
  );
  const ids = rows.map((r) => r.id);
  await created(db, ids, p.actorId);
  return ids;
}

/** Inserts source items keyed by their own unique column; the ones already there are skipped. */
export async function insertSourceItems(
  db: Executor,
  rows: NewItem[],
  key: 'activity' | 'survey',
  actorId: string | null,
): Promise<string[]> {
  if (rows.length === 0) return [];
  const target =
    key === 'activity'
      ? [followupItems.activityActionId]
      : [followupItems.surveyPeriodId, followupItems.unitId, followupItems.surveyElement];
  const inserted = await db
    .insert(followupItems)
    .values(rows)
    .onConflictDoNothing({ target })
    .returning({ id: followupItems.id });
  const ids = inserted.map((r) => r.id);
  await created(db, ids, actorId);
  return ids;
}

/** Names of a government and of some of its units (the items' addressee). */
export async function names(db: Executor, governmentId: string, unitIds: string[]) {
  const [gov] = await db
    .select({ name: governments.name })
    .from(governments)
    .where(eq(governments.id, governmentId));
  const unitRows = unitIds.length
    ? await db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds))
    : [];
  return { government: gov?.name ?? '', units: new Map(unitRows.map((u) => [u.id, u.name])) };
}

/** The ids of these activity actions that already have a follow-up item. */
export async function actionsWithItems(db: Executor, actionIds: string[]): Promise<Set<string>> {
  if (actionIds.length === 0) return new Set();
  const rows = await db
    .select({ id: followupItems.activityActionId })
    .from(followupItems)
    .where(inArray(followupItems.activityActionId, actionIds));
  return new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
}

/**
 * Carries an edited action into its item while nobody has answered it yet (still `terbuka`); an
 * item already answered keeps what was asked when it was answered.
 */
export async function updateOpenActionItem(
  db: Executor,
  actionId: string,
  values: { action: string; addressee: string; unitId: string | null; dueOn: string | null },
) {
  await db
    .update(followupItems)
    .set({ ...values, version: sql`${followupItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(followupItems.activityActionId, actionId), eq(followupItems.status, 'terbuka')));
}

export async function officeExists(db: Executor, officeId: string): Promise<boolean> {
  const rows = await db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
  return rows.length > 0;
}

/** How many governments (not archived) the office supervises. */
export async function officeGovernmentCount(db: Executor, officeId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from governments where office_id = ${officeId} and archived_at is null`,
    ),
  );
  return row?.n ?? 0;
}

/** The office's governments (not archived) with no activity (not archived) held in `year`, by name. */
export async function unmetGovernments(db: Executor, officeId: string, year: number) {
  return rowsOf<{ id: string; name: string; type: string; lastHeldOn: string | null }>(
    await db.execute(sql`
      select g.id, g.name, g.type,
        (select max(a.held_on)::text from activities a
          where a.government_id = g.id and a.archived_at is null) as "lastHeldOn"
      from governments g
      where g.office_id = ${officeId} and g.archived_at is null
        and not exists (select 1 from activities a where a.government_id = g.id and a.archived_at is null
          and a.held_on >= ${`${year}-01-01`}::date and a.held_on <= ${`${year}-12-31`}::date)
      order by g.name, g.id`),
  );
}
