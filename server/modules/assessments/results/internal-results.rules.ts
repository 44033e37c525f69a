/**
 * The rules of an internal cycle's results, pure (table-driven tests beside): how an indicator
 * stands in a unit (*pemetaan kekurangan*), an indicator's fulfilment over its cells, the
 * comparison with the official result on the indicator codes both frameworks share, and the
 * ranking of units with shared ranks. The SQL only counts cells per (unit, indicator).
 *
 * REFERENCE §10: rule 1 (normalisation: (value − min)/(max − min) × 100), rule 2 (N/A cells are
 * left out; a missing value counts 0 once the cycle is closed, and is "not yet assessed" while it is
 * open), rule 5 (the final value is the verified one, or the self value where the framework allows).
 */
import type {
  ComparisonRow,
  Fulfilment,
  GapStatus,
  InternalGap,
  InternalGapUnit,
} from '../../../../shared/contracts/assessments-internal-results';
import type { IndicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import { round2 } from '../../../../shared/scoring/rounding';

/** The counts of one indicator's cells (not N/A) in one unit, or at entity level (unitId null). */
export interface CellStats {
  unitId: string | null;
  indicator: string;
  /** Cells that are not N/A. */
  cells: number;
  /** Of those, with a final value. */
  valued: number;
  /** Valued cells below the scale maximum. */
  below: number;
  /** Valued cells at (or under) the scale minimum. */
  atMin: number;
  /** Sum of the valued cells' normalised values (0–100 each). */
  sumNorm: number;
}

/**
 * The indicator's standing in one unit (GAP_STATUSES), or null when it is fulfilled there (every
 * cell at the maximum) or has no cell. Closed cycle: a missing value is a cell at the minimum.
 * Open cycle: missing cells are left out; with no valued cell below the maximum and some missing,
 * the unit is `unassessed`.
 */
export function gapStatus(s: CellStats, closed: boolean): GapStatus | null {
  if (s.cells === 0) return null;
  const missing = s.cells - s.valued;
  const below = s.below + (closed ? missing : 0);
  const atMin = s.atMin + (closed ? missing : 0);
  const counted = closed ? s.cells : s.valued;
  if (below > 0) return atMin === counted ? 'not_fulfilled' : 'partly';
  return missing > 0 ? 'unassessed' : null;
}

/** The unrounded fulfilment over cells (rule 1, 2): closed, missing count 0; open, they are left out. */
function rawFulfilment(list: CellStats[], closed: boolean): number | null {
  const cells = list.reduce((n, s) => n + s.cells, 0);
  const valued = list.reduce((n, s) => n + s.valued, 0);
  const denominator = closed ? cells : valued;
  return denominator === 0 ? null : list.reduce((n, s) => n + s.sumNorm, 0) / denominator;
}

/** Fulfilment 0–100 over cells, rounded half-up to 2 decimals for display (rule 4), with the counts. */
export function fulfilmentOf(list: CellStats[], closed: boolean): Fulfilment {
  const cells = list.reduce((n, s) => n + s.cells, 0);
  const valued = list.reduce((n, s) => n + s.valued, 0);
  return { fulfilment: round2(rawFulfilment(list, closed)), cells, missing: cells - valued };
}

const STATUS_ORDER: Record<GapStatus, number> = { not_fulfilled: 0, partly: 1, unassessed: 2 };

/**
 * The *pemetaan kekurangan*: per indicator of the framework assessed in some unit, how many units
 * it fails in (not fulfilled / partly) and which, plus the units not yet assessed. Entity-level
 * cells (unitId null) belong to no unit and are left out. `sort`: 'failing' puts the indicator
 * failing in most units first (then most not fulfilled, then framework order); 'framework' keeps
 * the framework's order.
 */
export function buildGaps(
  index: IndicatorDefinitions,
  stats: CellStats[],
  unitNames: ReadonlyMap<string, string>,
  closed: boolean,
  sort: 'failing' | 'framework',
): InternalGap[] {
  const byIndicator = new Map<string, CellStats[]>();
  for (const s of stats) {
    if (s.unitId === null || s.cells === 0 || !index.has(s.indicator)) continue;
    byIndicator.set(s.indicator, [...(byIndicator.get(s.indicator) ?? []), s]);
  }
  const gaps = [...byIndicator].map(([code, list]) => {
    const info = index.get(code)!;
    const units: InternalGapUnit[] = [];
    for (const s of list) {
      const status = gapStatus(s, closed);
      if (status === null) continue;
      units.push({
        unitId: s.unitId!,
        name: unitNames.get(s.unitId!) ?? '',
        status,
        fulfilment: fulfilmentOf([s], closed).fulfilment,
      });
    }
    units.sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name, 'id'),
    );
    const count = (st: GapStatus) => units.filter((u) => u.status === st).length;
    return {
      order: info.order,
      gap: {
        indicator: code,
        name: info.name,
        level: info.level,
        scaleMin: info.scale.min,
        scaleMax: info.scale.max,
        assessedUnits: list.length,
        failing: count('not_fulfilled') + count('partly'),
        notFulfilled: count('not_fulfilled'),
        partly: count('partly'),
        unassessed: count('unassessed'),
        units,
      } satisfies InternalGap,
    };
  });
  gaps.sort((a, b) =>
    sort === 'framework'
      ? a.order - b.order
      : b.gap.failing - a.gap.failing || b.gap.notFulfilled - a.gap.notFulfilled || a.order - b.order,
  );
  return gaps.map((g) => g.gap);
}

