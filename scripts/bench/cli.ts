/**
 * npm run bench [-- --scales 0.1,0.5,1 --runs 3 --no-build --out bench/results
 *                   --site <dir> --no-browser --no-pipeline --page-runs 3 --changes 50 --pages a,b,c]
 * Measures the pipeline at each scale, then the pages of a built site in Chromium (the site the
 * pipeline built at the largest scale, else --site, else dist/) and the explorer's queries in
 * DuckDB in Node; writes <out>/latest.json and <out>/latest.md.
 */
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { BENCH_PAGES, runBrowser } from "./browser.ts";
import type { BrowserSection } from "./browser-summary.ts";
import { describeMachine } from "./machine.ts";
import { runNative } from "./native.ts";
import { runPipeline, type PipelineRun } from "./pipeline.ts";
import { summarisePipeline } from "./pipeline-summary.ts";
import { renderReport, type BenchResults } from "./report.ts";
import { browserTargets, pipelineTargets } from "./targets.ts";

function parseScales(text: string): number[] {
  const scales = text.split(",").map(Number);
  if (scales.some((x) => !Number.isFinite(x) || x <= 0 || x > 1))
    throw new Error(`--scales: shares between 0 (excluded) and 1, got "${text}"`);
  return scales.sort((a, b) => a - b);
}

function positiveInteger(name: string, text: string, zero = false): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1))
    throw new Error(`--${name}: a ${zero ? "non-negative" : "positive"} integer, got "${text}"`);
  return n;
}

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "0.1,0.5,1" },
    runs: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    out: { type: "string", default: join(PROJECT_ROOT, "bench", "results") },
    site: { type: "string" },
    "no-browser": { type: "boolean", default: false },
    "no-pipeline": { type: "boolean", default: false },
    "page-runs": { type: "string", default: "3" },
    changes: { type: "string", default: "50" },
    pages: { type: "string", default: BENCH_PAGES.join(",") },
  },
  strict: true,
});
const scales = parseScales(values.scales);
const runs = positiveInteger("runs", values.runs);
const pageRuns = positiveInteger("page-runs", values["page-runs"]);
const changes = positiveInteger("changes", values.changes, true);
const pages = values.pages.split(",").filter(Boolean);
const unknown = pages.filter((p) => !(BENCH_PAGES as readonly string[]).includes(p));
if (unknown.length)
  throw new Error(`--pages: unknown ${unknown.join(", ")}; choose from ${BENCH_PAGES.join(", ")}`);
const out = resolve(values.out);
const build = !values["no-build"];
const browser = !values["no-browser"];

const machine = await describeMachine();
const work = join(tmpdir(), `mangetamain-bench-${process.pid}`);
const pipeline = [];
let browserSection: BrowserSection | null = null;
try {
  for (const scale of values["no-pipeline"] ? [] : scales) {
    const scaleRuns: PipelineRun[] = [];
    for (let i = 0; i < runs; i++) {
      console.error(`pipeline: scale ${scale}, run ${i + 1}/${runs}`);
      scaleRuns.push(await runPipeline(scale, join(work, String(scale)), { build }));
    }
    pipeline.push(summarisePipeline(scaleRuns));
  }
  if (browser) {
    // The site the pipeline just built at the largest scale (kept until here), unless told otherwise.
    const site = values.site
      ? resolve(values.site)
      : build && !values["no-pipeline"]
        ? join(work, String(scales.at(-1)), "dist")
        : join(PROJECT_ROOT, "dist");
    if (!existsSync(join(site, "index.html")))
      throw new Error(`no built site in ${site}: build one (npm run build) or pass --site <dir>`);
    const measured = await runBrowser(site, {
      pageRuns,
      changes,
      pages,
      log: (l) => console.error(l),
    });
    const native = [];
    if (changes > 0 && pages.includes("explorer"))
      for (const threads of [1, null]) {
        console.error(`native: explorer queries, ${threads ?? "default"} thread(s)`);
        // The queries are this checkout's: on a site built from other sources they may not run.
        native.push(
          await runNative(site, changes, threads).catch((error: unknown) => {
            console.error(`native: failed: ${String(error)}`);
            return { threads, kinds: null, error: String(error) };
          }),
        );
      }
    browserSection = { ...measured, native };
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
const results: BenchResults = {
  machine,
  options: { scales, runs },
  pipeline,
  browser: browserSection,
  targets: [
    ...(pipeline.length ? pipelineTargets(pipeline.at(-1)!) : []),
    ...(browserSection ? browserTargets(browserSection) : []),
  ],
};
await mkdir(out, { recursive: true });
await writeFile(join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(out, "latest.md"), `${renderReport(results)}\n`);
console.error(`wrote ${join(out, "latest.md")}`);
