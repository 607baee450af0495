/**
 * Shapiro–Wilk W test of normality by Royston's algorithm (Applied Statistics algorithm AS R94, 1995),
 * as scipy.stats.shapiro, whose Cython port of the Fortran (scipy/stats/_ansari_swilk_statistics.pyx)
 * this follows step by step. One deliberate difference: the Fortran's approximations of the normal
 * quantile (AS 111) and upper tail (AS 66) are replaced by the exact @stdlib functions, as R's
 * shapiro.test does; W then differs from scipy's by about 1e-9 (relative) and p by about 1e-6.
 */
import { normalQuantile, normalUpperTail } from "./distributions.js";
import {
  type StatResult,
  type StatWarning,
  StatsInputError,
  requireFinite,
  requireNonEmpty,
} from "./types.js";

export interface ShapiroWilkResult extends StatResult {
  /** W, in [0.75, 1] for n = 3, in (0, 1] otherwise. */
  statistic: number;
  p: number;
}

/** Royston's range of validity for n; below SMALL_SAMPLE the test has little power. */
export const SHAPIRO_WILK_MAX_N = 5000;
const SHAPIRO_WILK_SMALL_SAMPLE = 8;

// Royston's polynomial coefficients (AS R94), lowest degree first.
const C1 = [0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
const C2 = [0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
const C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
const C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
const C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
const C6 = [-0.4803, -0.082676, 0.0030302];
const G = [-2.273, 0.459];
/** AS R94's p-value when W is beyond the n ≤ 11 approximation's range (kept as scipy returns it). */
const SMALL_P = 1e-19;
/** Below this range the data count as constant (AS R94's SMALL). */
const MIN_RANGE = 1e-19;

/** c[0] + c[1]·x + c[2]·x² + …, by Horner's rule. */
function polynomial(c: readonly number[], x: number): number {
  let result = 0;
  for (let i = c.length - 1; i >= 0; i--) result = result * x + c[i];
  return result;
}

/**
 * The n/2 coefficients aᵢ for the lowest order statistics (the others are −aᵢ, mirrored): Blom's
 * normal scores mᵢ = Φ⁻¹((i − 3/8)/(n + 1/4)), with Royston's polynomial corrections of a₁ and a₂.
 */
function roystonCoefficients(n: number): number[] {
  const half = Math.floor(n / 2);
  if (n === 3) return [Math.SQRT1_2];
  const m = Array.from({ length: half }, (_, i) => normalQuantile((i + 1 - 0.375) / (n + 0.25)));
  const summ2 = 2 * m.reduce((s, v) => s + v * v, 0);
  const ssumm2 = Math.sqrt(summ2);
  const rsn = 1 / Math.sqrt(n);
  const a1 = polynomial(C1, rsn) - m[0] / ssumm2;
  if (n <= 5) {
    const fac = Math.sqrt((summ2 - 2 * m[0] ** 2) / (1 - 2 * a1 ** 2));
    return [a1, ...m.slice(1).map((v) => -v / fac)];
  }
  const a2 = -m[1] / ssumm2 + polynomial(C2, rsn);
  const fac = Math.sqrt((summ2 - 2 * m[0] ** 2 - 2 * m[1] ** 2) / (1 - 2 * a1 ** 2 - 2 * a2 ** 2));
  return [a1, a2, ...m.slice(2).map((v) => -v / fac)];
}

/** 1 − W, computed as AS R94 does: one minus the squared correlation of the data and the coefficients. */
function oneMinusW(sorted: readonly number[], a: readonly number[]): number {
  const n = sorted.length;
  const range = sorted[n - 1] - sorted[0];
  const coefficient = (i: number): number => {
    const mirror = n - 1 - i;
    return i < mirror ? -a[i] : i > mirror ? a[mirror] : 0;
  };
  const xs = sorted.map((v) => v / range);
  const cs = xs.map((_, i) => coefficient(i));
  const xMean = xs.reduce((s, v) => s + v, 0) / n;
  const cMean = cs.reduce((s, v) => s + v, 0) / n;
  let ssa = 0;
  let ssx = 0;
  let sax = 0;
  for (let i = 0; i < n; i++) {
    ssa += (cs[i] - cMean) ** 2;
    ssx += (xs[i] - xMean) ** 2;
    sax += (cs[i] - cMean) * (xs[i] - xMean);
  }
  const root = Math.sqrt(ssa * ssx);
  return ((root - sax) * (root + sax)) / (ssa * ssx);
}

/** Royston's normalizing transformation of W to a standard normal upper tail. */
function roystonPValue(n: number, w1: number): number {
  let y = Math.log(w1);
  let mean: number;
  let sd: number;
  if (n <= 11) {
    const gamma = polynomial(G, n);
    if (y >= gamma) return SMALL_P;
    y = -Math.log(gamma - y);
    mean = polynomial(C3, n);
    sd = Math.exp(polynomial(C4, n));
  } else {
    const lnN = Math.log(n);
    mean = polynomial(C5, lnN);
    sd = Math.exp(polynomial(C6, lnN));
  }
  return normalUpperTail((y - mean) / sd);
}

/**
 * Shapiro–Wilk test that the sample comes from a normal distribution (scipy.stats.shapiro): W and its
 * p-value by Royston's AS R94 approximation, valid for 3 ≤ n ≤ 5000; for n = 3 the p-value is exact.
 *
 * Warnings: `small-sample` below 8 observations (NaN below 3); `constant-data` when all values are
 * equal (W undefined: NaN).
 * @throws StatsInputError on an empty sample, a NaN or infinite value, or n > 5000 (test a random
 * subsample of at most 5000 instead).
 */
export function shapiroWilk(sample: readonly number[]): ShapiroWilkResult {
  const fn = "shapiroWilk";
  requireNonEmpty(fn, "sample", sample);
  sample.forEach((v, i) => requireFinite(fn, `sample[${i}]`, v));
  const n = sample.length;
  if (n > SHAPIRO_WILK_MAX_N)
    throw new StatsInputError(
      fn,
      `n = ${n} is above ${SHAPIRO_WILK_MAX_N}, where Royston's approximation is not valid: test a random subsample`,
    );
  const warnings: StatWarning[] = [];
  if (n < SHAPIRO_WILK_SMALL_SAMPLE) warnings.push("small-sample");
  if (n < 3) return { statistic: NaN, p: NaN, n, warnings };

  // Sorted and shifted by a middle value, as scipy does, for accuracy on data far from 0.
  const sorted = [...sample].sort((x, y) => x - y);
  const middle = sorted[Math.floor(n / 2)];
  const shifted = sorted.map((v) => v - middle);
  if (shifted[n - 1] - shifted[0] < MIN_RANGE) {
    warnings.push("constant-data");
    return { statistic: NaN, p: NaN, n, warnings };
  }
  const w1 = oneMinusW(shifted, roystonCoefficients(n));
  const w = 1 - w1;
  if (n === 3) {
    // Exact for n = 3; W ≥ 0.75 in theory, clamped as scipy does against rounding.
    if (w < 0.75) return { statistic: 0.75, p: 0, n, warnings };
    const p = 1 - (6 / Math.PI) * Math.acos(Math.sqrt(w));
    return { statistic: w, p: Math.min(1, Math.max(0, p)), n, warnings };
  }
  return { statistic: w, p: roystonPValue(n, w1), n, warnings };
}
