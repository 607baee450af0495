/**
 * Every fit the Trends page shows, from one set of query results: a pure function of the rows and
 * the range, so the page, the Overview card and the tests compute the same figures.
 */
import type { MessageKey } from "../i18n/index.js";
import {
  type NormalityView,
  type TrendFit,
  type YearValue,
  fitTrend,
  volumeNormality,
  volumeSeries,
  yearSeries,
} from "./trends-fits.js";
import {
  type ItemKind,
  ITEM_KINDS,
  type MeanColumn,
  NUTRIENTS,
  type Nutrient,
  SIZE_MEASURES,
  type SizeMeasure,
  type TrendsResults,
} from "./trends-queries.js";
import type { YearRange } from "./query.js";

export interface SeriesTrend {
  series: YearValue[];
  trend: TrendFit;
}

/** How a yearly mean is named and drawn; the keys are the trends section's. */
export interface MeanSpec<C extends string = string> {
  column: C;
  title: MessageKey;
  subject: MessageKey;
  unit: MessageKey;
  axis: MessageKey;
  digits: number;
}

export const SIZE_SPECS: Readonly<Record<SizeMeasure, MeanSpec<SizeMeasure>>> = {
  complexity: {
    column: "complexity",
    title: "measure.complexity",
    subject: "trends.size.complexity.subject",
    unit: "unit.points",
    axis: "trends.size.complexity.axis",
    digits: 1,
  },
  n_steps: {
    column: "n_steps",
    title: "measure.n_steps",
    subject: "trends.size.n_steps.subject",
    unit: "trends.unit.steps",
    axis: "trends.size.n_steps.axis",
    digits: 1,
  },
  n_ingredients: {
    column: "n_ingredients",
    title: "measure.n_ingredients",
    subject: "trends.size.n_ingredients.subject",
    unit: "trends.unit.ingredients",
    axis: "trends.size.n_ingredients.axis",
    digits: 1,
  },
};

export const NUTRIENT_SPECS: Readonly<Record<Nutrient, MeanSpec<Nutrient>>> = {
  calories: {
    column: "calories",
    title: "nutrient.calories",
    subject: "trends.nutrition.calories.subject",
    unit: "unit.kcal",
    axis: "trends.nutrition.calories.axis",
    digits: 0,
  },
  carbohydrates_pdv: {
    column: "carbohydrates_pdv",
    title: "nutrient.carbohydrates_pdv",
    subject: "trends.nutrition.carbohydrates_pdv.subject",
    unit: "unit.pdv",
    axis: "trends.nutrition.carbohydrates_pdv.axis",
    digits: 1,
  },
  total_fat_pdv: {
    column: "total_fat_pdv",
    title: "nutrient.total_fat_pdv",
    subject: "trends.nutrition.total_fat_pdv.subject",
    unit: "unit.pdv",
    axis: "trends.nutrition.total_fat_pdv.axis",
    digits: 1,
  },
  protein_pdv: {
    column: "protein_pdv",
    title: "nutrient.protein_pdv",
    subject: "trends.nutrition.protein_pdv.subject",
    unit: "unit.pdv",
    axis: "trends.nutrition.protein_pdv.axis",
    digits: 1,
  },
};

export interface DiversityTrends {
  entropy: SeriesTrend;
  distinct: SeriesTrend;
}

export interface TrendsAnalysis {
  range: YearRange;
  /** Analysis recipes in the range. */
  recipes: number;
  /** Analysis recipes per year of the range (years without any are absent). */
  yearRecipes: Map<number, number>;
  /** Recipes per year, every year counting once (see the volume method note). */
  volume: SeriesTrend & { normality: NormalityView };
  /** The same counts weighted by themselves, reported in the method note for comparison. */
  volumeWeightedByRecipes: TrendFit;
  minutes: SeriesTrend;
  size: Record<SizeMeasure, SeriesTrend>;
  nutrition: Record<Nutrient, SeriesTrend>;
  diversity: Record<ItemKind, DiversityTrends>;
}

/** The rows the volume, preparation-time, size and nutrition sections are drawn from. */
type YearlyRows = TrendsResults["yearly"];

/** A yearly mean and its fit (one panel of the preparation-time, size or nutrition section). */
export const meanTrend = (yearly: YearlyRows, column: MeanColumn): SeriesTrend => {
  const series = yearSeries(yearly, (d) => d[column]);
  return { series, trend: fitTrend(series, "recipes") };
};

/** The diversity panels of the items section, for one kind. */
export function diversityTrends(
  diversity: TrendsResults["diversity"],
  kind: ItemKind,
): DiversityTrends {
  const rows = diversity.filter((d) => d.kind === kind);
  const entropy = yearSeries(rows, (d) => d.entropy);
  const distinct = yearSeries(rows, (d) => d.distinct_items);
  return {
    entropy: { series: entropy, trend: fitTrend(entropy, "recipes") },
    distinct: { series: distinct, trend: fitTrend(distinct, "recipes") },
  };
}

export type VolumeAnalysis = Pick<
  TrendsAnalysis,
  "range" | "recipes" | "yearRecipes" | "volume" | "volumeWeightedByRecipes"
>;

/** The range's analysis recipes, in all and per year (the items section's sentences quote them). */
export const yearCounts = (
  yearly: YearlyRows,
): Pick<TrendsAnalysis, "recipes" | "yearRecipes"> => ({
  recipes: yearly.reduce((sum, d) => sum + d.recipes, 0),
  yearRecipes: new Map(yearly.map((d) => [d.year, d.recipes])),
});

/** The volume section's figures (and the range's recipe counts the other sections quote). */
export function analyseVolume(yearly: YearlyRows, range: YearRange): VolumeAnalysis {
  const counts = volumeSeries(yearly, range);
  const volume = fitTrend(counts, "equal");
  return {
    range,
    ...yearCounts(yearly),
    volume: { series: counts, trend: volume, normality: volumeNormality(counts, volume) },
    volumeWeightedByRecipes: fitTrend(counts, "recipes"),
  };
}

const mapOf = <K extends string>(keys: readonly K[], f: (k: K) => SeriesTrend) =>
  Object.fromEntries(keys.map((k) => [k, f(k)])) as Record<K, SeriesTrend>;

/** The size section's panels. */
export const analyseSize = (yearly: YearlyRows): Record<SizeMeasure, SeriesTrend> =>
  mapOf(SIZE_MEASURES, (m) => meanTrend(yearly, `${m}_mean`));

/** The nutrition section's panels. */
export const analyseNutrition = (yearly: YearlyRows): Record<Nutrient, SeriesTrend> =>
  mapOf(NUTRIENTS, (m) => meanTrend(yearly, `${m}_mean`));

/** Every section's figures at once (the Overview card and the tests; the page asks per section). */
export function analyseTrends(results: TrendsResults, range: YearRange): TrendsAnalysis {
  return {
    ...analyseVolume(results.yearly, range),
    minutes: meanTrend(results.yearly, "minutes_mean"),
    size: analyseSize(results.yearly),
    nutrition: analyseNutrition(results.yearly),
    diversity: Object.fromEntries(
      ITEM_KINDS.map((k) => [k, diversityTrends(results.diversity, k)]),
    ) as Record<ItemKind, DiversityTrends>,
  };
}