/** Per unit, how many indicators fail there (not fulfilled or partly). */
export function failingPerUnit(gaps: InternalGap[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of gaps)
    for (const u of g.units) if (u.status !== 'unassessed') out.set(u.unitId, (out.get(u.unitId) ?? 0) + 1);
  return out;
}

/**
 * The comparison, indicator by indicator, on the codes both frameworks share (never totals: the
 * spot-check set is a reweighted subset). Each side's fulfilment is the mean over its cells; the
 * official cycle is published, so closed. Common units: units with cells of the indicator on both
 * sides — on the official side the unit itself or the units it was merged or split from — each
 * side's fulfilment there. Rows follow the internal framework's order.
 */
export function buildComparison(
  internalIndex: IndicatorDefinitions,
  officialIndex: IndicatorDefinitions,
  internal: CellStats[],
  official: CellStats[],
  unitNames: ReadonlyMap<string, string>,
  internalClosed: boolean,
  /**
   * Per internal unit, the units of the official cycle that stand for it: itself and the units it
   * was merged or split from (registry lineage, ADR 0007). Absent: the unit itself only.
   */
  lineage: ReadonlyMap<string, readonly string[]> = new Map(),
): { indicators: ComparisonRow[]; internalOnly: string[] } {
  const group = (list: CellStats[]) => {
    const m = new Map<string, CellStats[]>();
    for (const s of list) if (s.cells > 0) m.set(s.indicator, [...(m.get(s.indicator) ?? []), s]);
    return m;
  };
  const ins = group(internal);
  const off = group(official);
  const shared = [...internalIndex.values()].filter((d) => officialIndex.has(d.code));
  const indicators = shared.map((d): ComparisonRow => {
    const a = ins.get(d.code) ?? [];
    const b = off.get(d.code) ?? [];
    const mine = fulfilmentOf(a, internalClosed);
    const theirs = fulfilmentOf(b, true);
    // The difference from the full-precision values, rounded once (REFERENCE §10 rule 4).
    const x = rawFulfilment(a, internalClosed);
    const y = rawFulfilment(b, true);
    const officialByUnit = new Map(b.filter((s) => s.unitId !== null).map((s) => [s.unitId!, s]));
    const officialFor = (unitId: string) =>
      (lineage.get(unitId) ?? [unitId]).flatMap((id) => officialByUnit.get(id) ?? []);
    const commonUnits = a
      .filter((s) => s.unitId !== null && officialFor(s.unitId).length > 0)
      .map((s) => ({
        unitId: s.unitId!,
        name: unitNames.get(s.unitId!) ?? '',
        internal: fulfilmentOf([s], internalClosed).fulfilment,
        official: fulfilmentOf(officialFor(s.unitId!), true).fulfilment,
      }))
      .sort((x, y) => x.name.localeCompare(y.name, 'id'));
    return {
      indicator: d.code,
      name: d.name,
      level: d.level,
      internal: mine,
      official: theirs,
      difference: x === null || y === null ? null : round2(x - y),
      commonUnits,
    };
  });
  const internalOnly = [...internalIndex.keys()].filter((c) => !officialIndex.has(c));
  return { indicators, internalOnly };
}

/** Units best first with competition ranks (equal rounded scores share a rank: 1, 1, 3), unscored last by name. */
export function rankUnits<T extends { score: number | null; name: string }>(
  rows: T[],
): Array<T & { rank: number | null }> {
  const scored = rows
    .filter((r) => r.score !== null)
    .sort((a, b) => b.score! - a.score! || a.name.localeCompare(b.name, 'id'));
  const rest = rows.filter((r) => r.score === null).sort((a, b) => a.name.localeCompare(b.name, 'id'));
  // Sorted best first, so the first unit with the same score holds the shared rank.
  const ranked = scored.map((r) => ({ ...r, rank: 1 + scored.findIndex((x) => x.score === r.score) }));
  return [...ranked, ...rest.map((r) => ({ ...r, rank: null }))];
}
