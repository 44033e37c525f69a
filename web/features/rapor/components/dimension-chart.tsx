import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyChart } from '../../../components/ui/lazy-chart';
import type { Rapor } from '../api/rapor-api';
import { dimensionChartOption } from './dimension-chart-option';

/** Dimension scores as horizontal bars, with last year's scores beside them when there are any. */
export function DimensionChart({ rapor }: { rapor: Rapor }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const option = useMemo(() => dimensionChartOption(rapor, lang), [rapor, lang]);
  return (
    <LazyChart
      option={option}
      height={60 + rapor.dimensions.length * (rapor.previous ? 56 : 44)}
      testId="dimension-chart"
      label={t('rapor.dimensionChart')}
    />
  );
}
