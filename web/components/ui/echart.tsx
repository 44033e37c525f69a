import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, useState } from 'react';
import { useFormat } from '../../lib/format';
import { fitCategoryLabels, withFormatLayer } from './chart-format';

// Only the charts and components Patuh draws, so the chart chunk stays small.
echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** An ECharts chart that follows its container's width; the option is replaced on change. */
export default function EChart({
  option,
  height = 280,
  testId,
  label,
}: {
  option: ChartOption;
  height?: number;
  testId?: string;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const f = useFormat();
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const instance = echarts.init(box, undefined, { renderer: 'svg' });
    chart.current = instance;
    setWidth(box.clientWidth);
    const observer = new ResizeObserver(() => {
      instance.resize();
      setWidth(box.clientWidth);
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const axes = option as { xAxis?: unknown; yAxis?: unknown; tooltip?: unknown };
    chart.current?.setOption(
      fitCategoryLabels(
        withFormatLayer(axes, (v) => f.number(v)),
        width,
      ),
      {
        notMerge: true,
      },
    );
  }, [option, f, width]);

  return (
    <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} data-testid={testId} />
  );
}
