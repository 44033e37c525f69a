import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../contracts/unit-profile';
import { OpeningHoursSchema } from '../contracts/unit-profile';
import { isWithinOpeningHours } from './opening-hours';

/** Senin–Kamis 07:30–15:00 with a 12:00–13:00 break, Jumat 07:30–11:00, weekend closed (Sabtu listed, Minggu not). */
const hours: OpeningHours = [
  ...[1, 2, 3, 4].map((day) => ({
    day,
    closed: false,
    open: '07:30',
    close: '15:00',
    breakStart: '12:00',
    breakEnd: '13:00',
  })),
  { day: 5, closed: false, open: '07:30', close: '11:00' },
  { day: 6, closed: true },
];
const profile = { openingHours: hours };

// 2026-12-07 is a Monday. Times are given in UTC; WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
const cases: Array<[string, string, 'WIB' | 'WITA' | 'WIT', boolean | null]> = [
  ['Senin 07:30 WIB: opening minute is open', '2026-12-07T00:30:00Z', 'WIB', true],
  ['Senin 07:29 WIB: before opening', '2026-12-07T00:29:00Z', 'WIB', false],
  ['Senin 14:59 WIB: last minute', '2026-12-07T07:59:00Z', 'WIB', true],
  ['Senin 15:00 WIB: closing minute is closed', '2026-12-07T08:00:00Z', 'WIB', false],
  ['Senin 12:30 WIB: in the break', '2026-12-07T05:30:00Z', 'WIB', false],
  ['Senin 13:00 WIB: break over', '2026-12-07T06:00:00Z', 'WIB', true],
  ['same instant 00:30Z in WITA is 08:30: open', '2026-12-07T00:30:00Z', 'WITA', true],
  ['23:45Z Sunday is Senin 07:45 WIT (Papua): open', '2026-12-06T22:45:00Z', 'WIT', true],
  ['23:45Z Sunday is Senin 06:45 WIB: Monday but before opening', '2026-12-06T23:45:00Z', 'WIB', false],
  ['22:45Z Sunday is Minggu 05:45 WIB: Sunday (not listed)', '2026-12-06T22:45:00Z', 'WIB', false],
  [
    '07:30Z Monday is 15:30 WITA: closed, though 14:30 WIB would be open',
    '2026-12-07T07:30:00Z',
    'WITA',
    false,
  ],
  ['07:30Z Monday in WIB is 14:30: open', '2026-12-07T07:30:00Z', 'WIB', true],
  ['Jumat 10:59 WITA: open (short Friday)', '2026-12-11T02:59:00Z', 'WITA', true],
  ['Jumat 11:00 WITA: closed', '2026-12-11T03:00:00Z', 'WITA', false],
  ['Sabtu 09:00 WIT: closed day', '2026-12-12T00:00:00Z', 'WIT', false],
];

describe('isWithinOpeningHours', () => {
  it.each(cases)('%s', (_label, iso, zone, expected) => {
    expect(isWithinOpeningHours(profile, new Date(iso), zone)).toBe(expected);
  });

  it('no opening hours known → null (nothing to flag)', () => {
    expect(isWithinOpeningHours({ openingHours: [] }, new Date('2026-12-07T02:00:00Z'), 'WIB')).toBeNull();
    expect(isWithinOpeningHours(null, new Date('2026-12-07T02:00:00Z'), 'WIB')).toBeNull();
  });
});

describe('OpeningHoursSchema', () => {
  const problems = (days: unknown) => {
    const r = OpeningHoursSchema.safeParse(days);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };
  it.each([
    [
      'close after open',
      [{ day: 1, closed: false, open: '15:00', close: '07:30' }],
      '0.close:unitProfile.closeAfterOpen',
    ],
    [
      'close equal to open',
      [{ day: 1, closed: false, open: '08:00', close: '08:00' }],
      '0.close:unitProfile.closeAfterOpen',
    ],
    ['open required', [{ day: 2, closed: false, close: '15:00' }], '0.open:unitProfile.openRequired'],
    ['bad time', [{ day: 1, closed: false, open: '7:30', close: '15:00' }], '0.open:unitProfile.time'],
    [
      '25 o\u2019clock',
      [{ day: 1, closed: false, open: '07:30', close: '25:00' }],
      '0.close:unitProfile.time',
    ],
    [
      'break half given',
      [{ day: 1, closed: false, open: '07:30', close: '15:00', breakStart: '12:00' }],
      '0.breakEnd:unitProfile.breakBoth',
    ],
    [
      'break reversed',
      [{ day: 1, closed: false, open: '07:30', close: '15:00', breakStart: '13:00', breakEnd: '12:00' }],
      '0.breakEnd:unitProfile.breakOrder',
    ],
    [
      'break outside',
      [{ day: 1, closed: false, open: '07:30', close: '15:00', breakStart: '15:00', breakEnd: '16:00' }],
      '0.breakStart:unitProfile.breakInside',
    ],
    [
      'a day twice',
      [
        { day: 1, closed: true },
        { day: 1, closed: true },
      ],
      '1.day:unitProfile.dayTwice',
    ],
  ])('%s', (_label, days, expected) => {
    expect(problems(days)).toContain(expected);
  });
  it('accepts a closed day without times and a valid day with a break', () => {
    expect(problems(hours)).toEqual([]);
  });
});
