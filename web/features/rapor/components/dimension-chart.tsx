import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../../components/ui/lazy-chart';
import type { Rapor } from '../api/rapor-api';

/** Dimension scores as horizontal bars, with last year's scores beside them when there are any. */
export function DimensionChart({ rapor }: { rapor: Rapor }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const option = useMemo(() => {
    const dims = [...rapor.dimensions].reverse();
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
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
          label: {
            show: true,
            position: 'right',
            formatter: (p: { value: number | null }) => (p.value === null ? '—' : p.value.toFixed(2)),
          },
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
  }, [rapor, lang]);
  return (
    <LazyChart
      option={option}
      height={60 + rapor.dimensions.length * (rapor.previous ? 56 : 44)}
      testId="dimension-chart"
      label={t('rapor.dimensionChart')}
    />
  );
}
