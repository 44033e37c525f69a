/**
 * Every SQL statement of the unit history: changes and their links, the lineage walks, and the past
 * results and improvement points of a unit's lineage. Results are never rewritten to the successor:
 * they stay on the predecessor's id and are found through `unitAndAncestorIds`.
 */
import { and, asc, eq, inArray, isNull, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Executor } from '../../db/client';
import { unitChangeLinks, unitChanges, units, users } from '../../db/schema';
import { cycles } from '../../db/schema-assessments';

export type UnitChangeRow = typeof unitChanges.$inferSelect;
export type UnitChangeLinkRow = typeof unitChangeLinks.$inferSelect;

const idList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * Locks the units (in id order, so two reorganisations touching the same units never deadlock) and
 * returns them as they are after any concurrent change committed: the second of two merges of the
 * same unit waits here and then sees it archived.
 */
export async function lockUnits(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(units).where(inArray(units.id, ids)).orderBy(asc(units.id)).for('update');
}

/**
 * The unit and every unit that became it through merges and splits (transitively), with the number
 * of steps back (0 = the unit). Renames are edges from a unit to itself and are left out. This is
 * the one function results, trends, carried-over improvement points and (later) follow-ups use to
 * follow a unit through a reorganisation.
 */
export async function unitAndAncestorIds(
  db: Executor,
  unitIds: string[],
): Promise<Array<{ unitId: string; depth: number }>> {
  if (unitIds.length === 0) return [];
  const result = await db.execute(sql`
    with recursive up(unit_id, depth) as (
      select u.id, 0 from ${units} u where u.id in (${idList(unitIds)})
      union
      select l.from_unit_id, up.depth + 1 from ${unitChangeLinks} l
        join up on l.to_unit_id = up.unit_id
       where l.from_unit_id <> l.to_unit_id and up.depth < 100
    )
    select unit_id as "unitId", min(depth)::int as depth from up group by unit_id`);
  return rowsOf<{ unitId: string; depth: number }>(result);
}

/** The unit and every unit it became through merges and splits (transitively), with the depth. */
export async function unitAndDescendantIds(
  db: Executor,
  unitId: string,
): Promise<Array<{ unitId: string; depth: number }>> {
  const result = await db.execute(sql`
    with recursive down(unit_id, depth) as (
      select ${unitId}::uuid, 0
      union
      select l.to_unit_id, down.depth + 1 from ${unitChangeLinks} l
        join down on l.from_unit_id = down.unit_id
       where l.from_unit_id <> l.to_unit_id and down.depth < 100
    )
    select unit_id as "unitId", min(depth)::int as depth from down group by unit_id`);
  return rowsOf<{ unitId: string; depth: number }>(result);
}

/** Names and archive dates of units (any government; callers pass ids they already resolved). */
export async function unitsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: units.id,
      name: units.name,
      archivedAt: units.archivedAt,
      governmentId: units.governmentId,
    })
    .from(units)
    .where(inArray(units.id, ids));
}

/**
 * Moves the active sub-units of `fromIds` (other than those units themselves and `toId`) under
 * `toId`: a merge hands its sub-units to the successor. Returns each moved unit with its old parent.
 */
export async function moveActiveChildren(db: Executor, fromIds: string[], toId: string) {
  if (fromIds.length === 0) return [];
  const moving = await db
    .select({ id: units.id, name: units.name, parentId: units.parentId })
    .from(units)
    .where(
      and(
        inArray(units.parentId, fromIds),
        isNull(units.archivedAt),
        ne(units.id, toId),
        notInArray(units.id, fromIds),
      ),
    );
  if (moving.length === 0) return [];
  await db
    .update(units)
    .set({ parentId: toId, updatedAt: sql`now()` })
    .where(
      inArray(
        units.id,
        moving.map((m) => m.id),
      ),
    );
  return moving;
}

/** Whether a merge or split closed the unit (it then stays archived: its successors carry it on). */
export async function closedByChange(db: Executor, unitId: string): Promise<boolean> {
  const rows = await db
    .select({ id: unitChangeLinks.changeId })
    .from(unitChangeLinks)
    .where(and(eq(unitChangeLinks.fromUnitId, unitId), ne(unitChangeLinks.toUnitId, unitId)))
    .limit(1);
  return rows.length > 0;
}

export async function insertChange(
  db: Executor,
  values: typeof unitChanges.$inferInsert,
): Promise<UnitChangeRow> {
  return (await db.insert(unitChanges).values(values).returning())[0]!;
}

export async function insertLinks(db: Executor, values: Array<typeof unitChangeLinks.$inferInsert>) {
  if (values.length > 0) await db.insert(unitChangeLinks).values(values);
}

