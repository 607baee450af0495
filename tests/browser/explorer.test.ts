/**
 * The recipe explorer on the shared test site, in headless Chromium through the production server:
 * filters (range, tag, text) change the count and the table exactly as the same query run by DuckDB
 * in Node over the site's own Parquet files; sorting works; an empty result says so; the view lives
 * in the URL (reload, pasted link, back) and hostile URL values are ignored with a notice; both
 * languages are complete; Tab reaches every filter; nothing fails or breaks the CSP.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { type Database, openDatabase, sqlString } from "../../loaders/duckdb.ts";
import { nativeRunner } from "../../loaders/analysis/native-runner.ts";
import type { ExplorerVocabularies } from "../../loaders/explorer/exports.ts";
import { type ExplorerPage, runPage } from "../../src/explorer/explorer-queries.ts";
import {
  DEFAULT_SORT,
  type ExplorerFilters,
  type ExplorerSort,
  NO_FILTERS,
} from "../../src/explorer/filters.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import { assertCleanSession, openSiteSession, type SiteSession } from "../helpers/site-session.ts";

const TABLES = [
  "explorer_recipes",
  "explorer_recipe_tags",
  "explorer_recipe_ingredients",
  "explorer_descriptions",
];

/** What the page shows: the count and the recipe ids of the table, in order. */
async function shown(page: Page): Promise<{ count: number; ids: number[] }> {
  const count = Number(
    await page.locator("[data-testid=result-count] strong").getAttribute("data-count"),
  );
  const ids = (await page
    .locator("[data-testid=results-table] tbody tr")
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-recipe-id"))))) as number[];
  return { count, ids };
}

/** Waits until the page shows `expected` (the page redraws asynchronously). */
async function waitForView(page: Page, expected: ExplorerPage, what: string) {
  const want = { count: expected.count.recipes, ids: expected.rows.map((r) => r.recipe_id) };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const got = await shown(page).catch(() => null);
    if (got && got.count === want.count && JSON.stringify(got.ids) === JSON.stringify(want.ids))
      return;
    if (Date.now() > deadline) assert.deepEqual(got, want, what);
    await page.waitForTimeout(100);
  }
}

