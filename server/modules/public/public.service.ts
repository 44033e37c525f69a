/**
 * What the public portal shows, built only from public.repository (released rows). No actor: these
 * functions serve anyone, so they never take an id a visitor could use to reach unreleased data —
 * a government key resolves to the government, and everything under it is filtered by release.
 */
import {
  methodOfYear,
  PublicGovernmentSchema,
  asZone,
  type PublicFigure,
  type PublicGovernment,
  type PublicMethod,
  type PublicResult,
  type PublicResultDetail,
  type PublicSearchHit,
  type PublicSummary,
  type Zone,
} from '../../../shared/contracts/public';
import type { GovernmentType } from '../../../shared/contracts/enums';
import { effectiveWeights, type Framework } from '../../../shared/frameworks/framework.schema';
import { round2 } from '../../../shared/scoring/rounding';
import type { Executor } from '../../db/client';
import { loadFramework } from '../frameworks/frameworks.sync';
import { bandOfScore } from '../public-release/official-figures.rules';
import * as repo from './public.repository';

/**
 * The opinion category and zone of a 2022–2024 score (REFERENCE §1.3: A 88–100, B 78–87.99,
 * C 54–77.99, D 32–53.99, E 0–31.99; A and B green, C yellow, D and E red), for an official figure
 * announced as a score alone: the framework's own bands (official-figures.rules bandOfScore).
 */
export function skorBand(score: number): { band: string; zone: Zone } | null {
  const band = bandOfScore(score);
  return band ? { band: band.code, zone: band.zone as Zone } : null;
}

function officialFigure(row: repo.PublicRow): PublicFigure | null {
  if (row.o_method === null) return null;
  const score = round2(row.o_score);
  let band = row.o_band;
  let zone = asZone(row.o_zone);
  if (row.o_method === 'skor' && score !== null) {
    const derived = skorBand(score);
    band ??= derived?.band ?? null;
    zone ??= derived?.zone ?? null;
  }
  return { score, band, zone, opinion: row.o_opinion };
}

function keyOf(g: { region_code: string | null; government_id?: string; id?: string }): string {
  return g.region_code ?? g.government_id ?? g.id ?? '';
}

/** Rows → results, ranked by shown score among the same type and year (ties share a rank). */
function toResults(rows: repo.PublicRow[]): PublicResult[] {
  const results: PublicResult[] = rows.map((row) => {
    const computed: PublicFigure | null =
      row.cycle_id === null
        ? null
        : { score: round2(row.c_score), band: row.c_band, zone: asZone(row.c_zone), opinion: null };
    const official = officialFigure(row);
    return {
      governmentId: row.government_id,
      key: keyOf(row),
      name: row.name,
      type: row.type as GovernmentType,
      regionCode: row.region_code,
      provinceCode: row.province_code,
      provinceName: row.province_name,
      year: Number(row.year),
      method: (row.o_method as PublicMethod | null) ?? methodOfYear(Number(row.year)),
      cycleId: row.cycle_id,
      shown: official ?? computed ?? { score: null, band: null, zone: null, opinion: null },
      source: official ? 'official' : 'patuh',
      computed,
      rank: null,
      assessed: 0,
      releasedAt: new Date(row.released_at).toISOString(),
    };
  });
  const groups = new Map<string, PublicResult[]>();
  for (const r of results) {
    const k = `${r.year}|${r.type}`;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(r);
  }
  for (const list of groups.values()) {
    const scored = list.filter((r) => r.shown.score !== null).sort((a, b) => b.shown.score! - a.shown.score!);
    scored.forEach((r, i) => {
      const prev = scored[i - 1];
      r.rank = prev && prev.shown.score === r.shown.score ? prev.rank : i + 1;
    });
    for (const r of list) r.assessed = scored.length;
  }
  return results;
}

/** Years with a public result, newest first. */
export async function publicYears(db: Executor): Promise<number[]> {
  return repo.releasedYears(db);
}

