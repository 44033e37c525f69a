/**
 * Scores and roll-ups: every number is computed by the shared engine (shared/scoring) from the
 * stored answers, then kept in government_results / unit_results / product_results (the live
 * score, right after every edit) with a history of versions (score_versions) written only at the
 * events a reader cares about: self-assessment closed, verification closed, each appeal decision,
 * the final phase, approval (which publishes), and a recompute after a rule change. Nothing here
 * re-implements a scoring rule. Writes are ordered by the locks described in scoring.repository
 * (cycle row, then the government's cycle_governments row, then the rank lock of its type). The
 * engine's side is scoring.engine, the rows a write stores scoring.rows.
 */
import pg from 'pg';
import type { Framework } from '../../../../shared/frameworks/framework.schema';
import { compileFramework } from '../../../../shared/scoring/compile-framework';
import { scoreEntity, type EntityScore, type UnitLeaves } from '../../../../shared/scoring/score-entity';
import type { EntityType } from '../../../../shared/frameworks/framework.schema';
import type { Executor } from '../../../db/client';
import { ConflictError, NotFoundError } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { inTransaction, isTransaction } from '../../../lib/transaction';
import { heavyWork } from '../../../lib/worker-pool';
import { loadFramework } from '../../frameworks/frameworks.sync';
import { cycleGovernmentIds } from '../cycles/cycles.repository';
import { cycleState, unpackAnswers, type ScoreReason } from './scoring.engine';
import * as repo from './scoring.repository';
import { scorePacked, type ScoreBatchInput } from './scoring.task';
import {
  collectRows,
  emptyRows,
  leafState,
  writeRows,
  type CycleContext,
  type RecomputeOptions,
  type RecomputeResult,
} from './scoring.rows';

export {
  cycleState,
  scoreRows,
  toEngineAnswers,
  unpackAnswers,
  type RowAnswer,
  type ScoreReason,
} from './scoring.engine';
export type { RecomputeOptions, RecomputeResult } from './scoring.rows';

interface BatchAnswers {
  packed: Array<{ governmentId: string; packed: string }>;
  unitTypes: Array<{ id: string; type: string }>;
}

async function loadBatch(db: Executor, cycleId: string, governmentIds: string[]): Promise<BatchAnswers> {
  const packed = await repo.packedAnswers(db, cycleId, governmentIds);
  const unitTypes = await repo.unitTypesOf(db, governmentIds);
  return { packed, unitTypes };
}

/**
 * A root database on a PostgreSQL pool can read on a second connection while the transaction's
 * connection writes. Inside a transaction, or on PGlite (one connection), it cannot.
 */
function secondReader(db: Executor): Executor | null {
  if (isTransaction(db)) return null;
  return (db as { $client?: unknown }).$client instanceof pg.Pool ? db : null;
}

/**
 * Scores a batch of governments of one cycle and writes their roll-ups set-based: one query for
 * the answers, one for the types and previous versions, then one upsert per results table
 * (rows that did not change are skipped) and one insert of score versions. A version is written
 * only when `force` (an event), and not for a government that has no score and never had a version.
 * The caller holds the score-write locks (scoring.repository) of these governments.
 */
async function recomputeBatch(
  tx: Executor,
  cycleId: string,
  cycle: CycleContext,
  framework: Framework,
  governmentIds: string[],
  reason: ScoreReason,
  actor: Pick<Actor, 'id'> | null,
  opts: RecomputeOptions,
  loaded?: BatchAnswers,
  cycleHeld = false,
  offload = false,
  prescored?: Prescored,
): Promise<Map<string, RecomputeResult>> {
  const { packed, unitTypes } = loaded ?? (await loadBatch(tx, cycleId, governmentIds));
  const { types, previous } = await repo.batchContext(tx, cycleId, governmentIds);
  const typeOf = new Map(types.map((t) => [t.id, t.type]));
  const previousOf = new Map(previous.map((p) => [p.government_id, p]));
  const packedOf = new Map(packed.map((p) => [p.governmentId, p.packed]));
  const unitTypeOf = new Map(unitTypes.map((u) => [u.id, u.type]));
  const reuse = prescored && stillScored(prescored, cycle, packedOf, unitTypeOf) ? prescored : null;

  const results = new Map<string, RecomputeResult>();
  const rows = emptyRows();
  // The recompute job scores the batch in the heavy-work pool (scoring.task): the loop stays free.
  const offloaded = offload
    ? await heavyWork().run<EntityScore[]>('score-batch', {
        framework,
        cycleStatus: cycle.status,
        items: governmentIds.map((id) => {
          const entityType = typeOf.get(id);
          if (entityType === undefined) throw new NotFoundError();
          return { entityType: entityType as EntityType, packed: packedOf.get(id) ?? '' };
        }),
        unitTypes: [...unitTypeOf],
      } satisfies ScoreBatchInput)
    : null;
  for (const [i, governmentId] of governmentIds.entries()) {
    // The engine is synchronous CPU work: between governments of a batch the loop answers other
    // requests (a 50-government batch stalled them ~0.7 s), on PGlite where this stays on the main
    // thread and on PostgreSQL alike. One government (an answer's recompute) does not wait.
    if (governmentIds.length > 1) await new Promise<void>((resolve) => setImmediate(resolve));
    const type = typeOf.get(governmentId);
    if (type === undefined) throw new NotFoundError();
    const score =
      offloaded?.[i] ??
      (reuse?.types.get(governmentId) === type ? reuse.scores.get(governmentId) : undefined) ??
      scorePacked(framework, cycle.status, type as EntityType, packedOf.get(governmentId) ?? '', unitTypeOf);
    const prev = previousOf.get(governmentId);
    const r = collectRows(
      rows,
      cycleId,
      cycle,
      governmentId,
      type,
      unitTypeOf,
      score,
      prev,
      reason,
      actor,
      opts,
    );
    results.set(governmentId, r);
  }
  const batchTypes = governmentIds.map((id) => typeOf.get(id)!);
  await writeRows(tx, cycleId, governmentIds, batchTypes, rows, opts, cycleHeld);
  return results;
}

