/**
 * The pages in a cold headless Chromium (a fresh profile per run) through the production server on a
 * built site: bytes of a first visit as the server sends them, time to the first chart and to the
 * last, DuckDB-WASM ready, JS heap; then scripted filter changes on the interactive pages.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Request } from "playwright-core";
import { detectEnvironment } from "../../loaders/environment.ts";
import { openLogs } from "../../loaders/log.ts";
import { launchChromium } from "../../tests/helpers/browser.ts";
import { startServer } from "../server/app.ts";
import {
  EXPLORER_KINDS,
  type ExplorerKind,
  clearChange,
  explorerChanges,
  siteDataFile,
} from "./explorer-changes.ts";
import {
  type ChangeTiming,
  ANALYSIS_CHARTS_MARK,
  EXPLORER_CHANGE,
  LOAD_WATCH,
  type LoadWatch,
  MUTATION_CHANGE,
  PAGE_CONTROL,
  PAGE_MARK_CHANGE,
  SCROLL_IN_CHANGE,
  type PageChange,
} from "./in-page.ts";
import { type Latencies, latencies } from "./latencies.ts";
import { type Spread, spread } from "./summary.ts";

export const BENCH_PAGES = [
  "index",
  "explorer",
  "trends",
  "seasonality",
  "weekday",
  "ratings",
  "catalog",
  "environments",
  "recipe",
] as const;

export type ByteKind = "data" | "duckdb" | "code";
export type Bytes = Record<ByteKind, number>;

export interface PageLoad {
  readonly page: string;
  readonly url: string;
  readonly runs: number;
  /** ms from navigation; null when the page drew no chart. */
  readonly firstChart: Spread | null;
  readonly allCharts: Spread | null;
  readonly dbReady: Spread | null;
  /** Main-thread JS heap in use after the load settled (after a garbage collection), bytes. */
  readonly heapAfterLoad: Spread;
  /** Bytes on the wire of the first visit (first run; the runs agree), by kind. */
  readonly bytes: Bytes;
  /** Each data file of the first visit: bytes on the wire. */
  readonly dataFiles: Record<string, number>;
  /** Content-Encoding of the responses counted ("br", "gzip", "none"): how many of each. */
  readonly encodings: Record<string, number>;
}

export interface PageChanges {
  readonly page: string;
  readonly kind: string;
  /**
   * What was measured as "updated": the explorer's marks, an analysis page's own
   * ANALYSIS_CHARTS_MARK ("page-mark": the sections in view), the same mark once the last section
   * is scrolled into view after a change ("scroll-in"), or SVG mutations (pages without a mark).
   */
  readonly signal: "marks" | "page-mark" | "scroll-in" | "mutations";
  readonly charts: Latencies;
  /** Explorer only: the count and table shown. */
  readonly results: Latencies | null;
  /** Data bytes the first use downloaded (a table fetched on demand). */
  readonly firstUseDataBytes: number;
}

export interface BrowserResults {
  readonly site: string;
  readonly options: {
    readonly pageRuns: number;
    readonly changes: number;
    readonly pages: readonly string[];
  };
  readonly loads: readonly PageLoad[];
  readonly changes: readonly PageChanges[];
  /** Main-thread JS heap after each interactive page's changes, bytes. */
  readonly heapAfterChanges: Record<string, number>;
  /** Each Parquet file of the built site: bytes as stored, and its precompressed copies. */
  readonly parquet: Record<string, { bytes: number; br: number | null; gz: number | null }>;
}

export interface BrowserOptions {
  readonly pageRuns: number;
  readonly changes: number;
  readonly pages: readonly string[];
  readonly log?: (line: string) => void;
}

const LOAD_TIMEOUT = 120_000;
const CHANGE_TIMEOUT = 60_000;
/** A page's charts are "all drawn" once no chart mutation has followed for this long. */
const LOAD_QUIET_MS = 1500;
/** A change's charts are done once no chart mutation has followed for this long (mutation signal). */
const CHANGE_QUIET_MS = 400;
/** The changes after which the last section is scrolled into view (plus a warm-up), at most. */
const SCROLL_IN_CHANGES = 20;

