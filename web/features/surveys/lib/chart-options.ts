/** ECharts options of the survey results (pure, so tests can read them); labels from the format layer. */
import { formatNumber, scoreLabel, type Lang } from '../../../../shared/format/format';
import type { SurveyResults, SurveyTrend } from '../api/surveys-api';

const nrrLabel = (lang: Lang) => (p: { value?: unknown }) =>
  formatNumber(typeof p.value === 'number' ? p.value : null, lang, 2);

/** NRR per element (1–4) as horizontal bars, first element on top. */
export function nrrChartOption(elements: SurveyResults['elements'], lang: Lang) {
  const rows = [...elements].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v: unknown) => nrrLabel(lang)({ value: v }),
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 4 },
    yAxis: {
      type: 'category',
      data: rows.map((e) => `${e.code} ${e.element[lang]}`),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((e) => e.nrrRounded),
        itemStyle: { color: '#1c7ed6' },
        label: { show: true, position: 'right', formatter: nrrLabel(lang) },
      },
    ],
  };
}

/** One profile question's answers (counts) as bars. */
export function profileChartOption(field: SurveyResults['profile'][number], lang: Lang) {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: [...field.counts].reverse().map((c) => c.label[lang]),
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: [...field.counts].reverse().map((c) => c.count),
        itemStyle: { color: '#7048e8' },
        label: {
          show: true,
          position: 'right',
          formatter: (p: { value?: unknown }) => formatNumber(p.value as number, lang, 0),
        },
      },
    ],
  };
}

/** IKM of the government's periods, oldest first. */
export function trendChartOption(items: SurveyTrend['items'], lang: Lang) {
  const rows = [...items].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.title),
      axisLabel: { width: 90, overflow: 'truncate' },
    },
    yAxis: { type: 'value', min: 25, max: 100 },
    series: [
      {
        type: 'bar',
        data: rows.map((r) => r.ikmRounded),
        itemStyle: { color: '#0ca678' },
        label: { show: true, position: 'top', formatter: scoreLabel(lang) },
      },
    ],
  };
}
