import type { Band, EntityType, Framework, Zone } from '../frameworks/framework.schema.js';
import { findBand } from './bands.js';
import { compileFramework, type CompiledFramework, type CompiledNode } from './compile-framework.js';
import { isOnScale, normaliseValue, toScoreRange } from './normalise.js';
import { roundHalfUp } from './rounding.js';

/** A value on the indicator's scale, or 'NA' (not applicable; CSV value `NA`). */
export type AnswerValue = number | 'NA';

/**
 * One answer. `unit`/`product` are empty for indicators not assessed at that level. `value` is
 * the verified (assessor's) value; `selfValue` the unit's own self-assessment. Null or absent
 * means not answered.
 */
export interface Answer {
  indicator: string;
  unit?: string | undefined;
  product?: string | undefined;
  value: AnswerValue | null;
  selfValue?: AnswerValue | null | undefined;
}

export interface ScoreOptions {
  /**
   * 'closed' (default): a missing answer counts as 0; 'open': it is left out and only counted
   * as not yet answered (REFERENCE §10 rule 2).
   */
  cycle?: 'open' | 'closed';
  /** Indicators whose appliesTo.entityTypes excludes this type are N/A. */
  entityType?: EntityType | undefined;
  /** Unit name → unit type; indicators whose appliesTo.unitTypes excludes the type are N/A there. */
  unitTypes?: ReadonlyMap<string, string> | undefined;
  /**
   * Keep each leaf's answers in `nodes[code].answers` (default true). A recompute that only
   * stores the scores turns it off and saves holding millions of answers.
   */
  keepAnswers?: boolean | undefined;
  /**
   * Units scored before, by key: their per-leaf values (UnitLeaves) stand in for their answers,
   * which need not be passed. A unit listed here and also answered in `answers` is read from the
   * list. So one changed unit re-scores its government from that unit's answers, the entity-level
   * answers and the other units' stored leaves, with the same sums in the same order.
   */
  unitLeaves?: ReadonlyMap<string, UnitLeaves> | undefined;
  /** Return each unit's UnitLeaves in `units[].leaves`, to store for unitLeaves (default false). */
  keepUnitLeaves?: boolean | undefined;
}

/**
 * One unit's contribution to its entity: per leaf of the framework (compiled leaf order), the
 * unit's value of a unit- or product-level leaf (0–100; −1 N/A, −2 not yet answered; entity
 * leaves −1) and the count of missing cells behind it. Valid for the cycle state, entity type and
 * unit type it was computed under.
 */
export interface UnitLeaves {
  values: number[];
  missing: number[];
}

export type NodeStatus = 'scored' | 'na' | 'pending';

export interface NodeScore {
  code: string;
  /** On the framework's scoreRange, full precision; null when N/A or not yet answered. */
  score: number | null;
  /** 0–100. */
  normalised: number | null;
  status: NodeStatus;
  /** Percent of the parent's score this node carries after N/A weight was shared out. */
  share: number | null;
  /** Answers that were expected and not given under this node. */
  missing: number;
  /** Leaves only: the answers given for this indicator (explainability). */
  answers?: Answer[];
}

export interface PartScore {
  score: number | null;
  normalised: number | null;
  rounded: number | null;
  band: Band | null;
  zone: Zone | null;
  missing: number;
}

export interface EntityScore extends PartScore {
  /** Top-level nodes (dimensions) on the scoreRange, full precision. */
  dimensions: Record<string, number | null>;
  /** view id → group code → score, e.g. views.pbbt.patuh. */
  views: Record<string, Record<string, number | null>>;
  nodes: Record<string, NodeScore>;
  /** Scores from the unit- and product-level indicators of each unit, ordered by unit key. */
  units: Array<PartScore & { unit: string; leaves?: UnitLeaves }>;
  /** Scores from the product-level indicators of each product, ordered by unit and product key. */
  products: Array<PartScore & { unit: string; product: string }>;
}

