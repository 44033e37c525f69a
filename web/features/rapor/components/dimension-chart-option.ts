/** The ECharts option of the rapor's dimension bars (pure, so tests can read its labels). */
import { scoreLabel, type Lang } from '../../../../shared/format/format';
import type { Rapor } from '../api/rapor-api';

/** Dimension scores as horizontal bars, last year's beside them; labels from the format layer. */
export function dimensionChartOption(rapor: Rapor, lang: Lang) {
  const dims = [...rapor.dimensions].reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: scoreLabelOf(lang) },
    legend: rapor.previous ? { bottom: 0 } : undefined,
    grid: { left: 8, right: 40, top: 8, bottom: rapor.previous ? 32 : 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: rapor.framework.scoreMax },
    yAxis: {
      type: 'category',
      data: dims.map((d) => d.name[lang]),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        name: String(rapor.cycle.year),
        type: 'bar',
        data: dims.map((d) => d.score),
        itemStyle: { color: '#1c7ed6' },
        label: { show: true, position: 'right', formatter: scoreLabel(lang) },
      },
      ...(rapor.previous
        ? [
            {
              name: String(rapor.previous.year),
              type: 'bar',
              data: dims.map((d) => rapor.previous?.dimensions[d.code] ?? null),
              itemStyle: { color: '#ced4da' },
            },
          ]
        : []),
    ],
  };
}

/** Tooltip values read like the labels ("83,70"). */
function scoreLabelOf(lang: Lang) {
  const label = scoreLabel(lang);
  return (value: unknown) => label({ value });
}
