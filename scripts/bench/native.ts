/**
 * The explorer's filter changes run by DuckDB in Node on the built site's own Parquet files: the same
 * statements the page's session (src/explorer/session.ts) runs in DuckDB-WASM (for ranges alone the
 * selection and the page's rows; for a tag, ingredient or text filter the bitmaps of matches.ts,
 * counted the same way, and the page's rows from them), timed the same number of times, so the
 * report can give browser / native.
 */
import { DuckDBInstance, type DuckDBValue } from "@duckdb/node-api";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { sqlString } from "../../loaders/duckdb.ts";
import { runPageRows } from "../../src/explorer/explorer-queries.ts";
import {
  type MatchReader,
  matchBits,
  matchedPageRows,
  recipeOrderQuery,
  RecipeRows,
  runnerReader,
} from "../../src/explorer/matches.ts";
import { loadRecipeCodes, runSelected, selectable } from "../../src/explorer/selection.ts";
import { DEFAULT_SORT } from "../../src/explorer/filters.ts";
import {
  EXPLORER_KINDS,
  type ExplorerKind,
  explorerChanges,
  siteDataFile,
} from "./explorer-changes.ts";
import { type Latencies, latencies } from "./latencies.ts";

/** The tables the page loads into DuckDB-WASM (as in-memory tables, as here). */
const TABLES = [
  "explorer_recipes",
  "explorer_recipe_tags",
  "explorer_recipe_ingredients",
  "explorer_descriptions",
] as const;

export interface NativeRun {
  /** null: DuckDB's default (one per core). */
  readonly threads: number | null;
  /** null when the queries failed (e.g. a site built from other sources than these queries). */
  readonly kinds: Record<ExplorerKind, Latencies> | null;
  readonly error?: string;
}

export async function runNative(
  siteDir: string,
  count: number,
  threads: number | null,
): Promise<NativeRun> {
  const instance = await DuckDBInstance.create(
    ":memory:",
    threads ? { threads: String(threads) } : {},
  );
  const connection = await instance.connect();
  try {
    for (const table of TABLES)
      await connection.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_parquet(${sqlString(siteDataFile(siteDir, `${table}.parquet`))})`,
      );
    const run = nativeRunner(connection);
    // Read once, as the page does when DuckDB-WASM is up.
    const codes = await loadRecipeCodes(run);
    const order = await run(recipeOrderQuery().sql, []);
    const rows = new RecipeRows(Int32Array.from(order, (r) => Number(r.recipe_id)));
    // Columns read whole, as the page reads Arrow's typed arrays (no object per row).
    const reader: MatchReader = {
      ...runnerReader(run),
      ints: async (q) =>
        Int32Array.from(
          (await connection.runAndReadAll(q.sql, q.params as DuckDBValue[])).getColumnsJS()[0] ??
            [],
          Number,
        ),
    };
    const kinds = {} as Record<ExplorerKind, Latencies>;
    for (const kind of EXPLORER_KINDS) {
      const times: number[] = [];
      for (const change of explorerChanges(siteDir, kind, count)) {
        const started = performance.now();
        if (selectable(change.filters)) {
          await runSelected(run, codes, change.filters);
          await runPageRows(run, change.filters, DEFAULT_SORT, 1);
          times.push(performance.now() - started);
          continue;
        }
        // As the page's session: a tag, ingredient or text filter's bitmaps (matches.ts), counted
        // as the ranges' selection, then the page's rows from the set bits.
        const bits = await matchBits(reader, rows, change.filters);
        codes.summarize(bits);
        await matchedPageRows(run, rows, bits, 1);
        times.push(performance.now() - started);
      }
      kinds[kind] = latencies(times[0]!, times.slice(1));
    }
    return { threads, kinds };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
