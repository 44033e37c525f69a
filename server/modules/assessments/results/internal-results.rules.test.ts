/**
 * The rules of an internal cycle's results, computed by hand on the built-in frameworks
 * (spot-check-2024 vs ombudsman-2022-2024, scales 0–3). REFERENCE §10 rule 1: a cell counts
 * (value − min)/(max − min) × 100, so 0 → 0, 1 → 33.33, 2 → 66.67, 3 → 100; rule 2: N/A cells are
 * not in the counts at all, a missing value is left out while the cycle is open and counts 0 once
 * it is closed.
 */
import { describe, expect, it } from 'vitest';
import { indicatorDefinitions } from '../../../../shared/frameworks/indicator-definitions';
import { getFramework } from '../../../frameworks/framework-catalog';
import {
  buildComparison,
  buildGaps,
  failingPerUnit,
  fulfilmentOf,
  gapStatus,
  rankUnits,
  type CellStats,
} from './internal-results.rules';

/** The counts of one (unit, indicator) from its cells' values on 0–3 (null: no final value). */
function cellsOf(unitId: string | null, indicator: string, values: Array<number | null>): CellStats {
  const valued = values.filter((v): v is number => v !== null);
  return {
    unitId,
    indicator,
    cells: values.length,
    valued: valued.length,
    below: valued.filter((v) => v < 3).length,
    atMin: valued.filter((v) => v <= 0).length,
    sumNorm: valued.reduce((n, v) => n + (v / 3) * 100, 0),
  };
}

const spot = indicatorDefinitions(getFramework('spot-check-2024')!);
const ombudsman = indicatorDefinitions(getFramework('ombudsman-2022-2024')!);
const names = new Map([
  ['A', 'Dinas A'],
  ['B', 'Dinas B'],
  ['C', 'Dinas C'],
  ['D', 'Dinas D'],
]);

describe('gapStatus: how an indicator stands in one unit', () => {
  const cases: Array<[string, Array<number | null>, boolean, string | null]> = [
    ['every cell at the maximum: fulfilled', [3, 3], false, null],
    ['every cell at the minimum: not fulfilled', [0, 0], false, 'not_fulfilled'],
    ['one product 0, one 3: partly', [0, 3], false, 'partly'],
    ['a unit-level 2 of 3: partly', [2], false, 'partly'],
    ['open, one 3 and one unverified: not yet assessed', [3, null], false, 'unassessed'],
    ['closed, one 3 and one missing (counts 0): partly', [3, null], true, 'partly'],
    ['open, one 0 and one unverified: the valued cells say not fulfilled', [0, null], false, 'not_fulfilled'],
    ['closed, the only cell missing: not fulfilled', [null], true, 'not_fulfilled'],
    ['open, the only cell missing: not yet assessed', [null], false, 'unassessed'],
    ['no cell (all N/A): nothing', [], false, null],
  ];
  for (const [label, values, closed, expected] of cases)
    it(label, () => expect(gapStatus(cellsOf('A', 'PROSES.1', values), closed)).toBe(expected));
});

describe('fulfilmentOf: the mean over cells, 0–100', () => {
  it('closed: (0 + 0 + 100 + 33.33 + 66.67) / 5 = 40', () => {
    const f = fulfilmentOf(
      [cellsOf('A', 'X', [0, 0]), cellsOf('B', 'X', [3, 1]), cellsOf('C', 'X', [2])],
      true,
    );
    expect(f).toEqual({ fulfilment: 40, cells: 5, missing: 0 });
  });
  it('a missing value: left out while open (66.67), 0 once closed (44.44)', () => {
    const s = cellsOf('A', 'X', [2, 2, null]);
    expect(fulfilmentOf([s], false)).toEqual({ fulfilment: 66.67, cells: 3, missing: 1 });
    expect(fulfilmentOf([s], true)).toEqual({ fulfilment: 44.44, cells: 3, missing: 1 });
  });
  it('no cell: no fulfilment', () => expect(fulfilmentOf([], true).fulfilment).toBeNull());
});

