/** The month heading and weekday of the working-day calendar page, in both languages. */
import { describe, expect, it } from 'vitest';
import { EMPTY, formatMonthYear, formatWeekday } from './format';

describe('calendar formats', () => {
  it.each([
    ['2026-03-20', 'id', 'Maret 2026', 'Jumat'],
    ['2026-03-20', 'en', 'March 2026', 'Friday'],
    ['2025-12-31', 'id', 'Desember 2025', 'Rabu'],
    ['2026-01-04', 'en', 'January 2026', 'Sunday'],
  ])('%s in %s → %s, %s', (date, lang, month, weekday) => {
    expect(formatMonthYear(date, lang)).toBe(month);
    expect(formatWeekday(date, lang)).toBe(weekday);
  });

  it('a calendar date stays its day whatever the zone (WIT is UTC+9)', () => {
    expect(formatWeekday('2026-03-20', 'id', 'WIT')).toBe('Jumat');
    expect(formatMonthYear('2026-03-01', 'en', 'WIT')).toBe('March 2026');
  });

  it('nothing shows as the empty mark', () => {
    expect(formatMonthYear(null, 'id')).toBe(EMPTY);
    expect(formatWeekday('bukan tanggal', 'en')).toBe(EMPTY);
  });
});
