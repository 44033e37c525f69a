/**
 * The one format layer: every page, chart, PDF and spreadsheet writes dates, times, numbers,
 * percentages and rupiah through these functions, so one value reads the same everywhere.
 * Bahasa Indonesia (id-ID) first, English (en-GB) second. Pure: Intl only, no Node or DOM APIs.
 */
import { DEFAULT_ZONE, IANA_ZONE, type TimeZoneCode } from './time-zones';

export type Lang = 'id' | 'en';

/** What a missing value shows as, in every output. */
export const EMPTY = '—';

/** The Intl locale of a UI language; anything but English reads as Bahasa Indonesia. */
export function localeOf(lang: string | null | undefined): 'id-ID' | 'en-GB' {
  return lang?.startsWith('en') ? 'en-GB' : 'id-ID';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${localeOf(lang)}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(localeOf(lang), options)));
  return f;
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${localeOf(lang)}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(localeOf(lang), options)));
  return f;
}

type Num = number | null | undefined;
type When = string | Date | null | undefined;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date ("2024-03-01", no zone) stays that day; an instant (ISO timestamp or Date) is
 * read in the given zone.
 */
function instant(value: string | Date, zone: TimeZoneCode): { at: Date; timeZone: string } | null {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value);
    if (m) return { at: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)), timeZone: 'UTC' };
  }
  const at = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(at.getTime()) ? null : { at, timeZone: IANA_ZONE[zone] };
}

/** "4 Des 2026" / "4 Dec 2026". Timestamps are dated in `zone` (WIB when not given). */
export function formatDate(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  const i = value ? instant(value, zone) : null;
  if (!i) return EMPTY;
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: i.timeZone }).format(
    i.at,
  );
}

/** "Maret 2026" / "March 2026": the heading of a month (a calendar date or an instant in `zone`). */
export function formatMonthYear(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  const i = value ? instant(value, zone) : null;
  if (!i) return EMPTY;
  return dateFormat(lang, { month: 'long', year: 'numeric', timeZone: i.timeZone }).format(i.at);
}

/** "Jumat" / "Friday": the day of the week of a calendar date (or an instant in `zone`). */
export function formatWeekday(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  const i = value ? instant(value, zone) : null;
  if (!i) return EMPTY;
  return dateFormat(lang, { weekday: 'long', timeZone: i.timeZone }).format(i.at);
}

/**
 * "Jumat, 4 Desember 2026" / "Friday, 4 December 2026": a date spelled out, under a date field whose
 * native picker shows the browser's own order (mm/dd/yyyy in an English Chromium).
 */
export function formatLongDate(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  const i = value ? instant(value, zone) : null;
  if (!i) return EMPTY;
  return dateFormat(lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: i.timeZone,
  }).format(i.at);
}

/** "1 Mar 2024 – 31 Mei 2024"; an open end shows as "…". */
export function formatDateRange(from: When, to: When, lang: string, zone?: TimeZoneCode): string {
  if (!from && !to) return EMPTY;
  const a = from ? formatDate(from, lang, zone) : '…';
  const b = to ? formatDate(to, lang, zone) : '…';
  return `${a} – ${b}`;
}

/** "19.01 WITA" / "19:01 WITA": 24-hour clock in the zone, with its label. */
export function formatTime(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  const i = value ? instant(value, zone) : null;
  if (!i) return EMPTY;
  const hm = dateFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: IANA_ZONE[zone],
  }).format(i.at);
  return `${hm} ${zone}`;
}

/** "4 Des 2026, 19.01 WITA" / "4 Dec 2026, 19:01 WITA". */
export function formatDateTime(value: When, lang: string, zone: TimeZoneCode = DEFAULT_ZONE): string {
  if (!value || !instant(value, zone)) return EMPTY;
  return `${formatDate(value instanceof Date ? value : new Date(value), lang, zone)}, ${formatTime(value, lang, zone)}`;
}

/**
 * The wall-clock time of `zone` as a Date whose UTC fields carry it: spreadsheet cells have no
 * time zone, so a sheet shows the same "19.01" as the PDF beside its "(WITA)" header.
 */
export function wallClock(value: string | Date, zone: TimeZoneCode = DEFAULT_ZONE): Date {
  const at = typeof value === 'string' ? new Date(value) : value;
  const offsetHours = zone === 'WIB' ? 7 : zone === 'WITA' ? 8 : 9;
  return new Date(at.getTime() + offsetHours * 60 * 60 * 1000);
}

/**
 * A number; with `decimals` always that many ("86,20"), else up to two without trailing zeros
 * ("3", "21,85"). Grouping as the language writes it ("1.234,5" / "1,234.5").
 */
export function formatNumber(value: Num, lang: string, decimals?: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  const options: Intl.NumberFormatOptions =
    decimals === undefined
      ? { maximumFractionDigits: 2 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(lang, options).format(value);
}

/** A score: always two decimals ("83,70" / "83.70"). */
export function formatScore(value: Num, lang: string): string {
  return formatNumber(value, lang, 2);
}

/** A signed change of scores, "+5,24" / "−1,10" / "0,00"; EMPTY when either side is missing. */
export function formatDelta(now: Num, before: Num, lang: string): string {
  if (now === null || now === undefined || before === null || before === undefined) return EMPTY;
  const d = Math.round((now - before) * 100) / 100;
  if (d > 0) return `+${formatScore(d, lang)}`;
  if (d < 0) return `−${formatScore(-d, lang)}`;
  return formatScore(0, lang);
}

/** A percentage given in percent units: 21.85 → "21,85%" / "21.85%" (up to `decimals`, default 2). */
export function formatPercent(value: Num, lang: string, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: decimals }).format(value / 100);
}

/** Rupiah without sen: "Rp 1.500.000" / "IDR 1,500,000". */
export function formatRupiah(value: Num, lang: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  return numberFormat(lang, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}

/** A file size: "512 B", "1,5 KB", "2,3 MB". */
export function formatBytes(bytes: number, lang: string): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;
}

/**
 * Excel number formats matching the layer: numbers stay numeric cells, dates stay dates; the
 * spreadsheet program writes them in its own locale ([$-421] = Bahasa Indonesia month names).
 */
export const XLSX_FORMAT = {
  score: '#,##0.00',
  number: 'General',
  date: '[$-421]d mmm yyyy',
  dateTime: '[$-421]d mmm yyyy hh:mm',
} as const;

/**
 * The ECharts label formatter of score bars, the same on the page and in the PDF's chart:
 * `label: { formatter: scoreLabel('id') }` → "83,70"; a missing score shows as "—".
 */
export function scoreLabel(lang: string): (params: { value?: unknown }) => string {
  return (params) => formatScore(typeof params.value === 'number' ? params.value : null, lang);
}

/** Today's calendar date in `zone` ("2026-12-05" at 07.30 WITA, while UTC is still on the 4th). */
export function todayIn(zone: TimeZoneCode = DEFAULT_ZONE, now: Date = new Date()): string {
  return wallClock(now, zone).toISOString().slice(0, 10);
}
