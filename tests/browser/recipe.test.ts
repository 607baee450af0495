/**
 * The recipe detail page on the shared test site: a real recipe shows the database's name, steps,
 * rating counts (1–5 apart from reviews without a rating) and mean, fetching one shard and no other
 * data file; hostile or unknown ids show a translated message and inject nothing; both languages
 * leave no string untranslated; nothing fails, leaves the origin or breaks the CSP.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson } from "../../loaders/duckdb.ts";
import { shardFileName, shardOf } from "../../src/components/recipe/shard.ts";
import { translate } from "../../src/i18n/index.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import type { BuiltSite } from "../helpers/site-build.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

interface Expected {
  id: number;
  name: string;
  steps: string[];
  ratings: number[];
  unrated: number;
  reviews: number;
  mean: number | null;
}

describe("recipe detail page", { timeout: 600_000 }, () => {
  let session: SiteSession;
  let site: BuiltSite;
  let server: ServedSite;
  let page: Page;
  let recipe: Expected;
  const dataRequests: string[] = [];

  before(async () => {
    session = await openSiteSession();
    ({ page, site, server } = session);
    page.context().on("request", (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith("/_file/")) dataRequests.push(path);
    });
    // A recipe with ratings and reviews without a rating: the page must keep them apart.
    const db = await openDatabase(site.dbPath, { readOnly: true });
    const [pick] = await queryJson<{ id: number }>(
      db.connection,
      `SELECT recipe_id AS id FROM interactions GROUP BY 1
       HAVING count(rating) >= 2 AND count(*) > count(rating) ORDER BY count(*) DESC, 1 LIMIT 1`,
    );
    assert.ok(pick, "the sample has a recipe with rated and unrated reviews");
    const [r] = await queryJson<{ name: string; steps: string[] }>(
      db.connection,
      "SELECT name, steps FROM recipes WHERE recipe_id = ?",
      [pick.id],
    );
    const counts = await queryJson<{ rating: number | null; n: number }>(
      db.connection,
      "SELECT rating::INTEGER AS rating, count(*)::INTEGER AS n FROM interactions WHERE recipe_id = ? GROUP BY 1",
      [pick.id],
    );
    const [avg] = await queryJson<{ mean: number | null }>(
      db.connection,
      "SELECT avg(rating)::DOUBLE AS mean FROM interactions WHERE recipe_id = ?",
      [pick.id],
    );
    db.close();
    const by = new Map(counts.map((c) => [c.rating, c.n]));
    recipe = {
      id: pick.id,
      name: r!.name,
      steps: r!.steps,
      ratings: [1, 2, 3, 4, 5].map((s) => by.get(s) ?? 0),
      unrated: by.get(null) ?? 0,
      reviews: counts.reduce((s, c) => s + c.n, 0),
      mean: avg!.mean,
    };
  });

  after(async () => {
    await session?.close();
  });

  async function open(query: string): Promise<void> {
    dataRequests.length = 0;
    await page.goto(`${server.url}recipe?${query}`);
    await page
      .locator("[data-testid=recipe], [data-testid=recipe-message]")
      .first()
      .waitFor({ timeout: 60_000 });
  }

  it("shows the recipe as the database has it, from its one shard", async () => {
    await open(`id=${recipe.id}&lang=en`);
    assert.equal(await page.getByTestId("recipe-name").textContent(), recipe.name);
    const steps = await page.locator("[data-testid=recipe-steps] ol > li").allTextContents();
    assert.deepEqual(steps, recipe.steps);
    assert.equal(
      await page.locator("[data-testid=fact-reviews] .recipe-fact-value").textContent(),
      recipe.reviews.toLocaleString("en-US"),
    );
    assert.equal(
      await page.locator("[data-testid=fact-mean] .recipe-fact-value").textContent(),
      `${recipe.mean!.toFixed(2)} / 5`,
    );
    // One bar per star, each labelled with the database's count; unrated reviews stated apart.
    const chart = page.locator("[data-testid=recipe-ratings] svg");
    await chart.locator("g[aria-label=bar] rect").nth(4).waitFor();
    const labels = await chart.locator("g[aria-label=text] text").allTextContents();
    assert.deepEqual(labels.map(Number), recipe.ratings);
    assert.equal(
      await page.getByTestId("recipe-unrated").textContent(),
      `Reviews without a rating: ${recipe.unrated} (never averaged).`,
    );
    assert.ok(recipe.unrated > 0);
    await page.locator("[data-testid=recipe-nutrition] g[aria-label=bar] rect").first().waitFor();
    const shards = dataRequests.filter((p) => p.startsWith("/_file/data/recipe-details/"));
    assert.equal(shards.length, 1, `one shard fetched: ${shards.join(", ")}`);
    // Framework's hashed name: 0042.json.gz is published as 0042.json.<hash>.gz.
    const [stem] = shardFileName(shardOf(recipe.id)).split(".");
    assert.match(shards[0]!, new RegExp(`/${stem}\\.json\\.[0-9a-f]{8}\\.gz$`));
    assert.deepEqual(dataRequests, shards, "no other data file");
    const back = page.getByTestId("recipe-back");
    assert.match((await back.getAttribute("href")) ?? "", /\/explorer\?lang=en$/);
    await session.screenshot("recipe-en");
  });

  it("speaks French with nothing left untranslated, and English likewise", async () => {
    await open(`id=${recipe.id}&lang=fr`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fr");
    assert.deepEqual(languageProblems(await visibleText(page), "fr"), []);
    assert.equal(
      await page.getByTestId("recipe-unrated").textContent(),
      translate("fr", "recipe.ratings.unrated", { n: String(recipe.unrated) }),
    );
    assert.match(
      (await page.getByTestId("recipe-back").getAttribute("href")) ?? "",
      /\/explorer\?lang=fr$/,
    );
    await open(`id=${recipe.id}&lang=en`);
    assert.deepEqual(languageProblems(await visibleText(page), "en"), []);
  });

  it("answers missing, malformed, hostile and unknown ids with a message, injecting nothing", async () => {
    const cases: Array<[string, string]> = [
      ["lang=en", translate("en", "recipe.missingId")],
      ["id=abc&lang=en", translate("en", "recipe.invalidId")],
      [
        `id=${encodeURIComponent("<img src=x onerror=alert(1)>")}&lang=en`,
        translate("en", "recipe.invalidId"),
      ],
      [
        `id=${encodeURIComponent("<script>alert(1)</script>")}&lang=fr`,
        translate("fr", "recipe.invalidId"),
      ],
      ["id=99999999&lang=en", translate("en", "recipe.unknownId", { id: "99999999" })],
      ["id=99999999&lang=fr", translate("fr", "recipe.unknownId", { id: "99999999" })],
    ];
    for (const [query, message] of cases) {
      await open(query);
      assert.equal(
        (await page.getByTestId("recipe-message").textContent())?.trim(),
        message,
        query,
      );
      assert.equal(
        await page.locator("#observablehq-main img, #observablehq-main script:not([type])").count(),
        0,
      );
      const lang = query.endsWith("fr") ? "fr" : "en";
      assert.deepEqual(languageProblems(await visibleText(page), lang), [], query);
    }
    // An unknown id still costs one shard, nothing more; a malformed one costs nothing.
    await open("id=abc&lang=en");
    assert.deepEqual(
      dataRequests.filter((p) => p.includes("recipe-details")),
      [],
    );
    await session.screenshot("recipe-unknown");
  });

  it("renders markup-like and very long texts as text, wrapped on a narrow screen", async () => {
    // The recipe's own shard, answered with a crafted one: texts with markup, an unbroken
    // 300-character word, a long description and 120 steps.
    const long = "x".repeat(300);
    const name = `<img src=x onerror=alert(1)> salt & pepper ${long}`;
    const steps = Array.from({ length: 120 }, (_, i) => `step ${i + 1} <b>stir</b> & ${long}`);
    const row = [
      recipe.id,
      name,
      `<script>alert(1)</script> ${"very long text ".repeat(200)}`,
      2147483647,
      1,
      "2001-02-03",
      ["<i>tag</i>"],
      ["a & b"],
      steps,
      1,
      [1, 2, 3, 4, 5, 6],
      0,
      [0, 0, 0, 0, 0],
      0,
    ];
    await page.route("**/_file/data/recipe-details/**", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ shard: shardOf(recipe.id), source: "sample", recipes: [row] }),
      }),
    );
    await page.setViewportSize({ width: 390, height: 800 });
    try {
      await open(`id=${recipe.id}&lang=en`);
      assert.equal(await page.getByTestId("recipe-name").textContent(), name);
      assert.equal(await page.locator("[data-testid=recipe-steps] ol > li").count(), 120);
      assert.equal(
        await page
          .locator("#observablehq-main img, #observablehq-main b, #observablehq-main i")
          .count(),
        0,
      );
      assert.equal(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
        ),
        true,
        "no horizontal scrolling",
      );
      assert.match((await page.getByTestId("fact-minutes").textContent()) ?? "", /implausible/);
      await session.screenshot("recipe-long-390");
    } finally {
      await page.unroute("**/_file/data/recipe-details/**");
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("leaves no console error, failed request or CSP violation", async (t) => {
    await assertCleanSession(t, session);
  });
});
