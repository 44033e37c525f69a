import { describe, expect, it } from 'vitest';
import { exampleLabel, exampleValue } from './rapor-format';

/** What the rapor PDF and Excel write for one shortfall example (REFERENCE §10 rule 2). */
describe('a shortfall example in the rapor files', () => {
  it.each([
    // product            value  self  text
    ['Akta Kelahiran', null, null, 'Akta Kelahiran: tidak dijawab — dihitung 0'],
    [null, null, null, 'Tingkat unit: tidak dijawab — dihitung 0'],
    // an assessor's 0 is a value, not a blank
    ['Akta Kelahiran', 0, 2, 'Akta Kelahiran: 0'],
    // answered by the unit but without a verified value: no value, and not called unanswered
    ['Akta Kelahiran', null, 2, 'Akta Kelahiran: –'],
  ] as const)('%s, value %s, self %s → %s', (product, value, selfValue, text) => {
    expect(exampleLabel({ product, value, selfValue, reason: null })).toBe(text);
  });

  it('the unit-level form carries the same words', () => {
    expect(`Nilai ${exampleValue({ value: null, selfValue: null })}`).toBe(
      'Nilai tidak dijawab — dihitung 0',
    );
  });
});
