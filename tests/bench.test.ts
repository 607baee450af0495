/**
 * The benchmark harness must not rot: a smoke run on a tiny sample (no timing is asserted, only that
 * every step ran, measured something and the report says so).
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { spawnSync } from "node:child_process";
import { percentile, spread } from "../scripts/bench/summary.ts";
import type { BenchResults } from "../scripts/bench/report.ts";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { tempDir } from "./helpers/ingest-fixtures.ts";

test("spread: median of odd and even counts, min, max, runs kept in order", () => {
  assert.deepEqual(spread([3, 1, 2]), { median: 2, min: 1, max: 3, runs: [3, 1, 2] });
  assert.equal(spread([4, 1, 3, 2]).median, 2.5);
  assert.throws(() => spread([]), /no measurement/);
});

test("percentile: nearest rank, never interpolated", () => {
  const values = Array.from({ length: 50 }, (_, i) => i + 1);
  assert.equal(percentile(values, 50), 25);
  assert.equal(percentile(values, 95), 48);
  assert.equal(percentile(values, 100), 50);
  assert.equal(percentile([7], 95), 7);
});

test("npm run bench on a tiny sample writes latest.json and latest.md", () => {
  const out = tempDir("mangetamain-bench-smoke-");
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/bench/cli.ts",
      "--scales",
      "0.002",
      "--runs",
      "1",
      "--no-build",
      "--no-browser",
      "--out",
      out,
    ],
    { cwd: PROJECT_ROOT, encoding: "utf8" },
  );
  assert.equal(run.status, 0, run.stderr);
  return readFile(join(out, "latest.json"), "utf8").then(async (text) => {
    const results = JSON.parse(text) as BenchResults;
    const [p] = results.pipeline;
    assert.ok(p);
    assert.equal(p.recipes, 463);
    for (const [step, s] of Object.entries(p.seconds)) {
      if (s === null) continue; // the site build was not asked for
      assert.ok(s.median > 0, `${step} measured no time`);
    }
    assert.ok(p.peakRssBytes.ingest > 10 * 2 ** 20, "ingest peak RSS is not a process's");
    assert.equal(p.noChangeRebuildSkippedIngest, true, "a second data run must skip the ingest");
    assert.ok((p.files["analysis_recipes.parquet"] ?? 0) > 1000, "the exports were not measured");
    assert.ok(results.machine.cores >= 1 && results.machine.duckdb.startsWith("v"));
    assert.equal(results.browser, null, "--no-browser measures no page");
    const md = await readFile(join(out, "latest.md"), "utf8");
    assert.match(md, /ingest \/ floor/);
    assert.ok(
      p.plainOverFloor.median > 0 && p.ingestOverPlain.median > 0,
      "plain ingest not measured",
    );
    assert.equal(p.plainIngestLoadedAll, true, "the plain ingest must load every generated row");
    assert.match(md, /\| plain \/ floor \| ingest \/ floor \| ingest \/ plain \|/);
    assert.match(md, /\| 0\.002 \| 463 \/ 2,265 \|/);
  });
});
