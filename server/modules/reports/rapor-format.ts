/**
 * Labels and number/date formats shared by the rapor renderers (PDF and Excel), in Bahasa
 * Indonesia: decimal comma, dates in WIB.
 */
import { isUnanswered, UNANSWERED_LABEL } from '../../../shared/contracts/rapor';
import type { Rapor, RaporGap, RaporGapExample } from '../../../shared/contracts/rapor';

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
  return isZone(zone) ? ZONE_LABEL[zone] : '–';
}

export function governmentTypeLabel(type: string): string {
  return GOVERNMENT_TYPE[type] ?? type;
}

export function cycleStatusLabel(status: string): string {
  return CYCLE_STATUS[status] ?? status;
}

const score2 = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** 76.42 → "76,42"; null → "–". */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : score2.format(value);
}

/** Answer values and weights without trailing zeros: 3 → "3", 21.85 → "21,85". */
export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : plain.format(value);
}

/** A signed change, "+5,24" / "−1,10" / "0,00"; "–" when either side is missing. */
export function formatDelta(now: number | null | undefined, before: number | null | undefined): string {
  if (now === null || now === undefined || before === null || before === undefined) return '–';
  const d = Math.round((now - before) * 100) / 100;
  if (d > 0) return `+${score2.format(d)}`;
  if (d < 0) return `−${score2.format(-d)}`;
  return score2.format(0);
}

export function delta(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  return Math.round((now - before) * 100) / 100;
}

const dateTime = new Intl.DateTimeFormat('id-ID', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Asia/Jakarta',
});
const dateOnly = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });

/** "12 Desember 2024 pukul 14.30 WIB". */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} WIB`;
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/**
 * The Jakarta wall-clock time as a Date whose UTC fields carry it: Excel cells have no time zone,
 * so the sheet shows WIB like the PDF does.
 */
export function wibDate(iso: string): Date {
  return new Date(new Date(iso).getTime() + 7 * 60 * 60 * 1000);
}

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
