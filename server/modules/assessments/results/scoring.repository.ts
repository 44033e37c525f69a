/** SQL behind the scores: the answers of one government, and the stored roll-ups and versions. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { PLANNED_PER_CALL, rowsOf, type Executor } from '../../../db/client';
import { serviceProducts, units } from '../../../db/schema';
import {
  answers,
  cycleGovernments,
  cycles,
  frameworks,
  governmentResults,
  productResults,
  scoreVersions,
  unitResults,
} from '../../../db/schema-assessments';

/*
 * Score-write locks (issue 8 finding 4). Every write of a government's scores orders itself by
 * row locks, always taken in this order, at the start of the writing transaction:
 *   1. the cycle's row: FOR SHARE by a per-government write (writes of different governments run
 *      side by side), exclusively (FOR NO KEY UPDATE, or the UPDATE of a phase change) by a phase
 *      change or a whole-cycle recompute, which so waits for the writes in flight and holds the next;
 *   2. the government's cycle_governments row FOR UPDATE: writes of one government queue here, so
 *      each reads the answers only after the previous one committed, and numbers its version after
 *      the previous version;
 *   3. the rank lock of (cycle, government type), a transaction advisory lock (lockRanks), taken
 *      last, after the engine ran and the unit and product rows were written, right before the
 *      government's row and the ranks of its type are written (storeRanks). A rank spans every
 *      government of a type, so writes of one type queue here for the short rest of their
 *      transaction, and each computes the ranks after the previous one committed (READ COMMITTED:
 *      the rank statement's snapshot is taken once the lock is held). Only holders of this lock,
 *      or of the cycle row exclusively (step 1), write government_results rows, so the rank
 *      statement never waits on a row held by another writer: no deadlock.
 */

/**
 * The cycle's status and framework, with the framework's last change (loadFramework's check of
 * its cached parse, read in the same statement): the select of the locks below.
 */
const lockedCycle = (db: Executor, cycleId: string) =>
  db
    .select({ status: cycles.status, frameworkId: cycles.frameworkId, frameworkStamp: frameworks.updatedAt })
    .from(cycles)
    .innerJoin(frameworks, eq(frameworks.id, cycles.frameworkId))
    .where(eq(cycles.id, cycleId));

/** Locks the cycle row shared (step 1 of a per-government write); its status and framework. */
export async function lockCycleShared(db: Executor, cycleId: string) {
  return (await lockedCycle(db, cycleId).for('share', { of: cycles }))[0];
}

/** The cycle's status and framework, without a lock (a read before a locked write checks them again). */
export async function readCycleContext(db: Executor, cycleId: string) {
  return (await lockedCycle(db, cycleId))[0];
}

/** Locks the cycle row exclusively (a whole-cycle write); its status and framework. */
export async function lockCycleExclusive(db: Executor, cycleId: string) {
  return (await lockedCycle(db, cycleId).for('no key update', { of: cycles }))[0];
}

/** Locks one government of a cycle for a score write (step 2); false when it is not in the cycle. */
export async function lockCycleGovernment(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db
    .select({ id: cycleGovernments.governmentId })
    .from(cycleGovernments)
    .where(and(eq(cycleGovernments.cycleId, cycleId), eq(cycleGovernments.governmentId, governmentId)))
    .for('update');
  return rows.length > 0;
}

/** Advisory-lock class of the rank lock (step 3); the object is a hash of cycle and type. */
const RANK_LOCK_CLASS = 7421;

/** Step 3: the rank locks of the given government types in one cycle (sorted, so never crossed). */
export async function lockRanks(db: Executor, cycleId: string, types: string[]): Promise<void> {
  for (const type of [...new Set(types)].sort())
    await db.execute(
      sql`select pg_advisory_xact_lock(${RANK_LOCK_CLASS}, hashtext(${cycleId}::text || ':' || ${type}::text))`,
    );
}

/**
 * Writes rank and peers of the cycle's governments of one type (every type when omitted): rank
 * among governments of the same type by rounded score (ties share a rank, null without a score)
 * and the number of those with a score. Only rows whose rank or peers move are written. Call it
 * under the rank lock of that type (or the cycle row held exclusively). The type is compared as the
 * enum, not as text: the prepared statement's generic plan (ADR 0015) then starts from the type's
 * governments, where with `type::text` it expected one row per cycle (592 cycles in the national
 * synth, most of them one government's internal cycle) and joined 591 × 296 rows: 21 ms instead
 * of 4 ms per edit (docs/PERFORMANCE.md, round 22).
 */
