/**
 * The data catalog on the shared test site, in headless Chromium: it lists every Parquet file the
 * site ships to the browser, each with the row count, columns and example result DuckDB reads
 * natively from that very file, every column has a meaning, it says the data are the sample and
 * when they were built, shows the quality record, speaks one language at a time, and nothing fails.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson, sqlString, type Database } from "../../loaders/duckdb.ts";
import { runExample } from "../../loaders/catalog/catalog.ts";
import { exampleQuery } from "../../loaders/catalog/examples.ts";
import { languageProblems, visibleText } from "../helpers/i18n-check.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** A value as the page prints it in English (see src/components/catalog/view.ts). */
const shown = (column: string, value: unknown) =>
  value === null
    ? "NULL"
    : typeof value === "number"
      ? value.toLocaleString("en-US", {
          maximumFractionDigits: 3,
          useGrouping: !/(^|_)year$/.test(column),
        })
      : String(value);

describe("data catalog page", { timeout: 900_000 }, () => {
  let session: SiteSession;
  let server: ServedSite;
  let page: Page;
  let shipped: Database;
  let tables: string[];

  const open = async (lang: "en" | "fr") => {
    await page.goto(`${server.origin}/catalog?lang=${lang}`);
    await page.locator("section.catalog-table").first().waitFor({ timeout: 60_000 });
  };

  before(async () => {
    session = await openSiteSession();
    ({ page, server } = session);
    // The Parquet files the built site serves, as views named like their tables.
    const dir = join(session.site.dist, "_file", "data");
    shipped = await openDatabase(":memory:");
    tables = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".parquet"))) {
      const name = file.split(".")[0]!;
      tables.push(name);
      await shipped.connection.run(
        `CREATE VIEW ${name} AS FROM read_parquet(${sqlString(join(dir, file))})`,
      );
    }
    await open("en");
  });

  after(async () => {
    shipped?.close();
    await session?.close();
  });

  it("lists every table the site ships, with the row count of its file", async () => {
    assert.ok(tables.length >= 8, `${tables.length} Parquet files shipped`);
    const listed = await page
      .locator("section.catalog-table")
      .evaluateAll((sections) => sections.map((s) => (s as HTMLElement).dataset.table!));
    assert.deepEqual([...listed].sort(), [...tables].sort());
    for (const name of tables) {
      const [{ n }] = await queryJson<{ n: number }>(
        shipped.connection,
        `SELECT count(*)::INTEGER AS n FROM ${name}`,
      );
      const card = page.locator(`section.catalog-table[data-table=${name}]`);
      assert.equal(await card.getByTestId("rows").getAttribute("data-rows"), String(n), name);
      assert.equal(
        squash(await card.getByTestId("rows").innerText()),
        `${n.toLocaleString("en-US")} rows`,
      );
      const summaryRow = page.locator(`[data-testid=catalog-summary] tr[data-table=${name}]`);
      assert.equal(await summaryRow.locator("[data-rows]").innerText(), n.toLocaleString("en-US"));
    }
  });

  it("gives each column its type and a meaning", async () => {
    for (const name of tables) {
      const columns = await queryJson<{ column_name: string; column_type: string }>(
        shipped.connection,
        `DESCRIBE ${name}`,
      );
      const rows = page.locator(`section.catalog-table[data-table=${name}] tr[data-column]`);
      const onPage = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())),
      );
      assert.deepEqual(
        onPage.map(([column, type]) => ({ column, type })),
        columns.map((c) => ({ column: c.column_name, type: c.column_type })),
        name,
      );
      for (const [column, , meaning] of onPage)
        assert.ok((meaning ?? "").length > 3, `${name}.${column} has a meaning`);
    }
    assert.equal(await page.locator(".catalog-missing").count(), 0, "no column left undescribed");
  });

  it("shows each example query and the result it gives on the shipped file", async () => {
    for (const name of tables) {
      const card = page.locator(`section.catalog-table[data-table=${name}]`);
      const sql = exampleQuery(name);
      assert.equal(squash(await card.locator("pre.catalog-sql").innerText()), squash(sql));
      const expected = await runExample(shipped.connection, sql);
      const header = await card.locator("[data-testid=example] th").allInnerTexts();
      assert.deepEqual(header.map(squash), expected.columns, `${name} result columns`);
      const cells = await card
        .locator("[data-testid=example] tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())),
        );
      assert.deepEqual(
        cells,
        expected.rows.map((row) => row.map((v, i) => shown(expected.columns[i]!, v))),
        `${name} example result`,
      );
    }
  });

  it("says where the data come from and when they were built, with the quality record", async () => {
    const note = page.locator("[data-source][role=note]");
    assert.equal(await note.getAttribute("data-source"), "sample");
    assert.match(await note.innerText(), /Synthetic sample data\.[\s\S]*Built .+ UTC; /);
    assert.ok((await page.locator("table.quality-checks tbody tr").count()) > 0);
    assert.equal(await page.locator("[data-rejects]").count(), 1);
  });

  it("loads no table into the browser on its first visit", async () => {
    const requested = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name),
    );
    assert.deepEqual(
      requested.filter((url) => url.endsWith(".parquet")),
      [],
    );
  });

  it("speaks one language at a time, in light and dark mode", async () => {
    for (const lang of ["en", "fr"] as const) {
      await open(lang);
      // SQL, column names and the data themselves are the same in both languages: left out.
      await page.addStyleTag({ content: "pre, code, [data-testid=example] { display: none }" });
      assert.deepEqual(languageProblems(await visibleText(page), lang), [], lang);
      await page.reload();
      await page.locator("section.catalog-table").first().waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await session.screenshot(`catalog-${lang}`);
    }
    await page.emulateMedia({ colorScheme: "dark" });
    await session.screenshot("catalog-fr-dark");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
