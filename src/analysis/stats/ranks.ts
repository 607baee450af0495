/** Rank-based methods: Kruskal–Wallis H (scipy.stats.kruskal) and a weighted Spearman correlation. */
import { chiSquareUpperTail, tTwoSidedP } from "./distributions.js";
import {
  type StatResult,
  type StatWarning,
  StatsInputError,
  requireCount,
  requireFinite,
  requireNonEmpty,
  requireSameLength,
  sum,
} from "./types.js";

/** One row of a frequency table: `count` observations equal to `value`. */
export interface ValueCount {
  value: number;
  count: number;
}

export interface KruskalWallisResult extends StatResult {
  /** H, corrected for ties. */
  statistic: number;
  df: number;
  p: number;
  /** ε² = H / (n − 1) (Tomczak & Tomczak 2014). */
  epsilonSquared: number;
  /** Groups with at least one observation (empty groups are left out, and df = groups − 1). */
  groups: number;
}

export interface WeightedSpearmanResult extends StatResult {
  rho: number;
  p: number;
}

/** Kruskal–Wallis needs about 5 observations per group for its χ² approximation (scipy's docs). */
const KRUSKAL_MIN_GROUP_SIZE = 5;

/**
 * Midranks (1-based, ties get the mean of their ranks) of each distinct value of a pooled frequency
 * table, with the tie term Σ(t³ − t): scipy.stats.rankdata(method="average") on the expanded data.
 */
function pooledMidranks(entries: readonly ValueCount[]): {
  rank: Map<number, number>;
  ties: number;
} {
  const counts = new Map<number, number>();
  for (const { value, count } of entries) counts.set(value, (counts.get(value) ?? 0) + count);
  const rank = new Map<number, number>();
  let below = 0;
  let ties = 0;
  for (const value of [...counts.keys()].sort((a, b) => a - b)) {
    const t = counts.get(value) ?? 0;
    rank.set(value, below + (t + 1) / 2);
    below += t;
    ties += t ** 3 - t;
  }
  return { rank, ties };
}

function validateFrequencyTables(
  fn: string,
  groups: ReadonlyArray<ReadonlyArray<ValueCount>>,
): void {
  requireNonEmpty(fn, "groups", groups);
  groups.forEach((group, g) =>
    group.forEach(({ value, count }, i) => {
      requireFinite(fn, `groups[${g}][${i}].value`, value);
      requireCount(fn, `groups[${g}][${i}].count`, count);
      if (!Number.isInteger(count))
        throw new StatsInputError(fn, `groups[${g}][${i}].count must be an integer (got ${count})`);
    }),
  );
}

/**
 * Kruskal–Wallis H test from per-group frequency tables (value → count), so that groups aggregated in
 * SQL need not be expanded: equals scipy.stats.kruskal on the expanded samples. H is computed in its
 * centered form 12/(N(N+1)) Σ nⱼ(R̄ⱼ − (N+1)/2)², divided by the tie correction 1 − Σ(t³−t)/(N³−N);
 * p from χ²(k − 1). Groups with no observation are left out.
 *
 * Warnings: `small-sample` when a group has fewer than 5 observations, or fewer than 2 groups have
 * any (then NaN); `constant-data` when all observations are equal (H undefined: NaN).
 * @throws StatsInputError on no group, non-finite values, negative or non-integer counts.
 */
export function kruskalWallis(
  groups: ReadonlyArray<ReadonlyArray<{ value: number; count: number }>>,
): KruskalWallisResult {
  validateFrequencyTables("kruskalWallis", groups);
  const nonEmpty = groups.filter((group) => sum(group.map((e) => e.count)) > 0);
  const sizes = nonEmpty.map((group) => sum(group.map((e) => e.count)));
  const n = sum(sizes);
  const k = nonEmpty.length;
  const { rank, ties } = pooledMidranks(nonEmpty.flat());
  const warnings: StatWarning[] = [];
  if (k < 2 || sizes.some((size) => size < KRUSKAL_MIN_GROUP_SIZE)) warnings.push("small-sample");
  const tieCorrection = 1 - ties / (n ** 3 - n);
  if (n > 0 && !(tieCorrection > 0)) warnings.push("constant-data");
  if (k < 2 || !(tieCorrection > 0))
    return {
      statistic: NaN,
      df: Math.max(k - 1, 0),
      p: NaN,
      n,
      epsilonSquared: NaN,
      groups: k,
      warnings,
    };

  const middle = (n + 1) / 2;
  const between = sum(
    nonEmpty.map((group, j) => {
      const meanRank = sum(group.map((e) => e.count * (rank.get(e.value) ?? NaN))) / sizes[j];
      return sizes[j] * (meanRank - middle) ** 2;
    }),
  );
  const statistic = ((12 / (n * (n + 1))) * between) / tieCorrection;
  return {
    statistic,
    df: k - 1,
    p: chiSquareUpperTail(statistic, k - 1),
    n,
    epsilonSquared: statistic / (n - 1),
    groups: k,
    warnings,
  };
}

