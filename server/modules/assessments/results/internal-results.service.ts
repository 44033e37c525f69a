/**
 * Results of an internal cycle (penilaian mandiri) inside the government (issue 12 part 3): the
 * ranking of its units, the *pemetaan kekurangan*, the comparison with the Ombudsman's last
 * published official result (per shared indicator, never totals) and the regent's report data.
 * Only internal cycles: an official cycle answers 404 here. Access first (cycleForActor, then the
 * owner government), then the results rule (assertResultsVisible); a unit PIC reads only their
 * units' rows, and no entity-level cell.
 */
import {
  InternalComparisonSchema,
  InternalGapsSchema,
  InternalRankingSchema,
  InternalReportSchema,
  type InternalComparison,
  type InternalCycleHead,
  type InternalGaps,
  type InternalRanking,
  type InternalRankingRow,
  type InternalReport,
} from '../../../../shared/contracts/assessments-internal-results';
import type { Framework } from '../../../../shared/frameworks/framework.schema';
import { zoneOfGovernment } from '../../../../shared/format/time-zones';
import type { Executor } from '../../../db/client';
import { NotFoundError } from '../../../lib/errors';
import type { Actor } from '../../../lib/reach';
import { loadFramework } from '../../frameworks/frameworks.sync';
import {
  frameworkOf,
  assertResultsVisible,
  cycleForActor,
  cycleGovernmentForActor,
  readableUnitIds,
  type CycleRow,
} from '../assessments.access';
import { leafIndex } from '../common/framework-index';
import { getWorkPlan } from '../cycles/internal-cycles.service';
import { listImprovements } from '../verification/verification.repository';
import * as irepo from './internal-results.repository';
import {
  buildComparison,
  buildGaps,
  failingPerUnit,
  rankUnits,
  type CellStats,
} from './internal-results.rules';
import { governmentWithOffice } from './results.repository';
import { unitResultsOf } from './scoring.repository';
import { unitAndAncestorIds } from '../../registry/unit-history.repository';

type Index = ReturnType<typeof leafIndex>;

/** What every internal result starts from, access checked. */
interface Base {
  cycle: CycleRow;
  governmentId: string;
  framework: Framework;
  index: Index;
  head: InternalCycleHead;
  /** null: every unit and the entity-level cells; else only these units (a PIC's). */
  unitIds: string[] | null;
  units: irepo.InternalUnitRow[];
  names: Map<string, string>;
}

const scalesOf = (index: Index): irepo.ScaleBounds[] =>
  [...index.values()].map((d) => ({ indicator: d.code, min: d.scale.min, max: d.scale.max }));

/**
 * Access (404 out of reach, for a missing cycle and for an official one; 409 before publication for
 * roles that see results only then), then the framework, the government and the units in reach.
 */
async function internalBase(db: Executor, actor: Actor, cycleId: string): Promise<Base> {
  const found = await cycleForActor(db, actor, cycleId);
  if (found.kind !== 'internal' || !found.ownerGovernmentId) throw new NotFoundError();
  const governmentId = found.ownerGovernmentId;
  const cycle = await cycleGovernmentForActor(db, actor, cycleId, governmentId);
  assertResultsVisible(actor, cycle);
  const framework = await frameworkOf(db, cycle);
  const gov = await governmentWithOffice(db, governmentId);
  if (!gov) throw new NotFoundError();
  const unitIds = readableUnitIds(actor);
  const units = await irepo.cycleUnitRows(db, cycleId, unitIds);
  return {
    cycle,
    governmentId,
    framework,
    index: leafIndex(framework),
    unitIds,
    units,
    names: new Map(units.map((u) => [u.unitId, u.name])),
    head: {
      id: cycle.id,
      name: cycle.name,
      year: cycle.year,
      status: cycle.status,
      closed: cycle.status === 'final' || cycle.status === 'published',
      sharedAt: cycle.sharedAt?.toISOString() ?? null,
      framework: {
        id: framework.id,
        version: framework.version,
        name: framework.name,
        issuer: framework.issuer,
        compiledBy: framework.compiledBy ?? null,
        scoreMax: framework.scoreRange.max,
      },
      government: {
        id: gov.id,
        name: gov.name,
        type: gov.type,
        timeZone: zoneOfGovernment(gov.region_code, gov.province_codes),
      },
    },
  };
}

const statsOf = (db: Executor, b: Base): Promise<CellStats[]> =>
  irepo.cellStats(
    db,
    b.cycle.id,
    b.governmentId,
    scalesOf(b.index),
    b.framework.aggregation.useSelfValueWhenUnverified,
    b.unitIds,
  );

