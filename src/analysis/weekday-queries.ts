/**
 * The Weekday vs weekend page's queries (run natively for the first paint and in DuckDB-WASM for
 * filters). The day is the recipe's submission date's ISO day of week (1 Monday … 7 Sunday); the
 * weekend is Saturday and Sunday. Each query returns aggregates only: the tests run in TypeScript.
 */
import type { TableName } from "../components/foodcom-db.js";
import { defineGroup, defineQuery, yearParams } from "./query.js";

export const WEEKDAY_TABLES = [
  "analysis_recipes",
  "analysis_items",
] as const satisfies readonly TableName[];

/** The size measures compared between weekday and weekend recipes. */
export const WEEKDAY_MEASURES = ["minutes", "complexity"] as const;
export type WeekdayMeasure = (typeof WEEKDAY_MEASURES)[number];

/**
 * Six of the seven nutrition columns. Saturated fat is left out: it is part of total fat (the two
 * move together), so it would repeat total fat's result and add a dependent test to the family.
 */
export const WEEKDAY_NUTRIENTS = [
  "calories",
  "total_fat_pdv",
  "sugar_pdv",
  "sodium_pdv",
  "protein_pdv",
  "carbohydrates_pdv",
] as const;
export type WeekdayNutrient = (typeof WEEKDAY_NUTRIENTS)[number];

/** An item is tested when its mean share over the two day types is at least this (1 %). */
export const ITEM_MIN_MEAN_SHARE = 0.01;

/**
 * Histogram bins of the measures' distributions: minutes in (bin, bin + 10] (whole minutes 1–180, so
 * 30 and 60 close their bins); complexity in [bin, bin + 2).
 */
export const MEASURE_BIN_WIDTH: Readonly<Record<WeekdayMeasure, number>> = {
  minutes: 10,
  complexity: 2,
};

export interface DayRow {
  /** ISO day of week, 1 Monday … 7 Sunday. */
  dow: number;
  recipes: number;
}

/** Recipes per submission year and day of week (a range's days sum its years: recipesPerDay). */
export interface DayYearRow extends DayRow {
  year: number;
}

/** Count, mean, sample variance, median and skewness of one measure in one day type. */
export interface GroupSummaryRow {
  measure: string;
  weekend: boolean;
  n: number;
  mean: number | null;
  variance: number | null;
  median: number | null;
  skewness: number | null;
}

export interface BinRow {
  measure: WeekdayMeasure;
  weekend: boolean;
  /** The bin's edge (see MEASURE_BIN_WIDTH). */
  bin: number;
  recipes: number;
}

export interface ItemRow {
  kind: "ingredient" | "tag";
  item: string;
  /** Weekday recipes containing the item. */
  weekday: number;
  /** Weekend recipes containing the item. */
  weekend: number;
}

/**
 * Per-group summaries of `columns`, in long form (one row per column × day type): one aggregate per
 * column over the range's rows, rather than an UNPIVOT that copies every value first (a third less
 * time for the same rows).
 */
const groupSummarySql = (columns: readonly string[]) => `
  WITH r AS MATERIALIZED (
    SELECT weekend, ${columns.map((c) => `${c}::DOUBLE AS ${c}`).join(", ")}
    FROM analysis_recipes WHERE year BETWEEN ? AND ?
  )
  ${columns
    .map(
      (c) => `SELECT '${c}' AS measure, weekend, count(${c})::INTEGER AS n,
         avg(${c})::DOUBLE AS mean, var_samp(${c})::DOUBLE AS variance,
         median(${c})::DOUBLE AS median, skewness(${c})::DOUBLE AS skewness
  FROM r GROUP BY weekend`,
    )
    .join(" UNION ALL ")}
  ORDER BY measure, weekend`;

