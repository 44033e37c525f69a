import { describe, expect, it } from 'vitest';
import { parseRupiah } from './rupiah';

describe('parseRupiah', () => {
  it.each([
    ['15.000', 15000],
    ['Rp 15.000', 15000],
    ['rp15.000', 15000],
    ['IDR 1.500.000', 1500000],
    ['15000', 15000],
    ['15,000', 15000],
    ['15.000,00', 15000],
    ['0', 0],
    [' 2 500 ', 2500],
  ])('%s → %d', (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each(['', 'gratis', '15.00.0', '15,5', '15.000,50', '-5.000', '1.5', '12ribu'])(
    '%j is not an amount',
    (input) => {
      expect(parseRupiah(input)).toBeNull();
    },
  );
});
