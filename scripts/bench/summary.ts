/** Repeated measurements reduced to what the report shows: median, min, max and the runs. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: readonly number[];
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error("no measurement to summarise");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values };
}

/** Nearest-rank percentile (p in 0..100) of latencies: no interpolation between two changes. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("no value for a percentile");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
