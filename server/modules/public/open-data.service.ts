/**
 * The open-data API v1 (issue 13): every released figure as JSON rows and CSV files with the same
 * columns. Built only from public.service.ts (released rows), so it can never show what the public
 * pages do not. No actor: the answers are the same for everybody.
 */
import {
  DIMENSION_COLUMNS,
  OPEN_DATA_LICENCE,
  OPEN_DATA_VERSION,
  OpenDataGovernmentSchema,
  OpenDataResultsSchema,
  OpenDataSummarySchema,
  OpenDataYearsSchema,
  RESULT_COLUMNS,
  UNIT_COLUMNS,
  type OpenDataDimension,
  type OpenDataQuery,
  type OpenDataResult,
  type OpenDataUnit,
} from '../../../shared/contracts/open-data';
import type { PublicResult } from '../../../shared/contracts/public';
import type { Executor } from '../../db/client';
import { defuseCsvCell } from '../../lib/csv-cell';
import {
  publicDetailsOfYear,
  publicGovernment,
  publicResults,
  publicSummary,
  publicYears,
} from './public.service';

const envelope = () => ({ version: OPEN_DATA_VERSION, licence: { ...OPEN_DATA_LICENCE } });

/** A public result as an open-data row (flat: the same fields as a CSV line). */
export function toRow(r: PublicResult): OpenDataResult {
  return {
    year: r.year,
    method: r.method,
    governmentKey: r.key,
    governmentId: r.governmentId,
    governmentName: r.name,
    governmentType: r.type,
    regionCode: r.regionCode,
    provinceCode: r.provinceCode,
    provinceName: r.provinceName,
    score: r.shown.score,
    band: r.shown.band,
    zone: r.shown.zone,
    opinion: r.shown.opinion,
    source: r.source,
    computedScore: r.computed?.score ?? null,
    computedBand: r.computed?.band ?? null,
    computedZone: r.computed?.zone ?? null,
    rank: r.rank,
    assessed: r.assessed,
    releasedAt: r.releasedAt,
  };
}

async function resultRows(db: Executor, q: OpenDataQuery): Promise<OpenDataResult[]> {
  const results = await publicResults(db, { year: q.year, type: q.type, provinceCode: q.province });
  return results.map(toRow);
}

export async function resultsJson(db: Executor, q: OpenDataQuery) {
  const items = await resultRows(db, q);
  return OpenDataResultsSchema.parse({ ...envelope(), count: items.length, items });
}

export async function yearsJson(db: Executor) {
  return OpenDataYearsSchema.parse({ ...envelope(), years: await publicYears(db) });
}

export async function summaryJson(db: Executor, year: number | undefined) {
  return OpenDataSummarySchema.parse({ ...envelope(), ...(await publicSummary(db, year)) });
}

/** A government's page data; null when no government has that key. */
export async function governmentJson(db: Executor, key: string) {
  const g = await publicGovernment(db, key);
  return g ? OpenDataGovernmentSchema.parse({ ...envelope(), ...g }) : null;
}

/** The year the dimension and unit files cover: the one asked for, else the newest released. */
export async function yearOrNewest(db: Executor, year: number | undefined): Promise<number | null> {
  return year ?? (await publicYears(db))[0] ?? null;
}

/** The released governments of a year with their dimension and unit scores (bulk). */
async function detailsOfYear(db: Executor, year: number | null) {
  if (year === null) return [];
  return (await publicDetailsOfYear(db, year)).map((detail) => ({ key: detail.key, detail }));
}

export async function dimensionRows(db: Executor, year: number | undefined): Promise<OpenDataDimension[]> {
  const details = await detailsOfYear(db, await yearOrNewest(db, year));
  return details.flatMap(({ key, detail }) =>
    detail.dimensions.map((d) => ({
      year: detail.year,
      governmentKey: key,
      governmentName: detail.name,
      governmentType: detail.type,
      dimensionCode: d.code,
      dimensionName: d.name.id,
      dimensionNameEn: d.name.en,
      weight: d.weight,
      score: d.score,
    })),
  );
}

export async function unitRows(db: Executor, year: number | undefined): Promise<OpenDataUnit[]> {
  const details = await detailsOfYear(db, await yearOrNewest(db, year));
  return details.flatMap(({ key, detail }) =>
    detail.units.map((u) => ({
      year: detail.year,
      governmentKey: key,
      governmentName: detail.name,
      unitName: u.name,
      score: u.score,
      band: u.band,
      zone: u.zone,
    })),
  );
}

/**
 * A CSV cell: numbers with a dot decimal (machine-readable; the dictionary says so), null empty,
 * text defused against formula injection and quoted when it holds a comma, quote or line break.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = defuseCsvCell(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document: UTF-8 byte-order mark (Excel reads the accents right), header, CRLF lines. */
export function toCsv<T extends Record<string, unknown>>(columns: readonly (keyof T & string)[], rows: T[]) {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function resultsCsv(db: Executor, q: OpenDataQuery): Promise<string> {
  return toCsv(RESULT_COLUMNS, await resultRows(db, q));
}

export async function dimensionsCsv(db: Executor, year: number | undefined): Promise<string> {
  return toCsv(DIMENSION_COLUMNS, await dimensionRows(db, year));
}

export async function unitsCsv(db: Executor, year: number | undefined): Promise<string> {
  return toCsv(UNIT_COLUMNS, await unitRows(db, year));
}

/** `patuh-hasil-2023.csv`, `patuh-dimensi-semua.csv`. */
export function csvFileName(kind: 'hasil' | 'dimensi' | 'unit', year: number | undefined): string {
  return `patuh-${kind}-${year ?? 'semua'}.csv`;
}