async function rankingOf(db: Executor, b: Base, stats: CellStats[]): Promise<InternalRankingRow[]> {
  const scores = new Map((await unitResultsOf(db, b.cycle.id, b.governmentId)).map((s) => [s.unitId, s]));
  const failing = failingPerUnit(buildGaps(b.index, stats, b.names, b.head.closed, 'framework'));
  return rankUnits(
    b.units.map((u) => {
      const s = scores.get(u.unitId);
      return {
        unitId: u.unitId,
        name: u.name,
        type: u.type,
        score: s?.rounded ?? null,
        band: s?.band ?? null,
        zone: (s?.zone ?? null) as InternalRankingRow['zone'],
        failing: failing.get(u.unitId) ?? 0,
      };
    }),
  );
}

async function comparisonOf(
  db: Executor,
  b: Base,
  stats: CellStats[],
): Promise<Omit<InternalComparison, 'cycle'>> {
  const official = await irepo.lastOfficialCycle(db, b.governmentId);
  if (!official) return { official: null, totalsComparable: false, indicators: [], internalOnly: [] };
  const ofw = await loadFramework(db, official.frameworkId);
  const oindex = leafIndex(ofw);
  const shared = scalesOf(oindex).filter((s) => b.index.has(s.indicator));
  const officialStats = await irepo.cellStats(
    db,
    official.id,
    b.governmentId,
    shared,
    ofw.aggregation.useSelfValueWhenUnverified,
    b.unitIds,
  );
  return {
    official: {
      cycleId: official.id,
      name: official.name,
      year: official.year,
      publishedAt: official.publishedAt,
      framework: { id: ofw.id, version: ofw.version, name: ofw.name },
    },
    totalsComparable: false,
    ...buildComparison(
      b.index,
      oindex,
      stats,
      officialStats,
      b.names,
      b.head.closed,
      await lineageOf(db, [...b.names.keys()]),
    ),
  };
}

/**
 * Per unit, itself and the units it was merged or split from (the registry's lineage, ADR 0007),
 * so a unit reorganised since the Ombudsman's cycle is compared with what it was then.
 */
async function lineageOf(db: Executor, unitIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const unitId of unitIds)
    out.set(
      unitId,
      (await unitAndAncestorIds(db, [unitId])).map((r) => r.unitId),
    );
  return out;
}

/** The ranking of the government's units in the internal cycle (unit_results), shared ranks for equal scores. */
export async function internalRanking(db: Executor, actor: Actor, cycleId: string): Promise<InternalRanking> {
  const b = await internalBase(db, actor, cycleId);
  const units = await rankingOf(db, b, await statsOf(db, b));
  return InternalRankingSchema.parse({ cycle: b.head, units });
}

/** The *pemetaan kekurangan*: per indicator, the units where it is not fulfilled or partly (rules: internal-results.rules.ts). */
export async function internalGaps(
  db: Executor,
  actor: Actor,
  cycleId: string,
  sort: 'failing' | 'framework',
): Promise<InternalGaps> {
  const b = await internalBase(db, actor, cycleId);
  const indicators = buildGaps(b.index, await statsOf(db, b), b.names, b.head.closed, sort);
  return InternalGapsSchema.parse({ cycle: b.head, indicators });
}

/**
 * The comparison with the Ombudsman's last published official cycle of the government: per
 * indicator code both frameworks share, each side's fulfilment (0–100, mean over cells) and the
 * units both assessed. Never totals. No official published cycle: `official` null, no rows.
 */
export async function internalComparison(
  db: Executor,
  actor: Actor,
  cycleId: string,
): Promise<InternalComparison> {
  const b = await internalBase(db, actor, cycleId);
  const comparison = await comparisonOf(db, b, await statsOf(db, b));
  return InternalComparisonSchema.parse({ cycle: b.head, ...comparison });
}

/**
 * Everything the regent's report shows (laporan untuk Bupati/Wali Kota): the ranking, the gaps
 * (most failing first), the work plan's progress (the work-plan service's answer), the improvement points per unit and the
 * comparison. Same access as the pages; a PIC's report holds only their units.
 */
export async function buildInternalReport(
  db: Executor,
  actor: Actor,
  cycleId: string,
): Promise<InternalReport> {
  const b = await internalBase(db, actor, cycleId);
  const stats = await statsOf(db, b);
  const points = await listImprovements(db, b.cycle.id, b.governmentId);
  const grouped = new Map<string | null, { unitId: string | null; name: string | null; points: string[] }>();
  for (const p of points) {
    if (b.unitIds !== null && (p.unitId === null || !b.names.has(p.unitId))) continue;
    const entry = grouped.get(p.unitId) ?? { unitId: p.unitId, name: p.unitName, points: [] };
    entry.points.push(p.text);
    grouped.set(p.unitId, entry);
  }
  return InternalReportSchema.parse({
    cycle: b.head,
    generatedAt: new Date().toISOString(),
    ranking: await rankingOf(db, b, stats),
    gaps: buildGaps(b.index, stats, b.names, b.head.closed, 'failing'),
    workPlan: await getWorkPlan(db, actor, cycleId),
    improvements: [...grouped.values()].sort((x, y) =>
      x.name === null ? -1 : y.name === null ? 1 : x.name.localeCompare(y.name, 'id'),
    ),
    comparison: await comparisonOf(db, b, stats),
  });
}
