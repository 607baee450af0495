/**
 * The count and the summary charts of a range filter in one statement. DuckDB (DuckDB-WASM in the
 * browser) evaluates the filters and returns which recipes they keep, as one bitmap over
 * explorer_recipes' row ids (bitstring_agg); the page then counts the kept recipes' chart bins and
 * %DV codes in typed arrays it read once from the same table. In DuckDB-WASM the bitmap costs
 * about as much as the count alone, where the summary's nine GROUP BYs cost four to six times that.
 * The counts are exact, and come out as runSummary's and countQuery's rows do (tests compare them).
 */
import type { QueryRunner, SqlQuery } from "../analysis/query.js";
import {
  type CountRow,
  type ExplorerSummary,
  GROUPED,
  MINUTE_EDGES,
  type NutrientValues,
  nutrientValues,
  type SummaryGroups,
  summaryFromGroups,
  whereClause,
} from "./explorer-queries.js";
import { type ExplorerFilters, neededTables } from "./filters.js";

/**
 * Every recipe's GROUPED columns, NULL as −1, in row-id order: the order of the selection's bits.
 * Every code fits a SMALLINT (a %DV nutrient has a few hundred distinct values; more would fail
 * the cast, and the page then falls back to the SQL summary).
 */
export function recipeCodesQuery(): SqlQuery {
  return {
    sql: `SELECT ${GROUPED.map((c) => `coalesce(r.${c}, -1)::SMALLINT AS ${c}`).join(", ")}
FROM explorer_recipes r
ORDER BY r.rowid`,
    params: [],
  };
}

/** Whether a filter set is counted by a selection: ranges only (tags, ingredients and text use a view). */
export const selectable = (filters: ExplorerFilters): boolean => !neededTables(filters).length;

/**
 * The recipes the filters keep, as a BLOB of ⌈rows / 8⌉ bytes: row id i is bit 7 − i % 8 of byte
 * ⌊i / 8⌋ (bitstring_agg's bits, first row in the high bit). NULL when no recipe is kept. The bitmap
 * spans whole bytes, so it has no padding bits. `rows` is the table's row count (from the codes).
 */
export function selectionQuery(filters: ExplorerFilters, rows: number): SqlQuery {
  if (!Number.isSafeInteger(rows) || rows <= 0) throw new Error(`bad row count ${rows}`);
  if (!selectable(filters)) throw new Error("a selection counts range filters only");
  const where = whereClause(filters);
  // bitstring_agg wants constant bounds: the row count is the table's, never the reader's.
  return {
    sql: `SELECT bitstring_agg(r.rowid::INTEGER, 0, ${Math.ceil(rows / 8) * 8 - 1})::BLOB AS kept
FROM explorer_recipes r
${where.sql}`,
    params: where.params,
  };
}

export interface Selected {
  readonly count: CountRow;
  readonly summary: ExplorerSummary;
}

/** The number of bits set in each byte value. */
const BITS_SET = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v; v &= v - 1) n++;
  return n;
});

/** Every recipe's codes (recipeCodesQuery's columns, in GROUPED order), ready to be counted. */
export class RecipeCodes {
  readonly rows: number;
  /** Per GROUPED column, where its counters start (counter 0 counts NULL, i.e. −1). */
  private readonly offsets: number[] = [];
  private readonly sizes: number[] = [];
  /** Per row, then per column: the index of the counter its value adds to. */
  private readonly slots: Uint16Array | Uint32Array;
  private readonly counters: number;
  /** Every counter over all rows: a selection of more than half the rows is counted as all minus the rest. */
  private readonly totals: Int32Array;

