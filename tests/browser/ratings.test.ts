/**
 * The Ratings page in headless Chromium, on the shared test site: every chart draws, the figures it
 * shows equal SQL run by DuckDB in Node on the site's database (written here from `interactions`),
 * a year change recomputes them in DuckDB-WASM (the cards below the fold once scrolled into view),
 * each language leaves no string of the other, and nothing fails or leaves the origin. Screenshots
 * (EN, FR, dark) go to test-results/.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { PRIOR_WEIGHT_QUANTILE, TOP_MIN_RATINGS } from "../../src/analysis/ratings-definitions.ts";
import { heldText, shownText, waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import type { BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const int = (n: number) => n.toLocaleString("en-US");
const fixed = (n: number, digits: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (share: number) =>
  share.toLocaleString("en-US", {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

/** Every chart of the page: its container's test id and the marks it must draw. */
const CHARTS = [
  ["ratings-distribution", "g[aria-label='bar'] rect"],
  ["ratings-bias-chart", "g[aria-label='rect'] rect"],
  ["ratings-monthly-chart", "g[aria-label='dot'] circle"],
  ["ratings-volume-chart", "g[aria-label='dot'] circle"],
  ["ratings-season-means", "g[aria-label='dot'] circle"],
  ["ratings-season-volume", "g[aria-label='bar'] rect"],
  ["ratings-day-means", "g[aria-label='dot'] circle"],
  ["ratings-day-volume", "g[aria-label='bar'] rect"],
] as const;

interface Figures {
  reviews: number;
  /** Recipes with a rating in the range. */
  recipes: number;
  ratings: number;
  unrated: number;
  mean: number;
  five: number;
  months: number;
  monthsWithRatings: number;
  topId: number | null;
  topBayes: number | null;
  winter: number;
  weekend: number;
}

/** The page's figures for a year range, from `interactions` (review year, season, day by hand). */
async function expected(dbPath: string, from: number, to: number): Promise<Figures> {
  const db = await openDatabase(dbPath, { readOnly: true });
  try {
    const where = `date IS NOT NULL AND year(date) BETWEEN ${from} AND ${to}`;
    const perRecipe = `SELECT recipe_id, count(*) AS n, sum(rating) AS s FROM interactions
                       WHERE ${where} AND rating IS NOT NULL GROUP BY recipe_id`;
    const [f] = await queryJson<Figures>(
      db.connection,
      `WITH months AS (SELECT count(rating) AS n FROM interactions WHERE ${where}
                       GROUP BY year(date), month(date) HAVING count(rating) > 0),
            prior AS (SELECT sum(s) / sum(n) AS m,
                             quantile_disc(n, ${PRIOR_WEIGHT_QUANTILE}) AS c FROM (${perRecipe})),
            top AS (SELECT recipe_id, (c * m + s) / (c + n) AS bayes FROM (${perRecipe}), prior
                    WHERE n >= ${TOP_MIN_RATINGS} ORDER BY bayes DESC, n DESC, recipe_id LIMIT 1)
       SELECT count(*)::INTEGER AS reviews, count(rating)::INTEGER AS ratings,
              count(DISTINCT recipe_id) FILTER (rating IS NOT NULL)::INTEGER AS recipes,
              count(*) FILTER (rating IS NULL)::INTEGER AS unrated, avg(rating)::DOUBLE AS mean,
              count(*) FILTER (rating = 5)::INTEGER AS five,
              (SELECT count(*) FILTER (n >= 100) FROM months)::INTEGER AS months,
              (SELECT count(*) FROM months)::INTEGER AS monthsWithRatings,
              (SELECT recipe_id FROM top)::INTEGER AS topId,
              (SELECT bayes FROM top)::DOUBLE AS topBayes,
              count(rating) FILTER (month(date) IN (12, 1, 2))::INTEGER AS winter,
              count(rating) FILTER (dayofweek(date) IN (0, 6))::INTEGER AS weekend
       FROM interactions WHERE ${where}`,
    );
    return f;
  } finally {
    db.close();
  }
}

const text = (page: Page, id: string) => shownText(page.getByTestId(id));

/**
 * Scrolls a card into view, as a reader would, and waits until it has drawn the page's year range:
 * after a change of years, a card out of view waits, marked aria-busy, until it comes into view.
 */
async function reveal(page: Page, id: string): Promise<void> {
  await page.getByTestId(id).scrollIntoViewIfNeeded();
  await page.locator(`[data-testid="${id}"]:not([aria-busy])`).waitFor({ timeout: 30_000 });
}

const winterRatings = (page: Page) =>
  page.locator("[data-testid='ratings-season-table'] tr[data-group='0'] [data-ratings]");

async function waitForCharts(page: Page): Promise<void> {
  for (const [id, marks] of CHARTS)
    await page.getByTestId(id).locator(`svg ${marks}`).first().waitFor({ timeout: 60_000 });
}

