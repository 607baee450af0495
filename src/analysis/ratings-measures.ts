/**
 * The Ratings page's figures and tests, computed from its query rows (pure functions, the same in
 * the browser and in the tests). Ratings are 1–5; a review without a rating only counts as such.
 */
import type { PageResults } from "./query.js";
import { CLT_MIN_RATINGS, MIN_MONTH_RATINGS } from "./ratings-definitions.js";
import type { GroupRow, RATINGS_QUERIES } from "./ratings-queries.js";
import {
  type KruskalWallisResult,
  type OneWayAnovaResult,
  type WeightedLinearFitResult,
  type WeightedSpearmanResult,
  type WelchTTestResult,
  type StatWarning,
  kruskalWallis,
  oneWayAnova,
  tQuantile,
  weightedLinearFit,
  weightedSpearman,
  welchTTest,
} from "./stats.js";

export type RatingsResults = PageResults<typeof RATINGS_QUERIES>;

export const STARS = [1, 2, 3, 4, 5] as const;

export interface RatingDistribution {
  reviews: number;
  /** Reviews without a rating (rating 0). */
  unrated: number;
  /** Reviews with a rating 1–5. */
  ratings: number;
  /** Ratings per star, 1 to 5. */
  counts: { star: number; ratings: number; share: number }[];
  /** Share of the reviews that carry no rating. */
  unratedShare: number;
  /** Mean of the ratings 1–5 (NaN without any). */
  mean: number;
  /** Shares of the ratings that are 5 stars, and 1 or 2 stars. */
  fiveShare: number;
  lowShare: number;
}

/** Reviews per rating, in rating order, summed over rows that may split them (e.g. per year). */
export function perRating(
  rows: readonly { rating: number; reviews: number }[],
): { rating: number; reviews: number }[] {
  const sums = new Map<number, number>();
  for (const { rating, reviews } of rows) sums.set(rating, (sums.get(rating) ?? 0) + reviews);
  return [...sums].sort(([a], [b]) => a - b).map(([rating, reviews]) => ({ rating, reviews }));
}

/** The distribution of ratings from reviews per rating (several rows per rating are summed). */
export function ratingDistribution(
  rows: readonly { rating: number; reviews: number }[],
): RatingDistribution {
  const byRating = perRating(rows);
  const count = (star: number) => byRating.find((r) => r.rating === star)?.reviews ?? 0;
  const unrated = count(0);
  const ratings = STARS.reduce((sum, star) => sum + count(star), 0);
  const total = STARS.reduce((sum, star) => sum + star * count(star), 0);
  return {
    reviews: ratings + unrated,
    unrated,
    ratings,
    counts: STARS.map((star) => ({ star, ratings: count(star), share: count(star) / ratings })),
    unratedShare: unrated / (ratings + unrated),
    mean: total / ratings,
    fiveShare: count(5) / ratings,
    lowShare: (count(1) + count(2)) / ratings,
  };
}

/** A group's rating summary with its 95 % confidence interval of the mean (t, n − 1 df). */
export interface GroupStats {
  group: number;
  reviews: number;
  ratings: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
  fiveShare: number;
  lowShare: number;
  unratedShare: number;
}

export function groupStats(row: GroupRow): GroupStats {
  const mean = row.mean ?? NaN;
  const sd = Math.sqrt(row.variance ?? NaN);
  const half =
    row.ratings >= 2 ? (tQuantile(0.975, row.ratings - 1) * sd) / Math.sqrt(row.ratings) : NaN;
  return {
    group: row.group,
    reviews: row.reviews,
    ratings: row.ratings,
    mean,
    sd,
    ciLow: mean - half,
    ciHigh: mean + half,
    fiveShare: row.five_star / row.ratings,
    lowShare: row.low_star / row.ratings,
    unratedShare: (row.reviews - row.ratings) / row.reviews,
  };
}

/** `groups` in the order of `keys`, with an empty group for a key the range does not have. */
export function completeGroups(rows: readonly GroupRow[], keys: readonly number[]): GroupRow[] {
  return keys.map(
    (group) =>
      rows.find((r) => r.group === group) ?? {
        group,
        reviews: 0,
        ratings: 0,
        five_star: 0,
        low_star: 0,
        mean: null,
        variance: null,
      },
  );
}

/** The input of oneWayAnova / welchTTest: ratings, mean, variance (an empty group has n = 0). */
const summary = (row: GroupRow) => ({
  n: row.ratings,
  mean: row.mean ?? NaN,
  variance: row.variance ?? NaN,
});

export const SEASONS = [0, 1, 2, 3] as const;
export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface SeasonTests {
  anova: OneWayAnovaResult;
  kruskal: KruskalWallisResult;
}

