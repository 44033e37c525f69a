/**
 * The dimension bar chart of the rapor as an SVG string (ECharts server-side rendering), embedded
 * in the PDF. No DOM, no canvas; the chart instance is always disposed.
 */
import * as echarts from 'echarts';
import type { Rapor } from '../../../shared/contracts/rapor';
import { scoreLabel } from '../../../shared/format/format';

export interface ChartSize {
  width: number;
  height: number;
}

/** Splits long axis labels ("Dimensi Proses — Penilaian Kepatuhan") at the dash, as on the web page. */
function shortName(name: string): string {
  return name.split(' — ')[0]!.replace(/^Dimensi /, '');
}

/**
 * Bars of dimension scores on the framework's scale; with the previous cycle as a grey series
 * beside it when there is one.
 */
export function renderDimensionChartSvg(rapor: Rapor, size: ChartSize = { width: 515, height: 230 }): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    const categories = rapor.dimensions.map((d) => shortName(d.name.id));
    const current = rapor.dimensions.map((d) => d.score);
    const series: echarts.SeriesOption[] = [];
    const labelOf = scoreLabel('id');
    if (rapor.previous) {
      const prev = rapor.previous;
      series.push({
        type: 'bar',
        name: String(prev.year),
        data: rapor.dimensions.map((d) => prev.dimensions[d.code] ?? null),
        itemStyle: { color: '#adb5bd' },
        label: {
          show: true,
          position: 'top',
          fontSize: 9,
          color: '#495057',
          formatter: (p) => labelOf(p),
        },
      });
    }
    series.push({
      type: 'bar',
      name: String(rapor.cycle.year),
      data: current,
      itemStyle: { color: '#1c7ed6' },
      label: {
        show: true,
        position: 'top',
        fontSize: 10,
        fontWeight: 'bold',
        color: '#212529',
        formatter: (p) => labelOf(p),
      },
    });
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Roboto' },
      grid: { left: 40, right: 12, top: rapor.previous ? 30 : 16, bottom: 28 },
      legend: rapor.previous
        ? { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 10 } }
        : undefined,
      xAxis: {
        type: 'category',
        data: categories,
        axisLabel: { fontSize: 10, color: '#212529', interval: 0 },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: rapor.framework.scoreMax,
        axisLabel: { fontSize: 9, color: '#495057' },
      },
      series,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
