/**
 * The Seasonality page's statistics, computed from its query rows (SQL aggregates) with the shared
 * statistics module: pure functions, run the same in the browser and in the tests.
 */
import type {
  ItemRow,
  Measure,
  MeasureSummaryRow,
  Nutrient,
  NutritionRow,
  RankFrequencyRow,
  SeasonMonthRow,
  SeasonRow,
} from "./seasonality-queries.js";
import { NUTRIENTS, SEASONALITY_QUERIES, SEASONS } from "./seasonality-queries.js";
import type { PageResults } from "./query.js";
import {
  type ChiSquareGoodnessOfFitResult,
  type ChiSquareIndependenceResult,
  type EffectSizeKind,
  type EffectSizeLabel,
  type KruskalWallisResult,
  type OneWayAnovaResult,
  type StatWarning,
  benjaminiHochberg,
  chiSquareGoodnessOfFit,
  chiSquareIndependence,
  effectSizeLabel,
  isSignificant,
  kruskalWallis,
  oneWayAnova,
} from "./stats.js";

export const ALPHA = 0.05;

/** The effect-size label, or null when the effect size could not be computed (see warnings). */
export const effectLabel = (kind: EffectSizeKind, value: number, df?: number) =>
  Number.isFinite(value) ? effectSizeLabel(kind, value, df) : null;

const seasonsOf = <T extends { season: number }>(rows: readonly T[]): (T | undefined)[] =>
  SEASONS.map((s) => rows.find((row) => row.season === s));

const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------
// Recipes per season