// A cell is one expected answer: (indicator, unit, product). Cells are numbered per entity: 0 is
// the entity-level cell (no unit), 1 + u the unit-level cell of unit u, 1 + units + p the cell of
// product p; numbers keep the hot loops free of string keys.
const NA = -1;
const PENDING = -2;

interface EntityIndex {
  /** Unit keys, sorted. */
  units: string[];
  /** Per unit (same order): its product keys, sorted, and their cell numbers. */
  products: string[][];
  productCells: number[][];
  /** Per leaf slot: cell number → resolved normalised value, NA or null (not answered). */
  cells: Array<Map<number, number | null>>;
  answers: Answer[][];
}

/**
 * Score one entity (a ministry, agency or local government) from its answers, following
 * REFERENCE §10: normalise each answer to 0–100 (rule 1), leave N/A out and share its weight
 * among siblings (rule 2), count a missing answer as 0 when the cycle is closed or leave it out
 * while open (rule 2), average product answers per unit and then units per entity before the
 * weighted roll-up (rule 3), and publish the verified value, or the self value only where the
 * framework allows (rule 5). Full precision is kept; `rounded` (half-up, 2 decimals) is used
 * for the band (rule 4). Units and products are taken in key order, so the order of the answers
 * does not change the result. Runs in O(answers + cells × depth).
 */
