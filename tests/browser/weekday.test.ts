/**
 * The Weekday vs weekend page in headless Chromium, on the shared test site: every chart draws its
 * marks, the figures shown equal the page's queries run natively on the site's database (and
 * independent SQL), a year change and the kind switch recompute them in DuckDB-WASM, and both
 * languages leave no untranslated string, console error or outside request.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Locator, Page } from "playwright-core";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { openExportDatabase } from "../../loaders/export-store.ts";
import { computeFirstPaint } from "../../loaders/analysis/exports.ts";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../../loaders/analysis/tables.ts";
import { type PageResults, type YearRange, runPageQueries } from "../../src/analysis/query.ts";
import { compareFamily, nutrientsInterpretation } from "../../src/analysis/weekday-compare.ts";
import {
  type ItemKind,
  analyseItems,
  itemsInterpretation,
} from "../../src/analysis/weekday-items.ts";
import {
  WEEKDAY_NUTRIENTS,
  WEEKDAY_QUERIES,
  WEEKDAY_TABLES,
} from "../../src/analysis/weekday-queries.ts";
import {
  analyseVolume,
  dayInterpretation,
  volumeInterpretation,
} from "../../src/analysis/weekday-volume.ts";
import type { Lang } from "../../src/i18n/index.ts";
import { waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import type { BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

type Results = PageResults<typeof WEEKDAY_QUERIES>;
const NARROW: YearRange = { from: 2005, to: 2008 };
const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits });
/** One decimal always, as the page's tables print means (formatFixed). */
const fixed1 = (n: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The page's generated sentences for a set of results, as the page composes them. */
function sentences(results: Results, kind: ItemKind, lang: Lang) {
  const volume = analyseVolume(results.days);
  const totals = { weekday: volume.weekdayTotal, weekend: volume.weekendTotal };
  return {
    volume: `${dayInterpretation(volume, lang)} ${volumeInterpretation(volume, lang)}`,
    nutrients: nutrientsInterpretation(compareFamily(results.nutrients, WEEKDAY_NUTRIENTS), lang),
    items: itemsInterpretation(analyseItems(results.items, kind, totals), lang),
  };
}

async function waitForText(locator: Locator, expected: string, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = "";
  while (Date.now() < deadline) {
    seen = squash(await locator.innerText().catch(() => ""));
    if (seen === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.equal(seen, expected);
}

const bars = (page: Page, testid: string) =>
  page.locator(`[data-testid="${testid}"] svg g[aria-label="bar"] rect`);

describe("weekday page", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;
  let full: Results;
  let narrow: Results;

  async function sql<T>(query: string): Promise<T[]> {
    // The analysis set is a table of the export store.
    const db = await openExportDatabase(site.dbPath);
    try {
      return await queryJson<T>(db.connection, query);
    } finally {
      db.close();
    }
  }

  async function open(lang: Lang): Promise<void> {
    await page.goto(`${server.url}weekday?lang=${lang}`);
    await page.locator('[data-testid="item-chart"] svg').first().waitFor({ timeout: 60_000 });
  }

  before(async () => {
    session = await openSiteSession();
    ({ page, site, server } = session);
    full = (await computeFirstPaint(WEEKDAY_QUERIES, WEEKDAY_TABLES, site.dbPath)).results;
    const db = await openDatabase(site.dbPath, { readOnly: true });
    try {
      await createAnalysisTables(db.connection, WEEKDAY_TABLES);
      narrow = await runPageQueries(nativeRunner(db.connection), WEEKDAY_QUERIES, NARROW);
    } finally {
      db.close();
    }
    await open("en");
  });

  after(async () => {
    await session?.close();
  });

  it("draws every chart", async () => {
    const volume = analyseVolume(full.days);
    await waitForCount(bars(page, "day-chart"), 7);
    await waitForCount(bars(page, "daytype-chart"), 2);
    for (const measure of ["minutes", "complexity"]) {
      const lines = page.locator(
        `[data-testid="measure-${measure}"] svg g[aria-label="line"] path`,
      );
      await waitForCount(lines, 2);
    }
    await waitForCount(bars(page, "nutrient-chart"), WEEKDAY_NUTRIENTS.length);
    const items = analyseItems(full.items, "ingredient", {
      weekday: volume.weekdayTotal,
      weekend: volume.weekendTotal,
    });
    assert.ok(items.moreOnWeekend.length + items.moreOnWeekdays.length > 0);
    await waitForCount(
      bars(page, "item-chart"),
      items.moreOnWeekend.length + items.moreOnWeekdays.length,
    );
  });

  it("shows the figures the native queries and independent SQL give", async () => {
    const expected = sentences(full, "ingredient", "en");
    assert.equal(
      squash(await page.getByTestId("volume-interpretation").innerText()),
      expected.volume,
    );
    assert.equal(
      squash(await page.getByTestId("nutrients-interpretation").innerText()),
      expected.nutrients,
    );
    assert.equal(
      squash(await page.getByTestId("items-interpretation").innerText()),
      expected.items,
    );

    const [set] = await sql<{ n: number; weekday_minutes: number; weekend_calories: number }>(
      `SELECT count(*)::INTEGER AS n,
              avg(minutes) FILTER (dayofweek(submitted) NOT IN (0, 6))::DOUBLE AS weekday_minutes,
              avg(calories) FILTER (dayofweek(submitted) IN (0, 6))::DOUBLE AS weekend_calories
       FROM analysis_set`,
    );
    assert.match(
      await page.getByTestId("test-by-type").innerText(),
      new RegExp(`n = ${fmt(set.n)};`),
    );
    assert.match(
      await page.getByTestId("test-by-day").innerText(),
      new RegExp(`n = ${fmt(set.n)};`),
    );
    assert.equal(
      await page
        .locator(
          '[data-testid="measure-table-minutes"] tr[data-daytype="weekday"] td[data-stat="mean"]',
        )
        .innerText(),
      fixed1(set.weekday_minutes),
    );
    assert.equal(
      await page
        .locator('[data-testid="nutrient-table"] tr[data-nutrient="calories"] td')
        .nth(1)
        .innerText(),
      fixed1(set.weekend_calories),
    );
  });

  it("recomputes every analysis in DuckDB-WASM when the years change", async () => {
    await page.locator('.db-status[data-state="ready"]').waitFor({ timeout: 60_000 });
    // Heights of the sections below the fold, which keep their figures until scrolled to.
    const heightsBelow = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("[data-section]")]
          .filter((e) => e.getBoundingClientRect().top > innerHeight)
          .map((e) => `${e.getAttribute("data-section")} ${e.getBoundingClientRect().height}`),
      );
    const heightsBefore = await heightsBelow();
    await page.getByTestId("year-from").selectOption(String(NARROW.from));
    await page.getByTestId("year-to").selectOption(String(NARROW.to));
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM analysis_set
       WHERE year(submitted) BETWEEN ${NARROW.from} AND ${NARROW.to}`,
    );
    const expected = sentences(narrow, "ingredient", "en");
    assert.notEqual(expected.volume, sentences(full, "ingredient", "en").volume);
    await waitForText(page.getByTestId("volume-interpretation"), expected.volume);
    assert.match(await page.getByTestId("test-by-type").innerText(), new RegExp(`n = ${fmt(n)};`));
    await waitForCount(bars(page, "day-chart"), 7);

    // The sections below the fold keep the full range's figures, marked busy, until a reader
    // scrolls to them; then they load the new years.
    const nutrientsCard = page.getByTestId("nutrients-card");
    const fullNutrients = sentences(full, "ingredient", "en").nutrients;
    assert.notEqual(expected.nutrients, fullNutrients);
    assert.equal(await nutrientsCard.getAttribute("aria-busy"), "true");
    // From the first change on, the browser no longer renders the sections far out of view, and
    // each keeps the height it was drawn at: nothing below the fold moves.
    const rendered = (id: string) =>
      page.getByTestId(id).evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
    assert.equal(await rendered("items-interpretation"), false, "the last section is not rendered");
    assert.equal(await rendered("volume-interpretation"), true);
    assert.ok(heightsBefore.length >= 2, "sections below the fold");
    assert.deepEqual(await heightsBelow(), heightsBefore);
    assert.equal(
      squash(await page.getByTestId("nutrients-interpretation").innerText()),
      fullNutrients,
    );
    await nutrientsCard.scrollIntoViewIfNeeded();
    await waitForText(page.getByTestId("nutrients-interpretation"), expected.nutrients);
    await waitForCount(bars(page, "nutrient-chart"), WEEKDAY_NUTRIENTS.length);
    assert.equal(await nutrientsCard.getAttribute("aria-busy"), null);
    await page.getByTestId("items-card").scrollIntoViewIfNeeded();
    await waitForText(page.getByTestId("items-interpretation"), expected.items);

    await page.getByLabel("Tags").check();
    await waitForText(
      page.getByTestId("items-interpretation"),
      sentences(narrow, "tag", "en").items,
    );
    await session.screenshot("weekday-en-2005-2008");
  });

  for (const lang of ["en", "fr"] as const) {
    it(`speaks ${lang} only, in light and dark mode`, async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await open(lang);
        await waitForCount(bars(page, "nutrient-chart"), WEEKDAY_NUTRIENTS.length);
        assert.equal(
          squash(await page.getByTestId("volume-interpretation").innerText()),
          sentences(full, "ingredient", lang).volume,
        );
        assert.deepEqual(languageProblems(await visibleText(page), lang), []);
        await session.screenshot(`weekday-${lang}${colorScheme === "dark" ? "-dark" : ""}`);
      }
      await page.emulateMedia({ colorScheme: "light" });
    });
  }

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
