/**
 * The count, the charts and the default order's page of a filter set with tags, ingredients or text,
 * without copying the filtered recipes into a table first (session.ts's views: that copy, a join
 * of the matches to the 231k recipes, cost most of a change). Each kind of filter gives the recipes
 * it keeps as a bitmap over explorer_recipes' rows, in selection.ts's bit order:
 * - the range filters: selection.ts's statement (none when there is no range filter);
 * - each included tag or ingredient: its links' recipe ids, read as one column (the links are
 *   sorted by item, so DuckDB reads that item's rows only), set through a map from recipe id to row;
 * - the excluded ones: their links' recipe ids, cleared the same way;
 * - the text: one bitmap from a scan of explorer_descriptions, stored in explorer_recipes' row order.
 * The page ANDs them, counts the charts with RecipeCodes (as for ranges), and takes the page's rows
 * from the set bits in order: explorer_recipes is stored in the default order. Exact: tests compare
 * every part to countQuery, runSummary and independent SQL.
 */
import type { QueryRunner, SqlQuery } from "../analysis/query.js";
import { type RecipeRow, rowsQuery, textContains } from "./explorer-queries.js";
import { type ExplorerFilters, NO_FILTERS, PAGE_SIZE } from "./filters.js";
import { keptBits, selectionQuery } from "./selection.js";

/** How the page reads a statement's results (Arrow columns in the browser, rows in Node). */
export interface MatchReader {
  /** The first column of every row, as numbers (their order does not matter). */
  ints(q: SqlQuery): Promise<ArrayLike<number>>;
  /** The first column of the one row: a bitmap (selection.ts), or null when none is kept. */
  blob(q: SqlQuery): Promise<Uint8Array | null>;
}

/** A reader over any runner (Node's; the browser reads Arrow columns instead: session.ts). */
export function runnerReader(run: QueryRunner): MatchReader {
  const first = (row: Record<string, unknown>) => Object.values(row)[0];
  return {
    ints: async (q) => (await run(q.sql, q.params)).map((row) => Number(first(row))),
    blob: async (q) => {
      const [row] = await run(q.sql, q.params);
      return keptBits(row ? first(row) : null);
    },
  };
}

/** Every recipe's id in row-id order: the row of each bit. */
export function recipeOrderQuery(): SqlQuery {
  return { sql: "SELECT r.recipe_id FROM explorer_recipes r ORDER BY r.rowid", params: [] };
}

/** Every recipe's id by row, and the row of every recipe id. */
export class RecipeRows {
  readonly rows: number;
  readonly bytes: number;
  private readonly rowOf: Int32Array;

  constructor(readonly ids: Int32Array) {
    this.rows = ids.length;
    this.bytes = Math.ceil(this.rows / 8);
    let max = -1;
    for (let i = 0; i < ids.length; i++) if (ids[i]! > max) max = ids[i]!;
    if (max > 1e8) throw new Error(`recipe id ${max} too large for a lookup table`);
    this.rowOf = new Int32Array(max + 1).fill(-1);
    for (let i = 0; i < ids.length; i++) {
      if (ids[i]! < 0) throw new Error(`negative recipe id ${ids[i]}`);
      this.rowOf[ids[i]!] = i;
    }
  }

  /** A bitmap with every recipe's bit set (and no bit past the last row). */
  all(): Uint8Array {
    const bits = new Uint8Array(this.bytes).fill(0xff);
    const spare = this.bytes * 8 - this.rows;
    if (spare) bits[this.bytes - 1] = (0xff << spare) & 0xff;
    return bits;
  }

  /** The bitmap of these recipe ids (ids of no recipe are ignored, as SQL's IN does). */
  bitsOf(recipeIds: ArrayLike<number>): Uint8Array {
    const bits = new Uint8Array(this.bytes);
    for (let i = 0; i < recipeIds.length; i++) {
      const row = this.rowOf[recipeIds[i]!] ?? -1;
      if (row >= 0) bits[row >> 3]! |= 0x80 >> (row & 7);
    }
    return bits;
  }

