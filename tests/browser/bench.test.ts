/**
 * The browser part of `npm run bench` must not rot: a smoke run on the shared small site (one cold
 * run of the explorer and one analysis page, 3 filter changes each, plus the native runs). Only
 * that every figure was measured is asserted, never how fast.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { test } from "node:test";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import type { BenchResults } from "../../scripts/bench/report.ts";
import { EXPLORER_KINDS } from "../../scripts/bench/explorer-changes.ts";
import { tempDir } from "../helpers/ingest-fixtures.ts";
import { sharedSite } from "../helpers/shared-site.ts";

test(
  "npm run bench measures the pages of a built site in Chromium",
  { timeout: 900_000 },
  async () => {
    const site = await sharedSite();
    const out = tempDir("mangetamain-bench-browser-");
    const CHANGES = 3;
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/bench/cli.ts",
        "--no-pipeline", // tests/bench.test.ts runs it
        ...["--site", site.dist, "--page-runs", "1", "--changes", String(CHANGES)],
        ...["--pages", "explorer,trends", "--out", out],
      ],
      { cwd: PROJECT_ROOT, encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);
    const results = JSON.parse(await readFile(join(out, "latest.json"), "utf8")) as BenchResults;
    const b = results.browser;
    assert.ok(b, "the browser part ran");
    assert.deepEqual(
      b.loads.map((l) => l.page),
      ["explorer", "trends"],
    );
    for (const l of b.loads) {
      assert.ok(l.firstChart && l.firstChart.median > 0, `${l.page}: no first chart`);
      assert.ok(
        l.allCharts && l.allCharts.median >= l.firstChart.median,
        `${l.page}: no last chart`,
      );
      assert.ok(l.dbReady && l.dbReady.median > 0, `${l.page}: DuckDB-WASM ready not seen`);
      assert.ok(l.heapAfterLoad.median > 1e6, `${l.page}: no heap figure`);
      for (const kind of ["data", "duckdb", "code"] as const)
        assert.ok(l.bytes[kind] > 0, `${l.page}: no ${kind} bytes counted`);
      assert.ok(Object.keys(l.dataFiles).length > 0, `${l.page}: no data file listed`);
    }
    const explorer = b.changes.filter((c) => c.page === "explorer" && c.signal === "marks");
    // The charts below the table, timed once scrolled into view after a change.
    assert.ok(b.changes.some((c) => c.page === "explorer" && c.signal === "scroll-in"));
    assert.deepEqual(
      explorer.map((c) => c.kind),
      [...EXPLORER_KINDS],
    );
    for (const c of b.changes) {
      assert.equal(c.charts.count, CHANGES, `${c.page} ${c.kind}: changes counted`);
      assert.ok(c.charts.firstUse > 0 && c.charts.p50 > 0, `${c.page} ${c.kind}: no latency`);
      assert.ok(c.charts.p95 >= c.charts.p50 && c.charts.max >= c.charts.p95);
    }
    // The tag, ingredient and text filters fetch their table on first use.
    for (const c of explorer.filter((c) => c.kind !== "range"))
      assert.ok(c.firstUseDataBytes > 0, `explorer ${c.kind}: first use fetched no table`);
    assert.ok(b.changes.some((c) => c.page === "trends" && c.kind === "year range"));
    // Its last section, below the fold, timed once scrolled into view after a change.
    assert.ok(b.changes.some((c) => c.page === "trends" && c.signal === "scroll-in"));
    assert.ok(b.heapAfterChanges.explorer! > 0 && b.heapAfterChanges.trends! > 0);
    assert.deepEqual(
      b.native.map((n) => n.threads),
      [1, null],
    );
    for (const n of b.native) {
      const kinds = n.kinds;
      assert.ok(kinds, n.error);
      for (const kind of EXPLORER_KINDS) {
        assert.equal(kinds[kind].count, CHANGES);
        assert.ok(kinds[kind].p50 > 0);
      }
    }
    assert.ok(Object.keys(b.parquet).some((f) => f.startsWith("explorer_recipes.")));
    assert.ok(results.targets.some((t) => t.name.startsWith("explorer: tag")));
    const md = await readFile(join(out, "latest.md"), "utf8");
    for (const heading of [
      "Pages in Chromium",
      "bytes on the wire",
      "Filter changes",
      "browser vs native",
      "Parquet files",
    ])
      assert.match(md, new RegExp(heading));
  },
);