/**
 * One changed answer of one government, scored from what changed: the changed unit's answers and
 * the entity-level answers are read, every other unit stands in by its stored leaves (unit_results,
 * written by every recompute), so the engine sums exactly what a full recompute sums. Null when a
 * unit's leaves are missing or were computed under another cycle state, government type or unit
 * type, or the government was never scored: the caller then scores the whole government.
 */
async function recomputeChanged(
  tx: Executor,
  cycleId: string,
  cycle: CycleContext,
  framework: Framework,
  governmentId: string,
  changed: NonNullable<RecomputeOptions['changed']>,
  reason: ScoreReason,
  actor: Actor | null,
  opts: RecomputeOptions,
): Promise<RecomputeResult | null> {
  const { types, previous } = await repo.batchContext(tx, cycleId, [governmentId]);
  const type = types[0]?.type;
  if (type === undefined) throw new NotFoundError();
  const prev = previous[0];
  if (!prev) return null;
  const leafCount = compileFramework(framework).leaves.length;
  const { stored, packed } = await repo.changedUnitInputs(tx, cycleId, governmentId, changed.unitId);
  const unitTypeOf = new Map<string, string>();
  const unitLeaves = new Map<string, UnitLeaves>();
  let changedSeen = changed.unitId === null;
  for (const u of stored) {
    if (u.type !== null) unitTypeOf.set(u.unit_id, u.type);
    if (u.unit_id === changed.unitId) {
      changedSeen = true;
      continue;
    }
    if (
      !u.leaf_values ||
      !u.leaf_missing ||
      u.leaf_values.length !== leafCount ||
      u.leaf_missing.length !== leafCount ||
      u.leaf_state !== leafState(cycle, type, u.type)
    )
      return null;
    unitLeaves.set(u.unit_id, { values: u.leaf_values.map(Number), missing: u.leaf_missing });
  }
  if (!changedSeen) return null;
  const answers = unpackAnswers(packed);
  const score = scoreEntity(framework, answers, {
    cycle: cycleState(cycle.status),
    entityType: type as EntityType,
    unitTypes: unitTypeOf,
    keepAnswers: false,
    unitLeaves,
    keepUnitLeaves: true,
  });
  const rows = emptyRows();
  const result = collectRows(
    rows,
    cycleId,
    cycle,
    governmentId,
    type,
    unitTypeOf,
    score,
    prev,
    reason,
    actor,
    opts,
  );
  await writeRows(tx, cycleId, [governmentId], [type], rows, opts, false);
  return { ...result, partial: true };
}

/**
 * Takes the score-write locks of one government (scoring.repository: the cycle row shared, then
 * the government's row) in the caller's transaction, and checks the phase under the lock: call it
 * first in a transaction that changes answers, so the phase cannot move between the check and the
 * write. Taking it again later in the same transaction is free. 404 when the government is not in
 * the cycle; 409 with `phase.messageKey` when the cycle is not in one of `phase.allowed`.
 */
export async function lockScores(
  tx: Executor,
  cycleId: string,
  governmentId: string,
  phase?: { allowed: string[]; messageKey: string },
): Promise<CycleContext> {
  const cycle = await repo.lockCycleShared(tx, cycleId);
  if (!cycle) throw new NotFoundError();
  if (phase && !phase.allowed.includes(cycle.status)) throw new ConflictError(phase.messageKey);
  if (!(await repo.lockCycleGovernment(tx, cycleId, governmentId))) throw new NotFoundError();
  return cycle;
}