describe("recipe explorer page", () => {
  let session: SiteSession;
  let page: Page;
  let db: Database;
  let vocab: ExplorerVocabularies;
  let url: string;

  const native = (filters: Partial<ExplorerFilters>, sort: ExplorerSort = DEFAULT_SORT, p = 1) =>
    runPage(nativeRunner(db.connection), { ...NO_FILTERS, ...filters }, sort, p);

  before(async () => {
    session = await openSiteSession();
    page = session.page;
    url = `${session.server.origin}/explorer`;
    // The site's own Parquet files, loaded natively: the same data the browser got.
    const dataDir = join(session.site.dist, "_file", "data");
    const files = readdirSync(dataDir);
    db = await openDatabase(":memory:");
    for (const table of TABLES) {
      const file = files.find((f) => f.startsWith(`${table}.`) && f.endsWith(".parquet"));
      assert.ok(file, `${table} is in the site`);
      await db.connection.run(
        `CREATE TABLE ${table} AS SELECT * FROM read_parquet(${sqlString(join(dataDir, file))})`,
      );
    }
    const vocabFile = files.find(
      (f) => f.startsWith("explorer_vocabulary.") && f.endsWith(".json"),
    );
    vocab = JSON.parse(
      await (await import("node:fs/promises")).readFile(join(dataDir, vocabFile!), "utf8"),
    );
  });
  after(async () => {
    db?.close();
    await session?.close();
  });

  it("shows every recipe first, newest first, with its charts", async (t) => {
    await page.goto(`${url}?lang=en`);
    await waitForView(page, await native({}), "unfiltered");
    for (const id of ["minutes", "rating", "calories", "nutrition"])
      assert.ok(await page.locator(`[data-testid=chart-${id}] svg`).count(), `${id} chart drawn`);
    await page
      .locator("[data-testid=db-status]:empty")
      .waitFor({ state: "attached", timeout: 60_000 });
    await assertCleanSession(t, session);
  });

  it("filters by range, tag and text like DuckDB in Node over the same Parquet", async (t) => {
    await page.selectOption("[data-testid=range-minutes-max]", "60");
    await waitForView(page, await native({ minutes: { min: null, max: 60 } }), "minutes ≤ 60");
    // The address is written once the charts are drawn, just after the view.
    await page.waitForURL(/minutes=\.\.60(&|$)/);

    const tag = vocab.tags.names[2]!;
    await page.locator("[data-testid=items-tags-include-input]").fill(tag);
    await page.locator("[data-testid=items-tags-include-input]").press("Enter");
    const tagged = await native({
      minutes: { min: null, max: 60 },
      tags: { include: [2], exclude: [] },
    });
    await waitForView(page, tagged, `tag ${tag}`);
    assert.ok(tagged.count.recipes > 0, "the tag keeps some recipes");

    await page.locator("[data-testid=text-search]").fill("chocolate");
    await page.locator("[data-testid=text-search]").press("Enter");
    const both = {
      minutes: { min: null, max: 60 },
      tags: { include: [2], exclude: [] },
      text: "chocolate",
    };
    await waitForView(page, await native(both), "text chocolate");
    await assertCleanSession(t, session);
  });

  it("redraws its charts after a change exactly as a fresh page draws them whole", async () => {
    // After a change each chart keeps its first drawing's band axis (kept-axis.ts); a page opened
    // on the changed view draws every chart whole. Both must be the very same SVG.
    const charts = (p: Page) =>
      p
        .locator("[data-testid=charts] figure > svg")
        .evaluateAll((svgs) => svgs.map((svg) => svg.outerHTML));
    const filters = { minutes: { min: null, max: 30 } };
    await page.goto(`${url}?lang=en`);
    await waitForView(page, await native({}), "unfiltered");
    await page.locator("[data-testid=charts] figure > svg").nth(3).waitFor();
    const before = await charts(page);
    await page.selectOption("[data-testid=range-minutes-max]", "30");
    await waitForView(page, await native(filters), "minutes ≤ 30");
    // Below the table, the charts keep the earlier view, marked busy, until they are in view.
    const section = page.locator("[data-section=charts]");
    assert.equal(await section.getAttribute("aria-busy"), "true");
    assert.deepEqual(await charts(page), before);
    await section.scrollIntoViewIfNeeded();
    const fresh = await session.browser.newPage();
    try {
      await fresh.setViewportSize(page.viewportSize()!);
      await fresh.goto(`${url}?lang=en&minutes=..30`);
      await waitForView(fresh, await native(filters), "minutes ≤ 30, fresh page");
      await fresh.locator("[data-testid=charts] figure > svg").nth(3).waitFor();
      const whole = await charts(fresh);
      assert.equal(whole.length, 4, "four charts drawn whole");
      const deadline = Date.now() + 30_000;
      let redrawn = await charts(page);
      while (JSON.stringify(redrawn) !== JSON.stringify(whole) && Date.now() < deadline) {
        await page.waitForTimeout(100);
        redrawn = await charts(page);
      }
      assert.deepEqual(redrawn, whole);
      assert.notDeepEqual(redrawn, before);
      assert.equal(await section.getAttribute("aria-busy"), null);
    } finally {
      await fresh.close();
    }
  });

  it("sorts in SQL when a column header is clicked", async () => {
    const filters = { minutes: { min: null, max: 60 } };
    await page.goto(`${url}?lang=en&minutes=..60`);
    await waitForView(page, await native(filters), "restored");
    await page.locator("[data-testid=sort-minutes]").click();
    const asc = await native(filters, { column: "minutes", direction: "desc" });
    await waitForView(page, asc, "minutes, longest first");
    await page.locator("[data-testid=sort-minutes]").click();
    await waitForView(
      page,
      await native(filters, { column: "minutes", direction: "asc" }),
      "minutes, shortest first",
    );
    assert.equal(
      await page.locator("th[aria-sort=ascending] [data-testid=sort-minutes]").count(),
      1,
      "aria-sort says the order",
    );
    await page.locator("[data-testid=page-next]").click();
    await waitForView(
      page,
      await native(filters, { column: "minutes", direction: "asc" }, 2),
      "page 2",
    );
  });

  it("says clearly when nothing matches, and why for a reversed range", async (t) => {
    await page.goto(`${url}?lang=en&steps=12..3`);
    await page.locator("[data-testid=empty-results]").waitFor();
    assert.match(
      await page.locator("[data-testid=reversed-warning]").innerText(),
      /Number of steps/,
    );
    assert.equal(await page.locator("[data-testid=results-table]").count(), 0);
    await page.goto(`${url}?lang=en&q=${encodeURIComponent("zzqxv no such recipe")}`);
    await page.locator("[data-testid=empty-results]").waitFor({ timeout: 60_000 });
    assert.match(
      await page.locator("[data-testid=empty-results]").innerText(),
      /No recipe matches/,
    );
    await assertCleanSession(t, session);
  });

  it("keeps the view in the URL: reload, pasted link, back", async () => {
    const view = `${url}?lang=en&minutes=5..120&sort=calories-desc&page=2`;
    const expected = await native(
      { minutes: { min: 5, max: 120 } },
      { column: "calories", direction: "desc" },
      2,
    );
    await page.goto(view);
    await waitForView(page, expected, "from the URL");
    await page.reload();
    await waitForView(page, expected, "after reload");
    const other = await session.browser.newPage();
    try {
      await other.goto(page.url());
      await waitForView(other, expected, "pasted in a new page");
    } finally {
      await other.close();
    }
    await page.selectOption("[data-testid=range-minutes-min]", "");
    await waitForView(
      page,
      await native({ minutes: { min: null, max: 120 } }, { column: "calories", direction: "desc" }),
      "min cleared",
    );
    await page.waitForURL((u) => u.searchParams.get("minutes") === "..120");
    await page.goBack();
    await waitForView(page, expected, "back");
  });

  it("ignores hostile URL values with a notice, and never injects them", async (t) => {
    const full = await native({});
    await page.goto(
      `${url}?lang=en&minutes=abc&tags=${encodeURIComponent("<script>window.__pwned=1</script>")}&sort=${encodeURIComponent("name; DROP TABLE x")}`,
    );
    await waitForView(page, full, "hostile values ignored");
    const notice = await page.locator("[data-testid=url-notice]").innerText();
    assert.match(notice, /minutes=abc/);
    assert.match(notice, /<script>/, "the value is shown as text");
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
    );
    assert.equal(await page.locator("main script").count(), 0);
    // Free text is a search, bound as a parameter: it matches nothing, it does not widen the query.
    await page.goto(`${url}?lang=en&q=${encodeURIComponent("' OR 1=1 --")}`);
    await page.locator("[data-testid=empty-results]").waitFor({ timeout: 60_000 });
    await assertCleanSession(t, session);
  });

  it("reaches every filter with the Tab key alone", async () => {
    await page.goto(`${url}?lang=en`);
    await page.locator("[data-testid=results-table]").waitFor();
    await page.locator("[data-testid=nutrition-filters] summary").focus();
    await page.keyboard.press("Enter"); // opens the nutrition group, as a keyboard user would
    await page.locator("body").focus();
    const wanted = await page
      .locator("[data-testid=filters] input, [data-testid=filters] select")
      .evaluateAll((els) =>
        els.map((e) => e.id || e.getAttribute("data-testid") || "").filter(Boolean),
      );
    const reached = new Set<string>();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const sequence: string[] = [];
    for (let i = 0; i < 300 && reached.size < wanted.length; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(
        () =>
          document.activeElement?.id || document.activeElement?.getAttribute("data-testid") || "",
      );
      sequence.push(id || "·");
      if (wanted.includes(id)) reached.add(id); // only filters count toward the goal
    }
    assert.deepEqual(
      wanted.filter((id) => !reached.has(id)),
      [],
      `filters Tab did not reach (focus went: ${sequence.join(" ")})`,
    );
    assert.ok(wanted.length >= 25, `all the filters are there (${wanted.length})`);
  });

  it("speaks one language at a time", async () => {
    for (const lang of ["en", "fr"] as const) {
      await page.goto(
        `${url}?lang=${lang}&minutes=..60&tags=${encodeURIComponent(vocab.tags.names[0]!)}&q=zzzzqqq`,
      );
      await page.locator("[data-testid=empty-results]").waitFor({ timeout: 60_000 });
      await page.goto(`${url}?lang=${lang}&minutes=..60`);
      await page.locator("[data-testid=results-table]").waitFor();
      await page.locator("[data-testid=nutrition-filters] summary").click();
      assert.deepEqual(languageProblems(await visibleText(page), lang), [], lang);
    }
  });
});
