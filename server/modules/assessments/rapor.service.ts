/**
 * The rapor (report card) of one government in one cycle, in the shared contract
 * (shared/contracts/rapor.ts) that the page, the PDF and the Excel file render.
 */
import {
  RAPOR_GAP_EXAMPLES,
  RaporSchema,
  type Rapor,
  type RaporGap,
  type RaporShortfall,
} from '../../../shared/contracts/rapor';
import { effectiveWeights } from '../../../shared/frameworks/framework.schema';
import { roundHalfUp } from '../../../shared/scoring/rounding';
import type { Executor } from '../../db/client';
import { NotFoundError } from '../../lib/errors';
import { reachesUnit, type Actor } from '../../lib/reach';
import { loadFramework } from '../frameworks/frameworks.sync';
import { assertResultsVisible, cycleGovernmentForActor } from './cycle-access';
import { leafIndex } from './framework-index';
import * as repo from './results.repository';
import { findGovernmentResult, listScoreVersions, unitResultsOf } from './scoring.repository';
import { listImprovements } from './verification.repository';

const r2 = (x: number | null | undefined): number | null =>
  x === null || x === undefined ? null : roundHalfUp(x, 2);

type Index = ReturnType<typeof leafIndex>;

const scalesOf = (index: Index) =>
  [...index].flatMap(([indicator, info]) =>
    info.node.scale ? [{ indicator, max: info.node.scale.max }] : [],
  );

/**
 * Per unit, the grouped *pemetaan kekurangan* rows (one per indicator, computed in SQL) in the
 * framework's indicator order.
 */
function gapsByUnit(index: Index, rows: repo.UnmetGroupRow[]): Map<string, RaporGap[]> {
  const out = new Map<string, Array<{ order: number; gap: RaporGap }>>();
  for (const r of rows) {
    const info = index.get(r.indicator);
    if (!info?.node.scale) continue;
    const list = out.get(r.unitId) ?? [];
    list.push({
      order: info.order,
      gap: {
        indicator: r.indicator,
        name: info.node.name,
        level: info.level === 'product' ? 'product' : 'unit',
        scaleMax: info.node.scale.max,
        count: r.count,
        assessed: r.assessed,
        missing: r.missing,
        min: r.min,
        mean: r2(r.mean),
        examples: r.examples,
        more: r.count - r.examples.length,
      },
    });
    out.set(r.unitId, list);
  }
  return new Map(
    [...out].map(([unitId, list]) => [unitId, list.sort((a, b) => a.order - b.order).map((x) => x.gap)]),
  );
}

/**
 * Builds the rapor: score and band, dimension scores, rank among peers of the same type, the
 * Patuh/Bersih/Baik/Taat view, per unit the *pemetaan kekurangan* (per indicator: how many answers
 * are below the scale maximum or unanswered, their lowest and mean value and a few examples, see
 * `RaporGapSchema`), improvement points, the previous published cycle of the same office and the
 * score history. Government roles: after publication.
 */
