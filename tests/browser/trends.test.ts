/**
 * The Trends page on the shared test site, in headless Chromium: every chart draws, the figures it
 * shows equal the same queries and fits computed natively on the site's database, the year range,
 * the quantile band and the kind switch redraw it, each language leaves no string of the other, and
 * nothing fails or leaves the origin. After a change of years, a section below the fold keeps its
 * figures, marked busy, until it is scrolled into view.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { openExportDatabase } from "../../loaders/export-store.ts";
import { computeFirstPaint } from "../../loaders/analysis/exports.ts";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import { createAnalysisTables } from "../../loaders/analysis/tables.ts";
import { runPageQueries, type YearRange } from "../../src/analysis/query.ts";
import {
  analyseTrends,
  NUTRIENT_SPECS,
  SIZE_SPECS,
  type TrendsAnalysis,
} from "../../src/analysis/trends-analysis.ts";
import {
  fitStatsText,
  moversSentence,
  normalitySentence,
  topItemSentence,
  trendCautions,
  trendSentence,
} from "../../src/analysis/trends-interpret.ts";
import {
  TRENDS_QUERIES,
  TRENDS_TABLES,
  type TrendsResults,
} from "../../src/analysis/trends-queries.ts";
import { wording } from "../../src/components/trends/wording.ts";
import { t } from "../../src/i18n/index.ts";
import { heldText, shownText, waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import type { BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

/** Every chart container of the page and a mark it must draw. */
const CHARTS: Record<string, string> = {
  "volume-card": "g[aria-label=rect] rect",
  "qq-counts": "g[aria-label=dot] circle",
  "qq-residuals": "g[aria-label=dot] circle",
  "minutes-card": "g[aria-label=area] path",
  "panel-complexity": "g[aria-label=dot] circle",
  "panel-n_steps": "g[aria-label=dot] circle",
  "panel-n_ingredients": "g[aria-label=dot] circle",
  "panel-calories": "g[aria-label=dot] circle",
  "panel-carbohydrates_pdv": "g[aria-label=dot] circle",
  "panel-total_fat_pdv": "g[aria-label=dot] circle",
  "panel-protein_pdv": "g[aria-label=dot] circle",
  "top-items-card": "g[aria-label=bar] rect",
  "panel-entropy": "g[aria-label=dot] circle",
  "panel-distinct": "g[aria-label=dot] circle",
  "movers-card": "g[aria-label=bar] rect",
  "curves-increase": "g[aria-label=line] path",
  "curves-decrease": "g[aria-label=line] path",
};

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** What the page must say for a range, computed natively (English wording). */
function expectedTexts(results: TrendsResults, range: YearRange, kind: "ingredient" | "tag") {
  const a: TrendsAnalysis = analyseTrends(results, range);
  const diversity = a.diversity[kind];
  const fits = {
    volume: a.volume.trend,
    minutes: a.minutes.trend,
    ...Object.fromEntries(Object.entries(a.size).map(([id, d]) => [id, d.trend])),
    ...Object.fromEntries(Object.entries(a.nutrition).map(([id, d]) => [id, d.trend])),
    entropy: diversity.entropy.trend,
    distinct: diversity.distinct.trend,
  };
  const cautions = Object.fromEntries(
    Object.entries(fits).map(([id, trend]) => [id, trendCautions(wording, trend)]),
  );
  const texts: Record<string, string> = {
    "volume-interpretation": trendSentence(wording, a.volume.trend, {
      subject: t("trends.volume.subject"),
      unit: t("unit.recipes"),
    }),
    "volume-stats": fitStatsText(wording, a.volume.trend, t("unit.recipes")),
    "normality-interpretation": normalitySentence(
      wording,
      a.volume.normality.countsTest,
      a.volume.normality.residualsTest,
    ),
    "minutes-interpretation": trendSentence(wording, a.minutes.trend, {
      subject: t("trends.minutes.subject"),
      unit: t("unit.minutes"),
    }),
    "minutes-stats": fitStatsText(wording, a.minutes.trend, t("unit.minutes")),
    "top-items-interpretation": topItemSentence(
      wording,
      results.topItems.filter((d) => d.kind === kind),
      t(`trends.items.kindWord.${kind}`),
      a.recipes,
      range,
    ),
    "movers-interpretation": moversSentence(
      wording,
      results.movers.filter((d) => d.kind === kind),
      a.yearRecipes,
    ),
  };
  for (const [id, spec] of Object.entries({ ...SIZE_SPECS, ...NUTRIENT_SPECS })) {
    const { trend } =
      id in a.size
        ? a.size[id as keyof typeof SIZE_SPECS]
        : a.nutrition[id as keyof typeof NUTRIENT_SPECS];
    texts[`${id}-interpretation`] = trendSentence(wording, trend, {
      subject: t(spec.subject),
      unit: t(spec.unit),
    });
    texts[`${id}-stats`] = fitStatsText(wording, trend, t(spec.unit));
  }
  texts["entropy-interpretation"] = trendSentence(wording, diversity.entropy.trend, {
    subject: t(`trends.diversity.entropy.subject.${kind}`),
    unit: t("trends.unit.nats"),
  });
  texts["distinct-interpretation"] = trendSentence(wording, diversity.distinct.trend, {
    subject: t(`trends.diversity.distinct.subject.${kind}`),
    unit: t(kind === "tag" ? "trends.unit.tags" : "trends.unit.ingredients"),
  });
  return { texts, cautions };
}

