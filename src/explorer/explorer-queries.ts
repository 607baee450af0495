/**
 * The explorer's SQL over explorer_recipes (and, when a filter needs them, the tag, ingredient and
 * description tables), run by DuckDB-WASM in the browser and by DuckDB in Node (first paint, tests).
 * Every value the reader chose travels as a bound `?` parameter; the only words pasted into the
 * SQL are column names picked from fixed lists and constants of this module.
 */
import { PDV_NUTRIENTS } from "../analysis/nutrients.js";
import type { QueryRunner, Row, SqlQuery } from "../analysis/query.js";
import {
  ABSURD_MINUTES,
  DEFAULT_SORT,
  type ExplorerFilters,
  type ExplorerSort,
  type NumRange,
  NUTRIENTS,
  type Nutrient,
  PAGE_SIZE,
  SORT_COLUMNS,
} from "./filters.js";

/** A WHERE clause's conditions and their parameters, in order. */
class Conditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }
  range(column: string, range: NumRange | undefined, cast: "INTEGER" | "DOUBLE"): void {
    if (range?.min != null) this.add(`r.${column} >= ?::${cast}`, range.min);
    if (range?.max != null) this.add(`r.${column} <= ?::${cast}`, range.max);
  }
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join("\n  AND ")}` : "";
  }
}

const placeholders = (n: number, cast: string) => Array(n).fill(`?::${cast}`).join(", ");

/** Filters on the recipe's item links: every included id, none of the excluded ones. */
function itemConditions(
  where: Conditions,
  table: "explorer_recipe_tags" | "explorer_recipe_ingredients",
  idColumn: "tag_id" | "ingredient_id",
  {
    include,
    exclude,
  }: { readonly include: readonly number[]; readonly exclude: readonly number[] },
) {
  for (const id of include)
    where.add(
      `r.recipe_id IN (SELECT recipe_id FROM ${table} WHERE ${idColumn} = ?::SMALLINT)`,
      id,
    );
  if (exclude.length)
    where.add(
      `r.recipe_id NOT IN (SELECT recipe_id FROM ${table} WHERE ${idColumn} IN (${placeholders(exclude.length, "SMALLINT")}))`,
      ...exclude,
    );
}

export interface QueryOptions {
  /**
   * Where the text search's matches already are: a table of recipe ids made by textHitsQuery, so
   * the statements of a view scan the descriptions once instead of each time.
   */
  readonly textHits?: string;
  /**
   * A table holding the filtered recipes already (made by viewQuery for these filters): the view's
   * statements read it with no condition instead of each joining the tag, ingredient or text
   * matches to the 231k recipes again.
   */
  readonly view?: string;
}

const TEXT_HITS = /^explorer_text_hits_\d+$/;

/** Fills `table` (a name made by the session: explorer_text_hits_<n>) with the text's matches. */
export function textHitsQuery(table: string, text: string): SqlQuery {
  if (!TEXT_HITS.test(table)) throw new Error(`bad text-hits table ${table}`);
  const needle = text.trim();
  return {
    sql: `CREATE OR REPLACE TABLE ${table} AS\n${TEXT_MATCHES}`,
    params: [needle, needle],
  };
}

/**
 * The recipes whose name or description contains the text, case-insensitively, taken literally.
 * explorer_descriptions holds both already lowercased (by DuckDB's lower(), at export), so the
 * search is a plain substring scan: ILIKE lowercased 231k descriptions on every search (~1 s in
 * DuckDB-WASM, against ~0.1 s for contains()).
 */
const TEXT_MATCHES = `SELECT recipe_id FROM explorer_descriptions
WHERE contains(name, lower(?::VARCHAR)) OR contains(description, lower(?::VARCHAR))`;

const VIEW = /^explorer_view_\d+$/;

/** The table a view's statements read: its filtered copy if it has one, else every recipe. */
function source(options: QueryOptions): string {
  if (!options.view) return "explorer_recipes";
  if (!VIEW.test(options.view)) throw new Error(`bad view table ${options.view}`);
  return options.view;
}

/** Fills `table` (explorer_view_<n>, named by the session) with the recipes the filters keep. */
export function viewQuery(
  table: string,
  filters: ExplorerFilters,
  options: QueryOptions = {},
): SqlQuery {
  if (!VIEW.test(table)) throw new Error(`bad view table ${table}`);
  const where = whereClause(filters, { ...options, view: undefined });
  return {
    sql: `CREATE OR REPLACE TABLE ${table} AS SELECT r.* FROM explorer_recipes r\n${where.sql}`,
    params: where.params,
  };
}

export function whereClause(filters: ExplorerFilters, options: QueryOptions = {}): Conditions {
  const where = new Conditions();
  if (options.view) return where; // its table holds the filtered recipes only
  if (filters.years)
    where.add(
      "year(r.submitted) BETWEEN ?::INTEGER AND ?::INTEGER",
      filters.years.from,
      filters.years.to,
    );
  where.range("minutes", filters.minutes, "INTEGER");
  if (filters.absurd === "exclude") where.add(`r.minutes <= ${ABSURD_MINUTES}`);
  where.range("n_steps", filters.steps, "INTEGER");
  where.range("n_ingredients", filters.ingredients, "INTEGER");
  for (const nutrient of NUTRIENTS) where.range(nutrient, filters.nutrition[nutrient], "DOUBLE");
  itemConditions(where, "explorer_recipe_tags", "tag_id", filters.tags);
  itemConditions(where, "explorer_recipe_ingredients", "ingredient_id", filters.items);
  if (filters.minRating !== null) where.add("r.mean_rating >= ?::DOUBLE", filters.minRating);
  if (filters.minRatings !== null) where.add("r.n_ratings >= ?::INTEGER", filters.minRatings);
  const text = filters.text.trim();
  if (text && options.textHits) {
    if (!TEXT_HITS.test(options.textHits))
      throw new Error(`bad text-hits table ${options.textHits}`);
    where.add(`r.recipe_id IN (SELECT recipe_id FROM ${options.textHits})`);
  } else if (text) {
    where.add(`r.recipe_id IN (${TEXT_MATCHES})`, text, text);
  }
  return where;
}

export interface CountRow {
  recipes: number;
  /** Of them, recipes with absurd times and recipes with at least one rating. */
  absurd: number;
  rated: number;
}

export function countQuery(filters: ExplorerFilters, options: QueryOptions = {}): SqlQuery {
  const where = whereClause(filters, options);
  return {
    sql: `SELECT count(*)::INTEGER AS recipes,
       count(*) FILTER (r.minutes > ${ABSURD_MINUTES})::INTEGER AS absurd,
       count(r.mean_rating)::INTEGER AS rated
