/** The benchmark report's verdicts: the worst page is the one judged, and "met" follows the limits. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PageChanges, PageLoad } from "../scripts/bench/browser.ts";
import type { BrowserSection } from "../scripts/bench/browser-summary.ts";
import { latencies } from "../scripts/bench/latencies.ts";
import { spread } from "../scripts/bench/summary.ts";
import { browserTargets } from "../scripts/bench/targets.ts";

function load(page: string, firstChart: number | null, allCharts: number, data: number): PageLoad {
  return {
    page,
    url: `/${page}`,
    runs: 1,
    firstChart: firstChart === null ? null : spread([firstChart]),
    allCharts: spread([allCharts]),
    dbReady: null,
    heapAfterLoad: spread([1e6]),
    bytes: { data, duckdb: 0, code: 1000 },
    dataFiles: {},
    encodings: {},
  };
}

function changes(page: string, kind: string, ms: number[]): PageChanges {
  return {
    page,
    kind,
    signal: "marks",
    charts: latencies(ms[0] ?? 0, ms.slice(1)),
    results: null,
    firstUseDataBytes: 0,
  };
}

function section(loads: PageLoad[], pageChanges: PageChanges[]): BrowserSection {
  return {
    site: "dist",
    options: { pageRuns: 1, changes: 3, pages: loads.map((l) => l.page) },
    loads,
    changes: pageChanges,
    heapAfterChanges: {},
    parquet: {},
    native: [],
  } as BrowserSection;
}

const verdict = (checks: ReturnType<typeof browserTargets>, start: string) => {
  const found = checks.find((c) => c.name.startsWith(start));
  assert.ok(found, `no check named ${start}`);
  return found;
};

test("the worst page is judged, and a page without a chart is not counted", () => {
  const checks = browserTargets(
    section(
      [
        load("index", 900, 1200, 7e6),
        load("trends", 1600, 2900, 3e6),
        load("catalog", null, 0, 1e4),
      ],
      [],
    ),
  );
  const data = verdict(checks, "first visit: data");
  assert.equal(data.met, false);
  assert.match(data.measured, /^7\.00 MB \(index\)$/);
  const first = verdict(checks, "first chart");
  assert.equal(first.met, false);
  assert.match(first.measured, /1600 ms \(trends\)/);
  assert.equal(verdict(checks, "all charts").met, true);
});

test("filter targets: 50 ms for ranges, 150 ms for the explorer's other filters, by p95", () => {
  // The first change of each list is its first use: it is not in the percentiles.
  const fast = [900, ...Array.from({ length: 20 }, () => 40)];
  const slow = [900, ...Array.from({ length: 20 }, (_, i) => (i < 18 ? 40 : 160))];
  const checks = browserTargets(
    section(
      [load("explorer", 1000, 1200, 1e6)],
      [
        changes("explorer", "range", fast),
        changes("explorer", "tag", slow),
        changes("explorer", "text", fast),
        changes("weekday", "years", slow),
      ],
    ),
  );
  assert.equal(verdict(checks, "explorer: minutes range").met, true);
  assert.equal(verdict(checks, "explorer: tag").met, false);
  assert.equal(verdict(checks, "explorer: text").met, true);
  const others = verdict(checks, "range filters of the other pages");
  assert.equal(others.met, false);
  assert.match(others.measured, /160 ms \(weekday years\)/);
  assert.equal(
    checks.some((c) => c.name.startsWith("explorer: ingredient")),
    false,
    "a filter that was not measured gets no verdict",
  );
});
