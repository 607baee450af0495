/** Discrete quantile of sorted data. */
import { StatsInputError, requireNonEmpty } from "./types.js";

/** Rounds to the nearest integer, halves to the even one (numpy.around, IEEE roundTiesToEven). */
export function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The p-quantile of ascending data without interpolation: the value at index round((n − 1)·p),
 * halves rounded to even. This is numpy.quantile(x, p, method="nearest"), and so pandas'
 * Series.quantile(p, interpolation="nearest"), which calls numpy.percentile(x, 100·p). Polars'
 * quantile(p, "nearest") differs on exact halves: it rounds them away from zero (Rust's f64::round),
 * e.g. n = 2, p = 0.5 gives the upper value there and the lower one here.
 * @throws StatsInputError on empty or unsorted data, a NaN value, or p outside [0, 1].
 */
export function quantileNearest(sortedAscending: readonly number[], p: number): number {
  const fn = "quantileNearest";
  requireNonEmpty(fn, "sortedAscending", sortedAscending);
  if (!(p >= 0 && p <= 1)) throw new StatsInputError(fn, `p must be in [0, 1] (got ${p})`);
  for (let i = 0; i < sortedAscending.length; i++) {
    if (Number.isNaN(sortedAscending[i]) || (i > 0 && sortedAscending[i] < sortedAscending[i - 1]))
      throw new StatsInputError(
        fn,
        `sortedAscending must be sorted ascending without NaN (index ${i}: ${sortedAscending[i]})`,
      );
  }
  return sortedAscending[roundHalfToEven((sortedAscending.length - 1) * p)];
}
