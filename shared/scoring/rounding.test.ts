import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScore, roundHalfUp } from './rounding.js';

describe('roundHalfUp — REFERENCE §10 rule 4 (half-up to 2 decimals, display and band lookup only)', () => {
  it.each([
    // [input, expected, why]
    [87.995, 88, 'half a cent rounds up: 87.995 → 88.00 (band A), not 87.99 as Math.round(x*100)/100 gives'],
    [87.994999, 87.99, 'just below half a cent stays down (band B)'],
    [87.99499999999999, 88, 'float noise of a weighted mean that is 87.995 on paper counts as 87.995'],
    [1.005, 1.01, 'classic float trap: 1.005 * 100 = 100.49999…'],
    [80.985, 80.99, '2016–2021 kuning ceiling edge'],
    [50.995, 51, '2016–2021: 50.995 → 51.00 → kuning'],
    [4.505, 4.51, 'PEKPPP: 4.505 → 4.51 → A'],
    [100, 100, 'top of range unchanged'],
    [0, 0, 'zero'],
    [1e-7, 0, 'tiny values written in exponent form'],
    [-2.345, -2.35, 'half away from zero for negatives'],
    [33.333333333333336, 33.33, 'a third'],
  ])('%d → %d (%s)', (input, expected) => {
    expect(roundHalfUp(input)).toBe(expected);
  });

  it('formats with two decimals', () => {
    expect(formatScore(88)).toBe('88.00');
    expect(formatScore(87.995)).toBe('88.00');
    expect(formatScore(9.090909)).toBe('9.09');
  });

  it('gives exactly what the decimal-text method gives, fast path included (property)', () => {
    // The rule as first written: cut to 12 significant digits, shift the decimal point in text.
    const reference = (x: number): number => {
      const sign = x < 0 ? -1 : 1;
      const [m, e] = Number(Math.abs(x).toPrecision(12)).toExponential().split('e') as [string, string];
      const r = Number(`${Math.round(Number(`${m}e${Number(e) + 2}`))}e-2`);
      return r === 0 ? 0 : sign * r;
    };
    const near = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => (n + 0.5) / 100);
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e5, max: 1e5, noNaN: true }), near), (x) => {
        expect(roundHalfUp(x)).toBe(reference(x));
      }),
      { numRuns: 20000 },
    );
  });

  it('never moves a value by more than half a cent (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
        expect(Math.abs(roundHalfUp(x) - x)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });

  it('is idempotent on values that already have 2 decimals (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (cents) => {
        const x = cents / 100;
        expect(roundHalfUp(x)).toBe(x);
      }),
    );
  });
});
