/** Tests on means from summary statistics: Welch's t (scipy ttest_ind_from_stats) and one-way ANOVA. */
import { fUpperTail, normalCdf, normalQuantile, tTwoSidedP } from "./distributions.js";
import {
  type StatResult,
  type StatWarning,
  StatsInputError,
  maxOf,
  minOf,
  requireFinite,
  requireNonEmpty,
  sum,
} from "./types.js";

/** A group summarized as count, mean and sample variance (ddof = 1, SQL's var_samp). */
export interface GroupSummary {
  n: number;
  mean: number;
  variance: number;
}

export interface WelchTTestResult extends StatResult {
  statistic: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
  p: number;
  /** a.mean − b.mean. */
  difference: number;
  /** Cohen's d with the pooled standard deviation √(((na−1)va + (nb−1)vb)/(na+nb−2)). */
  cohenD: number;
  /** Hedges' g = d·(1 − 3/(4(na+nb) − 9)), the usual approximation of the small-sample correction. */
  hedgesG: number;
}

export interface OneWayAnovaResult extends StatResult {
  statistic: number;
  df1: number;
  df2: number;
  p: number;
  /** η² = SSB / SST. */
  etaSquared: number;
  /** ω² = (SSB − df1·MSW) / (SST + MSW); can be slightly negative when there is no effect. */
  omegaSquared: number;
  /** Groups with at least one observation (empty groups are left out). */
  groups: number;
}

/** Variance ratio above which ANOVA's equal-variance assumption is flagged (SD ratio above 2). */
const MAX_VARIANCE_RATIO = 4;
/** Power target and effect size for the `underpowered` flag: 80 % to detect d = 0.5 at α = 0.05. */
const POWER_TARGET = 0.8;
const MEDIUM_EFFECT_D = 0.5;

function validateSummary(fn: string, what: string, group: GroupSummary): void {
  if (!Number.isInteger(group.n) || group.n < 0)
    throw new StatsInputError(fn, `${what}.n must be a non-negative integer (got ${group.n})`);
  if (group.n === 0) return;
  requireFinite(fn, `${what}.mean`, group.mean);
  if (group.n >= 2 && !(group.variance >= 0 && Number.isFinite(group.variance)))
    throw new StatsInputError(
      fn,
      `${what}.variance must be finite and non-negative (got ${group.variance})`,
    );
}

/** Normal approximation of a two-sided two-sample test's power for effect size d at α = 0.05. */
function approximatePower(d: number, na: number, nb: number): number {
  return normalCdf(d * Math.sqrt((na * nb) / (na + nb)) - normalQuantile(0.975));
}

/**
 * Welch's unequal-variance t-test from summary statistics: scipy.stats.ttest_ind_from_stats(...,
 * equal_var=False) (the same as ttest_ind(a, b, equal_var=False) on the raw samples); p two-sided.
 *
 * Warnings: `small-sample` when a group has fewer than 2 observations (NaN results); `constant-data`
 * when both variances are 0 (t and d undefined: NaN); `underpowered` when p ≥ 0.05 and the test had under
 * 80 % power to detect d = 0.5 (normal approximation: about 64 per group when equal).
 * @throws StatsInputError on a non-integer or negative n, a non-finite mean or a negative variance.
 */
export function welchTTest(a: GroupSummary, b: GroupSummary): WelchTTestResult {
  validateSummary("welchTTest", "a", a);
  validateSummary("welchTTest", "b", b);
  const n = a.n + b.n;
  const difference = a.mean - b.mean;
  const warnings: StatWarning[] = [];
  if (a.n < 2 || b.n < 2) {
    warnings.push("small-sample");
    return { statistic: NaN, df: NaN, p: NaN, n, difference, cohenD: NaN, hedgesG: NaN, warnings };
  }
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  if (va + vb === 0) {
    warnings.push("constant-data");
    return { statistic: NaN, df: NaN, p: NaN, n, difference, cohenD: NaN, hedgesG: NaN, warnings };
  }
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const pooledSD = Math.sqrt(((a.n - 1) * a.variance + (b.n - 1) * b.variance) / (n - 2));
  const cohenD = difference / pooledSD;
  const hedgesG = cohenD * (1 - 3 / (4 * n - 9));
  const statistic = difference / Math.sqrt(va + vb);
  const p = tTwoSidedP(statistic, df);
  if (p >= 0.05 && approximatePower(MEDIUM_EFFECT_D, a.n, b.n) < POWER_TARGET)
    warnings.push("underpowered");
  return { statistic, df, p, n, difference, cohenD, hedgesG, warnings };
}

/**
 * One-way ANOVA F-test from group summaries: scipy.stats.f_oneway on the raw groups. A group of one
 * observation adds to SSB only (its variance, NaN in SQL, is not read); empty groups are left out.
 *
 * Warnings: `small-sample` when fewer than 2 groups have observations or N − k < 1 (NaN results);
 * `constant-data` when every group is constant (F undefined: NaN); `unequal-variance` when the largest
 * group variance exceeds 4 times the smallest (groups of 2 or more).
 * @throws StatsInputError on no group, a non-integer or negative n, a non-finite mean or a negative variance.
 */
export function oneWayAnova(
  groups: ReadonlyArray<{ n: number; mean: number; variance: number }>,
): OneWayAnovaResult {
  requireNonEmpty("oneWayAnova", "groups", groups);
  groups.forEach((group, i) => validateSummary("oneWayAnova", `groups[${i}]`, group));
  const used = groups.filter((group) => group.n > 0);
  const k = used.length;
  const n = sum(used.map((group) => group.n));
  const df1 = k - 1;
  const df2 = n - k;
  const warnings: StatWarning[] = [];
  const nan = { statistic: NaN, p: NaN, etaSquared: NaN, omegaSquared: NaN };
  if (k < 2 || df2 < 1) {
    warnings.push("small-sample");
    return { ...nan, df1: Math.max(df1, 0), df2: Math.max(df2, 0), n, groups: k, warnings };
  }
  const grandMean = sum(used.map((group) => group.n * group.mean)) / n;
  const ssb = sum(used.map((group) => group.n * (group.mean - grandMean) ** 2));
  const withVariance = used.filter((group) => group.n >= 2);
  const ssw = sum(withVariance.map((group) => (group.n - 1) * group.variance));
  const variances = withVariance.map((group) => group.variance);
  if (maxOf(variances) > MAX_VARIANCE_RATIO * minOf(variances)) warnings.push("unequal-variance");
  if (ssw === 0) {
    warnings.push("constant-data");
    return { ...nan, df1, df2, n, groups: k, warnings };
  }
  const msw = ssw / df2;
  const statistic = ssb / df1 / msw;
  return {
    statistic,
    df1,
    df2,
    p: fUpperTail(statistic, df1, df2),
    n,
    etaSquared: ssb / (ssb + ssw),
    omegaSquared: (ssb - df1 * msw) / (ssb + ssw + msw),
    groups: k,
    warnings,
  };
}
