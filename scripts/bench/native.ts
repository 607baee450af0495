/**
 * The explorer's filter changes run by DuckDB in Node on the built site's own Parquet files: the same
 * statements the page's session (src/explorer/session.ts) runs in DuckDB-WASM (for a tag, ingredient
 * or text filter its copy of the filtered recipes first, then runPage and runSummary; for ranges
 * alone the selection and the page's rows), timed the same number of times, so the report can give
 * browser / native.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { sqlString } from "../../loaders/duckdb.ts";
import {
  runPage,
  runPageRows,
  runSummary,
  viewQuery,
} from "../../src/explorer/explorer-queries.ts";
import { loadRecipeCodes, runSelected, selectable } from "../../src/explorer/selection.ts";
import { DEFAULT_SORT, neededTables } from "../../src/explorer/filters.ts";
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
    const codes = await loadRecipeCodes(run); // read once, as the page does when DuckDB-WASM is up
    let views = 0;
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
        // As the page's session: a tag, ingredient or text filter first copies its recipes to a table.
        let options = {};
        if (neededTables(change.filters).length) {
          const name = `explorer_view_${views++}`;
          const q = viewQuery(name, change.filters);
          await run(q.sql, q.params);
          options = { view: name };
        }
        await runPage(run, change.filters, DEFAULT_SORT, 1, options);
        await runSummary(run, change.filters, options);
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
