/**
 * Distribution functions, all from the @stdlib packages. Upper tails are computed directly (regularized
 * incomplete gamma and beta functions), not as `1 - cdf`, so p-values down to ~1e-300 keep their
 * digits instead of rounding to 0; every probability is clamped into [0, 1].
 * The browser gets the six packages as one module (NODE_BUNDLE in scripts/vendor-npm.ts): add any new
 * @stdlib import there too, or Framework ships it as one module per internal package (~140).
 */
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";
import normalCdfFn from "@stdlib/stats-base-dists-normal-cdf";
import normalQuantileFn from "@stdlib/stats-base-dists-normal-quantile";
import tCdf from "@stdlib/stats-base-dists-t-cdf";
import tQuantileFn from "@stdlib/stats-base-dists-t-quantile";

/** Keeps a probability in [0, 1] (NaN stays NaN). */
export function clampProbability(p: number): number {
  return Number.isNaN(p) ? NaN : Math.min(1, Math.max(0, p));
}

/** P(X ≥ x) for X ~ χ²(df): scipy.stats.chi2.sf, as the upper regularized gamma Q(df/2, x/2). */
export function chiSquareUpperTail(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return clampProbability(gammainc(x / 2, df / 2, true, true));
}

/** P(|T| ≥ |t|) for T ~ Student t(df): 2·t.sf(|t|) in scipy, from the lower tail at −|t| (no cancellation). */
export function tTwoSidedP(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  return clampProbability(2 * tCdf(-Math.abs(t), df));
}

/** P(F ≥ f) for F ~ F(df1, df2): scipy.stats.f.sf, as I_{df2/(df2+df1·f)}(df2/2, df1/2) (cephes fdtrc). */
export function fUpperTail(f: number, df1: number, df2: number): number {
  if (Number.isNaN(f) || !(df1 > 0) || !(df2 > 0)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return clampProbability(betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false));
}

/** P(Z ≥ z) for the standard normal: scipy.stats.norm.sf, as Φ(−z) (erfc based, accurate in the tail). */
export function normalUpperTail(z: number): number {
  return clampProbability(normalCdfFn(-z, 0, 1));
}

/** Φ⁻¹(p), the standard normal quantile: scipy.stats.norm.ppf. */
export function normalQuantile(p: number): number {
  return normalQuantileFn(p, 0, 1);
}

/** The Student t quantile: scipy.stats.t.ppf(p, df). */
export function tQuantile(p: number, df: number): number {
  return tQuantileFn(p, df);
}

/** Φ(z), the standard normal distribution function: scipy.stats.norm.cdf. */
export function normalCdf(z: number): number {
  return normalCdfFn(z, 0, 1);
}
