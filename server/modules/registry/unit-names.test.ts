import { describe, expect, it } from 'vitest';
import { nameOn, nameSpans } from './unit-lineage.service';

const renames = [
  { fromName: 'Kantor Kesbangpol', toName: 'Badan Kesbangpol', effectiveOn: '2020-01-01' },
  { fromName: 'Badan Kesbangpol', toName: 'Badan Kesatuan Bangsa dan Politik', effectiveOn: '2024-07-01' },
];

describe('names history', () => {
  it('turns renames into spans, the first open at the start and the last open at the end', () => {
    expect(nameSpans('Dinas Sosial', [])).toEqual([{ name: 'Dinas Sosial', from: null, to: null }]);
    expect(nameSpans('Badan Kesatuan Bangsa dan Politik', renames)).toEqual([
      { name: 'Kantor Kesbangpol', from: null, to: '2020-01-01' },
      { name: 'Badan Kesbangpol', from: '2020-01-01', to: '2024-07-01' },
      { name: 'Badan Kesatuan Bangsa dan Politik', from: '2024-07-01', to: null },
    ]);
  });

  it.each([
    ['2019-12-31', 'Kantor Kesbangpol'],
    ['2020-01-01', 'Badan Kesbangpol'],
    ['2024-06-30', 'Badan Kesbangpol'],
    ['2024-07-01', 'Badan Kesatuan Bangsa dan Politik'],
    ['2030-01-01', 'Badan Kesatuan Bangsa dan Politik'],
  ])('on %s the unit was called %s', (day, name) => {
    expect(nameOn(nameSpans('Badan Kesatuan Bangsa dan Politik', renames), day)).toBe(name);
  });
});
