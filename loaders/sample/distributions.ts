/** Counts and samplers that shape the sample like the real data (see shared/foodcom-format.md). */
import type { Rng } from "./rng.ts";

/** Real full-file sizes: `--scale F` multiplies these. */
export const FULL_RECIPES = 231_637;
export const FULL_INTERACTIONS = 1_132_367;
export const FULL_USERS = 226_570;
export const FULL_CONTRIBUTORS = 27_926;
/**
 * Tops of the heavy tails at full scale (the last one is an estimate, not in the format doc).
 * A sample's top shrinks like the square root of its scale, not linearly, so that even a small
 * sample has a visibly dominant user, recipe and contributor.
 */
export const MAX_REVIEWS_PER_USER = 7671;
export const MAX_REVIEWS_PER_RECIPE = 1613;
export const MAX_RECIPES_PER_CONTRIBUTOR = 3000;

export const FIRST_RECIPE_YEAR = 1999;
/** Recipes per submission year, 1999 → 2018. */
export const RECIPES_PER_YEAR = [
  2054, 1038, 4682, 20056, 18000, 16601, 23865, 27260, 34299, 30745, 22547, 11902, 7573, 5187, 3792,
  1049, 306, 204, 288, 189,
];
export const FIRST_REVIEW_YEAR = 2000;
/** Reviews per year, 2000 → 2018. */
export const REVIEWS_PER_YEAR = [
  108, 2904, 20922, 32961, 45950, 66643, 89794, 141158, 167295, 159445, 107409, 72147, 56410, 49488,
  30503, 23374, 18147, 27062, 20647,
];
/** Ratings 0..5 (0 = reviewed without rating). */
export const RATING_COUNTS = [60847, 12818, 14123, 40855, 187360, 816364];

/** Splits `total` over `weights` in proportion, with exact integer counts (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) counts[order[j]![1]]!++;
  return counts;
}

/** Draws indices in proportion to fixed weights (cumulative table + binary search). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    this.size = weights.length;
    this.cumulative = new Float64Array(weights.length);
    let acc = 0;
    for (let i = 0; i < weights.length; i++) this.cumulative[i] = acc += weights[i]!;
  }

  /** Zipf-like weights 1/(rank + offset)^s: the first items are by far the most frequent. */
  static zipf(size: number, s: number, offset = 1): WeightedSampler {
    const weights = new Float64Array(size);
    for (let i = 0; i < size; i++) weights[i] = Math.pow(i + offset, -s);
    return new WeightedSampler(weights);
  }

  draw(rng: Rng): number {
    const cum = this.cumulative;
    const x = rng.float() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** ∫ (x+q)^-s dx from a to b. */
function powerIntegral(a: number, b: number, q: number, s: number): number {
  if (b <= a) return 0;
  if (Math.abs(s - 1) < 1e-9) return Math.log((b + q) / (a + q));
  return (Math.pow(b + q, 1 - s) - Math.pow(a + q, 1 - s)) / (1 - s);
}

/** Approximate Σ_k max(1, A (k+q)^-s) over ranks 1..n, via the integral (fast, for fitting). */
function approxSum(n: number, a: number, q: number, s: number): number {
  const head = Math.min(n, Math.max(0, Math.floor(Math.pow(a, 1 / s) - q)));
  return a * powerIntegral(0.5, head + 0.5, q, s) + (n - head);
}

function bisect(lo: number, hi: number, tooLow: (x: number) => boolean, steps = 100): number {
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (tooLow(mid)) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * `n` counts, each >= 1, summing to exactly `total`, shaped like a Zipf law over ranks:
 * count(k) ≈ max(1, A (k+q)^-s), with the largest near `maxTarget`. Returned in rank order
 * (largest first); callers shuffle who gets which rank.
 */
export function heavyTailCounts(
  n: number,
  total: number,
  maxTarget: number,
  s: number,
  rng: Rng,
): Int32Array {
  const counts = new Int32Array(n).fill(1);
  if (n === 0 || total <= n) return counts;
  const mean = total / n;
  const top = Math.min(total - n + 1, Math.max(maxTarget, Math.ceil(mean)));
  // For an offset q, A is fitted to the total; then q is fitted so the first rank gets `top`.
  const fitA = (q: number) =>
    bisect(0, total * Math.pow(n + q + 1, s) * 2, (a) => approxSum(n, a, q, s) < total);
  const q = bisect(0, n * 10, (qq) => fitA(qq) * Math.pow(1 + qq, -s) > top, 60);
  const a = fitA(q);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const x = a * Math.pow(k + 1 + q, -s);
    const c = Math.max(1, Math.floor(x + rng.float())); // stochastic rounding keeps the mean
    counts[k] = c;
    sum += c;
  }
  // Settle the exact total with ±1 on random ranks (never below 1).
  while (sum !== total) {
    const k = rng.int(n);
    if (sum < total) {
      counts[k]!++;
      sum++;
    } else if (counts[k]! > 1) {
      counts[k]!--;
      sum--;
    }
  }
  return counts;
}

/** Proportional size for a scaled-down sample, never below `min`. */
export function scaled(full: number, fraction: number, min = 1): number {
  return Math.max(min, Math.round(full * fraction));
}