/** Released results, filtered; each ranked within its type and year. */
export async function publicResults(
  db: Executor,
  filter: { year?: number; type?: GovernmentType; provinceCode?: string } = {},
): Promise<PublicResult[]> {
  // The rank needs every government of the type and year, so filter by province afterwards.
  const rows = await repo.releasedRows(db, { year: filter.year, type: filter.type });
  const all = toResults(rows);
  return filter.provinceCode === undefined ? all : all.filter((r) => r.provinceCode === filter.provinceCode);
}

const noZones = () => ({ merah: 0, kuning: 0, hijau: 0 });

/** Zone and opinion-category counts of one year (default: the newest released year). */
export async function publicSummary(db: Executor, year?: number): Promise<PublicSummary> {
  const years = await publicYears(db);
  const chosen = year ?? years[0] ?? null;
  if (chosen === null) return { year: null, years, assessed: 0, zones: noZones(), bands: {}, byType: [] };
  const results = await publicResults(db, { year: chosen });
  const zones = noZones();
  const bands: Record<string, number> = {};
  const byType = new Map<GovernmentType, PublicSummary['byType'][number]>();
  for (const r of results) {
    let t = byType.get(r.type);
    if (!t) byType.set(r.type, (t = { type: r.type, assessed: 0, zones: noZones() }));
    t.assessed += 1;
    if (r.shown.zone) {
      zones[r.shown.zone] += 1;
      t.zones[r.shown.zone] += 1;
    }
    if (r.shown.band) bands[r.shown.band] = (bands[r.shown.band] ?? 0) + 1;
  }
  return { year: chosen, years, assessed: results.length, zones, bands, byType: [...byType.values()] };
}

export interface MapRegion {
  code: string;
  key: string;
  name: string;
  zone: Zone | null;
  score: number | null;
  band: string | null;
  source: 'official' | 'patuh';
}

/** The released regional governments of a year on one map layer, keyed by Kemendagri code. */
export async function publicMapRegions(
  db: Executor,
  year: number,
  layer: 'provinsi' | 'kabkota',
): Promise<MapRegion[]> {
  const results = await publicResults(db, { year });
  return results
    .filter(
      (r) => r.regionCode !== null && (layer === 'provinsi' ? r.type === 'pemprov' : r.type !== 'pemprov'),
    )
    .map((r) => ({
      code: r.regionCode!,
      key: r.key,
      name: r.name,
      zone: r.shown.zone,
      score: r.shown.score,
      band: r.shown.band,
      source: r.source,
    }));
}

function detailOf(
  result: PublicResult,
  framework: Framework | null,
  detail: repo.DetailRow | undefined,
  units: repo.UnitRow[],
): PublicResultDetail {
  const weights = framework ? effectiveWeights(framework.nodes) : [];
  return {
    ...result,
    frameworkName: framework?.name ?? null,
    dimensions: framework
      ? framework.nodes.map((n, i) => ({
          code: n.code,
          name: n.name,
          weight: round2(weights[i]) ?? 0,
          score: round2(detail?.dimensions?.[n.code]),
        }))
      : [],
    views: framework
      ? (framework.views ?? []).map((v) => ({
          id: v.id,
          name: v.name,
          groups: v.groups.map((g) => ({
            code: g.code,
            label: g.label,
            score: round2(detail?.views?.[v.id]?.[g.code]),
          })),
        }))
      : [],
    units: units
      .filter((u) => u.cycle_id === result.cycleId)
      .map((u) => ({ name: u.name, score: round2(u.score), band: u.band, zone: asZone(u.zone) })),
  };
}

/**
 * A government's public page: its released results per year (newest first), each with the
 * dimensions, the Patuh/Bersih/Baik/Taat view and the unit scores. Null when no government has
 * that key; a government without released results has an empty list (the page says so).
 */