  constructor(
    columns: readonly ArrayLike<number>[],
    private readonly values: NutrientValues,
  ) {
    if (columns.length !== GROUPED.length) throw new Error("one column per grouped column");
    this.rows = columns[0]!.length;
    let total = 0;
    for (const column of columns) {
      if (column.length !== this.rows) throw new Error("columns of different lengths");
      let max = -1;
      for (let i = 0; i < column.length; i++) if (column[i]! > max) max = column[i]!;
      this.offsets.push(total);
      this.sizes.push(max + 2);
      total += max + 2;
    }
    this.counters = total;
    this.totals = new Int32Array(total);
    const k = columns.length;
    this.slots = total <= 0xffff ? new Uint16Array(this.rows * k) : new Uint32Array(this.rows * k);
    for (let c = 0; c < k; c++) {
      const column = columns[c]!;
      const base = this.offsets[c]! + 1;
      for (let i = 0; i < this.rows; i++) {
        const slot = base + column[i]!;
        this.slots[i * k + c] = slot;
        this.totals[slot]!++;
      }
    }
  }

  /** The count and the charts of the recipes whose bits are set (null: none). */
  summarize(kept: Uint8Array | null): Selected {
    const k = GROUPED.length;
    const slots = this.slots;
    let n = 0;
    if (kept) {
      if (kept.length !== Math.ceil(this.rows / 8))
        throw new Error(`a selection of ${kept.length} bytes for ${this.rows} rows`);
      for (let byte = 0; byte < kept.length; byte++) n += BITS_SET[kept[byte]!]!;
    }
    // Count the fewer rows: the kept ones into zeros, or the others out of the totals.
    const others = n > this.rows / 2;
    const counts = others ? Int32Array.from(this.totals) : new Int32Array(this.counters);
    if (kept && n) {
      const step = others ? -1 : 1;
      const last = kept.length - 1;
      // The last byte's bits past the table's rows stand for no row: never counted.
      const lastMask = (0xff << (kept.length * 8 - this.rows)) & 0xff;
      for (let byte = 0; byte < kept.length; byte++) {
        let bits = others ? ~kept[byte]! & 0xff : kept[byte]!;
        if (byte === last) bits &= lastMask;
        while (bits) {
          const bit = Math.clz32(bits) - 24; // 0 = the byte's high bit = its first row
          bits &= ~(0x80 >> bit);
          const at = (byte * 8 + bit) * k;
          for (let c = 0; c < k; c++) counts[slots[at + c]!]! += step;
        }
      }
    }
    const groups: SummaryGroups = this.offsets.map((offset, c) => {
      const group: { v: number; n: number }[] = [];
      for (let v = 0; v < this.sizes[c]! - 1; v++) {
        const count = counts[offset + 1 + v]!;
        if (count) group.push({ v, n: count });
      }
      return group;
    });
    // minutes is never NULL (the ingest rejects such rows), so its last bin holds exactly the
    // absurd times; an unrated recipe is a NULL rating bin.
    const minutes = this.offsets[GROUPED.indexOf("minutes_bin")]!;
    const rating = this.offsets[GROUPED.indexOf("rating_bin")]!;
    return {
      count: {
        recipes: n,
        absurd: counts[minutes + 1 + MINUTE_EDGES.length] ?? 0,
        rated: n - counts[rating]!,
      },
      summary: summaryFromGroups(groups, this.values),
    };
  }
}

/** Reads the codes with any runner (the browser reads them as typed arrays instead: session.ts). */
export async function loadRecipeCodes(run: QueryRunner): Promise<RecipeCodes> {
  const q = recipeCodesQuery();
  const rows = await run(q.sql, q.params);
  return new RecipeCodes(
    GROUPED.map((c) => Int16Array.from(rows, (r) => Number(r[c]))),
    await nutrientValues(run),
  );
}

/** The count and charts of a range filter set: one statement, then counting in JavaScript. */
export async function runSelected(
  run: QueryRunner,
  codes: RecipeCodes,
  filters: ExplorerFilters,
): Promise<Selected> {
  const q = selectionQuery(filters, codes.rows);
  const [row] = await run(q.sql, q.params);
  return codes.summarize(keptBits(row?.kept));
}

/** The selection's BLOB as the runners and Arrow give it (a Uint8Array, or null). */
export function keptBits(value: unknown): Uint8Array | null {
  if (value == null) return null;
  if (value instanceof Uint8Array) return value;
  throw new Error(`not a BLOB: ${Object.prototype.toString.call(value)}`);
}
