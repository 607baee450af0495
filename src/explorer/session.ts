/**
 * The explorer's data in the browser: the first paint (unfiltered view, computed at build time)
 * until the reader changes something, then DuckDB-WASM over explorer_recipes, started once the page
 * has painted. The tag, ingredient and description tables are fetched the first time a filter
 * needs them, so the first visit downloads only the recipes table.
 */
import type { DuckDBClient } from "npm:@observablehq/duckdb";
import type { Table } from "apache-arrow";
import { type PreparedRunner, preparedRunner } from "../components/prepared-runner.js";
import type { ExplorerFirstPaint } from "../../loaders/explorer/exports.ts";
import {
  GROUPED,
  nutrientValues,
  runPageRows,
  type ExplorerPage,
  type ExplorerSummary,
  exportQuery,
  type QueryOptions,
  runPage,
  runSummary,
  viewQuery,
} from "./explorer-queries.js";
import {
  DEFAULT_SORT,
  type ExplorerFilters,
  type ExplorerSort,
  neededTables,
  NO_FILTERS,
} from "./filters.js";
import {
  type MatchReader,
  matchBits,
  matchedPageRows,
  recipeOrderQuery,
  RecipeRows,
} from "./matches.js";
import {
  keptBits,
  RecipeCodes,
  recipeCodesQuery,
  selectable,
  type Selected,
  selectionQuery,
} from "./selection.js";

export type { ExplorerFirstPaint, ExplorerVocabularies } from "../../loaders/explorer/exports.ts";

export interface ExplorerState {
  readonly filters: ExplorerFilters;
  readonly sort: ExplorerSort;
  readonly page: number;
}

export interface ExplorerSession {
  readonly first: ExplorerFirstPaint;
  readonly database: Promise<DuckDBClient>;
  page(state: ExplorerState): Promise<ExplorerPage>;
  summary(filters: ExplorerFilters): Promise<ExplorerSummary>;
  /**
   * Starts fetching a table a filter will need (the reader has just entered its field), so the
   * first change of that filter waits less.
   */
  prefetch(name: ReturnType<typeof neededTables>[number]): void;
  /** Every filtered row in the table's order (for the download), as an Arrow table. */
  rows(filters: ExplorerFilters, sort: ExplorerSort): Promise<Table>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Waits for an idle moment (1 s at most) so DuckDB-WASM's start does not delay the first paint. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function")
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });

/** Every recipe's codes for the range filters' summaries, read as Arrow's typed arrays. */
async function arrowRecipeCodes(prepared: PreparedRunner): Promise<RecipeCodes> {
  const q = recipeCodesQuery();
  const table = await prepared.table(q.sql, q.params);
  const columns = GROUPED.map((name) => {
    const column = table.getChild(name);
    if (!column || column.nullCount) throw new Error(`no column ${name} without NULLs`);
    return column.toArray() as Int16Array;
  });
  return new RecipeCodes(columns, await nutrientValues(prepared.run));
}

/** Every recipe's id in row order (matches.ts), read as Arrow's typed array. */
async function arrowRecipeRows(prepared: PreparedRunner): Promise<RecipeRows> {
  const q = recipeOrderQuery();
  const column = (await prepared.table(q.sql, q.params)).getChild("recipe_id");
  if (!column || column.nullCount) throw new Error("no recipe ids without NULLs");
  return new RecipeRows(column.toArray() as Int32Array);
}

/** matches.ts's reader over Arrow tables: columns as typed arrays, no row objects. */
function arrowReader(prepared: PreparedRunner): MatchReader {
  return {
    async ints(q) {
      const column = (await prepared.table(q.sql, q.params)).getChildAt(0);
      return column ? (column.toArray() as Int32Array) : new Int32Array(0);
    },
    async blob(q) {
      return keptBits((await prepared.table(q.sql, q.params)).getChildAt(0)?.get(0));
    },
  };
}