/** Each figure and caution, scrolled into view as a reader would (see waitForText). */
async function assertTexts(page: Page, { texts, cautions }: ReturnType<typeof expectedTexts>) {
  for (const [id, text] of Object.entries(texts)) {
    await page.getByTestId(id).scrollIntoViewIfNeeded();
    assert.equal(squash(await shownText(page.getByTestId(id))), squash(text), id);
  }
  for (const [id, list] of Object.entries(cautions)) {
    const items = page.locator(`[data-testid=${id}-warnings] li`);
    const shown: string[] = [];
    for (let i = 0; i < (await items.count()); i++) {
      await items.nth(i).scrollIntoViewIfNeeded();
      shown.push(squash(await shownText(items.nth(i))));
    }
    assert.deepEqual(shown, list.map(squash), `${id} cautions`);
  }
}

/**
 * Waits until a figure shows the expected text (the page redraws asynchronously), scrolled into
 * view as a reader would: the page does not render the sections out of view after a change.
 */
async function waitForText(page: Page, id: string, text: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const figure = page.getByTestId(id);
    // A figure being redrawn is replaced: read it again on the next turn.
    const shown = await figure
      .scrollIntoViewIfNeeded({ timeout: 5_000 })
      .then(() => shownText(figure, 5_000))
      .then(squash, (error: Error) => `(not shown: ${error.message.split("\n")[0]})`);
    if (shown === squash(text)) return;
    if (Date.now() > deadline) assert.equal(shown, squash(text), `${id} after waiting`);
    await page.waitForTimeout(100);
  }
}

/** Polls until `check` holds (the page redraws asynchronously). */
async function waitUntil(page: Page, check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    assert.ok(Date.now() < deadline, what);
    await page.waitForTimeout(100);
  }
}

/** Scrolls to every section in turn, as a reader would, and waits until each has drawn. */
async function revealSections(page: Page) {
  const sections = page.locator("[data-section]");
  for (let i = 0; i < (await sections.count()); i++) {
    const section = sections.nth(i);
    await section.scrollIntoViewIfNeeded();
    await waitUntil(
      page,
      async () => (await section.getAttribute("aria-busy")) === null,
      `section ${await section.getAttribute("data-section")} #${i} drawn once in view`,
    );
  }
}

