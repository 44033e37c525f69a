/**
 * Pure rules of the cycle's sample: the default locus per government (REFERENCE §1.3) and the
 * answer cells a framework expects for a sample.
 */
import { frameworkLeaves, type Framework } from '../../../../shared/frameworks/framework.schema';

export interface SampleUnitCandidate {
  id: string;
  name: string;
  type: string;
  sector: string;
  parentId: string | null;
}

/** The five sectors of the 2022–2024 locus (REFERENCE §1.3) and how their OPD is usually named. */
const SECTORS: Array<{ sector: string; prefer: RegExp }> = [
  { sector: 'kesehatan', prefer: /kesehatan/i },
  { sector: 'pendidikan', prefer: /pendidikan/i },
  { sector: 'sosial', prefer: /\bsosial\b/i },
  { sector: 'perizinan', prefer: /penanaman modal|perizinan|satu pintu/i },
  { sector: 'kependudukan', prefer: /kependudukan|dukcapil/i },
];

/**
 * The default sample of a government (REFERENCE §1.3, 2023 locus): per sector one OPD (the one
 * whose name matches the sector's usual office, else the first by name), plus up to two
 * Puskesmas for health (preferring those under the chosen Dinas Kesehatan).
 */
export function defaultSampleUnits(candidates: SampleUnitCandidate[]): string[] {
  const chosen: string[] = [];
  for (const { sector, prefer } of SECTORS) {
    const opds = candidates.filter((u) => u.type === 'opd' && u.sector === sector);
    const opd = opds.find((u) => prefer.test(u.name)) ?? opds[0];
    if (opd) chosen.push(opd.id);
    if (sector === 'kesehatan') {
      const puskesmas = candidates.filter((u) => u.type === 'puskesmas');
      const under = puskesmas.filter((u) => opd && u.parentId === opd.id);
      const rest = puskesmas.filter((u) => !under.includes(u));
      chosen.push(...[...under, ...rest].slice(0, 2).map((u) => u.id));
    }
  }
  return chosen;
}

export interface Cell {
  governmentId: string;
  unitId: string | null;
  productId: string | null;
  indicator: string;
}

/**
 * Every answer cell the framework expects from a government's sample: product-level indicators
 * once per sampled product of each unit (once per unit when a unit has no product sampled),
 * unit-level once per unit, entity-level once. Indicators whose appliesTo excludes the
 * government type or the unit type are not asked (the engine would count them N/A).
 */
export function expectedCells(
  framework: Framework,
  government: { id: string; type: string },
  sampleUnits: Array<{ unitId: string; type: string }>,
  productsByUnit: ReadonlyMap<string, string[]>,
): Cell[] {
  const cells: Cell[] = [];
  for (const leaf of frameworkLeaves(framework)) {
    const applies = leaf.appliesTo;
    if (applies?.entityTypes && !applies.entityTypes.includes(government.type as never)) continue;
    const level = applies?.level ?? 'entity';
    if (level === 'entity') {
      cells.push({ governmentId: government.id, unitId: null, productId: null, indicator: leaf.code });
      continue;
    }
    for (const unit of sampleUnits) {
      if (applies?.unitTypes && !applies.unitTypes.includes(unit.type)) continue;
      const products = level === 'product' ? (productsByUnit.get(unit.unitId) ?? []) : [];
      if (products.length === 0)
        cells.push({
          governmentId: government.id,
          unitId: unit.unitId,
          productId: null,
          indicator: leaf.code,
        });
      for (const productId of products)
        cells.push({ governmentId: government.id, unitId: unit.unitId, productId, indicator: leaf.code });
    }
  }
  return cells;
}
