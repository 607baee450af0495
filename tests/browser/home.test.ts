/**
 * The home page, built offline from a generated sample and opened in headless Chromium: every
 * figure it shows equals the same SQL run by DuckDB in Node on the database it was built from, the
 * interactive chart follows its filters, and nothing fails or leaves the origin.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { queryJson } from "../../loaders/duckdb.ts";
import { openExportDatabase } from "../../loaders/export-store.ts";
import { waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import { SHARED_SAMPLE } from "../helpers/shared-site.ts";
import type { BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const fmt = (n: number) => n.toLocaleString("en-US");

async function sql<T>(dbPath: string, query: string): Promise<T[]> {
  // The export store holds the analysis set; the ingested tables stay the default names.
  const db = await openExportDatabase(dbPath);
  try {
    return await queryJson<T>(db.connection, query);
  } finally {
    db.close();
  }
}

const kpiText = (page: Page, label: string) => page.locator(`[data-kpi="${label}"]`).innerText();

describe("home page", { timeout: 600_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;

  before(async () => {
    session = await openSiteSession();
    ({ page, site, server } = session);
    await page.goto(`${server.url}?lang=en`);
    await page
      .locator(
        "[aria-label='Recipes submitted per year'] rect, svg[aria-label='Recipes submitted per year'] rect",
      )
      .first()
      .waitFor({ timeout: 60_000 });
  });

  after(async () => {
    await session?.close();
  });

  it("shows the KPIs the database gives", async () => {
    const [k] = await sql<{
      recipes: number;
      reviews: number;
      users: number;
      ratings: number;
      contributors: number;
    }>(
      site.dbPath,
      `SELECT (SELECT count(*) FROM recipes)::INTEGER AS recipes, count(*)::INTEGER AS reviews,
              count(DISTINCT user_id)::INTEGER AS users, count(rating)::INTEGER AS ratings,
              (SELECT count(DISTINCT contributor_id) FROM recipes)::INTEGER AS contributors
       FROM interactions`,
    );
    assert.equal(k!.recipes, SHARED_SAMPLE.recipes);
    assert.equal(await kpiText(page, "recipes"), fmt(k!.recipes));
    assert.equal(await kpiText(page, "reviews"), fmt(k!.reviews));
    assert.equal(await kpiText(page, "users"), fmt(k!.users));
    assert.equal(await kpiText(page, "rated"), `${((100 * k!.ratings) / k!.reviews).toFixed(1)}%`);
    const [{ first, last }] = await sql<{ first: string; last: string }>(
      site.dbPath,
      `SELECT strftime(min(submitted), '%b %-d, %Y') AS first, strftime(max(submitted), '%b %-d, %Y') AS last FROM recipes`,
    );
    assert.equal(await kpiText(page, "submitted"), `${first} – ${last}`);
    const [set] = await sql<{ n: number }>(
      site.dbPath,
      "SELECT count(*)::INTEGER AS n FROM analysis_set",
    );
    assert.equal(await kpiText(page, "analysis-set"), fmt(set!.n));
  });

  it("shows one card per analysis page, with its computed finding and chart, linking to it", async () => {
    for (const path of ["trends", "seasonality", "weekday", "ratings"]) {
      const card = page.getByTestId(`card-${path}`);
      await card.locator("svg").first().waitFor({ timeout: 30_000 });
      const finding = await card.getByTestId(`finding-${path}`).innerText();
      assert.ok(finding.length > 20, `${path}: finding "${finding}"`);
      assert.match(finding, /\d/, `${path}: the finding carries a figure`);
      assert.match(
        (await card.locator("h2 a").getAttribute("href")) ?? "",
        new RegExp(`${path}\\?lang=en$`),
      );
    }
  });

  it("says the data is a synthetic sample", async () => {
    const note = page.locator("[data-source]");
    assert.equal(await note.getAttribute("data-source"), "sample");
    assert.match(await note.innerText(), /Synthetic sample data/);
  });

  it("draws one bar per year, and the filter redraws them with the figures of the same SQL", async () => {
    const perYear = (maxMinutes: number) =>
      sql<{ year: number; n: number }>(
        site.dbPath,
        `SELECT year(submitted)::INTEGER AS year, count(*)::INTEGER AS n FROM recipes WHERE minutes <= ${maxMinutes} GROUP BY 1 ORDER BY 1`,
      );
    const bars = page.locator(
      "svg[aria-label='Recipes submitted per year'] g[aria-label='bar'] rect",
    );
    const all = await perYear(2147483647);
    await waitForCount(bars, all.length);
    assert.equal(await page.getByTestId("matching").getAttribute("data-count"), "2000");

    await page.getByLabel("Preparation time").selectOption({ label: "30 minutes or less" });
    const quick = await perYear(30);
    const expected = quick.reduce((s, r) => s + r.n, 0);
    await page
      .locator(`[data-testid="matching"][data-count="${expected}"]`)
      .waitFor({ timeout: 15_000 });
    await waitForCount(bars, quick.length);
    assert.ok(expected < SHARED_SAMPLE.recipes, "the filter removes recipes");
    await session.screenshot("home");
  });

  it("lists the quality checks with the database's counts", async () => {
    const checks = await sql<{ check_id: string; rows: number }>(
      site.dbPath,
      "SELECT check_id, rows FROM quality_checks",
    );
    assert.ok(checks.length >= 10);
    for (const c of checks) {
      const cell = page.locator(`tr[data-check="${c.check_id}"] td:last-child`);
      assert.equal(await cell.innerText(), fmt(c.rows), c.check_id);
    }
    assert.ok(
      checks.some((c) => c.check_id === "minutes_absurd" && c.rows > 0),
      "the sample's outliers are flagged",
    );
  });

  it("speaks English, then French after the switch, with nothing left untranslated", async () => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.deepEqual(languageProblems(await visibleText(page), "en"), []);
    await page.locator(".lang-switch a[hreflang=fr]").click();
    await page.locator("[data-kpi=recipes]").waitFor();
    await page.locator("svg[aria-label='Recettes publiées par année'] rect").first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    assert.equal(await kpiText(page, "recipes"), SHARED_SAMPLE.recipes.toLocaleString("fr-FR"));
    assert.deepEqual(languageProblems(await visibleText(page), "fr"), []);
    await session.screenshot("home-fr");
    // The choice is remembered: a link without ?lang= stays in French.
    await page.goto(server.url);
    await page.locator("[data-kpi=recipes]").waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
