/**
 * The rapor (report card) of one government in one cycle, in the shared contract
 * (shared/contracts/rapor.ts): the summary the page loads (`buildRapor`), one unit's *pemetaan
 * kekurangan* the page loads when the reader opens that unit (`buildRaporUnitGaps`), and the full
 * rapor with every unit's gaps that the PDF and Excel files render (`buildFullRapor`).
 */
import {
  FullRaporSchema,
  RAPOR_GAP_EXAMPLES,
  RaporSchema,
  RaporUnitGapsSchema,
  type FullRapor,
  type Rapor,
  type RaporGap,
  type RaporShortfall,
  type RaporUnit,
  type RaporUnitGaps,
} from '../../../../shared/contracts/rapor';
import { effectiveWeights, type Framework } from '../../../../shared/frameworks/framework.schema';
import { zoneOfGovernment } from '../../../../shared/format/time-zones';
import { round2 } from '../../../../shared/scoring/rounding';
import type { Executor } from '../../../db/client';
import { NotFoundError } from '../../../lib/errors';
import { reachesUnit, type Actor } from '../../../lib/reach';
import { lineageResultsIn } from '../../registry/unit-history.repository';
import {
  frameworkOf,
  assertResultsVisible,
  cycleGovernmentForActor,
  type CycleRow,
} from '../assessments.access';
import { findCycleUnit } from '../cycles/cycles.repository';
import { leafIndex } from '../common/framework-index';
import * as repo from './results.repository';
import { raporTaat } from '../../followups/taat/taat.service';

type Index = ReturnType<typeof leafIndex>;

/** The indicators with a scale: their maximum and whether they are answered per service product. */
const scalesOf = (index: Index): repo.ScaleRow[] =>
  [...index].flatMap(([indicator, info]) => [
    { indicator, max: info.scale.max, product: info.level === 'product' },
  ]);

/**
 * Per unit, the grouped *pemetaan kekurangan* rows (one per indicator, computed in SQL) in the
 * framework's indicator order.
 */