export function explorerSession(first: ExplorerFirstPaint): ExplorerSession {
  const database = idle().then(async () => {
    const { foodcomDatabase } = await import("../components/foodcom-db.js");
    return foodcomDatabase(["explorer_recipes"]);
  });
  database.catch(() => {}); // shown by the page's status line
  const prepared = database.then(preparedRunner);
  const runner = prepared.then((p) => p.run);
  runner.catch(() => {});
  // Read once DuckDB-WASM is up, in the background; null if they cannot be (the range filters then
  // run the SQL count and summary).
  let codesNow: RecipeCodes | null | undefined;
  const codes = prepared.then(arrowRecipeCodes).then(
    (c) => (codesNow = c),
    () => (codesNow = null),
  );
  // The recipe ids by row, which the tag, ingredient and text filters' bitmaps need (matches.ts):
  // read once, when the reader first enters or uses one of those filters (not at load, where the
  // read would compete with the range filters); null if they cannot be (those filters then copy a
  // view).
  let recipeRowsRead: Promise<RecipeRows | null> | null = null;
  const recipeRows = () =>
    (recipeRowsRead ??= codes.then(() =>
      prepared.then(arrowRecipeRows).then(
        (r) => r,
        () => null,
      ),
    ));
  const loading = new Map<string, Promise<void>>();

  // Tag, ingredient and text filters are counted, charted and paged in the default order from
  // bitmaps (matched, below, and matches.ts). For another order and for the download, the recipes
  // they keep are copied once into a table of their own
  // (numbered, never named after the filter), which the view's statements then read whole: joining
  // the matches to the 231k recipes costs more than the rest of a statement, and a view runs two or
  // three. The last few are kept (sorting and paging reuse them); older ones are dropped.
  // The tables are a few fixed names (slots) reused in turn, not a new name per view: a statement's
  // text names its table, and DuckDB-WASM plans a text it has not seen from scratch (the copy, the
  // count, the page and the charts' statement: about 40 ms per change, measured), while a prepared
  // text is only re-bound when its table is replaced. A slot is refilled only once it is free and
  // the least recently filled, SLOTS - KEPT_VIEWS creations after its view was dropped.
  const views = new Map<string, { slot: number; table: Promise<string> }>();
  const KEPT_VIEWS = 4;
  const SLOTS = KEPT_VIEWS + 2;
  let fillOrder = Array.from({ length: SLOTS }, (_, slot) => slot); // least recently filled first
  // Each slot's statements (create, drop) run one after another, in the order they were asked for.
  const slotTasks: Promise<unknown>[] = Array.from({ length: SLOTS }, () => Promise.resolve());
  function onSlot<T>(slot: number, task: () => Promise<T>): Promise<T> {
    const result = slotTasks[slot]!.then(task);
    slotTasks[slot] = result.catch(() => {});
    return result;
  }
  async function options(filters: ExplorerFilters): Promise<QueryOptions> {
    if (!neededTables(filters).length) return {}; // ranges only: a condition per scan is cheaper
    const key = JSON.stringify(filters);
    let view = views.get(key);
    if (!view) {
      const used = new Set([...views.values()].map((v) => v.slot));
      const slot = fillOrder.find((s) => !used.has(s))!;
      fillOrder = [...fillOrder.filter((s) => s !== slot), slot];
      const name = `explorer_view_${slot}`;
      const q = viewQuery(name, filters);
      const table = onSlot(slot, async () => {
        await (
          await runner
        )(q.sql, q.params);
        return name;
      });
      view = { slot, table };
      table.catch(() => {
        if (views.get(key) === view) views.delete(key);
      });
      views.set(key, view);
      for (const [oldKey, old] of views) {
        if (views.size <= KEPT_VIEWS) break;
        views.delete(oldKey);
        // Dropped once made (the slot's queue orders it before the slot's next copy).
        onSlot(old.slot, async () =>
          (await runner)(`DROP TABLE IF EXISTS ${await old.table}`, []),
        ).catch(() => {});
      }
    } else {
      views.delete(key); // most recently used last
      views.set(key, view);
    }
    return { view: await view.table };
  }

  type LazyTable = ReturnType<typeof neededTables>[number];
  function load(name: LazyTable): Promise<void> {
    let loaded = loading.get(name);
    if (!loaded) {
      loaded = database.then(async (db) => {
        const { addTables } = await import("../components/foodcom-db.js");
        await addTables(db, [name]);
      });
      loaded.catch(() => loading.delete(name)); // a failed fetch is retried next time
      loading.set(name, loaded);
    }
    return loaded;
  }

  async function ready(filters: ExplorerFilters): Promise<DuckDBClient> {
    const db = await database;
    await Promise.all(neededTables(filters).map(load));
    return db;
  }

  // A range filter's count and charts, from one selection (selection.ts); kept for its last filters.
  let lastSelected: { key: string; result: Promise<Selected | null> } | null = null;
  function selected(filters: ExplorerFilters): Promise<Selected | null> {
    const key = JSON.stringify(filters);
    if (lastSelected?.key === key) return lastSelected.result;
    // Sent at once when the codes are read (the usual case), so its statement reaches the worker
    // before the page's rows: the charts wait for it alone.
    const result =
      codesNow !== undefined
        ? selectWith(codesNow, filters)
        : codes.then((c) => selectWith(c, filters));
    lastSelected = { key, result };
    result.catch(() => {
      if (lastSelected?.result === result) lastSelected = null;
    });
    return result;
  }
  function selectWith(c: RecipeCodes | null, filters: ExplorerFilters): Promise<Selected | null> {
    if (!c) return Promise.resolve(null);
    const q = selectionQuery(filters, c.rows);
    return prepared.then(async (p) =>
      c.summarize(keptBits((await p.table(q.sql, q.params)).getChild("kept")?.get(0))),
    );
  }

  // A tag, ingredient or text filter's bitmap, count and charts (matches.ts); kept for its last
  // filters. null when the codes or the recipe ids could not be read.
  let lastMatched: {
    key: string;
    result: Promise<(Selected & { bits: Uint8Array; rows: RecipeRows }) | null>;
  } | null = null;
  function matched(filters: ExplorerFilters) {
    const key = JSON.stringify(filters);
    if (lastMatched?.key === key) return lastMatched.result;
    const result = (async () => {
      const [c, rows] = await Promise.all([codes, recipeRows()]);
      if (!c || !rows) return null;
      await ready(filters);
      const bits = await matchBits(arrowReader(await prepared), rows, filters);
      return { ...c.summarize(bits), bits, rows };
    })();
    lastMatched = { key, result };
    result.catch(() => {
      if (lastMatched?.result === result) lastMatched = null;
    });
    return result;
  }

  let lastSummary: { filters: ExplorerFilters; result: Promise<ExplorerSummary> } | null = null;
  // The last view asked for: the page may ask as the reader changes a filter, before its cells run.
  let lastPage: { key: string; result: Promise<ExplorerPage> } | null = null;
  async function computePage(state: ExplorerState): Promise<ExplorerPage> {
    if (same(state.filters, NO_FILTERS) && same(state.sort, DEFAULT_SORT) && state.page === 1)
      return first.page;
    if (selectable(state.filters)) {
      const counted = selected(state.filters);
      const rows = runner.then((run) => runPageRows(run, state.filters, state.sort, state.page));
      rows.catch(() => {}); // awaited below, unless the count fails first or the codes are missing
      const c = await counted;
      if (c) return { count: c.count, rows: await rows };
    } else if (
      state.sort.column === DEFAULT_SORT.column &&
      state.sort.direction === DEFAULT_SORT.direction
    ) {
      // Other orders sort the matches in SQL, over a view's copy (below).
      const m = await matched(state.filters);
      if (m)
        return {
          count: m.count,
          rows: await matchedPageRows(await runner, m.rows, m.bits, state.page),
        };
    }
    await ready(state.filters);
    const opts = await options(state.filters);
    const page = await runPage(await runner, state.filters, state.sort, state.page, opts);
    // The charts' statement starts now, while the page draws the table (the worker would idle).
    session.summary(state.filters).catch(() => {}); // its error is shown by the charts' cell
    return page;
  }
  const session: ExplorerSession = {
    first,
    database,
    prefetch(name) {
      load(name).catch(() => {}); // retried, and reported, when a filter needs it
      void recipeRows();
    },
    page(state) {
      const key = JSON.stringify(state);
      if (lastPage?.key === key) return lastPage.result;
      const result = computePage(state);
      lastPage = { key, result };
      result.catch(() => {
        if (lastPage?.result === result) lastPage = null; // asked again, tried again
      });
      return result;
    },
    async rows(filters, sort) {
      const db = await ready(filters);
      const q = exportQuery(filters, sort, await options(filters));
      return db.query(q.sql, [...q.params]);
    },
    summary(filters) {
      if (same(filters, NO_FILTERS)) return Promise.resolve(first.summary);
      // Sorting and paging do not change the charts: keep the last aggregates.
      if (lastSummary && same(lastSummary.filters, filters)) return lastSummary.result;
      const sql = async () => runSummary(await runner, filters, await options(filters));
      const result = selectable(filters)
        ? selected(filters).then((c) => c?.summary ?? sql())
        : matched(filters).then((m) => m?.summary ?? ready(filters).then(sql));
      lastSummary = { filters, result };
      result.catch(() => (lastSummary = null));
      return result;
    },
  };
  return session;
}