export function scoreEntity(
  framework: Framework,
  answers: ReadonlyArray<Answer>,
  opts: ScoreOptions = {},
): EntityScore {
  const fw = compileFramework(framework);
  const agg = framework.aggregation;
  const missingIsZero = (opts.cycle ?? 'closed') === 'closed' && agg.missing === 'zero-when-closed';
  const index = indexAnswers(fw, answers, opts.keepAnswers ?? true, opts.unitLeaves);
  const slots = leafSlots(fw);
  const storedOf = index.units.map((u) => opts.unitLeaves?.get(u));
  const unitCount = index.units.length;
  const unitTypeOf = index.units.map((u) => opts.unitTypes?.get(u));

  /** The value of one cell; unit −1 means no unit. */
  const cellValue = (leaf: CompiledNode, unit: number, cell: number): number => {
    const info = leaf.leaf!;
    if (opts.entityType && info.entityTypes && !info.entityTypes.includes(opts.entityType)) return NA;
    if (unit >= 0 && info.unitTypes) {
      const type = unitTypeOf[unit];
      if (type !== undefined && !info.unitTypes.includes(type)) return NA;
    }
    const v = index.cells[slots[leaf.index]!]!.get(cell);
    if (v === undefined || v === null) return PENDING;
    if (v === NA && agg.notApplicable === 'zero') return 0;
    return v;
  };
  const unitCell = (unit: number): number => (unit >= 0 ? 1 + unit : 0);

  /** Mean (or min) of cells; missing cells become 0 or are left out. Tallies missing cells. */
  const combine = (values: number[], mode: 'mean' | 'min', tally: { missing: number }): number => {
    let sum = 0;
    let n = 0;
    let min = Infinity;
    let pending = false;
    for (let v of values) {
      if (v === PENDING) {
        tally.missing++;
        if (!missingIsZero) {
          pending = true;
          continue;
        }
        v = 0;
      }
      if (v === NA) continue;
      sum += v;
      n++;
      if (v < min) min = v;
    }
    if (n === 0) return pending ? PENDING : NA;
    return mode === 'min' ? min : sum / n;
  };

  // A value per unit for a unit- or product-level leaf. The entity pass and the per-unit pass
  // both need it, so it is computed once per (leaf, unit) with the number of missing cells it met.
  const memoValue = new Float64Array(fw.nodes.length * (unitCount + 1));
  const memoMissing = new Int32Array(fw.nodes.length * (unitCount + 1)).fill(-1);
  const unitValue = (leaf: CompiledNode, unit: number, tally: { missing: number }): number => {
    const key = leaf.index * (unitCount + 1) + unit + 1;
    if (memoMissing[key]! < 0) {
      const own = { missing: 0 };
      let value: number;
      const stored = unit >= 0 ? storedOf[unit] : undefined;
      if (stored) {
        value = stored.values[slots[leaf.index]!]!;
        own.missing = stored.missing[slots[leaf.index]!]!;
      } else if (leaf.leaf!.level === 'unit')
        value = combine([cellValue(leaf, unit, unitCell(unit))], 'mean', own);
      else {
        const cells = unit >= 0 ? index.productCells[unit]! : [];
        const values =
          cells.length > 0
            ? cells.map((c) => cellValue(leaf, unit, c))
            : [cellValue(leaf, unit, unitCell(unit))];
        value = combine(values, agg.products, own);
      }
      memoValue[key] = value;
      memoMissing[key] = own.missing;
    }
    tally.missing += memoMissing[key]!;
    return memoValue[key]!;
  };

  const tallies = fw.nodes.map(() => ({ missing: 0 }));
  const allUnits = unitCount > 0 ? index.units.map((_, u) => u) : [-1];
  const entityLeaf = (leaf: CompiledNode): number => {
    const tally = tallies[leaf.index]!;
    if (leaf.leaf!.level === 'entity') return combine([cellValue(leaf, -1, 0)], 'mean', tally);
    return combine(
      allUnits.map((u) => unitValue(leaf, u, tally)),
      agg.units,
      { missing: 0 }, // unit values already tallied their cells
    );
  };

  const entity = rollUp(fw, entityLeaf);
  const nodes: Record<string, NodeScore> = {};
  let missing = 0;
  for (const node of fw.nodes) {
    const own = tallies[node.index]!.missing;
    missing += own;
    const value = entity.values[node.index]!;
    nodes[node.code] = {
      code: node.code,
      ...publish(framework, value),
      status: statusOf(value),
      share: entity.shares[node.index]!,
      missing: own,
      ...(node.leaf ? { answers: index.answers[slots[node.index]!]! } : {}),
    };
  }
  // Children follow their parent in pre-order, so a reverse pass sums missing counts upwards.
  for (let i = fw.nodes.length - 1; i >= 0; i--) {
    const node = fw.nodes[i]!;
    if (node.parent >= 0) nodes[fw.nodes[node.parent]!.code]!.missing += nodes[node.code]!.missing;
  }

  const units = index.units.map((unit, u) => {
    const tally = { missing: 0 };
    const part = rollUp(fw, (leaf) => (leaf.leaf!.level === 'entity' ? NA : unitValue(leaf, u, tally)));
    if (!opts.keepUnitLeaves) return { unit, ...part(framework, tally.missing) };
    const leaves: UnitLeaves = { values: [], missing: [] };
    for (const leaf of fw.leaves) {
      const key = leaf.index * (unitCount + 1) + u + 1;
      const known = leaf.leaf!.level !== 'entity' && memoMissing[key]! >= 0;
      leaves.values.push(known ? memoValue[key]! : NA);
      leaves.missing.push(known ? memoMissing[key]! : 0);
    }
    return { unit, ...part(framework, tally.missing), leaves };
  });
  const products = index.units.flatMap((unit, u) =>
    index.products[u]!.map((product, i) => {
      const cell = index.productCells[u]![i]!;
      const tally = { missing: 0 };
      const part = rollUp(fw, (leaf) =>
        leaf.leaf!.level === 'product' ? combine([cellValue(leaf, u, cell)], 'mean', tally) : NA,
      );
      return { unit, product, ...part(framework, tally.missing) };
    }),
  );

  const dimensions: Record<string, number | null> = {};
  for (const root of fw.roots) dimensions[fw.nodes[root]!.code] = nodes[fw.nodes[root]!.code]!.score;

  return {
    ...entity(framework, missing),
    dimensions,
    views: scoreViews(fw, entity.values),
    nodes,
    units,
    products,
  };
}

