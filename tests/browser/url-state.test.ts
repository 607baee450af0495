/**
 * Shareable state on the shared test site: filters written to the address, restored after a reload,
 * in a new page and on back/forward; hostile address values ignored with a visible notice and
 * never injected; the overview's figures equal a native DuckDB query over the site's own Parquet.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { computeFirstPaint } from "../../loaders/analysis/exports.ts";
import { TRENDS_QUERIES, TRENDS_TABLES } from "../../src/analysis/trends-queries.ts";
import { SEASONALITY_QUERIES, SEASONALITY_TABLES } from "../../src/analysis/seasonality-queries.ts";
import type { YearRange } from "../../src/analysis/query.ts";
import { translate } from "../../src/i18n/index.ts";
import { shownText, waitForCount } from "../helpers/browser.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const en = (key: Parameters<typeof translate>[1]) => translate("en", key);
const ANY_TIME = 2147483647;

/** Recipes matching the overview's filters, counted natively in the Parquet file the site serves. */
async function nativeMatching(dist: string, maxMinutes: number, minRatings: number) {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((f) => /^recipes\.[0-9a-f]+\.parquet$/.test(f));
  assert.ok(file, "the site serves recipes.parquet");
  const db = await openDatabase(":memory:");
  try {
    const [{ n }] = await queryJson<{ n: number }>(
      db.connection,
      `SELECT count(*)::INTEGER AS n FROM read_parquet('${join(dir, file)}')
       WHERE minutes <= ${Number(maxMinutes)} AND n_ratings >= ${Number(minRatings)}`,
    );
    return n;
  } finally {
    db.close();
  }
}

const matching = async (page: Page) =>
  Number(await page.getByTestId("matching").getAttribute("data-count"));

async function waitForMatching(page: Page, n: number) {
  const deadline = Date.now() + 30_000;
  while ((await matching(page).catch(() => NaN)) !== n) {
    if (Date.now() > deadline) assert.equal(await matching(page), n, "matching recipes");
    await page.waitForTimeout(100);
  }
}

const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

const minutesSelect = (page: Page) => page.getByLabel(en("overview.yearly.maxMinutes"));
const ratingsNumber = (page: Page) =>
  page
    .locator("form")
    .filter({ hasText: en("overview.yearly.minRatings") })
    .locator("input[type=number]");

async function openOverview(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId("matching").waitFor({ timeout: 60_000 });
}

