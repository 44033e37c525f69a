/**
 * What a score write stores, collected per government and written set-based (scoring.service):
 * the options and result of a recompute, the rows of one scored government, and their write under
 * the score-write locks (scoring.repository: the rank lock is step 3).
 */
import type { EntityScore } from '../../../../shared/scoring/score-entity';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../lib/reach';
import { cycleState, type ScoreReason } from './scoring.engine';
import * as repo from './scoring.repository';

export interface RecomputeOptions {
  /**
   * Record a score version labelled with the reason: set at the events of ScoreReason only. Without
   * it the live results are written and the version number stays (an edit is not an event).
   */
  force?: boolean;
  /**
   * The one answer that changed since the last recompute (its unit and product, null for an
   * entity- or unit-level answer): the government is scored again from that unit's answers and
   * the other units' stored leaves (the whole government when they cannot stand in), and only that
   * unit's and product's roll-ups are written. Only valid when no unit or product gained or lost
   * answers.
   */
  changed?: { unitId: string | null; productId: string | null };
  /**
   * The cycle as lockScores returned it, when the caller took the government's score-write locks
   * in this transaction already: recomputeGovernment then does not send them again.
   */
  locked?: CycleContext;
}

export interface RecomputeResult {
  version: number;
  versioned: boolean;
  score: number | null;
  rounded: number | null;
  band: string | null;
  /** True when only the changed unit was read (`changed`, from the other units' stored leaves). */
  partial?: boolean;
}

export interface CycleContext {
  status: string;
  frameworkId: string;
  /** The framework's updated_at as read with the cycle's lock (loadFramework then sends no check). */
  frameworkStamp?: Date;
}

/** The rows one scored government writes, collected for set-based statements. */
export interface ScoreRows {
  govRows: repo.GovernmentResultRow[];
  unitRows: repo.UnitResultRow[];
  productRows: repo.ProductResultRow[];
  versions: Parameters<typeof repo.insertScoreVersions>[1];
}

/**
 * What a unit's stored leaves were computed under: the cycle state, the government's type and the
 * unit's type (the engine's N/A and missing rules read them). Leaves computed under another state
 * are not reused.
 */
export const leafState = (cycle: CycleContext, governmentType: string, unitType: string | null | undefined) =>
  `${cycleState(cycle.status)}|${governmentType}|${unitType ?? ''}`;

/** Adds one government's score to `out` (a version only when `force`, as recomputeBatch says). */
export function collectRows(
  out: ScoreRows,
  cycleId: string,
  cycle: CycleContext,
  governmentId: string,
  governmentType: string,
  unitTypeOf: ReadonlyMap<string, string>,
  score: EntityScore,
  prev: { version: number } | undefined,
  reason: ScoreReason,
  actor: Pick<Actor, 'id'> | null,
  opts: RecomputeOptions,
): RecomputeResult {
  const band = score.band?.code ?? null;
  const versioned = Boolean(opts.force) && (score.rounded !== null || (prev?.version ?? 0) > 0);
  const version = (prev?.version ?? 0) + (versioned ? 1 : 0);
  out.govRows.push({
    cycleId,
    governmentId,
    score: score.score,
    rounded: score.rounded,
    band,
    zone: score.zone,
    dimensions: score.dimensions,
    detail: { views: score.views },
    missing: score.missing,
    version,
  });
  for (const u of score.units)
    out.unitRows.push({
      cycleId,
      governmentId,
      unitId: u.unit,
      score: u.score,
      rounded: u.rounded,
      band: u.band?.code ?? null,
      zone: u.zone,
      missing: u.missing,
      leafValues: u.leaves?.values ?? null,
      leafMissing: u.leaves?.missing ?? null,
      leafState: u.leaves ? leafState(cycle, governmentType, unitTypeOf.get(u.unit)) : null,
    });
  for (const p of score.products)
    out.productRows.push({
      cycleId,
      governmentId,
      unitId: p.unit,
      productId: p.product,
      score: p.score,
      rounded: p.rounded,
      band: p.band?.code ?? null,
      zone: p.zone,
    });
  if (versioned)
    out.versions.push({
      cycleId,
      governmentId,
      version,
      reason,
      score: score.score,
      rounded: score.rounded,
      band,
      zone: score.zone,
      dimensions: score.dimensions,
      createdBy: actor?.id ?? null,
    });
  return { version, versioned, score: score.score, rounded: score.rounded, band };
}

/**
 * Writes what collectRows gathered. The unit and product rows first (all of the governments', or
 * with `changed` only that unit's and product's), then, under the rank lock of the governments'
 * types (scoring.repository, step 3; `cycleHeld`: the caller holds the cycle row exclusively and
 * ranks the whole cycle itself), the government rows and the ranks of their types.
 */
export async function writeRows(
  tx: Executor,
  cycleId: string,
  governmentIds: string[],
  types: string[],
  rows: ScoreRows,
  opts: RecomputeOptions,
  cycleHeld: boolean,
): Promise<void> {
  if (opts.changed) {
    // One answer changed: only its unit's and product's roll-ups can move (a unit's score reads
    // only its own answers, a product's only its own), so only those two rows are written.
    const { unitId, productId } = opts.changed;
    await repo.upsertPartResults(
      tx,
      cycleId,
      rows.unitRows.filter((r) => r.unitId === unitId),
      rows.productRows.filter((r) => r.productId === productId),
    );
  } else await repo.replacePartResults(tx, cycleId, governmentIds, rows.unitRows, rows.productRows);
  await repo.insertScoreVersions(tx, rows.versions);
  if (!cycleHeld) await repo.lockRanks(tx, cycleId, types);
  await repo.upsertGovernmentResults(tx, cycleId, rows.govRows);
  if (!cycleHeld) for (const type of new Set(types)) await repo.storeRanks(tx, cycleId, type);
}

export const emptyRows = (): ScoreRows => ({ govRows: [], unitRows: [], productRows: [], versions: [] });
