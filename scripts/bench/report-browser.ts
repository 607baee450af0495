/** The browser part of latest.md: page loads, bytes, filter changes, native vs browser, Parquet. */
import { type BrowserSection, nativeRatios } from "./browser-summary.ts";
import { ANALYSIS_CHARTS_MARK } from "./in-page.ts";
import type { Latencies } from "./latencies.ts";
import { kb, table } from "./report.ts";
import type { Spread } from "./summary.ts";

const msSpread = (x: Spread | null) =>
  x ? `${Math.round(x.median)} (${Math.round(x.min)}–${Math.round(x.max)})` : "–";
const ms = (x: number) => (x >= 100 ? Math.round(x).toString() : x.toFixed(1));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)}`;

const latencyRow = (l: Latencies) => [
  ms(l.firstUse),
  String(l.count),
  ms(l.p50),
  ms(l.p95),
  ms(l.max),
];

/** Which pages were timed by their own `analysis:charts` mark, and what "scrolled into view" times. */
function markedPagesNote(changes: BrowserSection["changes"]): string {
  const pages = [...new Set(changes.filter((c) => c.signal === "page-mark").map((c) => c.page))];
  const scrolled = changes.some((c) => c.signal === "scroll-in")
    ? "Scrolled into view: after a change (timed apart), the page's last section (the explorer's charts), which waited below the fold, is scrolled into view; from the scroll to the page's mark, once its charts are drawn for the change. "
    : "";
  if (!pages.length) return scrolled;
  return (
    `${pages.join(", ")}: until the page's \`${ANALYSIS_CHARTS_MARK}\` mark, set once the frame that draws the charts of the sections in view is rendered ` +
    "(after its first paint, an analysis page redraws a section for new years once it is in view: the sections below the fold wait, dimmed, until the reader scrolls to them). " +
    scrolled
  );
}

export function renderBrowser(b: BrowserSection): string {
  const ratios = nativeRatios(b);
  return [
    "## Pages in Chromium",
    "",
    `Site \`${b.site}\` served by the production server on localhost; headless Chromium with a fresh profile per run (cold cache), ${b.options.pageRuns} run(s) per page: median (min–max), ms from navigation. ` +
      "First chart: the first SVG in the page's main column. All charts: the last change of an SVG there, once none followed for 1.5 s (the wait not counted). " +
      "DuckDB-WASM ready: the page's status line says so (pages without one: –). Heap: the main thread's JS heap in use after a garbage collection (DuckDB-WASM's worker and its wasm memory are not in it).",
    "",
    table(
      [
        "page",
        "first chart",
        "all charts",
        "DuckDB-WASM ready",
        "heap after load (MB)",
        "heap after changes (MB)",
      ],
      b.loads.map((l) => [
        `\`${l.url}\``,
        msSpread(l.firstChart),
        msSpread(l.allCharts),
        msSpread(l.dbReady),
        mb(l.heapAfterLoad.median),
        b.heapAfterChanges[l.page] === undefined ? "–" : mb(b.heapAfterChanges[l.page]!),
      ]),
    ),
    "",
    "## First visit: bytes on the wire (MB)",
    "",
    "Everything a cold first visit downloads until the page settles (body as sent, compressed, plus headers): data files (`/_file/data/`), DuckDB-WASM (its worker and wasm), and the rest (HTML, CSS, JS).",
    "",
    table(
      ["page", "data", "DuckDB-WASM", "code", "total", "encodings", "data files"],
      b.loads.map((l) => [
        l.page,
        mb(l.bytes.data),
        mb(l.bytes.duckdb),
        mb(l.bytes.code),
        mb(l.bytes.data + l.bytes.duckdb + l.bytes.code),
        Object.entries(l.encodings)
          .map(([e, n]) => `${e} ${n}`)
          .join(", "),
        Object.entries(l.dataFiles)
          .map(([f, n]) => `${f.replace(/\.[0-9a-f]{8}\./, ".")} ${kb(n)}`)
          .join(", ") || "–",
      ]),
    ),
    "",
    "## Filter changes (ms, from the input event to the updated charts)",
    "",
    "First use: the first change of its kind (on the explorer it fetches and loads the table the filter needs), reported apart; p50, p95 and max are over the changes after it. " +
      "Explorer: until the page's `explorer:charts` mark (set once the change is in the page, before that frame is painted: its count, its table and, when they are in view, its charts; below the table, the charts are redrawn once scrolled into view); results = its `explorer:results` mark (count and table shown). " +
      markedPagesNote(b.changes) +
      "Pages without a mark: until the last SVG mutation in the main column, once none followed for 0.4 s (the wait not counted).",
    "",
    table(
      [
        "page",
        "filter",
        "first use",
        "changes",
        "p50",
        "p95",
        "max",
        "results p50 / p95",
        "first use data",
      ],
      b.changes.map((c) => [
        c.page,
        c.kind,
        ...latencyRow(c.charts),
        c.results ? `${ms(c.results.p50)} / ${ms(c.results.p95)}` : "–",
        c.firstUseDataBytes ? `${mb(c.firstUseDataBytes)} MB` : "–",
      ]),
    ),
    "",
    ...b.native
      .filter((n) => n.error)
      .flatMap((n) => [
        `Native DuckDB (${n.threads ?? "default"} thread(s)) failed: \`${n.error!.split("\n")[0]}\` — the queries come from this checkout, the Parquet files from the measured site.`,
        "",
      ]),
    ...(ratios.length && b.native.some((n) => n.kinds)
      ? [
          "## Explorer: browser vs native DuckDB (ms)",
          "",
          "The same filter states run by DuckDB in Node on the site's own Parquet files, loaded as in-memory tables as the page does: the same statements (as src/explorer/session.ts: for a tag, ingredient or text filter the bitmaps of src/explorer/matches.ts, then the page's rows), the same number of times. " +
            "The browser figure also includes drawing the table and the charts.",
          "",
          table(
            [
              "filter",
              "browser p50 / p95",
              ...b.native
                .filter((n) => n.kinds)
                .flatMap((n) => {
                  const t = n.threads === null ? "default threads" : `${n.threads} thread`;
                  return [`native ${t} p50 / p95`, `browser / native (${t}) p50 / p95`];
                }),
            ],
            ratios.map((r) => [
              r.kind,
              `${ms(r.browser.p50)} / ${ms(r.browser.p95)}`,
              ...r.native.flatMap((n) => [
                `${ms(n.latencies.p50)} / ${ms(n.latencies.p95)}`,
                `${n.p50.toFixed(1)}× / ${n.p95.toFixed(1)}×`,
              ]),
            ]),
          ),
          "",
        ]
      : []),
    "## Parquet files of the site",
    "",
    table(
      ["file", "bytes", "brotli copy", "gzip copy"],
      Object.entries(b.parquet).map(([name, p]) => [
        name.replace(/\.[0-9a-f]{8}\./, "."),
        kb(p.bytes),
        p.br === null ? "–" : kb(p.br),
        p.gz === null ? "–" : kb(p.gz),
      ]),
    ),
    "",
  ].join("\n");
}
