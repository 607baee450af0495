/**
 * The Trends page's queries, per submission year (run natively for the first paint and in
 * DuckDB-WASM when the reader changes the range). Every figure the page fits or draws comes from
 * these rows; the statistics are computed from them in src/analysis/trends-fits.ts.
 */
import type { TableName } from "../components/foodcom-db.js";
import { defineGroup, defineQuery, type PageResults, yearParams } from "./query.js";

export const TRENDS_TABLES = [
  "analysis_recipes",
  "analysis_items",
  "item_diversity",
] as const satisfies readonly TableName[];

/** The preparation-time quantiles computed per year: every band the page offers, in one pass. */
export const MINUTE_QUANTILES = [5, 10, 25, 33, 50, 66, 75, 90, 95] as const;
export type MinuteQuantile = (typeof MINUTE_QUANTILES)[number];
export type QuantileColumn = `minutes_q${MinuteQuantile}`;
export const quantileColumn = (q: MinuteQuantile): QuantileColumn => `minutes_q${q}`;

/** Yearly means of these analysis_recipes columns are fitted on the page. */
export const SIZE_MEASURES = ["complexity", "n_steps", "n_ingredients"] as const;
export const NUTRIENTS = ["calories", "carbohydrates_pdv", "total_fat_pdv", "protein_pdv"] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];
export type Nutrient = (typeof NUTRIENTS)[number];
export type MeanColumn = `${"minutes" | SizeMeasure | Nutrient}_mean`;

export type YearRow = { year: number; recipes: number } & Record<MeanColumn, number> &
  Record<QuantileColumn, number>;

/** How many movers each direction lists. */
export const MOVERS_PER_DIRECTION = 10;
/** How many of them get their yearly share curve drawn (more lines would not be readable). */
export const CURVES_PER_DIRECTION = 5;
export const TOP_ITEMS = 10;

export type ItemKind = "ingredient" | "tag";
export const ITEM_KINDS: readonly ItemKind[] = ["ingredient", "tag"];

export type TopItemRow = {
  kind: ItemKind;
  item: string;
  rank: number;
  /** Analysis recipes of the range containing the item. */
  recipes: number;
  /** recipes / analysis recipes of the range. */
  share: number;
};

export type MoverRow = {
  kind: ItemKind;
  item: string;
  direction: "increase" | "decrease";
  /** 1 = the largest change in its direction. */
  rank: number;
  first_year: number;
  last_year: number;
  /** Share of that year's analysis recipes containing the item (0–1). */
  share_first: number;
  share_last: number;
  /** share_last − share_first (0–1; ×100 gives percentage points). */
  change: number;
};

export type MoverShareRow = {
  kind: ItemKind;
  item: string;
  direction: "increase" | "decrease";
  year: number;
  /** Recipes of the year containing the item, and the year's analysis recipes. */
  item_recipes: number;
  recipes: number;
  share: number;
};

export type DiversityRow = {
  kind: ItemKind;
  year: number;
  distinct_items: number;
  entropy: number;
  recipes: number;
};

const MEAN_COLUMNS = ["minutes", ...SIZE_MEASURES, ...NUTRIENTS]
  .map((c) => `avg(${c})::DOUBLE AS ${c}_mean`)
  .join(", ");
const QUANTILE_LIST = MINUTE_QUANTILES.map((q) => (q / 100).toFixed(2)).join(", ");
const QUANTILE_COLUMNS = MINUTE_QUANTILES.map(
  (q, i) => `q[${i + 1}]::DOUBLE AS ${quantileColumn(q)}`,
).join(", ");

/**
 * The range's yearly recipe counts and the movers between its first and last year with recipes.
 * The CTEs used more than once are MATERIALIZED: DuckDB-WASM (DuckDB 1.1) would compute them again.
 * Shares are of the year's analysis recipes (analysis_items counts recipes, not mentions). Items are
 * those analysis_items ships (≥ 0.1 % overall or ≥ 1 % in some year); an item absent from a year has
 * share 0 there.
 */
