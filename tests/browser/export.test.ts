/**
 * Downloads on the shared test site: the CSV and Parquet of a chart hold the rows shown for the
 * current filters (compared with the same queries run natively), the SVG is an SVG, the PNG a PNG,
 * file names say what and when; the menus speak each language; nothing fails under the CSP.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import * as arrow from "apache-arrow";
import { csvParse } from "d3-dsv";
import * as parquet from "parquet-wasm/node";
import type { Page } from "playwright-core";
import { openDatabase } from "../../loaders/duckdb.ts";
import { computeFirstPaint } from "../../loaders/analysis/exports.ts";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../../loaders/analysis/tables.ts";
import { runPageQueries, type YearRange } from "../../src/analysis/query.ts";
import { analyseTrends } from "../../src/analysis/trends-analysis.ts";
import { TRENDS_QUERIES, TRENDS_TABLES } from "../../src/analysis/trends-queries.ts";
import { RATINGS_QUERIES, RATINGS_TABLES } from "../../src/analysis/ratings-queries.ts";
import { waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const NAME = /^mangetamain-([a-z0-9-]+)-data-(\d{8}-\d{4})\.(csv|parquet|svg|png)$/;

/** Clicks a format in the menu of `container` and returns the file's name and bytes. */
async function download(page: Page, container: string, format: string) {
  const menu = page.locator(`${container} .export-menu`).first();
  await menu.locator("summary").click();
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    menu.locator(`button[data-format=${format}]`).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

const readParquetRows = (bytes: Uint8Array) =>
  arrow
    .tableFromIPC(parquet.readParquet(bytes).intoIPCStream())
    .toArray()
    .map((r) => r.toJSON() as Record<string, unknown>);

describe("Downloads", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let server: ServedSite;
  let page: Page;
  let builtStamp: string;

  before(async () => {
    session = await openSiteSession();
    ({ page, server } = session);
    const summary = JSON.parse(
      await readFile(`${session.site.dist}/_file/data/${await summaryName()}`, "utf8"),
    ) as { provenance: { built_at: string } };
    const d = new Date(summary.provenance.built_at);
    const pad = (n: number) => String(n).padStart(2, "0");
    builtStamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}-${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}`;
  });

  async function summaryName() {
    const { readdir } = await import("node:fs/promises");
    const files = await readdir(`${session.site.dist}/_file/data`);
    const name = files.find((f) => /^summary\.[0-9a-f]+\.json$/.test(f));
    assert.ok(name, "the site serves summary.json");
    return name;
  }

  after(async () => {
    await session?.close();
  });

  it("Trends volume chart, years from the address: CSV and Parquet hold the native rows", async () => {
    const first = await computeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES, session.site.dbPath);
    const range: YearRange = { from: first.range.from + 4, to: first.range.from + 9 };
    const db = await openDatabase(session.site.dbPath, { readOnly: true });
    let expected: { year: number; value: number; recipes: number }[];
    try {
      await createAnalysisTables(db.connection, TRENDS_TABLES);
      const results = await runPageQueries(nativeRunner(db.connection), TRENDS_QUERIES, range);
      expected = analyseTrends(results, range).volume.series;
    } finally {
      db.close();
    }
    assert.ok(expected.length > 0);

    await page.goto(`${server.origin}/trends?lang=en&from=${range.from}&to=${range.to}`);
    await waitForCount(
      page.locator("[data-testid=volume-card] svg[aria-label] g[aria-label=rect] rect"),
      range.to - range.from + 1,
      60_000,
    );

    const csv = await download(page, "[data-testid=volume-card]", "csv");
    const match = NAME.exec(csv.name);
    assert.ok(match, csv.name);
    assert.equal(match[1], `trends-volume-${range.from}-${range.to}`);
    assert.equal(match[2], builtStamp, "the file name carries the data build time");
    const rows = csvParse(csv.bytes.toString("utf8"));
    assert.deepEqual(
      rows.map((r) => ({
        year: Number(r.year),
        value: Number(r.value),
        recipes: Number(r.recipes),
      })),
      expected.map((d) => ({ year: d.year, value: d.value, recipes: d.recipes })),
    );

    const pq = await download(page, "[data-testid=volume-card]", "parquet");
    assert.match(pq.name, /^mangetamain-trends-volume-\d{4}-\d{4}-data-\d{8}-\d{4}\.parquet$/);
    assert.deepEqual(
      readParquetRows(pq.bytes).map((r) => ({
        year: Number(r.year),
        value: Number(r.value),
        recipes: Number(r.recipes),
      })),
      expected.map((d) => ({ year: d.year, value: d.value, recipes: d.recipes })),
    );

    const svg = await download(page, "[data-testid=volume-card]", "svg");
    assert.match(svg.name, /\.svg$/);
    const svgText = svg.bytes.toString("utf8");
    assert.match(svgText, /^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svgText, /<rect/);
    assert.doesNotMatch(svgText, /var\(--/, "colours resolved, not CSS variables");

    const png = await download(page, "[data-testid=volume-card]", "png");
    assert.match(png.name, /\.png$/);
    assert.deepEqual(
      [...png.bytes.subarray(0, 8)],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    );
    assert.ok(png.bytes.length > 2000, "the PNG has content");
  });

  it("Overview chart: the CSV is the filtered yearly table and sums to the count shown", async () => {
    await page.goto(`${server.origin}/?lang=en&maxMinutes=60&minRatings=1`);
    await page.getByTestId("matching").waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () =>
        Number(document.querySelector("[data-testid=matching]")?.getAttribute("data-count")) > 0,
      null,
      { timeout: 60_000 },
    );
    const shown = Number(await page.getByTestId("matching").getAttribute("data-count"));
    const card = "div.card:has([data-testid=matching])";
    const csv = await download(page, card, "csv");
    assert.match(csv.name, /^mangetamain-overview-recipes-per-year-max-60-min-1-ratings-data-/);
    const rows = csvParse(csv.bytes.toString("utf8"));
    assert.deepEqual(rows.columns, ["year", "recipes", "ratings", "mean_rating"]);
    assert.equal(
      rows.reduce((s, r) => s + Number(r.recipes), 0),
      shown,
    );
    const pq = readParquetRows((await download(page, card, "parquet")).bytes);
    assert.deepEqual(
      pq.map((r) => Number(r.recipes)),
      rows.map((r) => Number(r.recipes)),
    );
  });

  it("Ratings top table: the CSV holds the table's rows for the years chosen", async () => {
    const first = await computeFirstPaint(RATINGS_QUERIES, RATINGS_TABLES, session.site.dbPath);
    const range: YearRange = { from: first.range.from, to: first.range.to - 3 };
    const db = await openDatabase(session.site.dbPath, { readOnly: true });
    let top: { name?: unknown }[];
    try {
      await createAnalysisTables(db.connection, RATINGS_TABLES);
      top = (await runPageQueries(nativeRunner(db.connection), RATINGS_QUERIES, range)).topRecipes;
    } finally {
      db.close();
    }
    await page.goto(`${server.origin}/ratings?lang=fr&from=${range.from}&to=${range.to}`);
    await page.locator(".db-status[data-state=ready]").waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const csv = await download(page, "[data-testid=ratings-top]", "csv");
    assert.match(csv.name, new RegExp(`ratings-top-recipes-${range.from}-${range.to}-data-`));
    const rows = csvParse(csv.bytes.toString("utf8"));
    assert.equal(rows.length, top.length);
    assert.deepEqual(
      rows.map((r) => r.name),
      top.map((d) => String(d.name)),
    );
  });

  for (const lang of ["en", "fr"] as const)
    for (const path of ["", "trends", "seasonality", "weekday", "ratings"])
      it(`${lang} /${path}: every menu opens, translated, keyboard-usable`, async () => {
        await page.goto(`${server.origin}/${path}?lang=${lang}`);
        await page.locator("#observablehq-main svg").first().waitFor({ timeout: 60_000 });
        await page.waitForTimeout(1000);
        const menus = page.locator(".export-menu");
        assert.ok((await menus.count()) >= 2, "menus on the page");
        await page.evaluate(() =>
          document
            .querySelectorAll("details.export-menu")
            .forEach((d) => ((d as HTMLDetailsElement).open = true)),
        );
        assert.deepEqual(languageProblems(await visibleText(page), lang), []);
        // Keyboard: focus the first menu's button, open with Enter, close with Escape.
        await page.evaluate(() =>
          document
            .querySelectorAll("details.export-menu")
            .forEach((d) => ((d as HTMLDetailsElement).open = false)),
        );
        const summary = menus.first().locator("summary");
        await summary.focus();
        await page.keyboard.press("Enter");
        assert.equal(await menus.first().getAttribute("open"), "");
        await page.keyboard.press("Tab");
        assert.equal(
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.format),
          "csv",
        );
        await page.keyboard.press("Escape");
        assert.equal(await menus.first().getAttribute("open"), null);
        if (path === "trends") await session.screenshot(`export-trends-${lang}`);
      });

  it("leaves a clean session: no console error, failed request or CSP violation", async (t) => {
    await assertCleanSession(t, session);
  });
});
