/**
 * Working-day deadlines, hand-computed on the official calendars (SKB 3 Menteri 2025 and 2026,
 * shared/calendar/official-holidays.ts) — REFERENCE §10.7: working days skip weekends, national
 * holidays and cuti bersama; a pause stops the clock.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_HOLIDAYS } from './official-holidays';
import { addDays, holidaysFor, isIsoDate, type CalendarDay, type DayUnit, type Pause } from './workdays';

const official: CalendarDay[] = OFFICIAL_HOLIDAYS.flatMap((y) => y.holidays);
/** A regional holiday for the tests only (province 51), on an otherwise ordinary Wednesday. */
const regional: CalendarDay = {
  date: '2026-06-10',
  name: 'Libur daerah (uji)',
  kind: 'regional',
  provinceCode: '51',
};
const calendar = [...official, regional];

interface Row {
  why: string;
  from: string;
  add: number;
  unit?: DayUnit;
  province?: string;
  pauses?: Pause[];
  due: string;
  skipped: string[];
}

const rows: Row[] = [
  {
    why: 'an ordinary week: Mon + 3 → Thu',
    from: '2026-07-06',
    add: 3,
    due: '2026-07-09',
    skipped: [],
  },
  {
    why: 'a year boundary: Natal (Thu), cuti bersama (Fri), the weekend, Tahun Baru (Thu), the weekend',
    from: '2025-12-24',
    add: 5,
    due: '2026-01-05',
    skipped: [
      '2025-12-25',
      '2025-12-26',
      '2025-12-27',
      '2025-12-28',
      '2026-01-01',
      '2026-01-03',
      '2026-01-04',
    ],
  },
  {
    why: 'a holiday on Friday (Wafat Yesus Kristus, 3 April 2026) joins the weekend',
    from: '2026-04-01',
    add: 3,
    due: '2026-04-07',
    skipped: ['2026-04-03', '2026-04-04', '2026-04-05'],
  },
  {
    why: 'cuti bersama around Nyepi and Idul Fitri 1447 H, then Good Friday (the issue’s example)',
    from: '2026-03-16',
    add: 10,
    due: '2026-04-07',
    skipped: [
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
      '2026-03-23',
      '2026-03-24',
      '2026-03-28',
      '2026-03-29',
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
    ],
  },
  {
    why: 'cuti bersama after Idul Fitri 1446 H (2–7 April 2025)',
    from: '2025-03-27',
    add: 2,
    due: '2025-04-09',
    skipped: [
      '2025-03-28',
      '2025-03-29',
      '2025-03-30',
      '2025-03-31',
      '2025-04-01',
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-05',
      '2025-04-06',
      '2025-04-07',
    ],
  },
  {
    why: 'a regional holiday counts only in its own province',
    from: '2026-06-08',
    add: 3,
    province: '51',
    due: '2026-06-12',
    skipped: ['2026-06-10'],
  },
  {
    why: 'the same deadline in another province ignores it',
    from: '2026-06-08',
    add: 3,
    province: '63',
    due: '2026-06-11',
    skipped: [],
  },
  {
    why: 'without a pause: Kenaikan (Thu) and its cuti bersama (Fri) are skipped',
    from: '2026-05-11',
    add: 5,
    due: '2026-05-20',
    skipped: ['2026-05-14', '2026-05-15', '2026-05-16', '2026-05-17'],
  },
  {
    why: 'a pause spanning the holiday stops the clock for 7 days',
    from: '2026-05-11',
    add: 5,
    pauses: [{ from: '2026-05-13', to: '2026-05-19', reason: 'menunggu kelengkapan dari pelapor' }],
    due: '2026-05-25',
    skipped: [
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
      '2026-05-23',
      '2026-05-24',
    ],
  },
  {
    why: 'add 0 on a Sunday gives Monday',
    from: '2026-03-15',
    add: 0,
    due: '2026-03-16',
    skipped: ['2026-03-15'],
  },
  {
    why: 'add 0 on Idul Fitri (Sunday) runs through the cuti bersama to Wednesday',
    from: '2026-03-22',
    add: 0,
    due: '2026-03-25',
    skipped: ['2026-03-22', '2026-03-23', '2026-03-24'],
  },
  {
    why: 'add 0 on a working day is that day',
    from: '2026-03-16',
    add: 0,
    due: '2026-03-16',
    skipped: [],
  },
  {
    why: '60 calendar days (UU 37/2008 Pasal 38(2)) count every day',
    from: '2026-01-10',
    add: 60,
    unit: 'calendar',
    due: '2026-03-11',
    skipped: [],
  },
  {
    why: 'calendar days end on a holiday as they fall (not moved)',
    from: '2026-03-12',
    add: 7,
    unit: 'calendar',
    due: '2026-03-19',
    skipped: [],
  },
  {
    why: 'a pause adds its days to calendar days too',
    from: '2026-05-11',
    add: 10,
    unit: 'calendar',
    pauses: [{ from: '2026-05-13', to: '2026-05-19' }],
    due: '2026-05-28',
    skipped: [
      '2026-05-13',
      '2026-05-14',
      '2026-05-15',
      '2026-05-16',
      '2026-05-17',
      '2026-05-18',
      '2026-05-19',
    ],
  },
];

describe('addDays on the official calendars', () => {
  it.each(rows)('$why', (r) => {
    const out = addDays({
      from: r.from,
      add: r.add,
      unit: r.unit ?? 'working',
      holidays: holidaysFor(calendar, r.province),
      pauses: r.pauses,
    });
    expect(out).toEqual({ from: r.from, due: r.due, skipped: r.skipped });
  });

  it('refuses a negative or fractional count, an impossible date and a pause that ends before it starts', () => {
    const holidays = new Set<string>();
    expect(() => addDays({ from: '2026-01-05', add: -1, unit: 'working', holidays })).toThrow(RangeError);
    expect(() => addDays({ from: '2026-01-05', add: 1.5, unit: 'working', holidays })).toThrow(RangeError);
    expect(() => addDays({ from: '2026-02-30', add: 1, unit: 'working', holidays })).toThrow(RangeError);
    expect(() =>
      addDays({
        from: '2026-01-05',
        add: 1,
        unit: 'working',
        holidays,
        pauses: [{ from: '2026-01-09', to: '2026-01-07' }],
      }),
    ).toThrow(RangeError);
  });

  it('the official lists are well formed: real dates in their year, no date twice, 17 + 8 days in 2026', () => {
    for (const y of OFFICIAL_HOLIDAYS) {
      for (const h of y.holidays) {
        expect(isIsoDate(h.date)).toBe(true);
        expect(h.date.startsWith(`${y.year}-`)).toBe(true);
      }
      expect(new Set(y.holidays.map((h) => h.date)).size).toBe(y.holidays.length);
      expect(y.source).toMatch(/SKB/);
    }
    const y2026 = OFFICIAL_HOLIDAYS.find((y) => y.year === 2026)!.holidays;
    expect(y2026.filter((h) => h.kind === 'national')).toHaveLength(17);
    expect(y2026.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
  });
});