FROM ${source(options)} r
${where.sql}`,
    params: where.params,
  };
}

export interface RecipeRow {
  recipe_id: number;
  name: string | null;
  /** Epoch milliseconds (as Arrow gives DATE). */
  submitted: number;
  minutes: number;
  n_steps: number;
  n_ingredients: number;
  calories: number | null;
  mean_rating: number | null;
  n_ratings: number;
}

export const RECIPE_COLUMNS = [
  "recipe_id",
  "name",
  "submitted",
  "minutes",
  "n_steps",
  "n_ingredients",
  "calories",
  "mean_rating",
  "n_ratings",
] as const satisfies readonly (keyof RecipeRow)[];

function orderedQuery(
  filters: ExplorerFilters,
  sort: ExplorerSort,
  columns: readonly string[] = RECIPE_COLUMNS,
  options: QueryOptions = {},
) {
  const where = whereClause(filters, options);
  // The column is checked against the fixed list: it is the one word of the SQL that varies.
  if (!SORT_COLUMNS.includes(sort.column)) throw new Error(`unknown sort column ${sort.column}`);
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  return {
    sql: `SELECT ${columns.map((c) => `r.${c}`).join(", ")}
FROM ${source(options)} r
${where.sql}
ORDER BY r.${sort.column} ${direction} NULLS LAST, r.recipe_id ${direction}`,
    params: where.params,
  };
}

/**
 * One page of results in order (ties, and NULLs always last, by recipe id): by default only the
 * recipe ids, since carrying every matching name through the sort costs more than fetching the
 * page's 25 rows afterwards (rowsQuery).
 */
export function pageQuery(
  filters: ExplorerFilters,
  sort: ExplorerSort,
  page: number,
  options: QueryOptions = {},
  columns: readonly string[] = ["recipe_id"],
): SqlQuery {
  const q = orderedQuery(filters, sort, columns, options);
  return {
    sql: `${q.sql}\nLIMIT ?::INTEGER OFFSET ?::INTEGER`,
    params: [...q.params, PAGE_SIZE, Math.max(0, page - 1) * PAGE_SIZE],
  };
}

/** The table's columns for the recipes of one page. */
export function rowsQuery(ids: readonly number[]): SqlQuery {
  return {
    sql: `SELECT ${RECIPE_COLUMNS.map((c) => `r.${c}`).join(", ")}