export async function buildRapor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<Rapor> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const framework = await loadFramework(db, cycle.frameworkId);
  const gov = await repo.governmentWithOffice(db, governmentId);
  const result = await repo.rankedOne(db, cycleId, governmentId);
  if (!gov || !result) throw new NotFoundError();
  const index = leafIndex(framework);
  const allowSelf = framework.aggregation.useSelfValueWhenUnverified;
  const [groups, unitScores, points, history, previous] = [
    await repo.unmetGroups(db, cycleId, governmentId, scalesOf(index), allowSelf, RAPOR_GAP_EXAMPLES),
    await unitResultsOf(db, cycleId, governmentId),
    await listImprovements(db, cycleId, governmentId),
    await listScoreVersions(db, cycleId, governmentId),
    await repo.previousResult(db, cycle.officeId, cycle.year, governmentId),
  ];
  const band = framework.bands.find((b) => b.code === result.band) ?? null;
  const weights = effectiveWeights(framework.nodes);
  const stored = await findGovernmentResult(db, cycleId, governmentId);
  const viewScores =
    (stored?.detail as { views?: Record<string, Record<string, number | null>> } | null)?.views ?? {};
  const gaps = gapsByUnit(index, groups);

  const rapor: Rapor = {
    cycle: {
      id: cycle.id,
      year: cycle.year,
      name: cycle.name,
      status: cycle.status,
      publishedAt: cycle.publishedAt?.toISOString() ?? null,
    },
    framework: {
      id: framework.id,
      version: framework.version,
      name: framework.name,
      scoreMax: framework.scoreRange.max,
    },
    government: { id: gov.id, name: gov.name, type: gov.type, officeName: gov.office_name },
    score: result.rounded,
    band: band ? { code: band.code, label: band.label, zone: band.zone, color: band.color } : null,
    rank: result.rank,
    peers: result.peers,
    dimensions: framework.nodes.map((n, i) => ({
      code: n.code,
      name: n.name,
      weight: weights[i]!,
      score: r2(result.dimensions?.[n.code]),
    })),
    views: (framework.views ?? []).map((v) => ({
      id: v.id,
      name: v.name,
      groups: v.groups.map((g) => ({ code: g.code, label: g.label, score: r2(viewScores[v.id]?.[g.code]) })),
    })),
    units: unitScores
      .filter((u) => reachesUnit(actor.reach, u.unitId, governmentId))
      .map((u) => ({
        unitId: u.unitId,
        name: u.name,
        score: u.rounded,
        band: u.band,
        zone: u.zone as 'merah' | 'kuning' | 'hijau' | null,
        gaps: gaps.get(u.unitId) ?? [],
        improvementPoints: points.filter((p) => p.unitId === u.unitId).map((p) => p.text),
      })),
    improvementPoints: points.filter((p) => p.unitId === null).map((p) => p.text),
    previous: previous
      ? {
          cycleId: previous.cycle_id,
          year: previous.year,
          score: previous.rounded,
          band: previous.band,
          zone: previous.zone,
          dimensions: Object.fromEntries(
            Object.entries(previous.dimensions ?? {}).map(([k, v]) => [k, r2(v)]),
          ),
        }
      : null,
    history: history.map((h) => ({
      version: h.version,
      reason: h.reason,
      score: h.rounded,
      at: h.createdAt.toISOString(),
    })),
    generatedAt: new Date().toISOString(),
  };
  return RaporSchema.parse(rapor);
}

/**
 * The rapor plus every answer below its maximum, one row each (unit, indicator, product), for the
 * Excel file's detail sheet. Same access rule and units as `buildRapor`; rows of units the actor
 * does not reach are left out. Ordered by unit, framework order, then product name.
 */
export async function buildRaporWithShortfalls(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<{ rapor: Rapor; shortfalls: RaporShortfall[] }> {
  const rapor = await buildRapor(db, actor, cycleId, governmentId);
  const framework = await loadFramework(db, rapor.framework.id);
  const index = leafIndex(framework);
  const allowSelf = framework.aggregation.useSelfValueWhenUnverified;
  const rows = await repo.unmetAnswers(db, cycleId, governmentId, scalesOf(index), allowSelf);
  const byUnit = new Map<string, RaporShortfall[]>(rapor.units.map((u) => [u.unitId, []]));
  for (const r of rows) {
    if (!index.get(r.indicator)?.node.scale) continue;
    byUnit.get(r.unitId)?.push({
      unitId: r.unitId,
      indicator: r.indicator,
      product: r.productName,
      value: r.verifyStatus !== 'pending' ? r.verifiedValue : allowSelf ? r.selfValue : null,
      selfValue: r.selfNa ? null : r.selfValue,
      reason: r.verifyReason,
    });
  }
  // Rows come in product-name order within a unit; the stable sort puts the framework order first.
  const order = (indicator: string) => index.get(indicator)!.order;
  const shortfalls = [...byUnit.values()].flatMap((list) =>
    list.sort((a, b) => order(a.indicator) - order(b.indicator)),
  );
  return { rapor, shortfalls };
}