describe("Shareable URL state", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let server: ServedSite;
  let page: Page;
  let dist: string;
  const dialogs: string[] = [];

  before(async () => {
    session = await openSiteSession();
    ({ page, server } = session);
    dist = session.site.dist;
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  after(async () => {
    await session?.close();
  });

  it("Overview: the filters go into the address, survive a reload and open in a new page", async () => {
    await openOverview(page, `${server.origin}/?lang=en`);
    const all = await nativeMatching(dist, ANY_TIME, 0);
    await waitForMatching(page, all);
    assert.deepEqual(query(page), { lang: "en" });

    await minutesSelect(page).selectOption({ label: en("overview.yearly.upTo30") });
    await page.waitForTimeout(1000); // a pause: the next change is a new history entry
    await ratingsNumber(page).fill("2");
    await ratingsNumber(page).dispatchEvent("input");
    const expected = await nativeMatching(dist, 30, 2);
    assert.notEqual(expected, all, "the filters change the count");
    await waitForMatching(page, expected);
    assert.deepEqual(query(page), { lang: "en", maxMinutes: "30", minRatings: "2" });

    await page.reload();
    await page.getByTestId("matching").waitFor();
    await waitForMatching(page, expected);
    assert.equal(await ratingsNumber(page).inputValue(), "2");
    assert.equal(
      await minutesSelect(page).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
      en("overview.yearly.upTo30"),
    );

    const other = await session.browser.newPage();
    try {
      await openOverview(other, page.url());
      await waitForMatching(other, expected);
      assert.equal(await ratingsNumber(other).inputValue(), "2");
    } finally {
      await other.close();
    }
  });

  it("Overview: back and forward step through the changes", async () => {
    const only30 = await nativeMatching(dist, 30, 0);
    const both = await nativeMatching(dist, 30, 2);
    await page.goBack();
    await waitForMatching(page, only30);
    assert.deepEqual(query(page), { lang: "en", maxMinutes: "30" });
    assert.equal(await ratingsNumber(page).inputValue(), "0");
    await page.goBack();
    await waitForMatching(page, await nativeMatching(dist, ANY_TIME, 0));
    assert.deepEqual(query(page), { lang: "en" });
    await page.goForward();
    await waitForMatching(page, only30);
    await page.goForward();
    await waitForMatching(page, both);
    assert.deepEqual(query(page), { lang: "en", maxMinutes: "30", minRatings: "2" });
    // The language switch keeps the view.
    const frHref = await page.locator(".lang-switch a[hreflang=fr]").getAttribute("href");
    assert.deepEqual(Object.fromEntries(new URL(frHref!, server.origin).searchParams), {
      lang: "fr",
      maxMinutes: "30",
      minRatings: "2",
    });
  });

  it("Overview: invalid values are ignored with a notice, and the notice clears them", async () => {
    await openOverview(
      page,
      `${server.origin}/?lang=en&maxMinutes=${encodeURIComponent("' OR 1=1 --")}&minRatings=1e999`,
    );
    await waitForMatching(page, await nativeMatching(dist, ANY_TIME, 0));
    const notice = page.getByTestId("url-notice");
    assert.ok(await notice.isVisible());
    const text = await notice.innerText();
    assert.match(text, /maxMinutes=' OR 1=1 --/);
    assert.match(text, /minRatings=1e999/);
    await notice.getByRole("button").click();
    assert.ok(await notice.isHidden());
    assert.deepEqual(query(page), { lang: "en" });
  });

  const trendsCharts = (page: Page) =>
    page.locator("[data-testid=volume-card] svg[aria-label] g[aria-label=rect] rect");
  /** The volume bars once the card is in view (a section out of view waits to redraw). */
  const trendsBars = async (page: Page, n: number) => {
    await page.getByTestId("volume-card").scrollIntoViewIfNeeded();
    await waitForCount(trendsCharts(page), n, 60_000);
  };
  /** Polls until the address holds `expected` (it is written once the change is drawn). */
  const waitForQuery = async (page: Page, expected: Record<string, string>) => {
    const deadline = Date.now() + 10_000;
    while (!isDeepStrictEqual(query(page), expected) && Date.now() < deadline)
      await page.waitForTimeout(50);
    assert.deepEqual(query(page), expected);
  };

  it("Trends: years, band and kind round-trip through the address", async () => {
    const first = await computeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES, session.site.dbPath);
    const range: YearRange = { from: first.range.from + 3, to: first.range.from + 8 };
    await page.goto(`${server.origin}/trends?lang=en`);
    await page.getByTestId("year-from").waitFor();
    await page.locator(".db-status[data-state=ready]").waitFor({ timeout: 60_000 });
    await page.getByTestId("year-from").selectOption(String(range.from));
    await page.getByTestId("year-to").selectOption(String(range.to));
    await page.waitForTimeout(1000);
    await page.getByTestId("band-input").getByLabel("Q10–90").check();
    await page.getByTestId("kind-input").getByLabel("Tags").check();
    await trendsBars(page, range.to - range.from + 1);
    await waitForQuery(page, {
      lang: "en",
      from: String(range.from),
      to: String(range.to),
      band: "10-90",
      kind: "tag",
    });
    // Each section scrolled into view first, and read once drawn: one out of view redraws once a
    // reader gets to it.
    const read = async (p: Page, id: string) => {
      const element = p.getByTestId(id);
      await element.scrollIntoViewIfNeeded();
      await p.waitForFunction(
        (id) =>
          !document
            .querySelector(`[data-testid="${id}"]`)
            ?.closest("[data-section]")
            ?.hasAttribute("aria-busy"),
        id,
        { timeout: 60_000 },
      );
      return shownText(element);
    };
    const shown = async (p: Page) => ({
      volume: await read(p, "volume-interpretation"),
      top: await read(p, "top-items-interpretation"),
      band: await read(p, "minutes-card"),
    });
    /** Polls until the page shows `expected` (sections redraw as they come into view). */
    const waitForShown = async (p: Page, expected: Awaited<ReturnType<typeof shown>>) => {
      const deadline = Date.now() + 60_000;
      let now = await shown(p);
      while (!isDeepStrictEqual(now, expected) && Date.now() < deadline) {
        await p.waitForTimeout(100);
        now = await shown(p);
      }
      assert.deepEqual(now, expected);
    };
    const before = await shown(page);
    assert.match(before.band, /Q10–90/);

    await page.reload();
    await trendsBars(page, range.to - range.from + 1);
    await waitForShown(page, before);
    assert.equal(await page.getByTestId("year-from").inputValue(), String(range.from));
    assert.ok(await page.getByTestId("band-input").getByLabel("Q10–90").isChecked());

    // The years were one step, band and kind (changed together) the next.
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes("band="));
    assert.deepEqual(query(page), { lang: "en", from: String(range.from), to: String(range.to) });
    assert.ok(await page.getByTestId("kind-input").getByLabel("Ingredients").isChecked());
    assert.ok(await page.getByTestId("band-input").getByLabel("Q25–75").isChecked());
    await trendsBars(page, range.to - range.from + 1);
    await page.goBack(); // the whole range
    await trendsBars(page, first.range.to - first.range.from + 1);
    assert.deepEqual(query(page), { lang: "en" });
    assert.equal(await page.getByTestId("year-from").inputValue(), String(first.range.from));
    await page.goForward();
    await page.goForward();
    await trendsBars(page, range.to - range.from + 1);
    await waitForShown(page, before);
  });

  it("Trends: hostile values are ignored, shown as text only, and nothing is injected", async () => {
    const first = await computeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES, session.site.dbPath);
    const hostile = {
      from: "abc",
      to: "1800",
      band: "<img src=x onerror=alert(1)>",
      kind: "' OR 1=1 --",
    };
    const search = new URLSearchParams({ lang: "en", ...hostile });
    await page.goto(`${server.origin}/trends?${search}`);
    const notice = page.getByTestId("url-notice");
    await notice.waitFor({ state: "visible", timeout: 60_000 });
    await waitForCount(trendsCharts(page), first.range.to - first.range.from + 1, 60_000);
    const text = await notice.innerText();
    for (const [key, value] of Object.entries(hostile))
      assert.ok(text.includes(`${key}=${value}`), key);
    assert.equal(
      await page.locator("img[src=x], img[onerror]").count(),
      0,
      "no element from a value",
    );
    assert.equal(await notice.locator("img, script").count(), 0);
    assert.equal(await page.getByTestId("year-from").inputValue(), String(first.range.from));
    assert.equal(await page.getByTestId("year-to").inputValue(), String(first.range.to));
    assert.ok(await page.getByTestId("band-input").getByLabel("Q25–75").isChecked());
    assert.deepEqual(dialogs, [], "no dialog opened");
  });

  it("Seasonality: the colour scale and years come back from a pasted link, in French", async () => {
    const first = await computeFirstPaint(
      SEASONALITY_QUERIES,
      SEASONALITY_TABLES,
      session.site.dbPath,
    );
    const range = { from: first.range.from + 2, to: first.range.to - 2 };
    const url = `${server.origin}/seasonality?lang=fr&from=${range.from}&to=${range.to}&colour=share&from2=kept`;
    const other = await session.browser.newPage();
    try {
      await other.goto(url);
      await other
        .locator("[data-testid=items-tag] svg[aria-label]")
        .first()
        .waitFor({ timeout: 60_000 });
      assert.equal(await other.getByTestId("year-from").inputValue(), String(range.from));
      assert.equal(await other.getByTestId("year-to").inputValue(), String(range.to));
      assert.ok(
        await other.getByLabel(translate("fr", "seasonality.items.colour.share")).isChecked(),
      );
      assert.ok(await other.getByTestId("url-notice").isHidden());
      // Changing the colour keeps the other parameters, including ones the page does not know.
      await other.getByLabel(translate("fr", "seasonality.items.colour.deviation")).check();
      await other.waitForFunction(() => !location.search.includes("colour="));
      assert.deepEqual(query(other), {
        lang: "fr",
        from: String(range.from),
        to: String(range.to),
        from2: "kept",
      });
      await other.goto(`${server.origin}/seasonality?lang=fr&colour=%3Cb%3Ex%3C%2Fb%3E`);
      const notice = other.getByTestId("url-notice");
      await notice.waitFor({ state: "visible", timeout: 60_000 });
      assert.equal(await notice.locator("b").count(), 0);
      assert.deepEqual(languageProblems(await visibleText(other), "fr"), []);
    } finally {
      await other.close();
    }
  });

  it("leaves a clean session: no console error, failed request or CSP violation", async (t) => {
    await assertCleanSession(t, session);
  });
});