/** Frequency table of a sample (the input of `kruskalWallis`). */
export function frequencyTable(sample: readonly number[]): ValueCount[] {
  const counts = new Map<number, number>();
  for (const value of sample) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** `kruskalWallis` on raw samples: scipy.stats.kruskal(*groups). @throws StatsInputError on NaN or ±∞. */
export function kruskalWallisFromSamples(groups: number[][]): KruskalWallisResult {
  groups.forEach((group, g) =>
    group.forEach((value, i) => requireFinite("kruskalWallis", `groups[${g}][${i}]`, value)),
  );
  return kruskalWallis(groups.map(frequencyTable));
}

/** Midranks of a sample: scipy.stats.rankdata(values) (method="average"), 1-based. */
export function midranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2; // mean of the 1-based ranks start+1 … end
    for (let i = start; i < end; i++) ranks[order[i]] = rank;
    start = end;
  }
  return ranks;
}

/** Weighted Pearson correlation Σw(a−ā)(b−b̄) / √(Σw(a−ā)² Σw(b−b̄)²), with weighted means. */
function weightedPearson(a: readonly number[], b: readonly number[], w: readonly number[]): number {
  const sw = sum(w);
  const am = sum(a.map((v, i) => w[i] * v)) / sw;
  const bm = sum(b.map((v, i) => w[i] * v)) / sw;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += w[i] * (a[i] - am) * (b[i] - bm);
    saa += w[i] * (a[i] - am) ** 2;
    sbb += w[i] * (b[i] - bm) ** 2;
  }
  return Math.max(-1, Math.min(1, sab / Math.sqrt(saa * sbb)));
}

/**
 * Weighted Spearman correlation, as the Ratings page's "volume–quality correlation": x and y are
 * ranked without weights (midranks, scipy.stats.rankdata), then ρ is the weighted Pearson correlation
 * of the two rank vectors with weights w (numpy.cov(rx, ry, aweights=w) normalized). p is two-sided
 * from t = ρ·√((n−2)/(1−ρ²)) with n − 2 degrees of freedom, n counting points, not weights.
 * A point is used when w > 0 and x, y, w are finite; the others are ignored before ranking.
 *
 * Warnings: `small-sample` below 3 points used, `constant-data` when x or y does not vary (NaN).
 * @throws StatsInputError on empty or mismatched arrays.
 */
export function weightedSpearman(
  x: readonly number[],
  y: readonly number[],
  w: readonly number[],
): WeightedSpearmanResult {
  const fn = "weightedSpearman";
  requireSameLength(fn, ["x", "y", "w"], [x, y, w]);
  requireNonEmpty(fn, "x", x);
  const used = x
    .map((_, i) => i)
    .filter(
      (i) => w[i] > 0 && Number.isFinite(w[i]) && Number.isFinite(x[i]) && Number.isFinite(y[i]),
    );
  const n = used.length;
  const warnings: StatWarning[] = [];
  if (n < 3) warnings.push("small-sample");
  const rx = midranks(used.map((i) => x[i]));
  const ry = midranks(used.map((i) => y[i]));
  const constant = (ranks: number[]): boolean => ranks.every((r) => r === ranks[0]);
  if (n >= 2 && (constant(rx) || constant(ry))) warnings.push("constant-data");
  if (warnings.length > 0) return { rho: NaN, p: NaN, n, warnings };

  const rho = weightedPearson(
    rx,
    ry,
    used.map((i) => w[i]),
  );
  const t = rho * Math.sqrt((n - 2) / (1 - rho ** 2));
  return { rho, p: tTwoSidedP(t, n - 2), n, warnings };
}