// Units A, B, C in an open internal cycle on the spot-check set:
//   PROSES.1 (per product): A 0, 0 → not fulfilled (0); B 3, 1 → partly (66.67); C 3, 3 → fulfilled
//   INPUT.KOMP.1 (per unit): A 3 → fulfilled; B 2 → partly (66.67); C unverified → not yet assessed
//   PROSES.2: A 3 → fulfilled everywhere it is assessed
const internal = [
  cellsOf('A', 'PROSES.1', [0, 0]),
  cellsOf('B', 'PROSES.1', [3, 1]),
  cellsOf('C', 'PROSES.1', [3, 3]),
  cellsOf('A', 'INPUT.KOMP.1', [3]),
  cellsOf('B', 'INPUT.KOMP.1', [2]),
  cellsOf('C', 'INPUT.KOMP.1', [null]),
  cellsOf('A', 'PROSES.2', [3]),
];

describe('buildGaps: the pemetaan kekurangan', () => {
  it('counts per indicator the units not fulfilled and partly, most failing first', () => {
    const gaps = buildGaps(spot, internal, names, false, 'failing');
    expect(
      gaps.map((g) => [g.indicator, g.failing, g.notFulfilled, g.partly, g.unassessed, g.assessedUnits]),
    ).toEqual([
      ['PROSES.1', 2, 1, 1, 0, 3],
      ['INPUT.KOMP.1', 1, 0, 1, 1, 3],
      ['PROSES.2', 0, 0, 0, 0, 1],
    ]);
    expect(gaps[0]!.units).toEqual([
      { unitId: 'A', name: 'Dinas A', status: 'not_fulfilled', fulfilment: 0 },
      { unitId: 'B', name: 'Dinas B', status: 'partly', fulfilment: 66.67 },
    ]);
    expect(gaps[1]!.units.map((u) => [u.name, u.status])).toEqual([
      ['Dinas B', 'partly'],
      ['Dinas C', 'unassessed'],
    ]);
    expect(gaps[0]).toMatchObject({ level: 'product', scaleMin: 0, scaleMax: 3 });
  });

  it("keeps the framework's order on request (spot-check: PROSES before INPUT)", () => {
    const gaps = buildGaps(spot, internal, names, false, 'framework');
    expect(gaps.map((g) => g.indicator)).toEqual(['PROSES.1', 'PROSES.2', 'INPUT.KOMP.1']);
  });

  it('closed: the unverified cell counts 0, so Dinas C fails INPUT.KOMP.1 outright', () => {
    const komp = buildGaps(spot, internal, names, true, 'failing').find(
      (g) => g.indicator === 'INPUT.KOMP.1',
    )!;
    expect([komp.failing, komp.notFulfilled, komp.partly, komp.unassessed]).toEqual([2, 1, 1, 0]);
  });

  it('leaves out entity-level cells and codes the framework does not have', () => {
    const gaps = buildGaps(
      spot,
      [cellsOf(null, 'PROSES.1', [0]), cellsOf('A', 'OUTPUT.1', [0])],
      names,
      false,
      'failing',
    );
    expect(gaps).toEqual([]);
  });

  it('counts failing indicators per unit (not the unassessed ones)', () => {
    const per = failingPerUnit(buildGaps(spot, internal, names, false, 'failing'));
    expect(Object.fromEntries(per)).toEqual({ A: 1, B: 2 });
  });
});