/** ANOVA on the seasons' n/mean/variance, and Kruskal–Wallis on their frequency tables of stars. */
export function seasonTests(
  seasons: readonly GroupRow[],
  counts: readonly { season: number; rating: number; ratings: number }[],
): SeasonTests {
  return {
    anova: oneWayAnova(completeGroups(seasons, SEASONS).map(summary)),
    kruskal: kruskalWallis(
      SEASONS.map((season) =>
        counts
          .filter((c) => c.season === season)
          .map(({ rating, ratings }) => ({ value: rating, count: ratings })),
      ),
    ),
  };
}

/** Welch's t-test of weekend (a) against weekday (b) ratings: difference = weekend − weekday. */
export function weekendTest(dayTypes: readonly GroupRow[]): WelchTTestResult {
  const [weekday, weekend] = completeGroups(dayTypes, [0, 1]);
  return welchTTest(summary(weekend), summary(weekday));
}

export interface MonthPoint {
  year: number;
  month: number;
  /** Time in years: the middle of the month (2005.04 is mid-January 2005). */
  x: number;
  ratings: number;
  mean: number;
  /** At least MIN_MONTH_RATINGS ratings: part of the trend. */
  qualifies: boolean;
}

export interface MonthlyTrend {
  /** Every month of the range with at least one rating. */
  months: MonthPoint[];
  qualifying: MonthPoint[];
  /** Weighted least squares of the monthly mean on time, weights √n (null without a month). */
  fit: WeightedLinearFitResult | null;
  /** Weighted Spearman of monthly volume against monthly mean, weights √n. */
  volumeQuality: WeightedSpearmanResult | null;
}

export function monthlyTrend(rows: RatingsResults["monthly"]): MonthlyTrend {
  const months = rows
    .filter((r) => r.ratings > 0 && r.mean !== null)
    .map((r) => ({
      year: r.year,
      month: r.month,
      x: r.year + (r.month - 0.5) / 12,
      ratings: r.ratings,
      mean: r.mean as number,
      qualifies: r.ratings >= MIN_MONTH_RATINGS,
    }));
  const qualifying = months.filter((m) => m.qualifies);
  if (qualifying.length === 0) return { months, qualifying, fit: null, volumeQuality: null };
  const weights = qualifying.map((m) => Math.sqrt(m.ratings));
  return {
    months,
    qualifying,
    fit: weightedLinearFit(qualifying.map((m, i) => ({ x: m.x, y: m.mean, w: weights[i] }))),
    volumeQuality: weightedSpearman(
      qualifying.map((m) => m.ratings),
      qualifying.map((m) => m.mean),
      weights,
    ),
  };
}

/** Recipes with few vs many ratings: how extreme a mean of few ratings is. */
export interface BiasContrast {
  /** Recipes with exactly one rating in the range, their mean of means and share of perfect 5s. */
  single: { recipes: number; meanOfMeans: number; perfectShare: number };
  /** Recipes with at least `manyFrom` ratings (log2 bins from `manyBin` on), pooled. */
  many: { recipes: number; meanOfMeans: number; perfectShare: number; manyFrom: number };
}

export function biasContrast(bins: RatingsResults["recipeBins"], manyBin: number): BiasContrast {
  const pool = (rows: RatingsResults["recipeBins"]) => {
    const recipes = rows.reduce((s, r) => s + r.recipes, 0);
    return {
      recipes,
      meanOfMeans: rows.reduce((s, r) => s + r.recipes * r.mean_of_means, 0) / recipes,
      perfectShare: rows.reduce((s, r) => s + r.perfect, 0) / recipes,
    };
  };
  return {
    single: pool(bins.filter((b) => b.n_bin === 0)),
    many: { ...pool(bins.filter((b) => b.n_bin >= manyBin)), manyFrom: 2 ** manyBin },
  };
}

/** The lowest and highest group means (groups with a rating), for "from X to Y". */
export function meanExtremes(groups: readonly GroupStats[]): {
  low: GroupStats;
  high: GroupStats;
} | null {
  const rated = groups.filter((g) => g.ratings > 0);
  if (rated.length < 2) return null;
  const sorted = [...rated].sort((a, b) => a.mean - b.mean);
  return { low: sorted[0], high: sorted[sorted.length - 1] };
}

/** `non-normal` when a group with ratings has too few of them for a test on means (see CLT_MIN_RATINGS). */
export function meanTestWarnings(groups: readonly { ratings: number }[]): StatWarning[] {
  return groups.some((g) => g.ratings > 0 && g.ratings < CLT_MIN_RATINGS) ? ["non-normal"] : [];
}
