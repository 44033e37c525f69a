import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  formatBytes,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDelta,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatScore,
  formatTime,
  localeOf,
  todayIn,
  wallClock,
} from './format';
import { PROVINCE_ZONE, zoneOfGovernment, zoneOfIana, zoneOfOffice, zoneOfRegion } from './time-zones';

// 2026-12-04 11:01 UTC = 18.01 WIB = 19.01 WITA = 20.01 WIT.
const AT = '2026-12-04T11:01:00.000Z';
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('format layer', () => {
  it.each([
    ['id', 'id-ID'],
    ['en', 'en-GB'],
    ['en-US', 'en-GB'],
    [undefined, 'id-ID'],
  ] as const)('language %s → locale %s', (lang, locale) => {
    expect(localeOf(lang)).toBe(locale);
  });

  it.each([
    ['id', '2024-03-01', '1 Mar 2024'],
    ['en', '2024-03-01', '1 Mar 2024'],
    ['id', '2024-05-31', '31 Mei 2024'],
    ['en', '2024-05-31', '31 May 2024'],
    ['id', '2026-12-04', '4 Des 2026'],
  ])('a calendar date in %s: %s → %s (no zone shift)', (lang, iso, out) => {
    expect(formatDate(iso, lang)).toBe(out);
  });

  it.each([
    ['id', '2026-12-04', 'Jumat, 4 Desember 2026'],
    ['en', '2026-12-04', 'Friday, 4 December 2026'],
    ['id', '2024-02-29', 'Kamis, 29 Februari 2024'],
    ['id', '2025-01-01', 'Rabu, 1 Januari 2025'],
    ['id', '', EMPTY],
    ['id', 'not a date', EMPTY],
  ])('a date spelled out under a date field, %s: %s → %s', (lang, iso, out) => {
    expect(formatLongDate(iso, lang)).toBe(out);
  });

  it('an instant is dated in its zone: 23.30 UTC is already the next day in WITA', () => {
    expect(formatDate('2026-12-03T16:30:00Z', 'id', 'WIB')).toBe('3 Des 2026');
    expect(formatDate('2026-12-03T16:30:00Z', 'id', 'WITA')).toBe('4 Des 2026');
  });

  it.each([
    ['id', 'WIB', '18.01 WIB'],
    ['id', 'WITA', '19.01 WITA'],
    ['id', 'WIT', '20.01 WIT'],
    ['en', 'WITA', '19:01 WITA'],
  ] as const)('time in %s, %s → %s', (lang, zone, out) => {
    expect(formatTime(AT, lang, zone)).toBe(out);
  });

  it('date-time carries the zone label', () => {
    expect(formatDateTime(AT, 'id', 'WITA')).toBe('4 Des 2026, 19.01 WITA');
    expect(formatDateTime(new Date(AT), 'en', 'WIB')).toBe('4 Dec 2026, 18:01 WIB');
    expect(formatDateTime(null, 'id')).toBe(EMPTY);
    expect(formatDateTime('not a date', 'id')).toBe(EMPTY);
  });

  it('date ranges', () => {
    expect(formatDateRange('2024-03-01', '2024-05-31', 'id')).toBe('1 Mar 2024 – 31 Mei 2024');
    expect(formatDateRange('2024-03-01', null, 'en')).toBe('1 Mar 2024 – …');
    expect(formatDateRange(null, undefined, 'en')).toBe(EMPTY);
  });

  it("today is the zone's date", () => {
    const at = new Date('2026-12-04T23:30:00Z');
    expect(todayIn('WIB', at)).toBe('2026-12-05');
    expect(todayIn('WITA', new Date('2026-12-04T15:59:00Z'))).toBe('2026-12-04');
    expect(todayIn('WITA', new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
  });

  it('wall clock for spreadsheets: UTC fields carry the zone time', () => {
    expect(wallClock(AT, 'WITA').toISOString()).toBe('2026-12-04T19:01:00.000Z');
    expect(wallClock(AT, 'WIT').getUTCHours()).toBe(20);
  });

  it.each([
    [86.2, 'id', undefined, '86,2'],
    [86.2, 'id', 2, '86,20'],
    [86.2, 'en', 2, '86.20'],
    [1234.5, 'id', 1, '1.234,5'],
    [1234.5, 'en', 1, '1,234.5'],
    [62.43293073593073, 'id', undefined, '62,43'],
    [3, 'en', undefined, '3'],
  ])('number %s in %s with %s decimals → %s', (v, lang, decimals, out) => {
    expect(formatNumber(v, lang, decimals)).toBe(out);
  });

  it('scores, deltas, percentages, rupiah, bytes', () => {
    expect(formatScore(83.7, 'id')).toBe('83,70');
    expect(formatScore(83.7, 'en')).toBe('83.70');
    expect(formatScore(null, 'id')).toBe(EMPTY);
    expect(formatDelta(80, 74.76, 'id')).toBe('+5,24');
    expect(formatDelta(70, 71.1, 'en')).toBe('−1.10');
    expect(formatDelta(70, null, 'en')).toBe(EMPTY);
    expect(formatPercent(21.85, 'id')).toBe('21,85%');
    expect(formatPercent(21.85, 'en')).toBe('21.85%');
    expect(nbsp(formatRupiah(1_500_000, 'id'))).toBe('Rp 1.500.000');
    expect(nbsp(formatRupiah(1_500_000, 'en'))).toBe('IDR 1,500,000');
    expect(formatBytes(1536, 'id')).toBe('1,5 KB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5.0 MB');
  });
});

describe('time zones of provinces', () => {
  it('38 provinces, each with a zone', () => {
    expect(Object.keys(PROVINCE_ZONE)).toHaveLength(38);
  });

  it.each([
    ['63', 'WITA'], // Kalimantan Selatan
    ['63.11', 'WITA'], // Kabupaten Balangan
    ['76.06', 'WITA'], // Mamuju Tengah
    ['19.03', 'WIB'], // Bangka Barat
    ['61', 'WIB'], // Kalimantan Barat
    ['62', 'WIB'], // Kalimantan Tengah
    ['51', 'WITA'], // Bali
    ['81', 'WIT'], // Maluku
    ['91', 'WIT'], // Papua
    ['96', 'WIT'], // Papua Barat Daya
    ['31', 'WIB'], // DKI Jakarta
    [null, 'WIB'],
    ['99', 'WIB'],
  ])('region %s → %s', (code, zone) => {
    expect(zoneOfRegion(code)).toBe(zone);
  });

  it('governments without a region take their office zone; the head office is WIB', () => {
    expect(zoneOfGovernment(null, ['63'])).toBe('WITA');
    expect(zoneOfGovernment('94.01', ['63'])).toBe('WIT');
    expect(zoneOfOffice([])).toBe('WIB');
    expect(zoneOfOffice(['76'])).toBe('WITA');
  });

  it('the browser zone maps to a label only when it is Indonesian', () => {
    expect(zoneOfIana('Asia/Makassar')).toBe('WITA');
    expect(zoneOfIana('Asia/Pontianak')).toBe('WIB');
    expect(zoneOfIana('Europe/Amsterdam')).toBeNull();
  });
});