export async function storeRanks(db: Executor, cycleId: string, type?: string): Promise<void> {
  await db.execute(sql`
    update government_results gr set rank = x.rank, peers = x.peers
    from (
      select r.government_id,
        case when r.rounded is null then null
             else (rank() over (partition by g.type order by r.rounded desc nulls last))::int end as rank,
        (count(r.rounded) over (partition by g.type))::int as peers
      from government_results r
      join cycle_governments cg on cg.cycle_id = r.cycle_id and cg.government_id = r.government_id
      join governments g on g.id = r.government_id
      where r.cycle_id = ${cycleId} ${type === undefined ? sql`` : sql`and g.type = ${type}::government_type`}
    ) x
    where gr.cycle_id = ${cycleId} and gr.government_id = x.government_id
      and (gr.rank, gr.peers) is distinct from (x.rank, x.peers)`);
}

/** Every answer cell of one government in one cycle, with unit type and names, in one query. */
export async function governmentAnswers(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      id: answers.id,
      indicator: answers.indicator,
      unitId: answers.unitId,
      unitType: units.type,
      unitName: units.name,
      productId: answers.productId,
      productName: serviceProducts.name,
      selfValue: answers.selfValue,
      selfNa: answers.selfNa,
      selfComment: answers.selfComment,
      verifyStatus: answers.verifyStatus,
      verifiedValue: answers.verifiedValue,
      verifiedNa: answers.verifiedNa,
      verifyReason: answers.verifyReason,
    })
    .from(answers)
    .leftJoin(units, eq(units.id, answers.unitId))
    .leftJoin(serviceProducts, eq(serviceProducts.id, answers.productId))
    .where(and(eq(answers.cycleId, cycleId), eq(answers.governmentId, governmentId)))
    .orderBy(
      asc(units.name),
      asc(answers.unitId),
      asc(serviceProducts.name),
      asc(answers.productId),
      asc(answers.id),
    );
}
export type AnswerRow = Awaited<ReturnType<typeof governmentAnswers>>[number];

/** What the engine reads of an answer (a subset of AnswerRow). */
export interface ScoringRow {
  indicator: string;
  unitId: string | null;
  unitType: string | null;
  productId: string | null;
  selfValue: number | null;
  selfNa: boolean;
  verifyStatus: 'pending' | 'accepted' | 'adjusted';
  verifiedValue: number | null;
  verifiedNa: boolean;
}

/** Field and record separators of packedAnswers (ASCII unit and record separators). */
export const FIELD_SEP = '\x1f';
export const RECORD_SEP = '\x1e';

/** One answer as a packed record (the fields of packedAnswers, joined by FIELD_SEP). */
const packedRecord = sql`concat(indicator, ${FIELD_SEP}::text, unit_id, ${FIELD_SEP}::text, product_id,
  ${FIELD_SEP}::text, self_value, ${FIELD_SEP}::text, self_na::int, ${FIELD_SEP}::text, verify_status,
  ${FIELD_SEP}::text, verified_value, ${FIELD_SEP}::text, verified_na::int)`;

/**
 * The answers of some governments of a cycle for a full recompute, one text per government:
 * records `indicator, unit_id, product_id, self_value, self_na, verify_status, verified_value,
 * verified_na` joined by FIELD_SEP and RECORD_SEP (NULL → empty, booleans 1/0, floats in their
 * shortest exact spelling; read back by unpackAnswers in scoring.service). One row per government instead of one per answer: the
 * driver parses 591 strings instead of 3 million rows, which made the fetch 8× faster. No join and
 * no sort: the engine orders units and products itself.
 */
export async function packedAnswers(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
): Promise<Array<{ governmentId: string; packed: string }>> {
  // Planned per call (ADR 0015): a national recompute sends it 60 times, its generic plan took
  // 194 ms a batch against 149 ms planned per call (docs/PERFORMANCE.md, round 22).
  const res = await db.execute(sql`${PLANNED_PER_CALL}
    select government_id as "governmentId", string_agg(${packedRecord}, ${RECORD_SEP}::text) as packed
    from answers
    where cycle_id = ${cycleId} and government_id = any(${sql.param(governmentIds)}::uuid[])
    group by government_id`);
  return rowsOf(res);
}

