// Latency figures for the benchmarks: percentiles by the nearest-rank method, formatted in milliseconds.

/** The p-th percentile (0 < p <= 100) of `values` by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(values: readonly number[]): LatencySummary {
  return { count: values.length, p50: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), max: percentile(values, 100) };
}

/** "12.3 ms" (one decimal below 100 ms, whole milliseconds above). */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
}