FROM explorer_recipes r
WHERE r.recipe_id IN (${placeholders(ids.length, "INTEGER")})`,
    params: ids,
  };
}

/** Every filtered row in the table's order, for the download. */
export const exportQuery = (
  filters: ExplorerFilters,
  sort: ExplorerSort,
  options: QueryOptions = {},
): SqlQuery => orderedQuery(filters, sort, RECIPE_COLUMNS, options);

/** Preparation-time bins, roughly log-spaced; the last bin holds the absurd times. */
export const MINUTE_EDGES = [
  0,
  5,
  10,
  15,
  30,
  60,
  120,
  240,
  480,
  1440,
  2880,
  10080,
  ABSURD_MINUTES,
];

export interface BinRow {
  bin: number;
  recipes: number;
}

/** Calories in 100 kcal bins; the bin at CALORIE_CAP holds everything above it. */
export const CALORIE_STEP = 100;
export const CALORIE_CAP = 2000;

/*
 * Each recipe's bin in the summary charts, as an integer stored in explorer_recipes (tables.ts):
 * - minutes: bin i holds [MINUTE_EDGES[i], MINUTE_EDGES[i+1]); bin length-1 is [10080, 43200]; bin
 *   length the absurd times;
 * - rating: twice the mean rating, rounded down (half-star bins 1, 1.5 … 4.5 and exactly 5);
 *   NULL for an unrated recipe;
 * - calories: hundreds of kcal, rounded down, CALORIE_CAP / CALORIE_STEP at most; NULL if unknown.
 */
export const MINUTE_BIN = `CASE ${MINUTE_EDGES.slice(1)
  .map((edge, i) => `WHEN r.minutes < ${edge} THEN ${i}`)
  .join(
    " ",
  )} WHEN r.minutes <= ${ABSURD_MINUTES} THEN ${MINUTE_EDGES.length - 1} ELSE ${MINUTE_EDGES.length} END`;
export const RATING_BIN = "floor(r.mean_rating * 2)";
export const CALORIE_BIN = `least(floor(r.calories / ${CALORIE_STEP}), ${CALORIE_CAP / CALORIE_STEP})`;
/** From a stored bin to the bin the chart draws (its lower bound). */
const BIN_VALUE = {
  minutes: (bin: number) => bin,
  rating: (bin: number) => bin / 2,
  calories: (bin: number) => bin * CALORIE_STEP,
};

export const QUANTILES = [0.1, 0.25, 0.5, 0.75, 0.9] as const;
/** The %DV nutrients drawn together (calories have their own chart). */
export { PDV_NUTRIENTS };

export interface NutritionRow {
  nutrient: Exclude<Nutrient, "calories">;
  /** The QUANTILES of the nutrient over the filtered recipes (empty when none). */
  q: number[];
  n: number;
}

export interface ExplorerPage {
  count: CountRow;
  rows: RecipeRow[];
}

export interface ExplorerSummary {
  minutes: BinRow[];
  rating: BinRow[];
  calories: BinRow[];
  nutrition: NutritionRow[];
}

/** The count and the page of rows: what the reader waits for first. */
export async function runPage(
  run: QueryRunner,
  filters: ExplorerFilters,
  sort: ExplorerSort,
  page: number,
  options: QueryOptions = {},
): Promise<ExplorerPage> {
  const q1 = countQuery(filters, options);
  const [count] = (await run(q1.sql, q1.params)) as unknown as CountRow[];
  if (sort.column === DEFAULT_SORT.column && sort.direction === DEFAULT_SORT.direction) {
    // explorer_recipes is stored in this order: the sort keeps the first rows it reads and drops
    // the rest unsorted, so the page's columns come along in the same statement.
    const q = pageQuery(filters, sort, page, options, RECIPE_COLUMNS);
    return { count: count!, rows: (await run(q.sql, q.params)) as unknown as RecipeRow[] };
  }
  const q2 = pageQuery(filters, sort, page, options);
  const ids = (await run(q2.sql, q2.params)).map((r) => Number(r.recipe_id));
  if (!ids.length) return { count: count!, rows: [] };
  const q3 = rowsQuery(ids);
  const byId = new Map(
    ((await run(q3.sql, q3.params)) as unknown as RecipeRow[]).map((r) => [r.recipe_id, r]),
  );
  return { count: count!, rows: ids.map((id) => byId.get(id)!) };
}

/**
 * The summary charts' aggregates in one statement, one scan of the filtered recipes: each
 * histogram as a map from stored bin to count (histogram() skips the NULL bins of unrated recipes
 * and recipes without calories), then the nutrients' quantiles. One statement instead of four: in
 * DuckDB-WASM each costs a round trip to its worker and its own scan.
 */
export function summaryQuery(filters: ExplorerFilters, options: QueryOptions = {}): SqlQuery {
  const where = whereClause(filters, options);
  const histograms = Object.keys(BIN_VALUE).map(
    (chart) =>
      `map_keys(histogram(r.${chart}_bin))::INTEGER[] AS ${chart}_bins, map_values(histogram(r.${chart}_bin))::INTEGER[] AS ${chart}_recipes`,
  );
  const quantiles = PDV_NUTRIENTS.flatMap((n) => [
    `quantile_cont(r.${n}, [${QUANTILES.join(", ")}])::DOUBLE[] AS ${n}_q`,
    `count(r.${n})::INTEGER AS ${n}_n`,
  ]);
  return {
    sql: `SELECT ${[...histograms, ...quantiles].join(",\n       ")}
