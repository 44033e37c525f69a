import { describe, expect, it } from 'vitest';
import { flagsFor, isAccepted, minDurationMs, type FlagFacts } from './flags';

/** A normal counter answer to the nine SKM elements: 90 s, first time, unique, in opening hours. */
const normal: FlagFacts = {
  channel: 'counter',
  questions: 9,
  durationMs: 90_000,
  deviceSeenBefore: false,
  identicalRecent: 0,
  withinOpeningHours: true,
};

describe('integrity flags (issue 16 §4; thresholds REFERENCE §10 defaults in flags.ts)', () => {
  it('the minimum duration is 5 s + 2 s per question: 9 questions → 23 s, 5 → 15 s', () => {
    expect(minDurationMs(9)).toBe(23_000);
    expect(minDurationMs(5)).toBe(15_000);
  });

  const cases: [string, Partial<FlagFacts>, string[]][] = [
    ['a normal answer', {}, []],
    ['hours unknown never flag', { withinOpeningHours: null }, []],
    ['duration unknown never flags', { durationMs: null }, []],
    ['exactly the minimum is human', { durationMs: 23_000 }, []],
    ['one millisecond under it is not', { durationMs: 22_999 }, ['too_fast']],
    ['the same device again', { deviceSeenBefore: true }, ['device_reuse']],
    ['one identical answer before is a coincidence', { identicalRecent: 1 }, []],
    ['two identical before make a burst', { identicalRecent: 2 }, ['identical_burst']],
    ['outside opening hours', { withinOpeningHours: false }, ['outside_hours']],
    [
      'everything at once, in a fixed order',
      { deviceSeenBefore: true, durationMs: 3_000, identicalRecent: 5, withinOpeningHours: false },
      ['device_reuse', 'too_fast', 'identical_burst', 'outside_hours'],
    ],
    [
      'a paper form typed in by staff is never flagged',
      { channel: 'staff', durationMs: 1_000, identicalRecent: 9, withinOpeningHours: false },
      [],
    ],
    ['an interview is never flagged', { channel: 'interview', deviceSeenBefore: true }, []],
    ['an import is never flagged', { channel: 'import', durationMs: 0 }, []],
    ['a slip answer is flagged like a counter one', { channel: 'slip', durationMs: 1_000 }, ['too_fast']],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(flagsFor({ ...normal, ...facts })).toEqual(expected);
  });
});

describe('acceptance: what counts in the official index', () => {
  const cases: [string[], 'accept' | 'exclude' | null, boolean, boolean][] = [
    [[], null, false, true],
    [[], 'exclude', false, false],
    [[], 'accept', false, true],
    [['too_fast'], null, false, false],
    [['too_fast'], 'accept', false, true],
    [['too_fast'], 'exclude', false, false],
    [[], null, true, false],
    [['device_reuse'], 'accept', true, false],
  ];
  it.each(cases)('flags %j, review %s, superseded %s → %s', (flags, review, superseded, expected) => {
    expect(isAccepted(flags, review, superseded)).toBe(expected);
  });
});