describe('buildComparison: per shared indicator, never totals', () => {
  // The official (published, so closed) cycle: PROSES.1 in A with products 1 and 2 (33.33, 66.67)
  // and in D with one missing value (counts 0): (33.33 + 66.67 + 0) / 3 = 33.33.
  const official = [cellsOf('A', 'PROSES.1', [1, 2]), cellsOf('D', 'PROSES.1', [null])];
  const { indicators, internalOnly } = buildComparison(spot, ombudsman, internal, official, names, false);

  it('compares every spot-check indicator: all 18 codes are the Ombudsman 2022–2024 ones', () => {
    expect(indicators).toHaveLength(18);
    expect(internalOnly).toEqual([]);
    expect(indicators.map((r) => r.indicator)).toEqual([...spot.keys()]);
  });

  it('PROSES.1: internal (0 + 0 + 100 + 33.33 + 100 + 100) / 6 = 55.56 vs official 33.33, +22.22 (from the unrounded 55.5556 − 33.3333, rule 4)', () => {
    const row = indicators.find((r) => r.indicator === 'PROSES.1')!;
    expect(row.internal).toEqual({ fulfilment: 55.56, cells: 6, missing: 0 });
    expect(row.official).toEqual({ fulfilment: 33.33, cells: 3, missing: 1 });
    expect(row.difference).toBe(22.22);
    // Only Dinas A was assessed by both: internal 0, official (33.33 + 66.67) / 2 = 50.
    expect(row.commonUnits).toEqual([{ unitId: 'A', name: 'Dinas A', internal: 0, official: 50 }]);
  });

  it('a unit reorganised since the official cycle is compared with the units it came from (lineage)', () => {
    // Dinas B was formed by merging Dinas D into it: the official side of B is B's cells and D's.
    // D's one cell has no value and counts 0 (published cycle): official fulfilment for B = 0.
    // Internal B: (100 + 33.33) / 2 = 66.67. Dinas C merged nothing: still not common.
    const lineage = new Map([['B', ['B', 'D']]]);
    const r = buildComparison(spot, ombudsman, internal, official, names, false, lineage);
    const row = r.indicators.find((x) => x.indicator === 'PROSES.1')!;
    expect(row.commonUnits).toEqual([
      { unitId: 'A', name: 'Dinas A', internal: 0, official: 50 },
      { unitId: 'B', name: 'Dinas B', internal: 66.67, official: 0 },
    ]);
    // The indicator's own totals do not change: each official cell counts once.
    expect(row.official).toEqual({ fulfilment: 33.33, cells: 3, missing: 1 });
  });

  it('INPUT.KOMP.1: open internal (100 + 66.67) / 2 = 83.33, no official cells: no difference', () => {
    const row = indicators.find((r) => r.indicator === 'INPUT.KOMP.1')!;
    expect(row.internal).toEqual({ fulfilment: 83.33, cells: 3, missing: 1 });
    expect(row.official).toEqual({ fulfilment: null, cells: 0, missing: 0 });
    expect(row.difference).toBeNull();
    expect(row.commonUnits).toEqual([]);
  });

  it('compares only the shared codes and lists the internal ones the official framework lacks', () => {
    // An official framework with the Proses dimension only: the six Input indicators are not compared.
    const prosesOnly = indicatorDefinitions({
      nodes: getFramework('ombudsman-2022-2024')!.nodes.filter((n) => n.code === 'PROSES'),
    });
    const r = buildComparison(spot, prosesOnly, internal, official, names, false);
    expect(r.indicators).toHaveLength(12);
    expect(r.indicators.every((x) => x.indicator.startsWith('PROSES.'))).toBe(true);
    expect(r.internalOnly).toEqual([
      'INPUT.KOMP.1',
      'INPUT.KOMP.2',
      'INPUT.KOMP.4',
      'INPUT.SARPRAS.1',
      'INPUT.SARPRAS.6',
      'INPUT.SARPRAS.8',
    ]);
  });
});

describe('rankUnits: best first, equal scores share a rank', () => {
  it('ranks 1, 2, 2, 4 and puts units without a score last', () => {
    const rows = rankUnits([
      { name: 'B', score: 80 },
      { name: 'A', score: 90 },
      { name: 'D', score: null },
      { name: 'C', score: 80 },
      { name: 'E', score: 70 },
    ]);
    expect(rows.map((r) => [r.name, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
      ['E', 4],
      ['D', null],
    ]);
  });
});
