/**
 * The Seasonality page in headless Chromium, on the shared test site: every chart draws marks, the
 * figures shown equal the page's queries and statistics run natively on the site's database, a year
 * change recomputes them in DuckDB-WASM (the sections in view at once, the others once scrolled to),
 * each language leaves no string of the other, and nothing fails or leaves the origin.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase } from "../../loaders/duckdb.ts";
import { computeFirstPaint } from "../../loaders/analysis/exports.ts";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../../loaders/analysis/tables.ts";
import { runPageQueries, type YearRange } from "../../src/analysis/query.ts";
import {
  describeItems,
  describeMeasure,
  describeNutrition,
  describeSeasonCounts,
} from "../../src/analysis/seasonality-interpret.ts";
import { SEASONALITY_QUERIES, SEASONALITY_TABLES } from "../../src/analysis/seasonality-queries.ts";
import {
  analyseSeasonality,
  type SeasonalityAnalysis,
} from "../../src/analysis/seasonality-stats.ts";
import { waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import { type BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const NARROW: YearRange = { from: 2005, to: 2008 };
const fmtInt = (n: number) => n.toLocaleString("en-US");
const fmt2 = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

async function nativeAnalysis(dbPath: string, range: YearRange): Promise<SeasonalityAnalysis> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    await createAnalysisTables(db.connection, SEASONALITY_TABLES);
    return analyseSeasonality(
      await runPageQueries(nativeRunner(db.connection), SEASONALITY_QUERIES, range),
    );
  } finally {
    db.close();
  }
}

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

/** Waits until the element with `testId` reads exactly `expected`. */
async function waitForText(page: Page, testId: string, expected: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let seen = "";
  while (Date.now() < deadline) {
    seen = (await text(page, testId).catch(() => "")).trim();
    if (seen === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(seen, expected, `${testId} never showed the expected text`);
}

/** Waits until the section is no longer marked busy (its cell marks it drawn after its text shows). */
async function notBusy(page: Page, section: string): Promise<void> {
  await page.waitForFunction(
    (name) => !document.querySelector(`[data-section='${name}'][aria-busy]`),
    section,
    { timeout: 15_000 },
  );
}

async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .locator("[data-testid='season-counts'] svg g[aria-label='bar'] rect")
    .first()
    .waitFor({ timeout: 60_000 });
}

describe("seasonality page", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;
  let full: SeasonalityAnalysis;

  before(async () => {
    session = await openSiteSession({ width: 1400, height: 1000 });
    ({ page, site, server } = session);
    const first = await computeFirstPaint(SEASONALITY_QUERIES, SEASONALITY_TABLES, site.dbPath);
    full = analyseSeasonality(first.results);
    await openPage(page, `${server.url}seasonality?lang=en`);
  });

  after(async () => {
    await session?.close();
  });

  it("draws every chart with marks", async () => {
    const marks = (testId: string, selector: string) =>
      page.locator(`[data-testid='${testId}'] svg ${selector}`);
    await waitForCount(marks("season-counts", "g[aria-label='bar'] rect"), 4);
    for (const measure of ["minutes", "complexity", "n_steps", "n_ingredients"]) {
      const seasons = full.measures[measure as "minutes"].summaries.filter(Boolean).length;
      await waitForCount(marks(`measure-${measure}`, "g[aria-label='bar'] rect"), seasons);
      await waitForCount(marks(`measure-${measure}`, "g[aria-label='rule'] line"), seasons);
    }
    const nutritionCells = full.nutrition.reduce((n, d) => n + d.seasons.filter(Boolean).length, 0);
    await waitForCount(marks("nutrition-heatmap", "g[aria-label='cell'] rect"), nutritionCells);
    for (const items of [full.ingredients, full.tags]) {
      const cells = items.items.reduce((n, d) => n + d.shares.filter(Number.isFinite).length, 0);
      assert.ok(cells > 0, `the sample has seasonal ${items.kind}s to draw`);
      await waitForCount(marks(`items-${items.kind}`, "g[aria-label='cell'] rect"), cells);
    }
  });

  it("recolours the item heatmaps by share or by deviation", async () => {
    const card = page.getByTestId("items-ingredient");
    const cells = card.locator("svg g[aria-label='cell'] rect");
    const fills = () => cells.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("fill")));
    const before = await fills();
    await page.getByLabel("Share of recipes", { exact: true }).check();
    await card.getByText("Share of the season’s recipes").waitFor({ timeout: 15_000 });
    assert.notDeepEqual(await fills(), before);
    await page.getByLabel("Deviation from the item’s mean share", { exact: true }).check();
    await card.getByText("Deviation from the item’s mean share (%)").waitFor({ timeout: 15_000 });
  });

  it("shows the figures computed natively on the site's database", async () => {
    assert.equal(
      (await text(page, "counts-interpretation")).trim(),
      describeSeasonCounts("en", full.counts),
    );
    const equal = await text(page, "counts-test-equal");
    assert.ok(
      equal.includes(`χ²(${full.counts.equal.df}) = ${fmt2(full.counts.equal.statistic)}`),
      equal,
    );
    assert.ok(equal.includes(`n = ${fmtInt(full.counts.total)}`), equal);
    for (const [measure, analysis] of Object.entries(full.measures)) {
      assert.equal(
        (await text(page, `interpretation-${measure}`)).trim(),
        describeMeasure("en", analysis),
      );
      const line = await text(page, `test-${measure}`);
      assert.ok(line.includes(`H(3) = ${fmt2(analysis.test.statistic)}`), line);
      assert.ok(line.includes(`n = ${fmtInt(analysis.test.n)}`), line);
    }
    assert.equal(
      (await text(page, "nutrition-interpretation")).trim(),
      describeNutrition("en", full.nutrition),
    );
    const calories = full.nutrition.find((d) => d.nutrient === "calories")!;
    assert.equal(
      await page.locator("tr[data-nutrient='calories'] td[data-season='0']").innerText(),
      calories.seasons[0]!.mean.toLocaleString("en-US", { maximumFractionDigits: 1 }),
    );
    for (const items of [full.ingredients, full.tags]) {
      assert.equal(
        (await text(page, `interpretation-${items.kind}`)).trim(),
        describeItems("en", items),
      );
      const labels = await page
        .locator(`[data-testid='items-${items.kind}'] svg g[aria-label='y-axis tick label'] text`)
        .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
      assert.deepEqual(
        labels.map((l) => l.replace(/ \*$/, "")),
        items.items.map((d) => d.item),
      );
    }
  });

  it("recomputes the sections in view when the years change, the others once scrolled to", async () => {
    const narrow = await nativeAnalysis(site.dbPath, NARROW);
    assert.ok(narrow.counts.total > 0 && narrow.counts.total < full.counts.total);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByTestId("year-from").selectOption(String(NARROW.from));
    await page.getByTestId("year-to").selectOption(String(NARROW.to));
    // The top section (in view) follows at once, with the note above it.
    await waitForText(page, "counts-interpretation", describeSeasonCounts("en", narrow.counts));
    assert.match(await text(page, "analysis-set"), new RegExp(`^${fmtInt(narrow.counts.total)} `));
    // The nutrition, below the fold, waits marked busy with the full range's figures...
    const nutrition = page.locator("[data-section='nutrition']");
    assert.equal(await nutrition.getAttribute("aria-busy"), "true");
    assert.equal(
      (await text(page, "nutrition-interpretation")).trim(),
      describeNutrition("en", full.nutrition),
    );
    // ...until a reader scrolls to it: then it shows the range's, as computed natively.
    await nutrition.scrollIntoViewIfNeeded();
    await waitForText(page, "nutrition-interpretation", describeNutrition("en", narrow.nutrition));
    await notBusy(page, "nutrition");
    await page.getByTestId("measure-minutes").scrollIntoViewIfNeeded();
    await waitForText(
      page,
      "interpretation-minutes",
      describeMeasure("en", narrow.measures.minutes),
    );
    const line = await text(page, "test-minutes");
    assert.ok(line.includes(`n = ${fmtInt(narrow.measures.minutes.test.n)}`), line);
    await page.getByTestId("measure-complexity").scrollIntoViewIfNeeded();
    await waitForText(
      page,
      "interpretation-complexity",
      describeMeasure("en", narrow.measures.complexity),
    );
    await page.getByTestId("items-ingredient").scrollIntoViewIfNeeded();
    await waitForText(page, "interpretation-ingredient", describeItems("en", narrow.ingredients));
    await waitForText(page, "interpretation-tag", describeItems("en", narrow.tags));
    for (const name of ["counts", "minutes", "shape", "nutrition", "items"])
      await notBusy(page, name);
  });

  for (const lang of ["en", "fr"] as const) {
    it(`speaks only ${lang === "en" ? "English" : "French"}, tooltips and method notes included`, async () => {
      await openPage(page, `${server.url}seasonality?lang=${lang}`);
      await page.evaluate(() =>
        document.querySelectorAll("details").forEach((d) => (d.open = true)),
      );
      // A tooltip of each kind of chart, read while it shows.
      const tips: string[] = [];
      for (const selector of [
        "[data-testid='season-counts'] svg g[aria-label='bar'] rect",
        "[data-testid='measure-minutes'] svg g[aria-label='bar'] rect",
        "[data-testid='nutrition-heatmap'] svg g[aria-label='cell'] rect",
        "[data-testid='items-ingredient'] svg g[aria-label='cell'] rect",
      ]) {
        // Plot picks the datum nearest the pointer: hover the top middle of the mark (the centre
        // of a box is under its median tick).
        const mark = page.locator(selector).first();
        const box = (await mark.boundingBox())!;
        await mark.hover({
          position: { x: box.width / 2, y: Math.min(4, box.height / 2) },
          force: true,
        });
        const tip = page.locator("g[aria-label='tip'] text").first();
        await tip.waitFor({ timeout: 5_000 });
        const tipTexts = await page
          .locator("g[aria-label='tip'] tspan")
          .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));
        tips.push(tipTexts.join("\n"));
      }
      const shown = `${await visibleText(page)}\n${tips.join("\n")}`;
      assert.deepEqual(languageProblems(shown, lang), []);
      for (const raw of ["whisker_low", "q1", "recipes", "expectedDays", "n0", "pAdjusted"])
        assert.ok(
          !new RegExp(`\\b${raw}\\b`).test(tips.join("\n")),
          `raw name ${raw} in a tooltip`,
        );
      assert.equal(
        (await text(page, "counts-interpretation")).trim(),
        describeSeasonCounts(lang, full.counts),
      );
      await page.mouse.move(0, 0);
      await session.screenshot(`seasonality-${lang}`);
    });
  }

  it("stays readable in dark mode", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openPage(page, `${server.url}seasonality?lang=en`);
    await session.screenshot("seasonality-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