const MOVERS_CTES = `
  bounds AS (SELECT ?::INTEGER AS lo, ?::INTEGER AS hi),
  years AS MATERIALIZED (
    SELECT year::INTEGER AS year, count(*) AS recipes FROM analysis_recipes, bounds
    WHERE year BETWEEN lo AND hi GROUP BY year
  ),
  ends AS (SELECT min(year) AS first_year, max(year) AS last_year FROM years),
  item_years AS MATERIALIZED (
    SELECT kind, item, year::INTEGER AS year, sum(recipes) AS n FROM analysis_items, bounds
    WHERE year BETWEEN lo AND hi GROUP BY ALL
  ),
  end_counts AS (
    SELECT i.kind, i.item, e.first_year, e.last_year,
           coalesce(sum(i.n) FILTER (i.year = e.first_year), 0) AS n_first,
           coalesce(sum(i.n) FILTER (i.year = e.last_year), 0) AS n_last
    FROM item_years i, ends e
    WHERE e.first_year < e.last_year AND i.year IN (e.first_year, e.last_year)
    GROUP BY i.kind, i.item, e.first_year, e.last_year
  ),
  end_shares AS (
    SELECT c.*, c.n_first / f.recipes AS share_first, c.n_last / l.recipes AS share_last
    FROM end_counts c JOIN years f ON f.year = c.first_year JOIN years l ON l.year = c.last_year
  ),
  ranked AS (
    SELECT *, share_last - share_first AS change,
           row_number() OVER (PARTITION BY kind ORDER BY share_last - share_first DESC, item) AS up,
           row_number() OVER (PARTITION BY kind ORDER BY share_last - share_first ASC, item) AS down
    FROM end_shares
  ),
  movers AS (
    SELECT kind, item, first_year, last_year, share_first, share_last, change,
           CASE WHEN change > 0 THEN 'increase' ELSE 'decrease' END AS direction,
           CASE WHEN change > 0 THEN up ELSE down END AS rank
    FROM ranked
    WHERE (change > 0 AND up <= ${MOVERS_PER_DIRECTION}) OR (change < 0 AND down <= ${MOVERS_PER_DIRECTION})
  )`;

export const TRENDS_QUERIES = {
  /** Per year: recipes, mean and quantiles of minutes, means of the size measures and nutrients. */
  yearly: defineQuery<YearRow>((range) => ({
    sql: `SELECT year, recipes, ${QUANTILE_COLUMNS}, * EXCLUDE (year, recipes, q)
          FROM (
            SELECT year::INTEGER AS year, count(*)::INTEGER AS recipes,
                   quantile_cont(minutes, [${QUANTILE_LIST}]) AS q, ${MEAN_COLUMNS}
            FROM analysis_recipes WHERE year BETWEEN ? AND ? GROUP BY year
          ) ORDER BY year`,
    params: yearParams(range),
  })),

  /** The most frequent items of each kind: share of the range's analysis recipes containing them. */
  topItems: defineQuery<TopItemRow>((range) => ({
    sql: `WITH total AS (
            SELECT count(*) AS recipes FROM analysis_recipes WHERE year BETWEEN ? AND ?
          )
          SELECT kind, item, rank::INTEGER AS rank, recipes::INTEGER AS recipes,
                 (recipes / (SELECT recipes FROM total))::DOUBLE AS share
          FROM (
            SELECT kind, item, sum(recipes) AS recipes,
                   row_number() OVER (PARTITION BY kind ORDER BY sum(recipes) DESC, item) AS rank
            FROM analysis_items WHERE year BETWEEN ? AND ? GROUP BY kind, item
          ) WHERE rank <= ${TOP_ITEMS}
          ORDER BY kind, rank`,
    params: [...yearParams(range), ...yearParams(range)],
  })),

  /** The largest increases and decreases in share between the range's first and last year. */
  movers: defineQuery<MoverRow>((range) => ({
    sql: `WITH ${MOVERS_CTES}
          SELECT kind, item, direction, rank::INTEGER AS rank,
                 first_year::INTEGER AS first_year, last_year::INTEGER AS last_year,
                 share_first::DOUBLE AS share_first, share_last::DOUBLE AS share_last,
                 change::DOUBLE AS change
          FROM movers ORDER BY kind, direction, rank`,
    params: yearParams(range),
  })),

  /** Every year's share of the first movers of each direction, 0 in the years without them. */
  moverShares: defineQuery<MoverShareRow>((range) => ({
    sql: `WITH ${MOVERS_CTES}
          SELECT m.kind, m.item, m.direction, y.year,
                 coalesce(i.n, 0)::INTEGER AS item_recipes, y.recipes::INTEGER AS recipes,
                 (coalesce(i.n, 0) / y.recipes)::DOUBLE AS share
          FROM movers m CROSS JOIN years y
          LEFT JOIN item_years i ON i.kind = m.kind AND i.item = m.item AND i.year = y.year
          WHERE m.rank <= ${CURVES_PER_DIRECTION}
          ORDER BY m.kind, m.direction, m.rank, y.year`,
    params: yearParams(range),
  })),

  /** Distinct items and Shannon entropy of the items' mentions, per kind and year. */
  diversity: defineQuery<DiversityRow>((range) => ({
    sql: `SELECT kind, year::INTEGER AS year, distinct_items, entropy, recipes
          FROM item_diversity WHERE year BETWEEN ? AND ? ORDER BY kind, year`,
    params: yearParams(range),
  })),
};