  /** The ids of the recipes of page `page` (1-based) among the set bits, in row order. */
  pageIds(bits: Uint8Array, page: number): number[] {
    let skip = Math.max(0, page - 1) * PAGE_SIZE;
    const ids: number[] = [];
    for (let byte = 0; byte < bits.length && ids.length < PAGE_SIZE; byte++) {
      const b = bits[byte]!;
      if (!b) continue;
      const set = POPCOUNT[b]!;
      if (skip >= set) {
        skip -= set;
        continue;
      }
      for (let bit = 0; bit < 8 && ids.length < PAGE_SIZE; bit++) {
        if (!(b & (0x80 >> bit))) continue;
        if (skip) skip--;
        else ids.push(this.ids[byte * 8 + bit]!);
      }
    }
    return ids;
  }
}

const POPCOUNT = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let x = b; x; x >>= 1) n += x & 1;
  return n;
});

/** The recipes linked to any of these items (tags or ingredients by id). */
export function linkedQuery(kind: "tags" | "items", ids: readonly number[]): SqlQuery {
  if (!ids.length) throw new Error("no item");
  const [table, column] =
    kind === "tags"
      ? ["explorer_recipe_tags", "tag_id"]
      : ["explorer_recipe_ingredients", "ingredient_id"];
  return {
    sql: `SELECT l.recipe_id FROM ${table} l WHERE l.${column} IN (${ids.map(() => "?::SMALLINT").join(", ")})`,
    params: ids,
  };
}

/** The recipes whose name or description holds the text, as a bitmap over explorer_recipes' rows. */
export function textBitsQuery(text: string, rows: number): SqlQuery {
  if (!Number.isSafeInteger(rows) || rows <= 0) throw new Error(`bad row count ${rows}`);
  // explorer_descriptions shares explorer_recipes' row order (tables.ts; tests check it).
  return {
    sql: `SELECT bitstring_agg(d.rowid::INTEGER, 0, ${Math.ceil(rows / 8) * 8 - 1})::BLOB AS kept
FROM explorer_descriptions d
WHERE ${textContains("d")}`,
    params: [text.trim()],
  };
}

/** The filter set without its tags, ingredients and text: what selection.ts counts. */
const rangesOf = (filters: ExplorerFilters): ExplorerFilters => ({
  ...filters,
  tags: NO_FILTERS.tags,
  items: NO_FILTERS.items,
  text: "",
});

/** The recipes the filters keep, as a bitmap over explorer_recipes' rows. */
export async function matchBits(
  read: MatchReader,
  rows: RecipeRows,
  filters: ExplorerFilters,
): Promise<Uint8Array> {
  // Every statement is sent before any result is awaited: they queue in DuckDB-WASM's worker.
  const kept: Promise<Uint8Array>[] = [];
  const ranges = rangesOf(filters);
  if (JSON.stringify(ranges) !== JSON.stringify(NO_FILTERS))
    kept.push(
      read.blob(selectionQuery(ranges, rows.rows)).then((b) => b ?? new Uint8Array(rows.bytes)),
    );
  const text = filters.text.trim();
  if (text)
    kept.push(
      read.blob(textBitsQuery(text, rows.rows)).then((b) => b ?? new Uint8Array(rows.bytes)),
    );
  for (const kind of ["tags", "items"] as const)
    for (const id of filters[kind].include)
      kept.push(read.ints(linkedQuery(kind, [id])).then((ids) => rows.bitsOf(ids)));
  const dropped = (["tags", "items"] as const)
    .filter((kind) => filters[kind].exclude.length)
    .map((kind) => read.ints(linkedQuery(kind, filters[kind].exclude)));
  const [first, ...others] = await Promise.all(kept);
  const bits = first ?? rows.all();
  for (const other of others) {
    if (other.length !== bits.length) throw new Error("bitmaps of different lengths");
    for (let i = 0; i < bits.length; i++) bits[i]! &= other[i]!;
  }
  for (const ids of await Promise.all(dropped)) {
    const drop = rows.bitsOf(ids);
    for (let i = 0; i < bits.length; i++) bits[i]! &= ~drop[i]!;
  }
  return bits;
}

/** The page's rows (default order) of the recipes whose bits are set. */
export async function matchedPageRows(
  run: QueryRunner,
  rows: RecipeRows,
  bits: Uint8Array,
  page: number,
): Promise<RecipeRow[]> {
  const ids = rows.pageIds(bits, page);
  if (!ids.length) return [];
  const q = rowsQuery(ids);
  const byId = new Map(
    ((await run(q.sql, q.params)) as unknown as RecipeRow[]).map((r) => [r.recipe_id, r]),
  );
  return ids.map((id) => byId.get(id)!);
}