describe("Trends page", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;
  let full: TrendsResults;
  let fullRange: YearRange;

  const open = async (lang: "en" | "fr") => {
    await page.goto(`${server.origin}/trends?lang=${lang}`);
    await page
      .locator("[data-testid=curves-decrease] svg[aria-label]")
      .first()
      .waitFor({ timeout: 60_000 });
  };

  before(async () => {
    session = await openSiteSession();
    ({ page, site, server } = session);
    const first = await computeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES, site.dbPath);
    full = first.results;
    fullRange = first.range;
    await open("en");
  });

  after(async () => {
    await session?.close();
  });

  it("draws every chart with marks", async () => {
    for (const [id, mark] of Object.entries(CHARTS)) {
      const chart = page.locator(`[data-testid=${id}] svg[aria-label]`).first();
      assert.ok((await chart.locator(mark).count()) > 0, `${id} draws ${mark}`);
    }
    // One bar per year of the range, and one point per yearly mean where the year has recipes.
    await waitForCount(
      page.locator("[data-testid=volume-card] svg[aria-label] g[aria-label=rect] rect"),
      fullRange.to - fullRange.from + 1,
    );
    await waitForCount(
      page.locator("[data-testid=panel-calories] svg[aria-label] g[aria-label=dot] circle"),
      full.yearly.length,
    );
  });

  it("shows the figures computed natively on the site's database", async () => {
    await assertTexts(page, expectedTexts(full, fullRange, "ingredient"));
    // The recipes it says it uses are the analysis set, counted straight from the export store.
    const db = await openExportDatabase(site.dbPath);
    const [{ n }] = await queryJson<{ n: number }>(
      db.connection,
      "SELECT count(*)::INTEGER AS n FROM analysis_set",
    );
    db.close();
    assert.match(
      await page.getByTestId("analysis-set").innerText(),
      new RegExp(`^${n.toLocaleString("en-US")} recipes of`),
    );
  });

  it("switches the quantile band without changing the fit", async () => {
    const area = page
      .locator("[data-testid=minutes-card] svg[aria-label] g[aria-label=area] path")
      .first();
    const before = await area.getAttribute("d");
    const stats = await page.getByTestId("minutes-stats").innerText();
    await page.getByTestId("band-input").getByLabel("Q5–95").check();
    const deadline = Date.now() + 15_000;
    while ((await area.getAttribute("d")) === before && Date.now() < deadline)
      await page.waitForTimeout(50);
    assert.notEqual(await area.getAttribute("d"), before, "the band is redrawn");
    assert.match(await page.locator("[data-testid=minutes-card]").innerText(), /Q5–95 band/);
    assert.equal(await page.getByTestId("minutes-stats").innerText(), stats);
  });

  it("switches to tags", async () => {
    await page.getByTestId("kind-input").getByLabel("Tags").check();
    const expected = expectedTexts(full, fullRange, "tag").texts;
    for (const id of [
      "top-items-interpretation",
      "movers-interpretation",
      "entropy-interpretation",
      "distinct-interpretation",
    ])
      await waitForText(page, id, expected[id]);
    const topTags = full.topItems.filter((d) => d.kind === "tag").map((d) => d.item);
    const labels = await page
      .locator(
        "[data-testid=top-items-card] svg[aria-label] g[aria-label='y-axis tick label'] text",
      )
      .allTextContents();
    assert.deepEqual(labels, topTags);
    await page.getByTestId("kind-input").getByLabel("Ingredients").check();
    await waitForText(
      page,
      "top-items-interpretation",
      expectedTexts(full, fullRange, "ingredient").texts["top-items-interpretation"],
    );
  });

  /** Native results for a range, from the site's own database. */
  async function nativeResults(range: YearRange): Promise<TrendsResults> {
    const db = await openDatabase(site.dbPath, { readOnly: true });
    try {
      await createAnalysisTables(db.connection, TRENDS_TABLES);
      return await runPageQueries(nativeRunner(db.connection), TRENDS_QUERIES, range);
    } finally {
      db.close();
    }
  }

  /**
   * Changes the years from the top of the page: the section in view redraws at once; the movers,
   * below the fold, keep the previous range's figures (busy) until scrolled to, then show the new
   * range's. Then every section is scrolled to and must show the new range's figures.
   */
  async function chooseYears(range: YearRange, results: TrendsResults) {
    await page.evaluate(() => window.scrollTo(0, 0));
    const movers = page.getByTestId("movers-card");
    const oldMovers = await heldText(page.getByTestId("movers-interpretation"));
    // The control reorders a reversed pair, so move the bound that keeps the pair in order first.
    const to = Number(await page.getByTestId("year-to").inputValue());
    const order = range.from > to ? ["to", "from"] : ["from", "to"];
    for (const bound of order)
      await page.getByTestId(`year-${bound}`).selectOption(String(range[bound as keyof YearRange]));
    const expected = expectedTexts(results, range, "ingredient");
    await waitForText(page, "volume-interpretation", expected.texts["volume-interpretation"]);
    assert.equal(await page.getByTestId("volume-card").getAttribute("aria-busy"), null);
    const box = await movers.boundingBox();
    assert.ok(box && box.y > page.viewportSize()!.height, "the movers are below the fold");
    await waitUntil(
      page,
      async () => (await movers.getAttribute("aria-busy")) === "true",
      "the movers wait, busy",
    );
    assert.notEqual(expected.texts["movers-interpretation"], oldMovers, "the ranges differ");
    await page.waitForTimeout(500);
    assert.equal(await movers.getAttribute("aria-busy"), "true", "still waiting out of view");
    assert.equal(await heldText(page.getByTestId("movers-interpretation")), oldMovers);
    await movers.scrollIntoViewIfNeeded();
    await waitForText(page, "movers-interpretation", expected.texts["movers-interpretation"]);
    await waitUntil(
      page,
      async () => (await movers.getAttribute("aria-busy")) === null,
      "the movers drawn once in view",
    );
    await revealSections(page);
    for (const [id, text] of Object.entries(expected.texts)) await waitForText(page, id, text);
    await assertTexts(page, expected);
    await waitForCount(
      page.locator("[data-testid=volume-card] svg[aria-label] g[aria-label=rect] rect"),
      range.to - range.from + 1,
    );
    assert.match(
      await page.getByTestId("analysis-set").innerText(),
      new RegExp(
        `^${results.yearly.reduce((s, d) => s + d.recipes, 0).toLocaleString("en-US")} recipes of`,
      ),
    );
  }

  it("recomputes every analysis in DuckDB-WASM when the years change", async () => {
    await page.locator(".db-status[data-state=ready]").waitFor({ timeout: 60_000 });
    await page.getByTestId("kind-input").getByLabel("Ingredients").check();
    const range: YearRange = { from: 2004, to: 2009 };
    await chooseYears(range, await nativeResults(range));
    await session.screenshot("trends-2004-2009-en");
  });

  it("cautions about the last, sparse years of the sample", async () => {
    const range: YearRange = { from: fullRange.to - 3, to: fullRange.to };
    const results = await nativeResults(range);
    const recipes = results.yearly.reduce((s, d) => s + d.recipes, 0);
    assert.ok(recipes < 100, `the sample's last years are sparse (${recipes} recipes)`);
    await chooseYears(range, results);
    assert.ok(
      (await page.locator("[data-testid=minutes-warnings] li").count()) > 0,
      "the preparation-time fit carries a caution",
    );
    await session.screenshot("trends-last-years-en");
  });

  it("speaks one language at a time, in light and dark mode", async () => {
    for (const lang of ["en", "fr"] as const) {
      await open(lang);
      await page.locator(".db-status[data-state=ready]").waitFor({ timeout: 60_000 });
      // Method notes open, and a tooltip shown, so their words are checked too.
      await page.evaluate(() =>
        document.querySelectorAll("details").forEach((d) => (d.open = true)),
      );
      const dot = page.locator(
        "[data-testid=panel-calories] svg[aria-label] g[aria-label=dot] circle",
      );
      await dot.nth(Math.floor((await dot.count()) / 2)).hover();
      const tip = page.locator("[data-testid=panel-calories] g[aria-label=tip]");
      await tip.filter({ hasText: /\d{4}/ }).waitFor();
      const tipText = (await tip.allTextContents()).join(" ");
      const year = lang === "fr" ? "Année de publication" : "Submission year";
      assert.ok(tipText.includes(year), `tooltip names its channels: ${tipText}`);
      assert.deepEqual(languageProblems(await visibleText(page), lang), [], lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await session.screenshot(`trends-${lang}`);
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await session.screenshot("trends-fr-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
