/**
 * The explorer's SQL over explorer_recipes (and, when a filter needs them, the tag, ingredient and
 * description tables), run by DuckDB-WASM in the browser and by DuckDB in Node (first paint, tests).
 * Every value the reader chose travels as a bound `?` parameter; the only words pasted into the
 * SQL are column names picked from fixed lists and constants of this module.
 */
import { PDV_NUTRIENTS, type PdvNutrient } from "../analysis/nutrients.js";
import type { QueryRunner, SqlQuery } from "../analysis/query.js";
import {
  ABSURD_MINUTES,
  DEFAULT_SORT,
  type ExplorerFilters,
  type ExplorerSort,
  neededTables,
  type NumRange,
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

/**
 * A %DV nutrient's range as a range of its codes (loaders/explorer/tables.ts, NUTRIENT_CODES): the
 * code of the first value >= min is the number of distinct values below min; a value <= max has a
 * code below the number of distinct values <= max. Each bound is one scalar subquery over the
 * short list of values, run once per statement. Unknown values (NULL code) match no bound.
 */
function codeRange(where: Conditions, nutrient: PdvNutrient, range: NumRange | undefined): void {
  const below = (op: "<" | "<=") =>
    `(SELECT count(v.${nutrient}_values) FROM explorer_recipes v WHERE v.${nutrient}_values ${op} ?::DOUBLE)`;
  if (range?.min != null) where.add(`r.${nutrient}_code >= ${below("<")}`, range.min);
  if (range?.max != null) where.add(`r.${nutrient}_code < ${below("<=")}`, range.max);
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
  return {
    sql: `CREATE OR REPLACE TABLE ${table} AS\n${TEXT_MATCHES}`,
    params: [text.trim()],
  };
}

/**
 * What joins a recipe's lowercased name and description in explorer_descriptions' `text`
 * (loaders/explorer/tables.ts). An uppercase letter: lower() never leaves one, so the lowercased
 * search text cannot contain it, and a match in `text` lies wholly in the name or wholly in the
 * description, never across the two. One contains() per recipe then means exactly "the name or
 * the description contains the text".
 */
export const TEXT_SEPARATOR = "X";

/** The search on explorer_descriptions' `text` (lowercased at export; see TEXT_SEPARATOR). */
export const textContains = (alias: string) => `contains(${alias}.text, lower(?::VARCHAR))`;

/**
 * The recipes whose name or description contains the text, case-insensitively, taken literally.
 * explorer_descriptions holds both already lowercased (by DuckDB's lower(), at export), so the
 * search is a plain substring scan: ILIKE lowercased 231k descriptions on every search (~1 s in
 * DuckDB-WASM, against ~0.1 s for contains()).
 */
const TEXT_MATCHES = `SELECT d.recipe_id FROM explorer_descriptions d WHERE ${textContains("d")}`;

const VIEW = /^explorer_view_\d+$/;

/** The table a view's statements read: its filtered copy if it has one, else every recipe. */
function source(options: QueryOptions): string {
  if (!options.view) return "explorer_recipes";
  if (!VIEW.test(options.view)) throw new Error(`bad view table ${options.view}`);
  return options.view;
}

/**
 * Fills `table` (explorer_view_<n>, named by the session) with the recipes the filters keep. A
 * text search reads explorer_descriptions beside explorer_recipes by row position (the export
 * stores both in the same order, tests/explorer.test.ts checks it): the matches come out of one
 * scan of both tables, with no join on recipe ids (in DuckDB-WASM that join cost about a third of
 * the copy).
 */
export function viewQuery(
  table: string,
  filters: ExplorerFilters,
  options: QueryOptions = {},
): SqlQuery {
  if (!VIEW.test(table)) throw new Error(`bad view table ${table}`);
  const text = options.textHits ? "" : filters.text.trim();
  const where = whereClause(text ? { ...filters, text: "" } : filters, {
    ...options,
    view: undefined,
  });
  if (text) where.add(textContains("d"), text);
  return {
    // Only the columns the view's statements read (VIEW_COLUMNS), and each row's position in
    // explorer_recipes (its stored order, which the copy may not keep: storedOrderPageQuery).
    sql: `CREATE OR REPLACE TABLE ${table} AS SELECT ${VIEW_COLUMNS.map((c) => `r.${c}`).join(", ")}, r.rowid::INTEGER AS pos
FROM explorer_recipes r${text ? " POSITIONAL JOIN explorer_descriptions d" : ""}\n${where.sql}`,
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
  where.range("calories", filters.nutrition.calories, "DOUBLE");
  for (const nutrient of PDV_NUTRIENTS) codeRange(where, nutrient, filters.nutrition[nutrient]);
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
    where.add(`r.recipe_id IN (${TEXT_MATCHES})`, text);
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
  // A view's copy has no names (copying them cost more than the rest): with one, the rows come
  // from explorer_recipes, kept to the view's recipes.
  let where = whereClause(filters, options);
  if (options.view) {
    where = new Conditions();
    where.add(`r.recipe_id IN (SELECT recipe_id FROM ${source(options)})`);
  }
  // The column is checked against the fixed list: it is the one word of the SQL that varies.
  if (!SORT_COLUMNS.includes(sort.column)) throw new Error(`unknown sort column ${sort.column}`);
  const direction = sort.direction === "asc" ? "ASC" : "DESC";
  return {
    sql: `SELECT ${columns.map((c) => `r.${c}`).join(", ")}
FROM explorer_recipes r
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

/**
 * One page in the default order (newest first, then by recipe id, descending), which is the order
 * explorer_recipes is stored in. Over explorer_recipes, a filtered scan keeps that order (DuckDB
 * preserves insertion order, its default) and, with no ORDER BY, stops at the page's last row
 * instead of reading every match into a top-N. Joins do not keep that order (DuckDB's, native or
 * WASM: /explorer?q=pasta and a few tag filters showed the wrong first recipes), so a filter with
 * joins gets the ORDER BY, and a view's copy, built through them, a top-N on the row position it
 * keeps (`pos`, see viewQuery): a few milliseconds over the matches. tests/explorer.test.ts checks
 * these pages against an ORDER BY in independent SQL.
 */
export function storedOrderPageQuery(
  filters: ExplorerFilters,
  page: number,
  options: QueryOptions = {},
  columns: readonly string[] = RECIPE_COLUMNS,
): SqlQuery {
  const where = whereClause(filters, options);
  return {
    sql: `SELECT ${columns.map((c) => `r.${c}`).join(", ")}
FROM ${source(options)} r
${where.sql}${storedOrderBy(filters, options)}
LIMIT ?::INTEGER OFFSET ?::INTEGER`,
    params: [...where.params, PAGE_SIZE, Math.max(0, page - 1) * PAGE_SIZE],
  };
}

/**
 * How storedOrderPageQuery keeps the stored order: a view by its rows' positions; a filter with
 * joins (tags, ingredients, text) by the order itself; a scan of explorer_recipes alone needs none.
 */
function storedOrderBy(filters: ExplorerFilters, options: QueryOptions): string {
  if (options.view) return "\nORDER BY r.pos";
  if (!neededTables(filters).length) return "";
  const direction = DEFAULT_SORT.direction === "asc" ? "ASC" : "DESC";
  return `\nORDER BY r.${DEFAULT_SORT.column} ${direction} NULLS LAST, r.recipe_id ${direction}`;
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
  return { count: count!, rows: await runPageRows(run, filters, sort, page, options) };
}

/** The page's rows alone (the count known otherwise: see selection.ts). */
export async function runPageRows(
  run: QueryRunner,
  filters: ExplorerFilters,
  sort: ExplorerSort,
  page: number,
  options: QueryOptions = {},
): Promise<RecipeRow[]> {
  const storedOrder =
    sort.column === DEFAULT_SORT.column && sort.direction === DEFAULT_SORT.direction;
  if (storedOrder && !options.view) {
    const q = storedOrderPageQuery(filters, page, options);
    return (await run(q.sql, q.params)) as unknown as RecipeRow[];
  }
  // A view's copy holds no names: its page's ids first, then their rows.
  const q2 = storedOrder
    ? storedOrderPageQuery(filters, page, options, ["recipe_id"])
    : pageQuery(filters, sort, page, options);
  const ids = (await run(q2.sql, q2.params)).map((r) => Number(r.recipe_id));
  if (!ids.length) return [];
  const q3 = rowsQuery(ids);
  const byId = new Map(
    ((await run(q3.sql, q3.params)) as unknown as RecipeRow[]).map((r) => [r.recipe_id, r]),
  );
  return ids.map((id) => byId.get(id)!);
}

/** The summary's grouped columns: the three charts' bins, then the %DV nutrients' codes. */
export const GROUPED = [
  ...(Object.keys(BIN_VALUE) as (keyof typeof BIN_VALUE)[]).map((chart) => `${chart}_bin`),
  ...PDV_NUTRIENTS.map((n) => `${n}_code`),
];

/**
 * What a view's copy of the filtered recipes keeps: what its count and summary read, and the
 * recipe ids in stored order (its page's rows, names included, come from explorer_recipes).
 */
const VIEW_COLUMNS = ["recipe_id", "minutes", "mean_rating", ...GROUPED];

/**
 * The summary charts' aggregates in one statement: the number of filtered recipes per stored bin
 * (the three histograms) and per code of each %DV nutrient (the box plots' exact quantiles are
 * read from these counts, see quantilesFromCounts). One GROUP BY per column, each over a small
 * integer range that DuckDB counts into a direct-indexed table, joined by UNION ALL: in
 * DuckDB-WASM this is several times cheaper than quantile_cont over the values or histogram()
 * maps, and one statement costs one round trip to its worker.
 */
export function summaryQuery(filters: ExplorerFilters, options: QueryOptions = {}): SqlQuery {
  const where = whereClause(filters, options);
  return {
    sql: GROUPED.map(
      (column, k) =>
        `SELECT ${k}::INTEGER AS k, r.${column}::INTEGER AS v, count(*)::INTEGER AS n
FROM ${source(options)} r
${where.sql}
GROUP BY r.${column}`,
    ).join("\nUNION ALL\n"),
    params: GROUPED.flatMap(() => where.params),
  };
}

/** Each %DV nutrient's distinct values in increasing order: value of code i at index i. */
export type NutrientValues = Readonly<Record<PdvNutrient, readonly number[]>>;

export function nutrientValuesQuery(): SqlQuery {
  return {
    sql: `SELECT ${PDV_NUTRIENTS.map((n) => `list(${n}_values ORDER BY ${n}_values) FILTER (${n}_values IS NOT NULL) AS ${n}`).join(",\n       ")}
FROM explorer_recipes`,
    params: [],
  };
}

/** The values are read once per runner (they do not change with the filters). */
const valuesByRunner = new WeakMap<QueryRunner, Promise<NutrientValues>>();
export function nutrientValues(run: QueryRunner): Promise<NutrientValues> {
  let values = valuesByRunner.get(run);
  if (!values) {
    const q = nutrientValuesQuery();
    values = run(q.sql, q.params).then(([row]) => {
      const out = {} as Record<PdvNutrient, number[]>;
      for (const n of PDV_NUTRIENTS)
        out[n] = Array.isArray(row?.[n]) ? (row[n] as unknown[]).map(Number) : [];
      return out;
    });
    values.catch(() => valuesByRunner.delete(run));
    valuesByRunner.set(run, values);
  }
  return values;
}

/**
 * DuckDB's quantile_cont, exactly, from the number of recipes per value (ascending values):
 * position p·(n−1) in the sorted values, interpolated linearly between its two neighbours as
 * DuckDB does (lo + (hi − lo)·d). Empty when there is no value.
 */
export function quantilesFromCounts(
  values: readonly number[],
  counts: readonly number[],
  quantiles: readonly number[] = QUANTILES,
): number[] {
  const n = counts.reduce((a, c) => a + c, 0);
  if (!n) return [];
  // The value at sorted position i (0-based): walk the cumulative counts.
  const at = (i: number) => {
    let seen = 0;
    for (let k = 0; k < counts.length; k++) {
      seen += counts[k]!;
      if (i < seen) return values[k]!;
    }
    return values[values.length - 1]!;
  };
  return quantiles.map((q) => {
    const rn = (n - 1) * q;
    const lo = Math.floor(rn);
    const hi = Math.ceil(rn);
    const low = at(lo);
    return lo === hi ? low : low + (at(hi) - low) * (rn - lo);
  });
}

/** The summary charts' aggregates of the filtered set. */
export async function runSummary(
  run: QueryRunner,
  filters: ExplorerFilters,
  options: QueryOptions = {},
): Promise<ExplorerSummary> {
  const values = nutrientValues(run);
  const q = summaryQuery(filters, options);
  const rows = (await run(q.sql, q.params)) as unknown as {
    k: number;
    v: number | null;
    n: number;
  }[];
  // Per grouped column, its non-NULL groups in increasing order (unrated recipes and unknown
  // values form the NULL group, which no chart counts).
  const groups: SummaryGroups = GROUPED.map(() => []);
  for (const row of rows)
    if (row.v !== null) groups[Number(row.k)]!.push({ v: Number(row.v), n: Number(row.n) });
  for (const g of groups) g.sort((a, b) => a.v - b.v);
  return summaryFromGroups(groups, await values);
}

/** Per GROUPED column, the number of filtered recipes (n) per non-NULL value (v), by value. */
export type SummaryGroups = { v: number; n: number }[][];

/** The charts' rows from the counts per group (the same for every way of counting them). */
export function summaryFromGroups(groups: SummaryGroups, known: NutrientValues): ExplorerSummary {
  const chart = (name: keyof typeof BIN_VALUE, k: number): BinRow[] =>
    groups[k]!.map(({ v, n }) => ({ bin: BIN_VALUE[name](v), recipes: n }));
  return {
    minutes: chart("minutes", 0),
    rating: chart("rating", 1),
    calories: chart("calories", 2),
    nutrition: PDV_NUTRIENTS.map((nutrient, i) => {
      const g = groups[3 + i]!;
      const all = known[nutrient];
      return {
        nutrient,
        q: quantilesFromCounts(
          g.map(({ v }) => all[v]!),
          g.map(({ n }) => n),
        ),
        n: g.reduce((a, { n }) => a + n, 0),
      };
    }),
  };
}
