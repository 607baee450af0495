/**
 * npm run bench [-- --scales 0.1,0.5,1 --runs 3 --no-build --out bench/results]
 * Measures the pipeline at each scale, writes <out>/latest.json and <out>/latest.md.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { describeMachine } from "./machine.ts";
import { runPipeline, type PipelineRun } from "./pipeline.ts";
import { summarisePipeline } from "./pipeline-summary.ts";
import { renderReport, type BenchResults } from "./report.ts";
import { pipelineTargets } from "./targets.ts";

function parseScales(text: string): number[] {
  const scales = text.split(",").map(Number);
  if (scales.some((x) => !Number.isFinite(x) || x <= 0 || x > 1))
    throw new Error(`--scales: shares between 0 (excluded) and 1, got "${text}"`);
  return scales.sort((a, b) => a - b);
}

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "0.1,0.5,1" },
    runs: { type: "string", default: "3" },
    "no-build": { type: "boolean", default: false },
    out: { type: "string", default: join(PROJECT_ROOT, "bench", "results") },
  },
  strict: true,
});
const scales = parseScales(values.scales);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs: a positive integer, got "${values.runs}"`);
const out = resolve(values.out);

const machine = await describeMachine();
const work = join(tmpdir(), `mangetamain-bench-${process.pid}`);
const pipeline = [];
try {
  for (const scale of scales) {
    const scaleRuns: PipelineRun[] = [];
    for (let i = 0; i < runs; i++) {
      console.error(`pipeline: scale ${scale}, run ${i + 1}/${runs}`);
      scaleRuns.push(
        await runPipeline(scale, join(work, String(scale)), { build: !values["no-build"] }),
      );
    }
    pipeline.push(summarisePipeline(scaleRuns));
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
const results: BenchResults = {
  machine,
  options: { scales, runs },
  pipeline,
  targets: pipelineTargets(pipeline.at(-1)!),
};
await mkdir(out, { recursive: true });
await writeFile(join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(out, "latest.md"), `${renderReport(results)}\n`);
console.error(`wrote ${join(out, "latest.md")}`);
