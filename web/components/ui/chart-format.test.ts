import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../shared/format/format';
import { fitCategoryLabels, withFormatLayer } from './chart-format';

const id = (v: number) => formatNumber(v, 'id');
const en = (v: number) => formatNumber(v, 'en');
type Label = { formatter: (v: number) => string; hideOverlap: boolean; width?: number };
const labelOf = (axis: unknown) => (axis as { axisLabel: Label }).axisLabel;
const valueOf = (tooltip: unknown) => (tooltip as { valueFormatter: (v: unknown) => string }).valueFormatter;

describe('charts through the format layer', () => {
  it('writes value-axis ticks in the page’s language and hides overlapping ones', () => {
    const label = labelOf(withFormatLayer({ xAxis: { type: 'value', minInterval: 1 } }, id).xAxis);
    expect(label.hideOverlap).toBe(true);
    expect([0, 1000, 4000, 0.5, 12_345.25].map(label.formatter)).toEqual([
      '0',
      '1.000',
      '4.000',
      '0,5',
      '12.345,25',
    ]);
    const english = labelOf(withFormatLayer({ yAxis: { type: 'value' } }, en).yAxis);
    expect([1000, 0.5].map(english.formatter)).toEqual(['1,000', '0.5']);
  });

  it('writes tooltip values the same way, unless the chart formats them itself', () => {
    const value = valueOf(withFormatLayer({ tooltip: { trigger: 'item' } }, id).tooltip);
    expect([4960, 82.5, null, '-'].map(value)).toEqual(['4.960', '82,5', '–', '-']);
    const own = () => 'sendiri';
    expect(valueOf(withFormatLayer({ tooltip: { valueFormatter: own } }, id).tooltip)).toBe(own);
  });

  it('leaves category axes and what a chart sets itself alone; arrays of axes too', () => {
    const own = (v: number) => `${v}%`;
    const out = withFormatLayer(
      {
        xAxis: [
          { type: 'value', axisLabel: { formatter: own } },
          { type: 'value', axisLabel: { width: 90 } },
        ],
        yAxis: { type: 'category', data: ['a'] },
      },
      id,
    );
    const [first, second] = (out.xAxis as unknown[]).map(labelOf);
    expect(first!.formatter(5)).toBe('5%');
    expect(second).toMatchObject({ width: 90, hideOverlap: true });
    expect(second!.formatter(2500)).toBe('2.500');
    expect(out.yAxis).toEqual({ type: 'category', data: ['a'] });
    expect(withFormatLayer({ series: [] } as { series: never[]; xAxis?: unknown }, id)).toEqual({
      series: [],
    });
  });
});

describe('category labels on a narrow chart', () => {
  const rapor = { yAxis: { type: 'category', axisLabel: { width: 220, overflow: 'truncate' } } };
  it('keeps them to 40 % of the width (at least 80 px), and leaves short ones and wide charts alone', () => {
    // 350 px (a 390 px phone's card): 220 → 140 px; the truncation the chart asked for stays.
    expect(fitCategoryLabels(rapor, 350).yAxis).toEqual({
      type: 'category',
      axisLabel: { width: 140, overflow: 'truncate' },
    });
    expect(labelOf(fitCategoryLabels(rapor, 150).yAxis).width).toBe(80);
    expect(fitCategoryLabels(rapor, 1000)).toEqual(rapor);
    expect(fitCategoryLabels(rapor, 0)).toEqual(rapor);
    const value = { xAxis: { type: 'value', axisLabel: { width: 300 } } };
    expect(fitCategoryLabels(value, 350)).toEqual(value);
  });
});
