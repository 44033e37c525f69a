/**
 * The trend per method (REFERENCE §1.1): zones, scores and opinions are different scales, so each
 * method present gets its own chart and table, and a line only ever joins scores.
 */
import { describe, expect, it } from 'vitest';
import type { PublicMethod, PublicResult } from '../../../shared/contracts/public';
import './government-i18n';
import { trendCharts } from './trend-chart';

function result(year: number, method: PublicMethod, shown: Partial<PublicResult['shown']>): PublicResult {
  return {
    governmentId: 'g',
    key: '63.11',
    name: 'Kabupaten Balangan',
    type: 'pemkab',
    regionCode: '63.11',
    provinceCode: '63',
    provinceName: 'Kalimantan Selatan',
    year,
    method,
    cycleId: null,
    shown: { score: null, band: null, zone: null, opinion: null, ...shown },
    source: 'official',
    computed: null,
    rank: null,
    assessed: 0,
    releasedAt: '2025-12-01T00:00:00.000Z',
  };
}

const charts = (results: PublicResult[]) =>
  trendCharts('id', results).map((c) => {
    const m = /data-method="(\w+)"/.exec(c.value);
    return { method: m?.[1], body: c.value };
  });

describe('trendCharts', () => {
  it('draws one chart per method present, oldest method first, a line only through scores', () => {
    const out = charts([
      result(2025, 'opini', { opinion: 'Kualitas Tinggi <b>' }),
      result(2024, 'skor', { score: 81.5, band: 'B', zone: 'hijau' }),
      result(2023, 'skor', { score: 72.25, band: 'C', zone: 'kuning' }),
      result(2019, 'zona', { zone: 'merah' }),
      result(2017, 'zona', { zone: 'kuning' }),
    ]);
    expect(out.map((c) => c.method)).toEqual(['zona', 'skor', 'opini']);
    const [zona, skor, opini] = out.map((c) => c.body);
    expect(zona).not.toContain('<polyline');
    expect(opini).not.toContain('<polyline');
    expect(skor!.match(/<polyline/g)).toHaveLength(1);
    expect(skor).toContain('81,50');
    expect(skor).toContain('72,25');
    expect(skor).not.toContain('2019');
    expect(zona).not.toContain('2023');
    // The opinion is text, escaped in the chart and in its table.
    expect(opini).toContain('Kualitas Tinggi &lt;b&gt;');
    expect(opini).not.toContain('<b>');
  });

  it('draws nothing for a method without results, and a single score as a point without a line', () => {
    const out = charts([result(2023, 'skor', { score: 90, band: 'A', zone: 'hijau' })]);
    expect(out.map((c) => c.method)).toEqual(['skor']);
    expect(out[0]!.body).not.toContain('<polyline');
    expect(out[0]!.body).toContain('<circle');
    expect(trendCharts('id', [])).toEqual([]);
  });
});
