/**
 * Charts through the format layer. ECharts writes its own numbers in English ("1,000", "0.5")
 * whatever the page's language: the value axes' tick labels and the tooltips' values. At 390 px the
 * five ticks of a value axis also overlap. Every chart (EChart) passes its option through this:
 * each value axis and each tooltip reads numbers as the page does ("1.000", "0,5" in Indonesian),
 * and a tick label that would overlap its neighbour is dropped. What a chart sets itself wins.
 */
type Part = Record<string, unknown>;

/** `fix` applied to an option's part (an axis, a tooltip), or to each of an array of them. */
const each = (parts: unknown, fix: (part: Part) => Part): unknown =>
  Array.isArray(parts)
    ? parts.map((p) => (p && typeof p === 'object' ? fix(p as Part) : p))
    : parts && typeof parts === 'object'
      ? fix(parts as Part)
      : parts;

export function withFormatLayer<T extends { xAxis?: unknown; yAxis?: unknown; tooltip?: unknown }>(
  option: T,
  number: (value: number) => string,
): T {
  const axis = (a: Part): Part =>
    a.type === 'value'
      ? {
          ...a,
          axisLabel: { hideOverlap: true, formatter: (v: number) => number(v), ...(a.axisLabel as Part) },
        }
      : a;
  const tooltip = (t: Part): Part => ({
    valueFormatter: (v: unknown) => (typeof v === 'number' ? number(v) : v == null ? '–' : String(v)),
    ...t,
  });
  return {
    ...option,
    ...(option.xAxis === undefined ? {} : { xAxis: each(option.xAxis, axis) }),
    ...(option.yAxis === undefined ? {} : { yAxis: each(option.yAxis, axis) }),
    ...(option.tooltip === undefined ? {} : { tooltip: each(option.tooltip, tooltip) }),
  };
}

/**
 * A category axis's labels keep to 40 % of the chart's width (at least 80 px): a chart made for a
 * desktop (the rapor's dimension names take 220 px) would otherwise leave its bars ~20 px on a
 * 390 px phone. Labels longer than that are truncated by ECharts (the chart sets `overflow`).
 */
export function fitCategoryLabels<T extends { xAxis?: unknown; yAxis?: unknown }>(
  option: T,
  width: number,
): T {
  if (!(width > 0)) return option;
  const most = Math.max(80, Math.floor(width * 0.4));
  const fit = (a: Part): Part => {
    const label = a.axisLabel as Part | undefined;
    if (a.type !== 'category' || typeof label?.width !== 'number' || label.width <= most) return a;
    return { ...a, axisLabel: { ...label, width: most } };
  };
  return {
    ...option,
    ...(option.xAxis === undefined ? {} : { xAxis: each(option.xAxis, fit) }),
    ...(option.yAxis === undefined ? {} : { yAxis: each(option.yAxis, fit) }),
  };
}
