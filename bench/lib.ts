/** Small helpers of the benchmark: timing, percentiles, peak RSS sampling, formatting. */

export const now = () => performance.now();

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (values: number[]) => percentile(values, 50);

/** Runs `fn` `runs` times (after `warmup` unmeasured runs) and returns each duration in ms. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await fn();
    out.push(now() - t0);
  }
  return out;
}

/** Samples this process's RSS every `everyMs` while `fn` runs; returns the result and the peak in MB. */
export async function withPeakRss<T>(
  fn: () => Promise<T>,
  everyMs = 10,
): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Longest event-loop stall seen while `fn` runs (a 5 ms ticker measures its own lateness). */
export async function withLoopStall<T>(fn: () => Promise<T>): Promise<{ value: T; maxStallMs: number }> {
  let last = now();
  let max = 0;
  const timer = setInterval(() => {
    const t = now();
    max = Math.max(max, t - last - 5);
    last = t;
  }, 5);
  try {
    const value = await fn();
    // A loop that never reached the timer (PGlite resolving by microtasks) shows up here.
    max = Math.max(max, now() - last - 5);
    return { value, maxStallMs: Math.max(0, max) };
  } finally {
    clearInterval(timer);
  }
}

export const rssMb = () => process.memoryUsage().rss / 2 ** 20;
export const ms = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
export const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
