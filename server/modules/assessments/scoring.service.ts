/**
 * Scores and roll-ups: every number is computed by the shared engine (shared/scoring) from the
 * stored answers, then kept in government_results / unit_results / product_results with a
 * versioned history (score_versions). Nothing here re-implements a scoring rule.
 */
import type { Framework } from '../../../shared/frameworks/framework.schema';
import { scoreEntity, type Answer, type EntityScore } from '../../../shared/scoring/score-entity';
import type { EntityType } from '../../../shared/frameworks/framework.schema';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import type { Actor } from '../../lib/reach';
import { inTransaction } from '../../lib/transaction';
import { loadFramework } from '../frameworks/frameworks.sync';
import { cycleGovernmentIds } from './cycles.repository';
import * as repo from './scoring.repository';

export type ScoreReason =
  'verifikasi' | 'banding' | 'persetujuan' | 'final' | 'hitung-ulang' | 'penilaian-mandiri';

/** An engine answer that remembers its row, so explanations can point back to it. */
export type RowAnswer = Answer & { row: repo.AnswerRow };

/**
 * Stored answers → engine answers: `value` is the verified value (N/A flag → 'NA'), `selfValue`
 * the self value; the engine decides whether a self value may stand in (REFERENCE §10 rule 5).
 */
export function toEngineAnswers(rows: repo.AnswerRow[]): RowAnswer[] {
  return rows.map((row) => ({
    indicator: row.indicator,
    ...(row.unitId ? { unit: row.unitId } : {}),
    ...(row.productId ? { product: row.productId } : {}),
    value: row.verifiedNa ? 'NA' : row.verifyStatus === 'pending' ? null : row.verifiedValue,
    selfValue: row.selfNa ? 'NA' : row.selfValue,
    row,
  }));
}

/** A cycle is scored as open (missing answers pending) until it reaches the final phase. */
export const cycleState = (status: string): 'open' | 'closed' =>
  status === 'final' || status === 'published' ? 'closed' : 'open';

/** Runs the engine on one government's rows. */
export function scoreRows(
  framework: Framework,
  rows: repo.AnswerRow[],
  ctx: { status: string; governmentType: string },
): { score: EntityScore; answers: RowAnswer[] } {
  const engineAnswers = toEngineAnswers(rows);
  const unitTypes = new Map<string, string>();
  for (const r of rows) if (r.unitId && r.unitType) unitTypes.set(r.unitId, r.unitType);
  const score = scoreEntity(framework, engineAnswers, {
    cycle: cycleState(ctx.status),
    entityType: ctx.governmentType as EntityType,
    unitTypes,
  });
  return { score, answers: engineAnswers };
}

export interface RecomputeResult {
  version: number;
  versioned: boolean;
  score: number | null;
  rounded: number | null;
  band: string | null;
}

/**
 * Recomputes one government of a cycle and stores its roll-ups (REFERENCE §10 rules 1–5 via the
 * engine). Loads that government's answers in one query, so a change to one answer costs one
 * government, never the cycle. A new version (and a score_versions row) is written when the
 * rounded score or the band changed, or always when `force` (approval, an accepted appeal,
 * an explicit recompute).
 */
export async function recomputeGovernment(
  tx: Executor,
  cycleId: string,
  governmentId: string,
  reason: ScoreReason,
  actor: Actor | null,
  opts: { force?: boolean } = {},
): Promise<RecomputeResult> {
  const ctx = await repo.scoringContext(tx, cycleId, governmentId);
  if (!ctx) throw new NotFoundError();
  const framework = await loadFramework(tx, ctx.frameworkId);
  const rows = await repo.governmentAnswers(tx, cycleId, governmentId);
  const { score } = scoreRows(framework, rows, ctx);
  const previous = await repo.findGovernmentResult(tx, cycleId, governmentId);
  const band = score.band?.code ?? null;
  const changed = !previous || previous.rounded !== score.rounded || previous.band !== band;
  const versioned = Boolean(opts.force) || (changed && (previous !== undefined || score.rounded !== null));
  const version = (previous?.version ?? 0) + (versioned ? 1 : 0);
  await repo.upsertGovernmentResult(tx, {
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
  await repo.replacePartResults(
    tx,
    cycleId,
    governmentId,
    score.units.map((u) => ({
      cycleId,
      governmentId,
      unitId: u.unit,
      score: u.score,
      rounded: u.rounded,
      band: u.band?.code ?? null,
      zone: u.zone,
      missing: u.missing,
    })),
    score.products.map((p) => ({
      cycleId,
      governmentId,
      unitId: p.unit,
      productId: p.product,
      score: p.score,
      rounded: p.rounded,
      band: p.band?.code ?? null,
      zone: p.zone,
    })),
  );
  if (versioned) {
    await repo.insertScoreVersion(tx, {
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
  }
  return { version, versioned, score: score.score, rounded: score.rounded, band };
}

/** Recomputes every government of a cycle, one transaction each; returns the count and the time taken. */
export async function recomputeCycle(
  db: Executor,
  cycleId: string,
  reason: ScoreReason,
  actor: Actor | null,
  opts: { force?: boolean } = {},
): Promise<{ governments: number; ms: number }> {
  const started = performance.now();
  const ids = await cycleGovernmentIds(db, cycleId);
  for (const governmentId of ids) {
    await inTransaction(db, (tx) => recomputeGovernment(tx, cycleId, governmentId, reason, actor, opts));
  }
  return { governments: ids.length, ms: Math.round(performance.now() - started) };
}
