/** Weighted least-squares line, as statsmodels WLS(y, add_constant(x), weights=w). */
import { tQuantile, tTwoSidedP } from "./distributions.js";
import { type StatResult, type StatWarning, requireNonEmpty, sum } from "./types.js";

export interface WeightedPoint {
  x: number;
  y: number;
  w: number;
}

export interface FitBandPoint {
  fit: number;
  lo: number;
  hi: number;
}

export interface WeightedLinearFitResult extends StatResult {
  slope: number;
  intercept: number;
  slopeSE: number;
  interceptSE: number;
  /** 95 % confidence interval of the slope, t(0.975, df). */
  slopeCI: [number, number];
  /** Weighted, centered R²: statsmodels WLS `rsquared`. */
  r2: number;
  /** Two-sided t-test of slope = 0. */
  p: number;
  /** Residual degrees of freedom, n − 2 (statsmodels `df_resid`: weights are not counts of rows). */
  df: number;
  /** Σw over the points used. */
  weightSum: number;
  /** 95 % confidence band of the mean fit at x: statsmodels `get_prediction(x).conf_int()`. */
  band(x: number): FitBandPoint;
}

/** Weighted moments of the points used, centered for accuracy. */
interface Moments {
  n: number;
  sw: number;
  xm: number;
  ym: number;
  sxx: number;
  sxy: number;
  syy: number;
}

function weightedMoments(points: readonly WeightedPoint[]): Moments {
  const sw = sum(points.map((p) => p.w));
  const xm = sum(points.map((p) => p.w * p.x)) / sw;
  const ym = sum(points.map((p) => p.w * p.y)) / sw;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const { x, y, w } of points) {
    sxx += w * (x - xm) ** 2;
    sxy += w * (x - xm) * (y - ym);
    syy += w * (y - ym) ** 2;
  }
  return { n: points.length, sw, xm, ym, sxx, sxy, syy };
}

/**
 * Fits y = intercept + slope·x by weighted least squares, weights being precision weights as in
 * statsmodels WLS(weights=w): the estimates minimize Σ w·(y − fit)², σ² = Σ w·e² / (n − 2), and the
 * standard errors, p-value, R² and confidence band are statsmodels'. A point is used when w > 0 and
 * x, y, w are finite; the others are ignored (n counts the points used).
 *
 * Warnings: `small-sample` below 3 points (no residual degree of freedom: SE, p, CI and band are NaN);
 * `constant-data` when the used x (slope undefined) or y (R² and p undefined) do not vary.
 * @throws StatsInputError on an empty array.
 */
export function weightedLinearFit(
  points: ReadonlyArray<{ x: number; y: number; w: number }>,
): WeightedLinearFitResult {
  requireNonEmpty("weightedLinearFit", "points", points);
  const used = points.filter(
    (p) => p.w > 0 && Number.isFinite(p.w) && Number.isFinite(p.x) && Number.isFinite(p.y),
  );
  const m = weightedMoments(used);
  const warnings: StatWarning[] = [];
  if (m.n < 3) warnings.push("small-sample");
  if (m.n >= 2 && (m.sxx === 0 || m.syy === 0)) warnings.push("constant-data");

  const slope = m.n >= 2 && m.sxx > 0 ? m.sxy / m.sxx : NaN;
  const intercept = m.ym - slope * m.xm;
  const df = Math.max(m.n - 2, 0);
  let ssr = 0;
  for (const { x, y, w } of used) ssr += w * (y - m.ym - slope * (x - m.xm)) ** 2;
  const s2 = df > 0 ? ssr / df : NaN;
  const slopeSE = Math.sqrt(s2 / m.sxx);
  const tCritical = df > 0 ? tQuantile(0.975, df) : NaN;
  const bandSE = (x: number): number => Math.sqrt(s2 * (1 / m.sw + (x - m.xm) ** 2 / m.sxx));

  return {
    n: m.n,
    slope,
    intercept,
    slopeSE,
    interceptSE: bandSE(0),
    slopeCI: [slope - tCritical * slopeSE, slope + tCritical * slopeSE],
    r2: m.syy > 0 ? 1 - ssr / m.syy : NaN,
    p: m.syy > 0 ? tTwoSidedP(slope / slopeSE, df) : NaN,
    df,
    weightSum: m.sw,
    band(x: number): FitBandPoint {
      const fit = m.ym + slope * (x - m.xm);
      const half = tCritical * bandSE(x);
      return { fit, lo: fit - half, hi: fit + half };
    },
    warnings,
  };
}