const byteKind = (url: string): ByteKind =>
  url.includes("/_file/data/") ? "data" : url.includes("duckdb-wasm") ? "duckdb" : "code";

/** An existing recipe for recipe?id=…: the first row of the explorer's first paint. */
export function sampleRecipeId(siteDir: string): number {
  const first = JSON.parse(readFileSync(siteDataFile(siteDir, "explorer.json"), "utf8")) as {
    page: { rows: { recipe_id: number }[] };
  };
  const id = first.page.rows[0]?.recipe_id;
  if (id === undefined) throw new Error("the explorer's first paint has no recipe");
  return id;
}

export function parquetFiles(siteDir: string): BrowserResults["parquet"] {
  const dir = join(siteDir, "_file", "data");
  const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? null;
  const out: BrowserResults["parquet"] = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".parquet"))
    .sort())
    out[name] = {
      bytes: size(join(dir, name))!,
      br: size(join(dir, `${name}.br`)),
      gz: size(join(dir, `${name}.gz`)),
    };
  return out;
}

/** Counts every finished request of a browser context by kind, into whichever bucket is current. */
class ByteCounter {
  private pending: Promise<void>[] = [];
  bucket: { bytes: Bytes; files: Record<string, number>; encodings: Record<string, number> } =
    ByteCounter.empty();
  static empty() {
    return {
      bytes: { data: 0, duckdb: 0, code: 0 },
      files: {} as Record<string, number>,
      encodings: {} as Record<string, number>,
    };
  }
  onRequest = (request: Request) => {
    const bucket = this.bucket;
    this.pending.push(
      (async () => {
        // Body as received (encoded) plus headers: what crossed the wire.
        const sizes = await request.sizes();
        const response = await request.response();
        const encoding = (await response?.headerValue("content-encoding")) ?? "none";
        const n = sizes.responseBodySize + sizes.responseHeadersSize;
        const url = request.url();
        const kind = byteKind(url);
        bucket.bytes[kind] += n;
        if (kind === "data") {
          const name = new URL(url).pathname.replace(/.*\//, "");
          bucket.files[name] = (bucket.files[name] ?? 0) + n;
        }
        bucket.encodings[encoding] = (bucket.encodings[encoding] ?? 0) + 1;
      })().catch(() => {}),
    );
  };
  /**
   * Chromium now and then reports DuckDB-WASM's streamed wasm as aborted although it arrived whole
   * (the database opens): count such a response by its Content-Length.
   */
  onFailed = (request: Request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") return;
    const bucket = this.bucket;
    this.pending.push(
      (async () => {
        const response = await request.response();
        const length = Number(await response?.headerValue("content-length"));
        if (!response || !Number.isFinite(length) || length <= 0) return;
        const encoding = (await response.headerValue("content-encoding")) ?? "none";
        bucket.bytes[byteKind(request.url())] += length;
        bucket.encodings[`${encoding} (aborted)`] =
          (bucket.encodings[`${encoding} (aborted)`] ?? 0) + 1;
      })().catch(() => {}),
    );
  };
  async settle() {
    await Promise.all(this.pending);
    this.pending = [];
  }
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

const readWatch = (page: Page) => page.evaluate("window.__bench") as Promise<LoadWatch>;

/** Waits until the page has settled: network idle, DuckDB-WASM ready if it has it, charts quiet. */
async function settle(page: Page): Promise<LoadWatch> {
  const deadline = Date.now() + LOAD_TIMEOUT;
  await page.waitForLoadState("networkidle", { timeout: LOAD_TIMEOUT });
  for (;;) {
    const [watch, now] = await Promise.all([
      readWatch(page),
      page.evaluate("performance.now()") as Promise<number>,
    ]);
    const dbDone = !watch.hasDb || watch.dbReady !== null || watch.dbFailed;
    if (dbDone && now - (watch.lastChart ?? 0) >= LOAD_QUIET_MS) {
      if (watch.dbFailed) throw new Error(`${page.url()}: DuckDB-WASM failed to start`);
      return watch;
    }
    if (Date.now() > deadline)
      throw new Error(`${page.url()}: did not settle in ${LOAD_TIMEOUT} ms`);
    await page.waitForTimeout(100);
  }
}

interface ColdRun {
  watch: LoadWatch;
  heap: number;
  bytes: ReturnType<typeof ByteCounter.empty>;
}

export async function runBrowser(
  siteDir: string,
  options: BrowserOptions,
): Promise<BrowserResults> {
  const log = options.log ?? (() => {});
  const env = detectEnvironment({ env: { APP_ENV: "local" } });
  const logDir = await mkdtemp(join(tmpdir(), "mangetamain-bench-logs-"));
  const logs = openLogs(env.env, { component: "bench", access: false, dir: logDir });
  const server = await startServer({ env, siteDir, host: "127.0.0.1", port: 0, logs });
  const origin = new URL(server.url).origin;
  const recipeId = sampleRecipeId(siteDir);
  const urlOf = (page: string) =>
    `${origin}/${page === "index" ? "" : page}${page === "recipe" ? `?id=${recipeId}&lang=en` : "?lang=en"}`;

  const loads: PageLoad[] = [];
  const changes: PageChanges[] = [];
  const heapAfterChanges: Record<string, number> = {};
  try {
    for (const name of options.pages) {
      const runs: ColdRun[] = [];
      for (let i = 0; i < options.pageRuns; i++) {
        log(`browser: ${name}, cold run ${i + 1}/${options.pageRuns}`);
        const browser = await launchChromium(); // a fresh profile: nothing cached
        try {
          const counter = new ByteCounter();
          browser.context.on("requestfinished", counter.onRequest);
          browser.context.on("requestfailed", counter.onFailed);
          const page = await browser.newPage();
          await page.addInitScript(LOAD_WATCH);
          await page.goto(urlOf(name), { timeout: LOAD_TIMEOUT });
          const watch = await settle(page);
          await counter.settle();
          runs.push({ watch, heap: await heapUsed(page), bytes: counter.bucket });
          // The last cold run goes on with the filter changes, if the page has any.
          if (i === options.pageRuns - 1 && options.changes > 0) {
            const done = await runChanges(page, name, siteDir, options.changes, counter, log);
            if (done.length) {
              changes.push(...done);
              heapAfterChanges[name] = await heapUsed(page);
            }
          }
        } finally {
          await browser.close();
        }
      }
      const pick = (f: (w: LoadWatch) => number | null) => {
        const values = runs.map((r) => f(r.watch));
        return values.every((v): v is number => v !== null) ? spread(values) : null;
      };
      const first = runs[0]!;
      loads.push({
        page: name,
        url: urlOf(name).replace(origin, ""),
        runs: runs.length,
        firstChart: pick((w) => w.firstChart),
        allCharts: pick((w) => w.lastChart),
        dbReady: pick((w) => w.dbReady),
        heapAfterLoad: spread(runs.map((r) => r.heap)),
        bytes: first.bytes.bytes,
        dataFiles: first.bytes.files,
        encodings: first.bytes.encodings,
      });
    }
  } finally {
    await server.close();
    await logs.close();
    await rm(logDir, { recursive: true, force: true });
  }
  return {
    site: siteDir,
    options: { pageRuns: options.pageRuns, changes: options.changes, pages: options.pages },
    loads,
    changes,
    heapAfterChanges,
    parquet: parquetFiles(siteDir),
  };
}

async function applyChange(page: Page, script: string, change: PageChange, quiet: boolean) {
  const arg =
    script === EXPLORER_CHANGE || script === SCROLL_IN_CHANGE
      ? [change, CHANGE_TIMEOUT]
      : script === PAGE_MARK_CHANGE
        ? [change, ANALYSIS_CHARTS_MARK, CHANGE_TIMEOUT]
        : [change, CHANGE_QUIET_MS, CHANGE_TIMEOUT];
  const timing = (await page.evaluate(`${script}(${JSON.stringify(arg)})`)) as ChangeTiming;
  if (timing.charts === null && !quiet)
    throw new Error(
      `${page.url()}: no chart updated within ${CHANGE_TIMEOUT} ms of ${JSON.stringify(change)}`,
    );
  // A pause between changes, as a reader's: the page's idle work is not charted to the next one.
  await page.waitForTimeout(100);
  return timing;
}

/** Whether the page has sections that wait below the fold (a build before them has none). */
const hasSections = async (page: Page) =>
  (await page.evaluate(`document.querySelector("[data-section]") !== null`)) as boolean;

/** Times `count` changes (after one warm-up) of each kind the page offers; [] if it has none. */
async function runChanges(
  page: Page,
  name: string,
  siteDir: string,
  count: number,
  counter: ByteCounter,
  log: (line: string) => void,
): Promise<PageChanges[]> {
  const out: PageChanges[] = [];
  const measure = async (
    kind: string,
    signal: PageChanges["signal"],
    list: readonly PageChange[],
    clear?: PageChange,
  ) => {
    log(`browser: ${name}, ${list.length - 1} ${kind} changes`);
    const script =
      signal === "marks"
        ? EXPLORER_CHANGE
        : signal === "page-mark"
          ? PAGE_MARK_CHANGE
          : signal === "scroll-in"
            ? SCROLL_IN_CHANGE
            : MUTATION_CHANGE;
    counter.bucket = ByteCounter.empty();
    const timings: ChangeTiming[] = [];
    for (const [i, change] of list.entries()) {
      timings.push(await applyChange(page, script, change, false));
      if (i === 0) await counter.settle();
      if (i === 0) await page.waitForTimeout(300);
    }
    const firstUseDataBytes = counter.bucket.bytes.data;
    if (clear) await applyChange(page, script, clear, true);
    const [warm, ...rest] = timings;
    const charts = latencies(
      warm!.charts!,
      rest.map((t) => t.charts!),
    );
    const results =
      signal === "marks"
        ? latencies(
            warm!.results ?? 0,
            rest.map((t) => t.results ?? 0),
          )
        : null;
    out.push({ page: name, kind, signal, charts, results, firstUseDataBytes });
  };

  if (name === "explorer") {
    for (const kind of EXPLORER_KINDS as readonly ExplorerKind[])
      await measure(
        kind,
        "marks",
        explorerChanges(siteDir, kind, count).map((c) => c.page),
        clearChange(kind),
      );
    if (await hasSections(page))
      await measure(
        "range, charts scrolled into view",
        "scroll-in",
        explorerChanges(siteDir, "range", Math.min(count, SCROLL_IN_CHANGES)).map((c) => c.page),
      );
    return out;
  }
  const control = (await page.evaluate(PAGE_CONTROL)) as
    { kind: "years"; years: string[]; mark: boolean } | { kind: "select"; options: number } | null;
  if (!control) return out;
  const list: PageChange[] = [];
  if (control.kind === "years") {
    // Never the whole range (the page shows its precomputed first paint), never the same twice in a row.
    const ys = control.years;
    const n = ys.length;
    for (let k = 0; k <= count; k++)
      list.push({
        kind: "years",
        from: ys[1 + (k % Math.max(1, n - 6))]!,
        to: ys[n - 1 - (k % 3)]!,
      });
    await measure("year range", control.mark ? "page-mark" : "mutations", list);
    // Fewer: each also waits for a change and scrolls the page twice.
    if (control.mark && (await hasSections(page)))
      await measure(
        "year range, last section scrolled into view",
        "scroll-in",
        list.slice(0, Math.min(count, SCROLL_IN_CHANGES) + 1),
      );
  } else {
    for (let k = 0; k <= count; k++)
      list.push({ kind: "select", index: 1 + (k % (control.options - 1)) });
    await measure("select", "mutations", list, { kind: "select", index: 0 });
  }
  return out;
}