/**
 * Recomputes one government of a cycle and stores its roll-ups (REFERENCE §10 rules 1–5 via the
 * engine). Loads that government's answers in one lean query, so a change to one answer costs one
 * government, never the cycle. The answers are read under the government's score-write lock
 * (lockScores), so concurrent edits of one government each store a full recompute of what was
 * committed before them, and versions are numbered one after another. A version (score_versions
 * row, labelled with `reason`) is written only when `force`: an appeal decision, an explicit
 * recompute. Given a root database, it opens its own transaction.
 */
export async function recomputeGovernment(
  tx: Executor,
  cycleId: string,
  governmentId: string,
  reason: ScoreReason,
  actor: Actor | null,
  opts: RecomputeOptions = {},
): Promise<RecomputeResult> {
  if (!isTransaction(tx))
    return inTransaction(tx, (t) => recomputeGovernment(t, cycleId, governmentId, reason, actor, opts));
  const cycle = opts.locked ?? (await lockScores(tx, cycleId, governmentId));
  const framework = await loadFramework(tx, cycle.frameworkId, cycle.frameworkStamp);
  if (opts.changed) {
    const one = await recomputeChanged(
      tx,
      cycleId,
      cycle,
      framework,
      governmentId,
      opts.changed,
      reason,
      actor,
      opts,
    );
    if (one) return one;
    // The stored leaves could not stand in: the whole government is scored and every unit's row
    // (with its leaves) written, so the next edit of this government reads one unit again.
    opts = { ...opts, changed: undefined };
  }
  const results = await recomputeBatch(tx, cycleId, cycle, framework, [governmentId], reason, actor, opts);
  return results.get(governmentId)!;
}

/**
 * Governments scored and written per batch by recomputeCycle. 10 rather than 50: the national
 * recompute's peak RSS fell from ~365 to ~275 MB (in process, docs/PERFORMANCE.md round 4) and its
 * time did not grow (within this loaded machine's noise).
 */
const BATCH = 10;

/**
 * Scores computed before the write transaction (recomputeInSteps), with what they were computed
 * from: used only where the transaction, under the cycle's lock, reads the same.
 */
interface Prescored {
  status: string;
  frameworkId: string;
  packedOf: Map<string, string>;
  unitTypeOf: Map<string, string>;
  /** Government id → its type when scored. */
  types: Map<string, string>;
  scores: Map<string, EntityScore>;
}

const sameMap = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** Whether a batch read under the lock is exactly what `pre` was scored from (answers, unit types, phase). */
function stillScored(
  pre: Prescored,
  cycle: CycleContext,
  packedOf: Map<string, string>,
  unitTypeOf: Map<string, string>,
): boolean {
  return (
    pre.status === cycle.status &&
    pre.frameworkId === cycle.frameworkId &&
    sameMap(pre.packedOf, packedOf) &&
    sameMap(pre.unitTypeOf, unitTypeOf)
  );
}

/**
 * Reads and scores some governments outside any transaction (recomputeInSteps): the engine's
 * work then runs while PGlite's one connection is free for other requests.
 */
async function prescore(
  db: Executor,
  cycleId: string,
  governmentIds: string[],
  frameworks: Map<string, Framework>,
): Promise<Prescored | undefined> {
  const cycle = await repo.readCycleContext(db, cycleId);
  if (!cycle) return undefined;
  if (!frameworks.has(cycle.frameworkId))
    frameworks.set(cycle.frameworkId, await loadFramework(db, cycle.frameworkId, cycle.frameworkStamp));
  const framework = frameworks.get(cycle.frameworkId)!;
  const { packed, unitTypes } = await loadBatch(db, cycleId, governmentIds);
  const { types: typeRows } = await repo.batchContext(db, cycleId, governmentIds);
  const packedOf = new Map(packed.map((p) => [p.governmentId, p.packed]));
  const unitTypeOf = new Map(unitTypes.map((u) => [u.id, u.type]));
  const types = new Map(typeRows.map((t) => [t.id, t.type]));
  const scores = new Map<string, EntityScore>();
  for (const [id, type] of types)
    scores.set(
      id,
      scorePacked(framework, cycle.status, type as EntityType, packedOf.get(id) ?? '', unitTypeOf),
    );
  return { status: cycle.status, frameworkId: cycle.frameworkId, packedOf, unitTypeOf, types, scores };
}

/**
 * recomputeCycle with one transaction per `per` governments, then one for the ranks (the recompute
 * job on PGlite): PGlite has one connection, so in a single transaction every other request,
 * /api/health included, waited for the whole recompute; here they run in between. Each step reads
 * the cycle afresh under its lock, so a phase change in between is honoured; readers may meanwhile
 * see some governments recomputed and others not yet. A failed job retried redoes every step.
 */