export async function publicGovernment(db: Executor, key: string): Promise<PublicGovernment | null> {
  const g = await repo.governmentByKey(db, key);
  if (!g) return null;
  const own = await repo.releasedRows(db, { governmentIds: [g.id] });
  // Rank within type and year needs the peers of each year.
  const ranked = new Map<number, PublicResult>();
  for (const year of [...new Set(own.map((r) => Number(r.year)))]) {
    const peers = toResults(await repo.releasedRows(db, { year, type: g.type }));
    const mine = peers.find((p) => p.governmentId === g.id);
    if (mine) ranked.set(year, mine);
  }
  const results = [...ranked.values()].sort((a, b) => b.year - a.year);
  const cycleIds = results.flatMap((r) => (r.cycleId ? [r.cycleId] : []));
  const [details, units] = [
    await repo.releasedDetails(db, g.id, cycleIds),
    await repo.releasedUnits(db, g.id, cycleIds),
  ];
  const frameworkOf = new Map<string, Framework>();
  for (const row of own) {
    if (row.framework_id && !frameworkOf.has(row.framework_id))
      frameworkOf.set(row.framework_id, await loadFramework(db, row.framework_id));
  }
  const fwIdOf = new Map(own.filter((r) => r.cycle_id).map((r) => [r.cycle_id!, r.framework_id!]));
  return PublicGovernmentSchema.parse({
    government: {
      id: g.id,
      key: g.region_code ?? g.id,
      name: g.name,
      type: g.type,
      regionCode: g.region_code,
      provinceCode: g.province_code,
      provinceName: g.province_name,
      officeName: g.office_name,
      website: g.website,
    },
    results: results.map((r) =>
      detailOf(
        r,
        r.cycleId ? (frameworkOf.get(fwIdOf.get(r.cycleId) ?? '') ?? null) : null,
        details.find((d) => d.cycle_id === r.cycleId),
        units,
      ),
    ),
  });
}

/** Governments by name (every word must match), with their newest released zone. */
export async function publicSearch(db: Executor, q: string, limit = 20): Promise<PublicSearchHit[]> {
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 6);
  if (words.length === 0) return [];
  const hits = await repo.searchGovernments(db, words, limit);
  const rows = await repo.releasedRows(db, { governmentIds: hits.map((h) => h.id) });
  const latest = new Map<string, repo.PublicRow>();
  for (const row of rows) {
    const seen = latest.get(row.government_id);
    if (!seen || Number(row.year) > Number(seen.year)) latest.set(row.government_id, row);
  }
  return hits.map((h) => {
    const row = latest.get(h.id);
    const shown = row ? (toResults([row])[0]?.shown ?? null) : null;
    return {
      key: h.region_code ?? h.id,
      name: h.name,
      type: h.type as GovernmentType,
      provinceName: h.province_name,
      latestYear: row ? Number(row.year) : null,
      latestZone: shown?.zone ?? null,
    };
  });
}

/**
 * Every released result of a year that comes from a cycle, with its dimensions, view and units
 * (the open-data dimension and unit files), read in bulk: three queries whatever the count.
 */
export async function publicDetailsOfYear(db: Executor, year: number): Promise<PublicResultDetail[]> {
  const rows = await repo.releasedRows(db, { year });
  const results = toResults(rows).filter((r) => r.cycleId !== null);
  const [details, units] = [
    await repo.releasedDetailsOfYear(db, year),
    await repo.releasedUnitsOfYear(db, year),
  ];
  const frameworkOf = new Map<string, Framework>();
  for (const row of rows)
    if (row.framework_id && !frameworkOf.has(row.framework_id))
      frameworkOf.set(row.framework_id, await loadFramework(db, row.framework_id));
  const fwIdOf = new Map(rows.filter((r) => r.cycle_id).map((r) => [r.cycle_id!, r.framework_id!]));
  const unitsOf = new Map<string, repo.UnitRow[]>();
  for (const u of units) {
    const list = unitsOf.get(u.government_id) ?? [];
    list.push(u);
    unitsOf.set(u.government_id, list);
  }
  const detailOfGov = new Map(details.map((d) => [`${d.government_id}|${d.cycle_id}`, d]));
  return results.map((r) =>
    detailOf(
      r,
      frameworkOf.get(fwIdOf.get(r.cycleId!) ?? '') ?? null,
      detailOfGov.get(`${r.governmentId}|${r.cycleId}`),
      unitsOf.get(r.governmentId) ?? [],
    ),
  );
}