/** A month's season (month 1–12): December to February winter (0), then spring, summer, autumn. */
const seasonOfMonth = (month: number): number => Math.floor((month % 12) / 3);

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthName = (year: number, month: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;

/**
 * Recipes per season over a range, from its recipes per month: the four seasons in order, the first
 * and last month with a recipe, and each season's calendar days in the months from the first to the
 * last (both included) — the days the χ² "in proportion to the days" test expects recipes over.
 */
export function seasonRows(months: readonly SeasonMonthRow[]): SeasonRow[] {
  const recipes = [0, 0, 0, 0];
  const days = [0, 0, 0, 0];
  let first: SeasonMonthRow | undefined;
  let last: SeasonMonthRow | undefined;
  for (const row of months) {
    if (row.recipes <= 0) continue;
    recipes[seasonOfMonth(row.month)]! += row.recipes;
    const index = row.year * 12 + row.month;
    if (!first || index < first.year * 12 + first.month) first = row;
    if (!last || index > last.year * 12 + last.month) last = row;
  }
  if (first && last)
    for (
      let year = first.year, month = first.month;
      year * 12 + month <= last.year * 12 + last.month;
    ) {
      days[seasonOfMonth(month)]! += daysInMonth(year, month);
      [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    }
  return SEASONS.map((season) => ({
    season,
    recipes: recipes[season]!,
    days: days[season]!,
    first_month: first ? monthName(first.year, first.month) : null,
    last_month: last ? monthName(last.year, last.month) : null,
  }));
}

export interface SeasonCount {
  season: number;
  recipes: number;
  days: number;
  share: number;
  /** Recipes per calendar day of the season (NaN when the range's span has none of its days). */
  perDay: number;
  /** Expected recipes under an equal split, and in proportion to the season's days. */
  expectedEqual: number;
  expectedDays: number;
}

export interface SeasonCountAnalysis {
  seasons: SeasonCount[];
  total: number;
  /** χ² against equal counts per season (the "uniform split"). */
  equal: ChiSquareGoodnessOfFitResult;
  equalEffect: EffectSizeLabel | null;
  /** χ² against counts proportional to each season's calendar days in the range's span. */
  days: ChiSquareGoodnessOfFitResult;
  daysEffect: EffectSizeLabel | null;
  firstMonth: string | null;
  lastMonth: string | null;
}

/**
 * Both χ² goodness-of-fit tests of the seasonal counts. A season with no calendar day in the span
 * (a range covering part of one year) cannot be expected to have recipes: it is left out of both.
 */
export function analyseSeasonCounts(rows: readonly SeasonRow[]): SeasonCountAnalysis {
  const bySeason = seasonsOf(rows).map((row, s) => ({
    season: s,
    recipes: row?.recipes ?? 0,
    days: row?.days ?? 0,
  }));
  const covered = bySeason.filter((d) => d.days > 0);
  const total = sumOf(bySeason.map((d) => d.recipes));
  const coveredTotal = sumOf(covered.map((d) => d.recipes));
  const coveredDays = sumOf(covered.map((d) => d.days));
  const tested = covered.length >= 2 ? covered : bySeason; // no span: let the tests say "small-sample"
  const equal = chiSquareGoodnessOfFit(tested.map((d) => d.recipes));
  const days = chiSquareGoodnessOfFit(
    tested.map((d) => d.recipes),
    tested.map((d) => Math.max(d.days, 1)),
  );
  return {
    seasons: bySeason.map((d) => ({
      ...d,
      share: total > 0 ? d.recipes / total : NaN,
      perDay: d.days > 0 ? d.recipes / d.days : NaN,
      expectedEqual: d.days > 0 ? coveredTotal / covered.length : 0,
      expectedDays: d.days > 0 ? (coveredTotal * d.days) / coveredDays : 0,
    })),
    total,
    equal,
    equalEffect: effectLabel("cohen-w", equal.cohenW),
    days,
    daysEffect: effectLabel("cohen-w", days.cohenW),
    firstMonth: rows[0]?.first_month ?? null,
    lastMonth: rows[0]?.last_month ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Preparation time, complexity, steps, ingredients

export interface MeasureAnalysis {
  measure: Measure;
  /** The four seasons in order (undefined for a season without recipes). */
  summaries: (MeasureSummaryRow | undefined)[];
  test: KruskalWallisResult;
  effect: EffectSizeLabel | null;
}

/** Kruskal–Wallis across the seasons from the per-season frequency tables, plus the summaries. */
export function analyseMeasure(
  measure: Measure,
  summaries: readonly MeasureSummaryRow[],
  frequencies: readonly RankFrequencyRow[],
): MeasureAnalysis {
  const own = frequencies.filter((row) => row.measure === measure);
  const groups = seasonsOf(own).map((row) =>
    row ? row.ranks.map((value, i) => ({ value, count: row.counts[i] })) : [],
  );
  const test = kruskalWallis(groups);
  return {
    measure,
    summaries: seasonsOf(summaries.filter((row) => row.measure === measure)),
    test,
    effect: effectLabel("epsilon-squared", test.epsilonSquared),
  };
}

// ---------------------------------------------------------------------------------------------
// Nutrition profile

export interface NutrientAnalysis {
  nutrient: Nutrient;
  /** The four seasons in order (undefined for a season without recipes). */
  seasons: (NutritionRow | undefined)[];
  /** Mean of all recipes of the range (the seasons' means weighted by their recipes). */
  overallMean: number;
  /**
   * Per season: (season mean − mean of the season means) / population SD of the season means
   * (NaN for a season without recipes; 0 when the season means are all equal).
   */
  z: number[];
  anova: OneWayAnovaResult;
  /** Benjamini–Hochberg adjusted p across the nutrients tested. */
  pAdjusted: number;
  significant: boolean;
  effect: EffectSizeLabel | null;
}

/** z-scores of values across the finite ones (population SD); NaN stays NaN. */
export function zScores(values: readonly number[]): number[] {
  const finite = values.filter(Number.isFinite);
  const mean = sumOf(finite) / finite.length;
  const sd = Math.sqrt(sumOf(finite.map((v) => (v - mean) ** 2)) / finite.length);
  return values.map((v) => (!Number.isFinite(v) ? NaN : sd > 0 ? (v - mean) / sd : 0));
}

/** Adjusted p-values for the finite ones (BH across them); NaN stays NaN. */
export function adjustFinite(pValues: readonly number[]): number[] {
  const tested = pValues.map((p, i) => ({ p, i })).filter(({ p }) => Number.isFinite(p));
  const adjusted = benjaminiHochberg(tested.map(({ p }) => p));
  const out = pValues.map(() => NaN);
  tested.forEach(({ i }, k) => (out[i] = adjusted[k]));
  return out;
}

export function analyseNutrition(rows: readonly NutritionRow[]): NutrientAnalysis[] {
  const partial = NUTRIENTS.map((nutrient) => {
    const seasons = seasonsOf(rows.filter((row) => row.nutrient === nutrient));
    const present = seasons.filter((row): row is NutritionRow => row !== undefined);
    const n = sumOf(present.map((row) => row.n));
    const anova = oneWayAnova(
      present.length
        ? present.map((row) => ({ n: row.n, mean: row.mean, variance: row.variance ?? NaN }))
        : [{ n: 0, mean: NaN, variance: NaN }],
    );
    return {
      nutrient,
      seasons,
      overallMean: n > 0 ? sumOf(present.map((row) => row.n * row.mean)) / n : NaN,
      z: zScores(seasons.map((row) => (row && row.n > 0 ? row.mean : NaN))),
      anova,
    };
  });
  const adjusted = adjustFinite(partial.map((d) => d.anova.p));
  return partial.map((d, i) => ({
    ...d,
    pAdjusted: adjusted[i],
    significant: isSignificant(adjusted[i], ALPHA),
    effect: effectLabel("omega-squared", d.anova.omegaSquared),
  }));
}

// ---------------------------------------------------------------------------------------------
// Ingredients and tags

export type ItemKind = ItemRow["kind"];

export interface ItemAnalysis {
  kind: ItemKind;
  item: string;
  counts: number[];
  /** Share of the season's recipes containing the item (NaN for a season without recipes). */
  shares: number[];
  meanShare: number;
  /** Highest minus lowest seasonal share. */
  range: number;
  /** Coefficient of variation of the seasonal shares: population SD / mean. */
  cv: number;
  highSeason: number;
  lowSeason: number;
  test: ChiSquareIndependenceResult;
  pAdjusted: number;
  significant: boolean;
  effect: EffectSizeLabel | null;
}

export interface ItemsAnalysis {
  kind: ItemKind;
  /** Items that pass the thresholds, each tested; BH corrects across all of them. */
  tested: number;
  /** Analysis recipes of the range: every item's 2 × 4 table sums to it. */
  recipes: number;
  /** The warnings of any tested item's χ² test, once each. */
  warnings: StatWarning[];
  significant: number;
  /** The `top` items with the largest coefficient of variation, largest first. */
  items: ItemAnalysis[];
}

export const TOP_ITEMS = 20;

/**
 * Share of each item per season, a χ² test of independence (item present/absent × season) for every
 * item that passed the thresholds, BH across them, and the `top` most variable by CV.
 */
export function analyseItems(
  rows: readonly ItemRow[],
  totals: readonly number[],
  kind: ItemKind,
  top = TOP_ITEMS,
): ItemsAnalysis {
  const partial = rows
    .filter((row) => row.kind === kind)
    .map((row) => {
      const counts = [row.n0, row.n1, row.n2, row.n3];
      const shares = counts.map((c, s) => (totals[s] > 0 ? c / totals[s] : NaN));
      const seen = SEASONS.filter((s) => Number.isFinite(shares[s]));
      const values = seen.map((s) => shares[s]);
      const meanShare = sumOf(values) / values.length;
      const sd = Math.sqrt(sumOf(values.map((v) => (v - meanShare) ** 2)) / values.length);
      // Ties go to the earlier season, so the wording does not depend on sort stability.
      const highSeason = seen.reduce((a, b) => (shares[b] > shares[a] ? b : a));
      const lowSeason = seen.reduce((a, b) => (shares[b] < shares[a] ? b : a));
      const test = chiSquareIndependence([
        counts,
        counts.map((c, s) => Math.max(totals[s] - c, 0)),
      ]);
      return {
        kind,
        item: row.item,
        counts,
        shares,
        meanShare,
        range: shares[highSeason] - shares[lowSeason],
        cv: sd / meanShare,
        highSeason,
        lowSeason,
        test,
      };
    });
  const adjusted = adjustFinite(partial.map((d) => d.test.p));
  const all: ItemAnalysis[] = partial.map((d, i) => ({
    ...d,
    pAdjusted: adjusted[i],
    significant: isSignificant(adjusted[i], ALPHA),
    effect:
      d.test.rows >= 2 && d.test.columns >= 2
        ? effectLabel("cramers-v", d.test.cramersV, Math.min(d.test.rows, d.test.columns) - 1)
        : null,
  }));
  all.sort((a, b) => b.cv - a.cv || a.item.localeCompare(b.item));
  return {
    kind,
    tested: all.length,
    recipes: sumOf(totals),
    warnings: [...new Set(all.flatMap((d) => d.test.warnings))],
    significant: all.filter((d) => d.significant).length,
    items: all.slice(0, top),
  };
}

/** Recipes per season (0 … 3) from the seasons query, the denominators of the item shares. */
export const seasonTotals = (rows: readonly SeasonRow[]): number[] =>
  seasonsOf(rows).map((row) => row?.recipes ?? 0);

// ---------------------------------------------------------------------------------------------
// Everything the page shows, from one set of query results

export interface SeasonalityAnalysis {
  counts: SeasonCountAnalysis;
  measures: Readonly<Record<Measure, MeasureAnalysis>>;
  nutrition: NutrientAnalysis[];
  ingredients: ItemsAnalysis;
  tags: ItemsAnalysis;
}

export function analyseSeasonality(
  results: PageResults<typeof SEASONALITY_QUERIES>,
): SeasonalityAnalysis {
  const seasons = seasonRows(results.seasonMonths);
  const totals = seasonTotals(seasons);
  const measure = (m: Measure) =>
    analyseMeasure(m, results.measureSummaries, results.rankFrequencies);
  return {
    counts: analyseSeasonCounts(seasons),
    measures: {
      minutes: measure("minutes"),
      complexity: measure("complexity"),
      n_steps: measure("n_steps"),
      n_ingredients: measure("n_ingredients"),
    },
    nutrition: analyseNutrition(results.nutrition),
    ingredients: analyseItems(results.items, totals, "ingredient"),
    tags: analyseItems(results.items, totals, "tag"),
  };
}
