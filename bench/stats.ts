/** The value at percentile `p` (0–100) of `values`, nearest-rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** `value / anchor`, rounded to 2 decimals: the figure that survives run-to-run drift. */
export const ratio = (value: number, anchor: number): number => round(value / anchor, 2);

export const round = (value: number, decimals = 2): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Milliseconds since `started` (a process.hrtime.bigint() reading). */
export const millisSince = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;
