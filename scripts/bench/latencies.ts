/** Filter-change latencies: the warm-up apart ("first use"), then the percentiles of the rest. */
import { percentile } from "./summary.ts";

export interface Latencies {
  /** The first change of its kind (may fetch and load a table). */
  readonly firstUse: number;
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Every change after the warm-up, ms, in order. */
  readonly runs: readonly number[];
}

export function latencies(firstUse: number, runs: readonly number[]): Latencies {
  return {
    firstUse,
    count: runs.length,
    p50: percentile(runs, 50),
    p95: percentile(runs, 95),
    max: Math.max(...runs),
    runs,
  };
}