/**
 * What one unit's re-score reads (scoring.service, one edit), in one statement: the stored per-leaf
 * values of every scored unit of the government, with each unit's type now (as JSON: parsed
 * natively, where a float8[] went through a JavaScript array parser), and the government's
 * entity-level answers with those of `unitId` (none when null), packed as packedAnswers.
 */
export async function changedUnitInputs(
  db: Executor,
  cycleId: string,
  governmentId: string,
  unitId: string | null,
) {
  const res = await db.execute(sql`
    select
      coalesce((
        select json_agg(json_build_object('unit_id', ur.unit_id, 'type', u.type, 'leaf_values', ur.leaf_values,
                                          'leaf_missing', ur.leaf_missing, 'leaf_state', ur.leaf_state))
        from unit_results ur left join units u on u.id = ur.unit_id
        where ur.cycle_id = ${cycleId} and ur.government_id = ${governmentId}
      ), '[]'::json) as stored,
      (select coalesce(string_agg(${packedRecord}, ${RECORD_SEP}::text), '')
       from answers
       where cycle_id = ${cycleId} and government_id = ${governmentId}
         and (unit_id is null ${unitId ? sql`or unit_id = ${unitId}::uuid` : sql``})) as packed`);
  return rowsOf<{
    stored: Array<{
      unit_id: string;
      type: string | null;
      leaf_values: number[] | null;
      leaf_missing: number[] | null;
      leaf_state: string | null;
    }>;
    packed: string;
  }>(res)[0]!;
}

/** Unit id → unit type for every unit of the given governments. */
export async function unitTypesOf(db: Executor, governmentIds: string[]) {
  return rowsOf<{ id: string; type: string }>(
    await db.execute(
      sql`select id, type from units where government_id = any(${sql.param(governmentIds)}::uuid[])`,
    ),
  );
}

/** The governments' types and stored results (for versioning) of a batch, in one statement. */
export async function batchContext(db: Executor, cycleId: string, governmentIds: string[]) {
  const rows = rowsOf<{
    id: string;
    type: string;
    stored: boolean;
    rounded: number | null;
    band: string | null;
    version: number | null;
  }>(
    await db.execute(sql`
      select g.id, g.type, gr.government_id is not null as stored, gr.rounded, gr.band, gr.version
      from governments g
      left join government_results gr on gr.cycle_id = ${cycleId} and gr.government_id = g.id
      where g.id = any(${sql.param(governmentIds)}::uuid[])`),
  );
  const types = rows.map((r) => ({ id: r.id, type: r.type }));
  const previous = rows
    .filter((r) => r.stored)
    .map((r) => ({ government_id: r.id, rounded: r.rounded, band: r.band, version: r.version ?? 0 }));
  return { types, previous };
}

export async function findGovernmentResult(db: Executor, cycleId: string, governmentId: string) {
  const rows = await db
    .select()
    .from(governmentResults)
    .where(and(eq(governmentResults.cycleId, cycleId), eq(governmentResults.governmentId, governmentId)))
    .limit(1);
  return rows[0];
}

export type GovernmentResultRow = Omit<typeof governmentResults.$inferInsert, 'updatedAt'>;
export type UnitResultRow = Omit<typeof unitResults.$inferInsert, 'updatedAt'>;
export type ProductResultRow = Omit<typeof productResults.$inferInsert, 'updatedAt'>;

const arr = (values: unknown[]) => sql.param(values);
/**
 * A number array as PostgreSQL array text (`{1,0.5,-1}`), so arrays of arrays pass through unnest
 * as text and are cast per row. JavaScript's shortest spelling reads back as the same float8.
 */
const arrayLiteral = (values: number[] | null | undefined) => (values ? `{${values.join(',')}}` : null);
const json = (values: unknown[]) =>
  sql.param(values.map((v) => (v === undefined ? null : JSON.stringify(v))));

/**
 * Upserts government roll-ups of one cycle in one statement (unnest of column arrays). A row
 * whose values did not change is left alone, so its updated_at keeps the time of the last change.
 */