/** Changes with their links, by id or touching any of the units; oldest effective date first. */
export async function listChanges(db: Executor, where: { changeId?: string; unitIds?: string[] }) {
  const conds: SQL[] = [];
  if (where.changeId) conds.push(eq(unitChanges.id, where.changeId));
  if (where.unitIds?.length) {
    const touching = db
      .select({ id: unitChangeLinks.changeId })
      .from(unitChangeLinks)
      .where(
        or(
          inArray(unitChangeLinks.fromUnitId, where.unitIds),
          inArray(unitChangeLinks.toUnitId, where.unitIds),
        ),
      );
    conds.push(inArray(unitChanges.id, touching));
  }
  if (conds.length === 0) return [];
  const changes = await db
    .select({
      id: unitChanges.id,
      governmentId: unitChanges.governmentId,
      kind: unitChanges.kind,
      effectiveOn: unitChanges.effectiveOn,
      reference: unitChanges.reference,
      note: unitChanges.note,
      createdAt: unitChanges.createdAt,
      createdByName: users.name,
    })
    .from(unitChanges)
    .leftJoin(users, eq(users.id, unitChanges.createdBy))
    .where(and(...conds))
    .orderBy(asc(unitChanges.effectiveOn), asc(unitChanges.createdAt), asc(unitChanges.id));
  if (changes.length === 0) return [];
  const links = await db
    .select()
    .from(unitChangeLinks)
    .where(
      inArray(
        unitChangeLinks.changeId,
        changes.map((c) => c.id),
      ),
    )
    .orderBy(asc(unitChangeLinks.fromName), asc(unitChangeLinks.toName));
  return changes.map((c) => ({ ...c, links: links.filter((l) => l.changeId === c.id) }));
}

/** The renames of the units (edges from a unit to itself), oldest first: the names history. */
export async function renamesOf(db: Executor, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .select({
      unitId: unitChangeLinks.fromUnitId,
      fromName: unitChangeLinks.fromName,
      toName: unitChangeLinks.toName,
      effectiveOn: unitChanges.effectiveOn,
    })
    .from(unitChangeLinks)
    .innerJoin(unitChanges, eq(unitChanges.id, unitChangeLinks.changeId))
    .where(
      and(
        inArray(unitChangeLinks.fromUnitId, unitIds),
        eq(unitChangeLinks.fromUnitId, unitChangeLinks.toUnitId),
      ),
    )
    .orderBy(asc(unitChanges.effectiveOn), asc(unitChanges.createdAt));
}

export interface PastResultRow {
  cycleId: string;
  year: number;
  cycleName: string;
  /** The day the cycle's results stand for: publication, else the final date, else creation. */
  asOf: string;
  unitId: string;
  rounded: number | null;
  band: string | null;
  zone: string | null;
  points: string[];
}

/**
 * Per cycle and unit among `unitIds`: the unit's result and its improvement points (either may be
 * absent). Only cycles of `officeIds` (null: any office) and, with `publishedOnly`, published ones;
 * archived cycles are left out. Newest year first.
 */
export async function pastResults(
  db: Executor,
  unitIds: string[],
  visible: { officeIds: string[] | null; publishedOnly: boolean },
) {
  if (unitIds.length === 0) return [];
  if (visible.officeIds?.length === 0) return [];
  const ids = idList(unitIds);
  const office = visible.officeIds ? sql`and c.office_id in (${idList(visible.officeIds)})` : sql``;
  const published = visible.publishedOnly ? sql`and c.status = 'published'` : sql``;
  const result = await db.execute(sql`
    with keys as (
      select cycle_id, unit_id from unit_results where unit_id in (${ids})
      union
      select cycle_id, unit_id from improvement_points where unit_id in (${ids}) and archived_at is null
    )
    select k.cycle_id as "cycleId", c.year, c.name as "cycleName",
           to_char(coalesce(c.published_at::date, c.final_date, c.created_at::date), 'YYYY-MM-DD') as "asOf",
           k.unit_id as "unitId", ur.rounded, ur.band, ur.zone,
           coalesce((select array_agg(p.text order by p.created_at, p.id) from improvement_points p
                      where p.cycle_id = k.cycle_id and p.unit_id = k.unit_id and p.archived_at is null),
                    '{}') as points
      from keys k
      join ${cycles} c on c.id = k.cycle_id
      left join unit_results ur on ur.cycle_id = k.cycle_id and ur.unit_id = k.unit_id
     where c.archived_at is null and c.kind = 'official' ${office} ${published}
     order by c.year desc, c.created_at desc, k.unit_id`);
  return rowsOf<PastResultRow>(result);
}

/**
 * Per unit, the results in one cycle of the unit itself and of every predecessor (through merges
 * and splits, transitively): what the rapor shows as a unit's previous result, "sebagai <name>".
 */
export async function lineageResultsIn(db: Executor, cycleId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const result = await db.execute(sql`
    with recursive up(root, unit_id, depth) as (
      select u.id, u.id, 0 from ${units} u where u.id in (${idList(unitIds)})
      union
      select up.root, l.from_unit_id, up.depth + 1 from ${unitChangeLinks} l
        join up on l.to_unit_id = up.unit_id
       where l.from_unit_id <> l.to_unit_id and up.depth < 100
    )
    select distinct up.root as "unitId", ur.unit_id as "fromUnitId", un.name, ur.rounded, ur.zone
      from up
      join unit_results ur on ur.unit_id = up.unit_id and ur.cycle_id = ${cycleId}::uuid
      join ${units} un on un.id = ur.unit_id
     order by 1, 3`);
  return rowsOf<{
    unitId: string;
    fromUnitId: string;
    name: string;
    rounded: number | null;
    zone: 'merah' | 'kuning' | 'hijau' | null;
  }>(result);
}