/** Score many entities from rows that name their entity; results in order of first appearance. */
export function scoreEntities(
  framework: Framework,
  rows: ReadonlyArray<Answer & { entity: string }>,
  opts: ScoreOptions = {},
): Array<EntityScore & { entity: string }> {
  const groups = new Map<string, Answer[]>();
  for (const row of rows) {
    let list = groups.get(row.entity);
    if (!list) groups.set(row.entity, (list = []));
    list.push(row);
  }
  return [...groups].map(([entity, answers]) => ({ entity, ...scoreEntity(framework, answers, opts) }));
}

const slotCache = new WeakMap<CompiledFramework, number[]>();
/** Node index → leaf slot (position in fw.leaves), −1 for inner nodes. */
function leafSlots(fw: CompiledFramework): number[] {
  let slots = slotCache.get(fw);
  if (!slots) {
    slots = fw.nodes.map(() => -1);
    fw.leaves.forEach((leaf, i) => (slots![leaf.index] = i));
    slotCache.set(fw, slots);
  }
  return slots;
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function indexAnswers(
  fw: CompiledFramework,
  answers: ReadonlyArray<Answer>,
  keepAnswers: boolean,
  stored: ReadonlyMap<string, UnitLeaves> | undefined,
): EntityIndex {
  const allowSelf = fw.framework.aggregation.useSelfValueWhenUnverified;
  const slots = leafSlots(fw);
  // First pass: check and resolve every answer, and collect the units and products. Resolved
  // answers go into parallel arrays (slot, unit, product, value; NaN = not answered).
  const unitKeys = new Set<string>();
  const productsOf = new Map<string, Set<string>>();
  const n = answers.length;
  const slotOf = new Int32Array(n);
  const unitOf: string[] = new Array<string>(n);
  const productOf: string[] = new Array<string>(n);
  const valueOf = new Float64Array(n);
  const perSlot: Answer[][] = fw.leaves.map(() => []);
  for (let i = 0; i < n; i++) {
    const answer = answers[i]!;
    const node = fw.byCode.get(answer.indicator);
    if (!node?.leaf) throw new Error(`unknown indicator ${answer.indicator} in framework ${fw.framework.id}`);
    const unit = answer.unit ?? '';
    const product = answer.product ?? '';
    if (unit) {
      let set = productsOf.get(unit);
      if (!set) {
        unitKeys.add(unit);
        productsOf.set(unit, (set = new Set()));
      }
      if (product) set.add(product);
    }
    // Rule 5: the verified value wins; the self value only if the framework allows it.
    let raw = answer.value;
    if ((raw === null || raw === undefined) && allowSelf) raw = answer.selfValue ?? null;
    if (typeof raw === 'number' && !isOnScale(raw, node.leaf.scale)) {
      throw new RangeError(
        `value ${raw} outside scale ${node.leaf.scale.min}–${node.leaf.scale.max} for ${node.code}`,
      );
    }
    const slot = slots[node.index]!;
    slotOf[i] = slot;
    unitOf[i] = unit;
    productOf[i] = product;
    valueOf[i] =
      raw === null || raw === undefined ? NaN : raw === 'NA' ? NA : normaliseValue(raw, node.leaf.scale);
    if (keepAnswers) perSlot[slot]!.push(answer);
  }
  // Units scored before count as units even without answers here (their products are not needed).
  for (const unit of stored?.keys() ?? []) {
    if (!productsOf.has(unit)) {
      unitKeys.add(unit);
      productsOf.set(unit, new Set());
    }
  }
  // Units and products in key order, so the result does not depend on the order the answers
  // came in: the same answers give the same floating-point sums, bit for bit.
  const units = [...unitKeys].sort(byKey);
  const unitNo = new Map(units.map((u, i) => [u, i]));
  const products: string[][] = [];
  const productCells: number[][] = [];
  const productNo = new Map<string, Map<string, number>>();
  let next = 1 + units.length;
  for (const unit of units) {
    const list = [...productsOf.get(unit)!].sort(byKey);
    products.push(list);
    productCells.push(list.map((_, i) => next + i));
    productNo.set(unit, new Map(list.map((p, i) => [p, next + i])));
    next += list.length;
  }
  // Second pass: file each value under its cell; a later answer for the same cell replaces an
  // earlier one. A product answer without a unit is kept for explanations but fills no cell.
  const cells: Array<Map<number, number | null>> = fw.leaves.map(() => new Map());
  for (let i = 0; i < n; i++) {
    const unit = unitOf[i]!;
    const product = productOf[i]!;
    let cell: number | undefined;
    if (!unit) cell = product ? undefined : 0;
    else cell = product ? productNo.get(unit)!.get(product) : 1 + unitNo.get(unit)!;
    const value = valueOf[i]!;
    if (cell !== undefined) cells[slotOf[i]!]!.set(cell, Number.isNaN(value) ? null : value);
  }
  return { units, products, productCells, cells, answers: perSlot };
}

interface RollUp {
  (framework: Framework, missing: number): PartScore;
  values: number[];
  shares: Array<number | null>;
}

/**
 * Weighted mean of children, bottom-up (REFERENCE §10 rule 3). N/A and not-yet-answered children
 * are left out and their weight shared among the rest (rule 2); a node with no scored child is
 * N/A, or pending if any child is pending.
 */
function rollUp(fw: CompiledFramework, leafValue: (leaf: CompiledNode) => number): RollUp {
  const values = new Array<number>(fw.nodes.length).fill(NA);
  const shares = new Array<number | null>(fw.nodes.length).fill(null);
  const weighted = (children: number[]): number => {
    let sum = 0;
    let weights = 0;
    let pending = false;
    for (const c of children) {
      const v = values[c]!;
      if (v === PENDING) pending = true;
      if (v < 0) continue;
      const w = fw.nodes[c]!.weight;
      sum += w * v;
      weights += w;
    }
    for (const c of children)
      shares[c] = values[c]! >= 0 && weights > 0 ? (fw.nodes[c]!.weight / weights) * 100 : null;
    if (weights === 0) return pending ? PENDING : NA;
    return sum / weights;
  };
  for (let i = fw.nodes.length - 1; i >= 0; i--) {
    const node = fw.nodes[i]!;
    values[i] = node.leaf ? leafValue(node) : weighted(node.children);
  }
  const total = weighted(fw.roots);
  const result = ((framework: Framework, missing: number): PartScore => ({
    ...publish(framework, total),
    ...bandOf(framework, total),
    missing,
  })) as RollUp;
  result.values = values;
  result.shares = shares;
  return result;
}

function publish(framework: Framework, v: number): { score: number | null; normalised: number | null } {
  if (v < 0) return { score: null, normalised: null };
  return { score: toScoreRange(v, framework.scoreRange), normalised: v };
}

function statusOf(v: number): NodeStatus {
  return v === NA ? 'na' : v === PENDING ? 'pending' : 'scored';
}

function bandOf(framework: Framework, v: number): Pick<PartScore, 'rounded' | 'band' | 'zone'> {
  if (v < 0) return { rounded: null, band: null, zone: null };
  const score = toScoreRange(v, framework.scoreRange);
  const band = findBand(framework.bands, score);
  return { rounded: roundHalfUp(score, 2), band, zone: band?.zone ?? null };
}

/**
 * View groups (e.g. Patuh/Bersih/Baik/Taat, REFERENCE §0): the weighted mean of the listed
 * nodes, each with its own effective weight; N/A nodes are left out.
 */
function scoreViews(fw: CompiledFramework, values: number[]): Record<string, Record<string, number | null>> {
  const out: Record<string, Record<string, number | null>> = {};
  for (const view of fw.framework.views ?? []) {
    const groups: Record<string, number | null> = {};
    for (const group of view.groups) {
      let sum = 0;
      let weights = 0;
      for (const code of group.nodes) {
        const node = fw.byCode.get(code);
        const v = node ? values[node.index]! : NA;
        if (!node || v < 0) continue;
        sum += node.weight * v;
        weights += node.weight;
      }
      groups[group.code] = weights > 0 ? toScoreRange(sum / weights, fw.framework.scoreRange) : null;
    }
    out[view.id] = groups;
  }
  return out;
}