export async function upsertGovernmentResults(
  db: Executor,
  cycleId: string,
  rows: GovernmentResultRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into government_results
      (cycle_id, government_id, score, rounded, band, zone, dimensions, detail, missing, version)
    select ${cycleId}::uuid, r.* from unnest(
      ${arr(rows.map((r) => r.governmentId))}::uuid[], ${arr(rows.map((r) => r.score ?? null))}::float8[],
      ${arr(rows.map((r) => r.rounded ?? null))}::float8[], ${arr(rows.map((r) => r.band ?? null))}::text[],
      ${arr(rows.map((r) => r.zone ?? null))}::text[], ${json(rows.map((r) => r.dimensions ?? {}))}::jsonb[],
      ${json(rows.map((r) => r.detail))}::jsonb[], ${arr(rows.map((r) => r.missing ?? 0))}::int[],
      ${arr(rows.map((r) => r.version ?? 0))}::int[])
      as r(government_id, score, rounded, band, zone, dimensions, detail, missing, version)
    on conflict (cycle_id, government_id) do update set
      score = excluded.score, rounded = excluded.rounded, band = excluded.band, zone = excluded.zone,
      dimensions = excluded.dimensions, detail = excluded.detail, missing = excluded.missing,
      version = excluded.version, updated_at = now()
    where (government_results.score, government_results.rounded, government_results.band,
           government_results.zone, government_results.dimensions, government_results.detail,
           government_results.missing, government_results.version)
      is distinct from (excluded.score, excluded.rounded, excluded.band, excluded.zone,
           excluded.dimensions, excluded.detail, excluded.missing, excluded.version)`);
}

/**
 * Replaces the unit and product roll-ups of the given governments of a cycle with set-based
 * statements: one upsert per table (unchanged rows are skipped) and one delete per table for
 * units or products that no longer have answers (an anti-join on the kept ids: `<> all(array)`
 * compared every row with every id, which cost seconds per batch at national size).
 */
export async function replacePartResults(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
  unitRows: UnitResultRow[],
  productRows: ProductResultRow[],
): Promise<void> {
  const govs = arr(governmentIds);
  // Planned per call, both deletes (ADR 0015): with the generic plan the units' delete took 11 ms a
  // batch of a national recompute against 0.7 ms (docs/PERFORMANCE.md, round 22).
  await db.execute(sql`${PLANNED_PER_CALL}
    delete from unit_results ur where ur.cycle_id = ${cycleId} and ur.government_id = any(${govs}::uuid[])
      and not exists (select 1 from unnest(${arr(unitRows.map((r) => r.unitId))}::uuid[]) as k(id)
                      where k.id = ur.unit_id)`);
  await db.execute(sql`${PLANNED_PER_CALL}
    delete from product_results pr where pr.cycle_id = ${cycleId} and pr.government_id = any(${govs}::uuid[])
      and not exists (select 1 from unnest(${arr(productRows.map((r) => r.productId))}::uuid[]) as k(id)
                      where k.id = pr.product_id)`);
  await upsertPartResults(db, cycleId, unitRows, productRows);
}

/**
 * Rows as one JSON parameter, read back with json_to_recordset (short keys: a national batch
 * sends ~4,000 rows): JSON.stringify is native, where the driver escaped every element of a
 * dozen column arrays in JavaScript on the request loop, ~10 ms and most of the garbage of each
 * batch of a national recompute (docs/PERFORMANCE.md, round 22). Numbers keep their shortest
 * spelling, which reads back as the same float8; an absent key reads as null.
 */
const jsonRows = <T>(rows: T[], pick: (row: T) => Record<string, unknown>) =>
  sql`${sql.param(JSON.stringify(rows.map(pick)))}::json`;

/** The keys a unit row and a product row share in jsonRows. */
const rollUpKeys = (r: UnitResultRow | ProductResultRow) => ({
  u: r.unitId,
  g: r.governmentId,
  s: r.score,
  r: r.rounded,
  b: r.band,
  z: r.zone,
});

/** The upsert of unit roll-ups (unchanged rows are skipped). */
const unitUpsert = (cycleId: string, unitRows: UnitResultRow[]) => sql`
    insert into unit_results (cycle_id, unit_id, government_id, score, rounded, band, zone, missing,
                              leaf_values, leaf_missing, leaf_state)
    select ${cycleId}::uuid, r.u, r.g, r.s, r.r, r.b, r.z, coalesce(r.m, 0), r.lv::float8[], r.lm::int[], r.ls
    from json_to_recordset(${jsonRows(unitRows, (r) => ({
      ...rollUpKeys(r),
      m: r.missing,
      lv: arrayLiteral(r.leafValues),
      lm: arrayLiteral(r.leafMissing),
      ls: r.leafState,
    }))}) as r(u uuid, g uuid, s float8, r float8, b text, z text, m int, lv text, lm text, ls text)
    on conflict (cycle_id, unit_id) do update set
      government_id = excluded.government_id, score = excluded.score, rounded = excluded.rounded,
      band = excluded.band, zone = excluded.zone, missing = excluded.missing,
      leaf_values = excluded.leaf_values, leaf_missing = excluded.leaf_missing,
      leaf_state = excluded.leaf_state, updated_at = now()
    where (unit_results.government_id, unit_results.score, unit_results.rounded, unit_results.band,
           unit_results.zone, unit_results.missing, unit_results.leaf_values, unit_results.leaf_missing,
           unit_results.leaf_state)
      is distinct from (excluded.government_id, excluded.score, excluded.rounded, excluded.band,
           excluded.zone, excluded.missing, excluded.leaf_values, excluded.leaf_missing,
           excluded.leaf_state)`;

/** The upsert of product roll-ups (unchanged rows are skipped). */
const productUpsert = (cycleId: string, productRows: ProductResultRow[]) => sql`
    insert into product_results (cycle_id, product_id, unit_id, government_id, score, rounded, band, zone)
    select ${cycleId}::uuid, r.p, r.u, r.g, r.s, r.r, r.b, r.z
    from json_to_recordset(${jsonRows(productRows, (r) => ({ p: r.productId, ...rollUpKeys(r) }))}) as r(p uuid, u uuid, g uuid, s float8, r float8, b text, z text)
    on conflict (cycle_id, product_id) do update set
      unit_id = excluded.unit_id, government_id = excluded.government_id, score = excluded.score,
      rounded = excluded.rounded, band = excluded.band, zone = excluded.zone, updated_at = now()
    where (product_results.unit_id, product_results.government_id, product_results.score,
           product_results.rounded, product_results.band, product_results.zone)
      is distinct from (excluded.unit_id, excluded.government_id, excluded.score, excluded.rounded,
           excluded.band, excluded.zone)`;

/**
 * Upserts unit and product roll-ups of one cycle in one statement (two data-modifying WITH
 * clauses, each run once and to completion; rows whose values did not change are skipped).
 */
export async function upsertPartResults(
  db: Executor,
  cycleId: string,
  unitRows: UnitResultRow[],
  productRows: ProductResultRow[],
): Promise<void> {
  const parts = [
    unitRows.length ? unitUpsert(cycleId, unitRows) : null,
    productRows.length ? productUpsert(cycleId, productRows) : null,
  ].filter((p) => p !== null);
  if (parts.length === 2) await db.execute(sql`with u as (${parts[0]}), p as (${parts[1]}) select 1`);
  else if (parts.length === 1) await db.execute(parts[0]!);
}

/** Score versions in one multi-row insert. */
export async function insertScoreVersions(
  db: Executor,
  rows: (typeof scoreVersions.$inferInsert)[],
): Promise<void> {
  if (rows.length) await db.insert(scoreVersions).values(rows);
}

export async function listScoreVersions(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select()
    .from(scoreVersions)
    .where(and(eq(scoreVersions.cycleId, cycleId), eq(scoreVersions.governmentId, governmentId)))
    .orderBy(desc(scoreVersions.version));
}

export async function unitResultsOf(db: Executor, cycleId: string, governmentId: string) {
  return db
    .select({
      unitId: unitResults.unitId,
      name: units.name,
      score: unitResults.score,
      rounded: unitResults.rounded,
      band: unitResults.band,
      zone: unitResults.zone,
    })
    .from(unitResults)
    .innerJoin(units, eq(units.id, unitResults.unitId))
    .where(and(eq(unitResults.cycleId, cycleId), eq(unitResults.governmentId, governmentId)))
    .orderBy(asc(units.name));
}
