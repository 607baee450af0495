/** bench/results/latest.md: the JSON results as tables a reader can check at a glance. */
import type { BrowserSection } from "./browser-summary.ts";
import { renderBrowser } from "./report-browser.ts";
import type { Machine } from "./machine.ts";
import type { PipelineSummary } from "./pipeline-summary.ts";
import type { Spread } from "./summary.ts";
import type { TargetCheck } from "./targets.ts";

export interface BenchResults {
  readonly machine: Machine;
  readonly options: { readonly scales: readonly number[]; readonly runs: number };
  readonly pipeline: readonly PipelineSummary[];
  /** null when run with --no-browser. */
  readonly browser: BrowserSection | null;
  readonly targets: readonly TargetCheck[];
}

const sec = (x: Spread | null) =>
  x ? `${x.median.toFixed(2)} (${x.min.toFixed(2)}–${x.max.toFixed(2)})` : "–";
const mib = (bytes: number | null) => (bytes === null ? "–" : (bytes / 2 ** 20).toFixed(0));
export const kb = (bytes: number) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} KB`;

export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
}

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const largest = r.pipeline.at(-1);
  return [
    "# Mangetamain Analytics — benchmarks",
    "",
    `Measured ${m.date} on ${m.cores} cores (${m.cpu}), ${m.ramGiB} GiB RAM; Node ${m.node}, DuckDB ${m.duckdb}, DuckDB-WASM ${m.duckdbWasm}, ${m.chromium ?? "no Chromium"}.`,
    `Each figure: median (min–max) of ${r.options.runs} run(s). Written by \`npm run bench\`; the JSON beside this file has every run.`,
    "",
    "## Targets",
    "",
    table(
      ["", "target", "measured", ""],
      r.targets.map((t) => [t.name, t.target, t.measured, t.met ? "met" : "**not met**"]),
    ),
    "",
    "## Pipeline (seconds)",
    "",
    "The floor is DuckDB reading every column of both CSVs once as text, in the same run as the ingest. The export store computes every browser table once; the loaders (each its own process, as Framework runs them) then copy or query it. The data build is ingest + export store + loaders.",
    "",
    table(
      [
        "scale",
        "recipes / reviews",
        "generate",
        "ingest",
        "floor",
        "ingest / floor",
        "export store",
        "loaders",
        "data build",
        "site build",
        "no-change rebuild",
      ],
      r.pipeline.map((p) => [
        String(p.scale),
        `${p.recipes.toLocaleString("en-US")} / ${p.interactions.toLocaleString("en-US")}`,
        sec(p.seconds.generate),
        sec(p.seconds.ingest),
        sec(p.seconds.floor),
        `${p.ingestOverFloor.median.toFixed(2)}×`,
        sec(p.seconds.store),
        sec(p.seconds.exports),
        sec(p.seconds.dataBuild),
        sec(p.seconds.build),
        `${sec(p.seconds.noChangeRebuild)}${p.noChangeRebuildSkippedIngest ? "" : " (ingest NOT skipped)"}`,
      ]),
    ),
    "",
    "## The ingest against its floor and a plain ingest",
    "",
    "The plain ingest is what a straightforward DuckDB ingest does with the same files, in the same run: typed columns, lists cast by DuckDB (`VARCHAR[]`, `DOUBLE[]`), two tables written into a database file, nothing checked (`scripts/bench/plain-ingest.ts`). Ours also reads each list exactly as Python wrote it, checks every row, locates each rejected row in its file, records the quality checks and replaces the database atomically. Both are timed as whole processes; the floor times only its queries.",
    "",
    table(
      [
        "scale",
        "floor",
        "plain ingest",
        "ingest",
        "plain / floor",
        "ingest / floor",
        "ingest / plain",
      ],
      r.pipeline.map((p) => [
        String(p.scale),
        sec(p.seconds.floor),
        `${sec(p.seconds.plainIngest)}${p.plainIngestLoadedAll ? "" : " (rows missing)"}`,
        sec(p.seconds.ingest),
        `${p.plainOverFloor.median.toFixed(2)}×`,
        `${p.ingestOverFloor.median.toFixed(2)}×`,
        `${p.ingestOverPlain.median.toFixed(2)}×`,
      ]),
    ),
    "",
    "## Peak RSS (MiB)",
    "",
    table(
      ["scale", "generate", "ingest", "export store", "loaders (largest)", "site build"],
      r.pipeline.map((p) => [
        String(p.scale),
        mib(p.peakRssBytes.generate),
        mib(p.peakRssBytes.ingest),
        mib(p.peakRssBytes.store),
        mib(p.peakRssBytes.exports),
        mib(p.peakRssBytes.build),
      ]),
    ),
    "",
    ...(largest
      ? [
          `## Exported files at scale ${largest.scale}`,
          "",
          "Each loader's own run (median seconds, peak RSS) and its output.",
          "",
          table(
            ["file", "bytes", "loader seconds", "loader peak RSS (MiB)"],
            Object.entries(largest.files).map(([name, bytes]) => {
              const loader = largest.loaders[name];
              return [
                name,
                kb(bytes),
                loader ? loader.seconds.median.toFixed(2) : "–",
                loader ? mib(loader.peakRssBytes) : "–",
              ];
            }),
          ),
          "",
        ]
      : []),
    ...(r.browser ? [renderBrowser(r.browser)] : []),
  ].join("\n");
}