async function recomputeInSteps(
  db: Executor,
  cycleId: string,
  ids: string[],
  per: number,
  reason: ScoreReason,
  actor: Pick<Actor, 'id'> | null,
  opts: RecomputeOptions & Pick<CycleRecomputeOptions, 'beforeStepWrite'>,
): Promise<void> {
  const frameworks = new Map<string, Framework>();
  for (let i = 0; i < ids.length; i += per) {
    // Scored first, outside the transaction; the transaction reads the answers again under the
    // lock and keeps these scores only if nothing changed (else it scores again). So it holds
    // PGlite's only connection for the reads and writes, not for the engine's work too.
    const pre = await prescore(db, cycleId, ids.slice(i, i + per), frameworks);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await opts.beforeStepWrite?.(ids.slice(i, i + per));
    await inTransaction(db, async (tx) => {
      const cycle = await repo.lockCycleExclusive(tx, cycleId);
      if (!cycle) throw new NotFoundError();
      if (!frameworks.has(cycle.frameworkId))
        frameworks.set(cycle.frameworkId, await loadFramework(tx, cycle.frameworkId, cycle.frameworkStamp));
      const framework = frameworks.get(cycle.frameworkId)!;
      await recomputeBatch(
        tx,
        cycleId,
        cycle,
        framework,
        ids.slice(i, i + per),
        reason,
        actor,
        opts,
        undefined,
        true,
        false,
        pre,
      );
    });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await inTransaction(db, async (tx) => {
    if (!(await repo.lockCycleExclusive(tx, cycleId))) throw new NotFoundError();
    await repo.storeRanks(tx, cycleId);
  });
}

interface CycleRecomputeOptions {
  force?: boolean;
  perTransaction?: number;
  offload?: boolean;
  /**
   * Tests only: runs in each step of `perTransaction` between the pre-score and the write
   * transaction (what another request may do in that gap), with the step's government ids.
   */
  beforeStepWrite?: (governmentIds: string[]) => Promise<void>;
}

/**
 * Recomputes every government of a cycle in one transaction (a savepoint inside a caller's), in
 * batches of BATCH governments: one answers query, one engine pass and one set-based write per batch.
 * Holds the cycle row exclusively (scoring.repository locks), so no per-government write runs
 * meanwhile. With `force` every scored government gets a version labelled `reason`. With
 * `perTransaction` (on a root database) it commits every that many governments instead
 * (recomputeInSteps). Returns the count and the time taken.
 */
export async function recomputeCycle(
  db: Executor,
  cycleId: string,
  reason: ScoreReason,
  actor: Pick<Actor, 'id'> | null,
  opts: CycleRecomputeOptions = {},
): Promise<{ governments: number; ms: number }> {
  const started = performance.now();
  const ids = await cycleGovernmentIds(db, cycleId);
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += BATCH) batches.push(ids.slice(i, i + BATCH));
  // On a PostgreSQL pool the next batch's answers are read on another connection while this
  // batch is scored and written, so the server packs them on its core while the engine runs on
  // ours. The answers are only read here, so the other connection sees what the transaction sees
  // (both read committed); inside a caller's transaction everything stays on its connection.
  const reader = secondReader(db);
  let next: Promise<BatchAnswers> | null = null;
  const prefetch = (b: number) => {
    if (!reader || b >= batches.length) return null;
    const p = loadBatch(reader, cycleId, batches[b]!);
    p.catch(() => undefined); // awaited below; this only keeps an abandoned read from going unhandled
    return p;
  };
  if (opts.perTransaction && !isTransaction(db)) {
    await recomputeInSteps(db, cycleId, ids, opts.perTransaction, reason, actor, opts);
    return { governments: ids.length, ms: Math.round(performance.now() - started) };
  }
  try {
    await inTransaction(db, async (tx) => {
      const cycle = await repo.lockCycleExclusive(tx, cycleId);
      if (!cycle) throw new NotFoundError();
      const framework = await loadFramework(tx, cycle.frameworkId, cycle.frameworkStamp);
      next = prefetch(0);
      for (let b = 0; b < batches.length; b++) {
        const loaded = next ? await next : undefined;
        next = prefetch(b + 1);
        await recomputeBatch(
          tx,
          cycleId,
          cycle,
          framework,
          batches[b]!,
          reason,
          actor,
          opts,
          loaded,
          true,
          opts.offload,
        );
      }
      // The cycle row is held exclusively: no other score write runs, so the ranks of every type
      // are written once, at the end.
      await repo.storeRanks(tx, cycleId);
    });
  } finally {
    await (next as Promise<BatchAnswers> | null)?.catch(() => undefined);
  }
  return { governments: ids.length, ms: Math.round(performance.now() - started) };
}
