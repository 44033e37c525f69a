/**
 * Labels shared by the rapor renderers (PDF and Excel), in Bahasa Indonesia. Numbers and dates go
 * through the one format layer (shared/format) so the PDF, the sheet and the page read alike;
 * times are shown in the office's zone (WIB/WITA/WIT) with its label.
 */
import { isUnanswered, UNANSWERED_LABEL } from '../../../shared/contracts/rapor';
import type { Rapor, RaporGap, RaporGapExample } from '../../../shared/contracts/rapor';
import { INTERNAL_CYCLE_LABEL } from '../../../shared/contracts/assessments';
import * as fmt from '../../../shared/format/format';
import type { TimeZoneCode } from '../../../shared/format/time-zones';

/** The rapor, the PDF and the sheet are written in Bahasa Indonesia. */
const LANG = 'id';

/** The label of an internal cycle's rapor (issue 12), in the rapor's language. */
export const INTERNAL_LABEL = INTERNAL_CYCLE_LABEL.id;

export const RAPOR_TITLE = 'Rapor Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik';

export type Zone = 'merah' | 'kuning' | 'hijau';

export const ZONE_LABEL: Record<Zone, string> = {
  merah: 'Zona Merah',
  kuning: 'Zona Kuning',
  hijau: 'Zona Hijau',
};

/** Fallback colours when a band carries none (the built-in frameworks' palette). */
export const ZONE_COLOR: Record<Zone, string> = { merah: '#e03131', kuning: '#f59f00', hijau: '#2f9e44' };

const GOVERNMENT_TYPE: Record<string, string> = {
  pemprov: 'Pemerintah provinsi',
  pemkab: 'Pemerintah kabupaten',
  pemkot: 'Pemerintah kota',
  kementerian: 'Kementerian',
  lembaga: 'Lembaga',
};

const CYCLE_STATUS: Record<string, string> = {
  planning: 'Perencanaan',
  self_assessment: 'Penilaian mandiri',
  verification: 'Verifikasi',
  appeal: 'Sanggahan',
  final: 'Final',
  published: 'Dipublikasikan',
};

export function isZone(value: string | null | undefined): value is Zone {
  return value === 'merah' || value === 'kuning' || value === 'hijau';
}

export function zoneLabel(zone: string | null | undefined): string {
  return isZone(zone) ? ZONE_LABEL[zone] : fmt.EMPTY;
}

export function governmentTypeLabel(type: string): string {
  return GOVERNMENT_TYPE[type] ?? type;
}

export function cycleStatusLabel(status: string): string {
  return CYCLE_STATUS[status] ?? status;
}

/** 76.42 → "76,42"; null → "—". */
export function formatScore(value: number | null | undefined): string {
  return fmt.formatScore(value, LANG);
}

/** Answer values and weights without trailing zeros: 3 → "3", 21.85 → "21,85". */
export function formatNumber(value: number | null | undefined): string {
  return fmt.formatNumber(value, LANG);
}

/** A weight in percent: 21.85 → "21,85%". */
export function formatPercent(value: number | null | undefined): string {
  return fmt.formatPercent(value, LANG);
}

/** A signed change, "+5,24" / "−1,10" / "0,00"; "—" when either side is missing. */
export function formatDelta(now: number | null | undefined, before: number | null | undefined): string {
  return fmt.formatDelta(now, before, LANG);
}

export function delta(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  return Math.round((now - before) * 100) / 100;
}

/** "12 Des 2024, 15.30 WITA". */
export function formatDateTime(iso: string, zone: TimeZoneCode): string {
  return fmt.formatDateTime(iso, LANG, zone);
}

/** "12 Des 2024" (the day in the office's zone). */
export function formatDate(iso: string, zone: TimeZoneCode): string {
  return fmt.formatDate(iso, LANG, zone);
}

/**
 * The office's wall-clock time as a Date whose UTC fields carry it: Excel cells have no time
 * zone, so the sheet shows the same time as the PDF, under a "(WITA)" header.
 */
export function zonedDate(iso: string, zone: TimeZoneCode): Date {
  return fmt.wallClock(iso, zone);
}

export const XLSX_FORMAT = fmt.XLSX_FORMAT;

/** "Peringkat 3 dari 5 pemerintah kabupaten" or a short note when there is no rank yet. */
export function rankText(rapor: Rapor): string {
  if (rapor.rank === null) return 'Belum diperingkat';
  return `Peringkat ${rapor.rank} dari ${rapor.peers} ${governmentTypeLabel(rapor.government.type).toLowerCase()}`;
}

/** `rapor-pemerintah-kabupaten-sleman-2024.pdf`: ASCII, lower case, dashes. */
export function raporFileName(rapor: Rapor, ext: 'pdf' | 'xlsx'): string {
  const slug = rapor.government.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `rapor-${slug || 'pemerintah'}-${rapor.cycle.year}.${ext}`;
}

/** Number of (unit, indicator) shortfall groups over all units. */
export function gapCount(rapor: Rapor): number {
  return rapor.units.reduce((n, u) => n + u.gapCount, 0);
}

/** Number of answers below their maximum over all units. */
export function shortfallCount(rapor: Rapor): number {
  return rapor.units.reduce((n, u) => n + u.shortfallCount, 0);
}

/** "Izin Praktik: 1" / "Tingkat unit: –" — one example without its reason. */
export function exampleLabel(e: RaporGapExample): string {
  return `${e.product ?? 'Tingkat unit'}: ${exampleValue(e)}`;
}

/** An example's value, or "tidak dijawab — dihitung 0" for an item left blank (REFERENCE §10 rule 2). */
export function exampleValue(e: Pick<RaporGapExample, 'value' | 'selfValue'>): string {
  return isUnanswered(e) ? UNANSWERED_LABEL.id : formatNumber(e.value);
}

/** How many answers fall short, in words: "12 dari 15 produk" or "tingkat unit". */
export function gapExtent(g: RaporGap): string {
  return g.level === 'product' ? `${g.count} dari ${g.assessed} produk` : 'Tingkat unit';
}

/** "dan 7 produk lainnya" when there are more than the examples shown, else "". */
export function moreLabel(more: number): string {
  return more > 0 ? `dan ${more} produk lainnya` : '';
}

/**
 * A unit's result in the rapor's previous cycle: its own, or after a merge or split each
 * predecessor's ("sebagai <nama>", unit history of issue 11). Null when there is none.
 */
export function previousUnitLine(r: Rapor, u: Rapor['units'][number]): string | null {
  const items = u.previousResults ?? [];
  if (!r.previous || items.length === 0) return null;
  const parts = items.map(
    (p) => `${formatScore(p.score)}${p.unitId === u.unitId ? '' : ` sebagai ${p.name}`}`,
  );
  return `${r.previous.year}: ${parts.join('; ')}`;
}