describe("ratings page", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;
  let full: Figures;
  let bounds: { from: number; to: number };

  before(async () => {
    session = await openSiteSession({ width: 1280, height: 900 });
    ({ page, site, server } = session);
    await page.goto(`${server.origin}/ratings?lang=en`);
    await waitForCharts(page);
    const years = await page
      .getByTestId("year-from")
      .locator("option")
      .evaluateAll((options) => options.map((o) => Number((o as HTMLOptionElement).value)));
    bounds = { from: Math.min(...years), to: Math.max(...years) };
    full = await expected(site.dbPath, bounds.from, bounds.to);
  });

  after(async () => {
    await session?.close();
  });

  it("draws every chart with marks", async () => {
    for (const [id, marks] of CHARTS) {
      const count = await page.getByTestId(id).locator(`svg ${marks}`).count();
      assert.ok(count > 0, `${id} has no ${marks}`);
    }
    await waitForCount(
      page.getByTestId("ratings-distribution").locator("svg g[aria-label='bar'] rect"),
      5,
    );
    await waitForCount(
      page.getByTestId("ratings-day-means").locator("svg g[aria-label='dot'] circle"),
      7,
    );
  });

  it("shows the figures the database gives", async () => {
    assert.ok(full.months > 0, "the sample has months with at least 100 ratings");
    assert.equal(await text(page, "ratings-reviews"), int(full.reviews));
    assert.equal(await text(page, "ratings-ratings"), int(full.ratings));
    assert.equal(await text(page, "ratings-rated-recipes"), int(full.recipes));
    assert.equal(await text(page, "ratings-mean"), fixed(full.mean, 3));
    assert.equal(await text(page, "ratings-unrated-share"), percent(full.unrated / full.reviews));
    assert.equal(await text(page, "ratings-five-share"), percent(full.five / full.ratings));
    assert.equal(await text(page, "ratings-months"), int(full.months));
    assert.ok(full.topId !== null, "some recipe has enough ratings to be ranked");
    const firstRow = page.getByTestId("ratings-top-table").locator("tbody tr").first();
    assert.equal(await firstRow.getAttribute("data-recipe"), String(full.topId));
    assert.equal(await firstRow.locator("[data-bayes]").innerText(), fixed(full.topBayes!, 3));
    assert.equal(
      await page
        .locator("[data-testid='ratings-season-table'] tr[data-group='0'] [data-ratings]")
        .innerText(),
      int(full.winter),
    );
    assert.equal(
      await page
        .locator("[data-testid='ratings-daytype-table'] tr[data-group='1'] [data-ratings]")
        .innerText(),
      int(full.weekend),
    );
    for (const id of ["ratings-season-tests", "ratings-weekday-tests", "ratings-monthly-tests"])
      assert.match(await text(page, id), /p (=|<) /, `${id} reports a p-value`);
  });

  it("recomputes every analysis for another year range in DuckDB-WASM", async () => {
    await page.locator(".db-status[data-state='ready']").waitFor({ timeout: 60_000 });
    const range = { from: Math.max(bounds.from, 2006), to: Math.min(bounds.to, 2010) };
    const narrow = await expected(site.dbPath, range.from, range.to);
    assert.ok(narrow.ratings < full.ratings, "the range leaves ratings out");
    assert.notEqual(narrow.winter, full.winter, "the season card's figures change");
    await page.getByTestId("year-from").selectOption(String(range.from));
    await page.getByTestId("year-to").selectOption(String(range.to));
    await page
      .getByTestId("ratings-ratings")
      .filter({ hasText: new RegExp(`^${int(narrow.ratings)}$`) })
      .waitFor({ timeout: 30_000 });
    assert.equal(await text(page, "ratings-reviews"), int(narrow.reviews));
    assert.equal(await text(page, "ratings-mean"), fixed(narrow.mean, 3));
    assert.match(await text(page, "ratings-scope"), new RegExp(`${range.from}–${range.to}`));
    assert.match(await text(page, "ratings-scope"), new RegExp(int(narrow.reviews)));
    await session.screenshot("ratings-range-top-en");

    // A card below the fold keeps the figures of the years it last drew, marked busy…
    const season = page.getByTestId("ratings-season");
    assert.equal(await season.getAttribute("aria-busy"), "true");
    assert.equal(await heldText(winterRatings(page)), int(full.winter));
    // …until it comes into view: then it draws the new range's, equal to the native query's.
    await reveal(page, "ratings-season");
    assert.equal(await shownText(winterRatings(page)), int(narrow.winter));

    await reveal(page, "ratings-bias");
    assert.equal(await text(page, "ratings-rated-recipes"), int(narrow.recipes));
    assert.equal(await text(page, "ratings-five-share"), percent(narrow.five / narrow.ratings));
    await reveal(page, "ratings-top");
    if (narrow.topId !== null) {
      const firstRow = page.getByTestId("ratings-top-table").locator("tbody tr").first();
      assert.equal(await firstRow.getAttribute("data-recipe"), String(narrow.topId));
      assert.equal(await shownText(firstRow.locator("[data-bayes]")), fixed(narrow.topBayes!, 3));
    }
    await reveal(page, "ratings-monthly");
    assert.equal(await text(page, "ratings-months"), int(narrow.months));
    // Every month with a rating is a dot of the monthly chart (faint or in the trend).
    await waitForCount(
      page.getByTestId("ratings-monthly-chart").locator("svg g[aria-label='dot'] circle"),
      narrow.monthsWithRatings,
    );
    await reveal(page, "ratings-weekday");
    assert.equal(
      await shownText(
        page.locator("[data-testid='ratings-daytype-table'] tr[data-group='1'] [data-ratings]"),
      ),
      int(narrow.weekend),
    );
    // The address follows the change once its cards in view are drawn.
    await page.waitForURL(
      (url) =>
        url.searchParams.get("from") === String(range.from) &&
        url.searchParams.get("to") === String(range.to),
      { timeout: 10_000 },
    );
    await session.screenshot("ratings-range-en");
  });

  for (const lang of ["en", "fr"] as const) {
    it(`speaks only ${lang} with ?lang=${lang}`, async () => {
      await page.goto(`${server.origin}/ratings?lang=${lang}`);
      await waitForCharts(page);
      await page.locator(".db-status[data-state='ready']").waitFor({ timeout: 60_000 });
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(languageProblems(await visibleText(page), lang), []);
      await session.screenshot(`ratings-${lang}`);
    });
  }

  it("stays readable in dark mode", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${server.origin}/ratings?lang=en`);
    await waitForCharts(page);
    await session.screenshot("ratings-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