FROM ${source(options)} r
${where.sql}`,
    params: where.params,
  };
}

/** The summary charts' aggregates of the filtered set. */
export async function runSummary(
  run: QueryRunner,
  filters: ExplorerFilters,
  options: QueryOptions = {},
): Promise<ExplorerSummary> {
  const q = summaryQuery(filters, options);
  const row = (await run(q.sql, q.params))[0] ?? {};
  const chart = (name: keyof typeof BIN_VALUE): BinRow[] => {
    const bins = row[`${name}_bins`];
    const recipes = row[`${name}_recipes`];
    if (!Array.isArray(bins) || !Array.isArray(recipes)) return []; // no recipe: NULL maps
    return bins
      .map((bin, i) => ({ bin: BIN_VALUE[name](Number(bin)), recipes: Number(recipes[i]) }))
      .sort((a, b) => a.bin - b.bin);
  };
  return {
    minutes: chart("minutes"),
    rating: chart("rating"),
    calories: chart("calories"),
    nutrition: nutritionRows(row),
  };
}

function nutritionRows(row: Row): NutritionRow[] {
  return PDV_NUTRIENTS.map((nutrient) => {
    const q = row[`${nutrient}_q`];
    return {
      nutrient,
      q: Array.isArray(q) ? q.map(Number) : [],
      n: Number(row[`${nutrient}_n`] ?? 0),
    };
  });
}