function gapsByUnit(index: Index, rows: repo.UnmetGroupRow[]): Map<string, RaporGap[]> {
  const out = new Map<string, Array<{ order: number; gap: RaporGap }>>();
  for (const r of rows) {
    const info = index.get(r.indicator);
    if (!info) continue;
    const list = out.get(r.unitId) ?? [];
    list.push({
      order: info.order,
      gap: {
        indicator: r.indicator,
        name: info.name,
        level: info.level === 'product' ? 'product' : 'unit',
        scaleMax: info.scale.max,
        count: r.count,
        assessed: r.assessed,
        missing: r.missing,
        min: r.min,
        mean: round2(r.mean),
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

type GapSummary = Pick<RaporUnit, 'gapCount' | 'gapLevels' | 'shortfallCount'>;

const NO_GAPS: GapSummary = { gapCount: 0, gapLevels: { product: 0, unit: 0 }, shortfallCount: 0 };

/** The summary of a unit's gaps, from the gaps themselves (the full rapor). */
function summaryOfGaps(gaps: RaporGap[]): GapSummary {
  const product = gaps.filter((g) => g.level === 'product').length;
  return {
    gapCount: gaps.length,
    gapLevels: { product, unit: gaps.length - product },
    shortfallCount: gaps.reduce((n, g) => n + g.count, 0),
  };
}

/** What every form of the rapor starts from: access checked, cycle, framework and its index. */
interface RaporBase {
  cycle: CycleRow;
  framework: Framework;
  index: Index;
  allowSelf: boolean;
}

/** Access first (404 out of reach, 409 for government roles before publication), then the framework. */
async function raporBase(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<RaporBase> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const framework = await frameworkOf(db, cycle);
  return {
    cycle,
    framework,
    index: leafIndex(framework),
    allowSelf: framework.aggregation.useSelfValueWhenUnverified,
  };
}

/**
 * The rapor with, per unit reached by the actor, what `unitGaps` gives for it. A fixed number of
 * queries however many units the government has.
 */
async function assembleRapor<U extends GapSummary>(
  db: Executor,
  actor: Actor,
  base: RaporBase,
  governmentId: string,
  unitGaps: (unitId: string) => U,
): Promise<Omit<Rapor, 'units'> & { units: Array<Omit<RaporUnit, keyof GapSummary> & U> }> {
  const { cycle, framework } = base;
  const reads = await repo.raporReads(db, cycle, governmentId);
  const { gov, result, units: unitScores, points, history, previous } = reads;
  if (!gov || !result) throw new NotFoundError();
  // Each unit's line in the previous cycle, its predecessors' after a merge or split (issue 11.6).
  const before = previous
    ? await lineageResultsIn(
        db,
        previous.cycle_id,
        unitScores.map((u) => u.unitId),
      )
    : [];
  const band = framework.bands.find((b) => b.code === result.band) ?? null;
  const weights = effectiveWeights(framework.nodes);
  const viewScores = reads.views ?? {};

  return {
    cycle: {
      id: cycle.id,
      year: cycle.year,
      name: cycle.name,
      kind: cycle.kind,
      status: cycle.status,
      publishedAt: cycle.publishedAt?.toISOString() ?? null,
    },
    framework: {
      id: framework.id,
      version: framework.version,
      name: framework.name,
      scoreMax: framework.scoreRange.max,
      compiledBy: framework.compiledBy ?? null,
      builtInBase: reads.builtInBase,
    },
    government: {
      id: gov.id,
      name: gov.name,
      type: gov.type,
      officeName: gov.office_name,
      timeZone: zoneOfGovernment(gov.region_code, gov.province_codes),
    },
    score: result.rounded,
    band: band ? { code: band.code, label: band.label, zone: band.zone, color: band.color } : null,
    // An internal cycle has one government: no ranking among governments (issue 12).
    rank: cycle.kind === 'internal' ? null : result.rank,
    peers: cycle.kind === 'internal' ? 0 : result.peers,
    dimensions: framework.nodes.map((n, i) => ({
      code: n.code,
      name: n.name,
      weight: weights[i]!,
      score: round2(result.dimensions?.[n.code]),
    })),
    views: (framework.views ?? []).map((v) => ({
      id: v.id,
      name: v.name,
      groups: v.groups.map((g) => ({
        code: g.code,
        label: g.label,
        score: round2(viewScores[v.id]?.[g.code]),
        nodes: g.nodes,
      })),
    })),
    units: unitScores
      .filter((u) => reachesUnit(actor.reach, u.unitId, governmentId))
      .map((u) => ({
        unitId: u.unitId,
        name: u.name,
        score: u.rounded,
        band: u.band,
        zone: u.zone as 'merah' | 'kuning' | 'hijau' | null,
        ...unitGaps(u.unitId),
        improvementPoints: points.filter((p) => p.unitId === u.unitId).map((p) => p.text),
        previousResults: before
          .filter((b) => b.unitId === u.unitId)
          .map((b) => ({ unitId: b.fromUnitId, name: b.name, score: b.rounded, zone: b.zone })),
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
            Object.entries(previous.dimensions ?? {}).map(([k, v]) => [k, round2(v)]),
          ),
        }
      : null,
    history: history.map((h) => ({ version: h.version, reason: h.reason, score: h.rounded, at: h.at })),
    generatedAt: new Date().toISOString(),
  };
}

/**
 * Builds the rapor the page loads: score and band, dimension scores, rank among peers of the same
 * type, the Patuh/Bersih/Baik/Taat view, per unit its score, improvement points and a summary of its
 * *pemetaan kekurangan* (how many indicators, by level, and answers are below the scale maximum or
 * unanswered: one grouped query for all units), the previous published cycle of the same office and
 * the score history. The gaps themselves come per unit from `buildRaporUnitGaps`. Government roles:
 * after publication.
 */
export async function buildRapor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<Rapor> {
  const base = await raporBase(db, actor, cycleId, governmentId);
  const rows = await repo.unmetSummary(db, cycleId, governmentId, scalesOf(base.index), base.allowSelf);
  const byUnit = new Map<string, GapSummary>(
    rows.map((r) => [
      r.unitId,
      {
        gapCount: r.indicators,
        gapLevels: { product: r.productIndicators, unit: r.indicators - r.productIndicators },
        shortfallCount: r.answers,
      },
    ]),
  );
  const rapor = await assembleRapor(db, actor, base, governmentId, (id) => byUnit.get(id) ?? NO_GAPS);
  return RaporSchema.parse(rapor);
}

/**
 * The *pemetaan kekurangan* of one unit on the rapor: per indicator, how many answers are below the
 * scale maximum or unanswered, their lowest and mean value and a few examples (`RaporGapSchema`), in
 * the framework's order — the same entries the full rapor has for that unit. Same access as the
 * rapor; a unit not sampled in this cycle for this government, or out of the actor's reach (a PIC's
 * sibling unit), answers 404 like a missing id.
 */
export async function buildRaporUnitGaps(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
  unitId: string,
): Promise<RaporUnitGaps> {
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  const cu = await findCycleUnit(db, cycleId, unitId);
  if (!cu || cu.governmentId !== governmentId || !reachesUnit(actor.reach, unitId, governmentId))
    throw new NotFoundError();
  assertResultsVisible(actor, cycle);
  const framework = await frameworkOf(db, cycle);
  const index = leafIndex(framework);
  const allowSelf = framework.aggregation.useSelfValueWhenUnverified;
  const rows = await repo.unmetGroups(
    db,
    cycleId,
    governmentId,
    scalesOf(index),
    allowSelf,
    RAPOR_GAP_EXAMPLES,
    unitId,
  );
  return RaporUnitGapsSchema.parse({ unitId, gaps: gapsByUnit(index, rows).get(unitId) ?? [] });
}

async function fullRapor(
  db: Executor,
  actor: Actor,
  base: RaporBase,
  governmentId: string,
): Promise<FullRapor> {
  const groups = await repo.unmetGroups(
    db,
    base.cycle.id,
    governmentId,
    scalesOf(base.index),
    base.allowSelf,
    RAPOR_GAP_EXAMPLES,
  );
  const gaps = gapsByUnit(base.index, groups);
  const rapor = await assembleRapor(db, actor, base, governmentId, (id) => {
    const list = gaps.get(id) ?? [];
    return { ...summaryOfGaps(list), gaps: list };
  });
  const taat = await raporTaat(db, actor, governmentId, base.cycle.year, rapor.framework.builtInBase ?? null);
  return FullRaporSchema.parse({ ...rapor, taat });
}

/**
 * The rapor with every unit's *pemetaan kekurangan* (`FullRaporSchema`), for the PDF and Excel files:
 * `buildRapor` plus the gaps of all units the actor reaches, from one grouped query for the whole
 * government (not one per unit). Same access rule as `buildRapor`.
 */
export async function buildFullRapor(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<FullRapor> {
  return fullRapor(db, actor, await raporBase(db, actor, cycleId, governmentId), governmentId);
}

/**
 * The full rapor plus every answer below its maximum, one row each (unit, indicator, product), for
 * the Excel file's detail sheet. Same access rule and units as `buildRapor`; rows of units the actor
 * does not reach are left out. Ordered by unit, framework order, then product name.
 */
export async function buildFullRaporWithShortfalls(
  db: Executor,
  actor: Actor,
  cycleId: string,
  governmentId: string,
): Promise<{ rapor: FullRapor; shortfalls: RaporShortfall[] }> {
  const base = await raporBase(db, actor, cycleId, governmentId);
  const rapor = await fullRapor(db, actor, base, governmentId);
  const { index, allowSelf } = base;
  const rows = await repo.unmetAnswers(db, cycleId, governmentId, scalesOf(index), allowSelf);
  const byUnit = new Map<string, RaporShortfall[]>(rapor.units.map((u) => [u.unitId, []]));
  for (const r of rows) {
    if (!index.get(r.indicator)) continue;
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
