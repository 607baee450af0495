/** Normal quantile–quantile plot data, as scipy.stats.probplot(x, dist="norm", fit=True). */
import { normalQuantile } from "./distributions.js";
import { type StatResult, type StatWarning, requireFinite, requireNonEmpty } from "./types.js";

export interface QQPoint {
  theoretical: number;
  sample: number;
}

export interface NormalQQResult extends StatResult {
  /** Sorted by sample value (and so by theoretical quantile). */
  points: QQPoint[];
  /** Least-squares line sample ≈ intercept + slope·theoretical (scipy.stats.linregress). */
  slope: number;
  intercept: number;
  /** Correlation of the points: near 1 for normal data (0 when the sample is constant, as scipy). */
  r: number;
}

/**
 * Filliben's estimate of the uniform order statistic medians, as scipy's probplot:
 * m_n = 0.5^(1/n), m_1 = 1 − m_n, m_i = (i − 0.3175)/(n + 0.365) in between.
 */
export function fillibenPositions(n: number): number[] {
  const last = 0.5 ** (1 / n);
  return Array.from({ length: n }, (_, index) => {
    if (index === n - 1) return last;
    if (index === 0) return 1 - last;
    return (index + 1 - 0.3175) / (n + 0.365);
  });
}

/** scipy.stats.linregress's slope, intercept and r (r is 0 when either variable is constant). */
function leastSquaresLine(
  x: readonly number[],
  y: readonly number[],
): { slope: number; intercept: number; r: number } {
  const n = x.length;
  const xm = x.reduce((s, v) => s + v, 0) / n;
  const ym = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - xm) ** 2;
    syy += (y[i] - ym) ** 2;
    sxy += (x[i] - xm) * (y[i] - ym);
  }
  const slope = sxy / sxx;
  const r = sxx === 0 || syy === 0 ? 0 : Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { slope, intercept: ym - slope * xm, r };
}

/**
 * Points of a normal Q–Q plot: the sorted sample against the normal quantiles of Filliben's plotting
 * positions, and the fitted line, as scipy.stats.probplot(sample, dist="norm", fit=True).
 *
 * Warnings: `small-sample` below 3 values (one value: slope, intercept and r are NaN);
 * `constant-data` when all values are equal.
 * @throws StatsInputError on an empty sample or a NaN or infinite value.
 */
export function normalQQ(sample: readonly number[]): NormalQQResult {
  requireNonEmpty("normalQQ", "sample", sample);
  sample.forEach((v, i) => requireFinite("normalQQ", `sample[${i}]`, v));
  const n = sample.length;
  const sorted = [...sample].sort((a, b) => a - b);
  const theoretical = fillibenPositions(n).map(normalQuantile);
  const points = sorted.map((value, i) => ({ theoretical: theoretical[i], sample: value }));
  const warnings: StatWarning[] = [];
  if (n < 3) warnings.push("small-sample");
  if (n >= 2 && sorted[0] === sorted[n - 1]) warnings.push("constant-data");
  if (n < 2) return { points, slope: NaN, intercept: NaN, r: NaN, n, warnings };
  return { points, ...leastSquaresLine(theoretical, sorted), n, warnings };
}