export const WEEKDAY_QUERIES = {
  /**
   * Recipes per submission year and ISO day of week (days without a recipe have no row). A range's
   * counts sum its years (recipesPerDay in weekday-volume.ts), so the page takes them from its
   * first paint (WEEKDAY_PER_YEAR).
   */
  days: defineQuery<DayYearRow>((range) => ({
    sql: `SELECT year::INTEGER AS year, dow::INTEGER AS dow, count(*)::INTEGER AS recipes
          FROM analysis_recipes WHERE year BETWEEN ? AND ?
          GROUP BY year, dow ORDER BY year, dow`,
    params: yearParams(range),
  })),
  /** Preparation time and complexity per day type. */
  measures: defineQuery<GroupSummaryRow>((range) => ({
    sql: groupSummarySql(WEEKDAY_MEASURES),
    params: yearParams(range),
  })),
  /** Their distributions: recipes per bin and day type. */
  bins: defineQuery<BinRow>((range) => ({
    sql: `SELECT measure, weekend, bin::DOUBLE AS bin, count(*)::INTEGER AS recipes FROM (
            SELECT 'minutes' AS measure, weekend,
                   floor((minutes - 1) / ${MEASURE_BIN_WIDTH.minutes}) * ${MEASURE_BIN_WIDTH.minutes} AS bin
            FROM analysis_recipes WHERE year BETWEEN ? AND ?
            UNION ALL
            SELECT 'complexity', weekend,
                   floor(complexity / ${MEASURE_BIN_WIDTH.complexity}) * ${MEASURE_BIN_WIDTH.complexity}
            FROM analysis_recipes WHERE year BETWEEN ? AND ?)
          GROUP BY ALL ORDER BY measure, weekend, bin`,
    params: [...yearParams(range), ...yearParams(range)],
  })),
  /** The six nutrients per day type. */
  nutrients: defineQuery<GroupSummaryRow>((range) => ({
    sql: groupSummarySql(WEEKDAY_NUTRIENTS),
    params: yearParams(range),
  })),
  /**
   * Weekday and weekend recipes containing each tag or ingredient whose mean share over the two day
   * types (weekday share + weekend share) / 2 is at least ITEM_MIN_MEAN_SHARE in the range.
   */
  items: defineQuery<ItemRow>((range) => ({
    sql: `WITH totals AS (
            SELECT count(*) FILTER (NOT weekend) AS weekday_total,
                   count(*) FILTER (weekend) AS weekend_total
            FROM analysis_recipes WHERE year BETWEEN ? AND ?
          ),
          counts AS (
            SELECT kind, item,
                   coalesce(sum(recipes) FILTER (NOT weekend), 0) AS weekday,
                   coalesce(sum(recipes) FILTER (weekend), 0) AS weekend
            FROM analysis_items WHERE year BETWEEN ? AND ? GROUP BY kind, item
          )
          SELECT kind, item, weekday::INTEGER AS weekday, weekend::INTEGER AS weekend
          FROM counts, totals
          WHERE (weekday / nullif(weekday_total, 0) + weekend / nullif(weekend_total, 0)) / 2 >= ?
          ORDER BY kind, item`,
    params: [...yearParams(range), ...yearParams(range), ITEM_MIN_MEAN_SHARE],
  })),
};

/**
 * Both measures' summaries and their bins in one statement (one section of the page): the range's
 * recipes are read once instead of twice. The same aggregates as the single queries over the same
 * rows; tests/analysis-groups.test.ts checks it. The nutrients are their own section, run alone
 * (the page loads a section when it is in view), and the days come from the first paint.
 */
const MEASURES_GROUP = defineGroup(
  {
    measures: ["measure", "weekend", "n", "mean", "variance", "median", "skewness"],
    bins: ["measure", "weekend", "bin", "recipes"],
  },
  (range) => {
    const summaries = WEEKDAY_MEASURES.map(
      (c) => `SELECT 'measures' AS part, '${c}' AS measure, weekend, count(${c})::INTEGER AS n,
             avg(${c})::DOUBLE AS mean, var_samp(${c})::DOUBLE AS variance,
             median(${c})::DOUBLE AS median, skewness(${c})::DOUBLE AS skewness
      FROM r GROUP BY weekend`,
    ).join(" UNION ALL BY NAME ");
    return {
      sql: `WITH r AS MATERIALIZED (
              SELECT weekend, ${WEEKDAY_MEASURES.map((c) => `${c}::DOUBLE AS ${c}`).join(", ")}
              FROM analysis_recipes WHERE year BETWEEN ? AND ?)
            ${summaries}
            UNION ALL BY NAME
            SELECT 'bins' AS part, measure, weekend, bin::DOUBLE AS bin, count(*)::INTEGER AS recipes
            FROM (
              SELECT 'minutes' AS measure, weekend,
                     floor((minutes - 1) / ${MEASURE_BIN_WIDTH.minutes}) * ${MEASURE_BIN_WIDTH.minutes} AS bin
              FROM r
              UNION ALL
              SELECT 'complexity', weekend,
                     floor(complexity / ${MEASURE_BIN_WIDTH.complexity}) * ${MEASURE_BIN_WIDTH.complexity}
              FROM r)
            GROUP BY ALL
            ORDER BY part, measure, weekend, bin`,
      params: yearParams(range),
    };
  },
);

export const WEEKDAY_GROUPS = [MEASURES_GROUP] as const;

/** Queries grouped by year, taken from the first paint for a narrower range (page-data.ts). */
export const WEEKDAY_PER_YEAR = [
  "days",
] as const satisfies readonly (keyof typeof WEEKDAY_QUERIES)[];