/**
 * The top items, the movers and their curves in one statement: the items' counts per year of the
 * range are summed once (item_years) instead of three times. The same SQL as the single queries,
 * reading the range from `bounds`; tests/analysis-groups.test.ts checks it gives their rows.
 */
const ITEMS_GROUP = defineGroup(
  {
    topItems: ["kind", "item", "rank", "recipes", "share"],
    movers: [
      "kind",
      "item",
      "direction",
      "rank",
      "first_year",
      "last_year",
      "share_first",
      "share_last",
      "change",
    ],
    moverShares: ["kind", "item", "direction", "year", "item_recipes", "recipes", "share"],
  },
  (range) => ({
    sql: `WITH ${MOVERS_CTES},
          total AS (SELECT sum(recipes) AS recipes FROM years),
          top AS (
            SELECT kind, item, rank::INTEGER AS rank, recipes::INTEGER AS recipes,
                   (recipes / (SELECT recipes FROM total))::DOUBLE AS share
            FROM (
              SELECT kind, item, sum(n) AS recipes,
                     row_number() OVER (PARTITION BY kind ORDER BY sum(n) DESC, item) AS rank
              FROM item_years GROUP BY kind, item
            ) WHERE rank <= ${TOP_ITEMS})
          SELECT 'topItems' AS part, row_number() OVER (ORDER BY kind, rank) AS ord, * FROM top
          UNION ALL BY NAME
          SELECT 'movers' AS part, row_number() OVER (ORDER BY kind, direction, rank) AS ord,
                 kind, item, direction, rank::INTEGER AS rank,
                 first_year::INTEGER AS first_year, last_year::INTEGER AS last_year,
                 share_first::DOUBLE AS share_first, share_last::DOUBLE AS share_last,
                 change::DOUBLE AS change
          FROM movers
          UNION ALL BY NAME
          SELECT 'moverShares' AS part,
                 row_number() OVER (ORDER BY m.kind, m.direction, m.rank, y.year) AS ord,
                 m.kind, m.item, m.direction, y.year,
                 coalesce(i.n, 0)::INTEGER AS item_recipes, y.recipes::INTEGER AS recipes,
                 (coalesce(i.n, 0) / y.recipes)::DOUBLE AS share
          FROM movers m CROSS JOIN years y
          LEFT JOIN item_years i ON i.kind = m.kind AND i.item = m.item AND i.year = y.year
          WHERE m.rank <= ${CURVES_PER_DIRECTION}
          ORDER BY part, ord`,
    params: yearParams(range),
  }),
);

export const TRENDS_GROUPS = [ITEMS_GROUP] as const;

export type TrendsResults = PageResults<typeof TRENDS_QUERIES>;

/**
 * Queries grouped by year: a range's rows are the full range's rows of its years, so the page takes
 * them from its first paint (src/analysis/page-data.ts) instead of running them again.
 */
export const TRENDS_PER_YEAR = [
  "yearly",
  "diversity",
] as const satisfies readonly (keyof typeof TRENDS_QUERIES)[];
