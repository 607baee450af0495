/**
 * The analyst's template (templates/analysis-page.md), used as the README says: copied into a
 * project's src/ as a new page with its SQL changed, built offline by Framework, and opened in
 * headless Chromium. The rows it shows equal the same query run by DuckDB in Node on the same
 * data, for the full range and after the year range changes, and nothing fails or leaves the origin.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { openDatabase, queryJson } from "../loaders/duckdb.ts";
import { PARQUET_EXPORTS, readSummary } from "../loaders/exports.ts";
import { PROJECT_ROOT } from "../loaders/paths.ts";
import { type Chromium, launchChromium, type PageWatch, watchPage } from "./helpers/browser.ts";
import { ingestedSample, tempDir } from "./helpers/ingest-fixtures.ts";
import { detectEnvironment } from "../loaders/environment.ts";
import { openLogs } from "../loaders/log.ts";
import { startServer } from "../scripts/server/app.ts";
import { createManifest, writeManifest } from "../scripts/site/manifest.ts";
import { vendorNpm } from "../scripts/vendor-npm.ts";
import { withBuildLock } from "./helpers/shared-site.ts";

const TEMPLATE = join(PROJECT_ROOT, "templates", "analysis-page.md");

/** The analyst's change: another measure and another filter, the same bound year range. */
const CHANGED_SQL = `SELECT year(submitted)::INTEGER AS year,
       count(*)::INTEGER AS recipes,
       sum(n_ingredients)::INTEGER AS ingredients
FROM recipes
WHERE year(submitted) BETWEEN \${years.from} AND \${years.to} AND n_steps <= 8
GROUP BY year
ORDER BY year`;

/** The same query natively, on the browser's recipes table (its export query) with ? parameters. */
const NATIVE_SQL = `WITH recipes AS (${PARQUET_EXPORTS.recipes}) ${CHANGED_SQL.replace(
  /\$\{years\.(from|to)\}/g,
  "?",
)}`;

/** The template with its ```sql id=result block replaced. */
export function pageFromTemplate(template: string, sql: string): string {
  const block = /```sql id=result display=false\n[\s\S]*?\n```/;
  assert.match(template, block, "the template has its result query");
  return template.replace(block, () => `\`\`\`sql id=result display=false\n${sql}\n\`\`\``);
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; log: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let log = "";
    child.stdout.on("data", (c: Buffer) => (log += c));
    child.stderr.on("data", (c: Buffer) => (log += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, log }));
  });
}

/**
 * A project beside the real one (under test-results/, so node_modules resolves): the real config,
 * loaders and src/ modules, the npm cache, and one page, the template with its SQL changed.
 */
function makeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src", ".observablehq", "cache"), { recursive: true });
  cpSync(join(PROJECT_ROOT, "observablehq.config.ts"), join(dir, "observablehq.config.ts"));
  symlinkSync(join(PROJECT_ROOT, "loaders"), join(dir, "loaders"));
  cpSync(join(PROJECT_ROOT, "src"), join(dir, "src"), {
    recursive: true,
    filter: (source) => !source.includes(".observablehq") && !/src\/[^/]+\.md$/.test(source),
  });
  symlinkSync(
    join(PROJECT_ROOT, "src", ".observablehq", "cache", "_npm"),
    join(dir, "src", ".observablehq", "cache", "_npm"),
  );
  const page = pageFromTemplate(readFileSync(TEMPLATE, "utf8"), CHANGED_SQL);
  writeFileSync(join(dir, "src", "my-analysis.md"), page);
}

describe("a page written from the template", { timeout: 900_000 }, () => {
  let dbPath: string;
  let server: { origin: string; close(): Promise<void> };
  let browser: Chromium;
  let page: Page;
  let watch: PageWatch;
  const violations: string[] = [];
  const project = join(PROJECT_ROOT, "test-results", `template-site-${process.pid}`);

  const native = async (from: number, to: number) => {
    const db = await openDatabase(dbPath, { readOnly: true });
    try {
      return await queryJson<{ year: number; recipes: number; ingredients: number }>(
        db.connection,
        NATIVE_SQL,
        [from, to],
      );
    } finally {
      db.close();
    }
  };

  /** The rows of the page's result table, as numbers. */
  const shownRows = () =>
    page.locator("[data-testid=result-table] table tbody tr").evaluateAll((trs) =>
      trs.map((tr) =>
        // The first cell is Inputs.table's (empty) selection column.
        [...tr.querySelectorAll("td")]
          .slice(1)
          .map((td) => Number(td.textContent!.replace(/,/g, ""))),
      ),
    );

  const waitForRows = async (expected: number[][]) => {
    const deadline = Date.now() + 30_000;
    let rows = await shownRows();
    while (JSON.stringify(rows) !== JSON.stringify(expected) && Date.now() < deadline) {
      await page.waitForTimeout(100);
      rows = await shownRows();
    }
    assert.deepEqual(rows, expected);
  };

  before(async () => {
    dbPath = await ingestedSample({ recipes: 600, interactions: 3_000, seed: 5 });
    // Built without network, under the lock every site build takes. The npm cache it links to is
    // filled first: on a fresh clone no build has run yet.
    const { code, log } = await withBuildLock(async () => {
      await vendorNpm({ log: () => {} });
      makeProject(project);
      return run(
        "unshare",
        ["-rn", join(PROJECT_ROOT, "node_modules/.bin/observable"), "build"],
        project,
        {
          MANGETAMAIN_DB: dbPath,
          OBSERVABLE_TELEMETRY_DISABLE: "1",
          // Framework runs .ts loaders with tsx, found on the PATH as npm scripts have it.
          PATH: `${join(PROJECT_ROOT, "node_modules/.bin")}:${process.env.PATH}`,
        },
      );
    });
    assert.equal(code, 0, `observable build failed:\n${log}`);
    // Served by the production server, with its Content-Security-Policy and /env.json.
    const dist = join(project, "dist");
    const env = detectEnvironment({ env: { APP_ENV: "local" } });
    // The manifest records the data snapshot from the site's summary, which only the Overview loads.
    const db = await openDatabase(dbPath, { readOnly: true });
    const summary = await readSummary(db.connection);
    db.close();
    writeFileSync(join(dist, "_file", "data", "summary.00000000.json"), JSON.stringify(summary));
    await writeManifest(dist, await createManifest(dist, { builtIn: env, dbPath }));
    const logs = openLogs(env.env, { component: "server", access: true, dir: tempDir("logs-") });
    const running = await startServer({ env, siteDir: dist, host: "127.0.0.1", port: 0, logs });
    server = {
      origin: new URL(running.url).origin,
      close: async () => {
        await running.close();
        await logs.close();
      },
    };
    browser = await launchChromium();
    page = await browser.newPage();
    watch = watchPage(page, server.origin);
    await page.exposeFunction("__reportCsp", (line: string) => violations.push(line));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __reportCsp(line: string): void }).__reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(`${server.origin}/my-analysis?lang=en`);
    await page.locator("[data-testid=result-table] table tbody tr").first().waitFor({
      timeout: 60_000,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (!process.env.KEEP_TEST_DIRS) rmSync(project, { recursive: true, force: true });
  });

  it("shows the changed query's rows, equal to DuckDB's in Node", async () => {
    const from = Number(await page.getByTestId("year-from").inputValue());
    const to = Number(await page.getByTestId("year-to").inputValue());
    const expected = await native(from, to);
    assert.ok(expected.length >= 5, `${expected.length} years`);
    assert.equal(from, expected[0]!.year);
    await waitForRows(expected.map((r) => [r.year, r.recipes, r.ingredients]));
    const header = await page.locator("[data-testid=result-table] table thead th").allInnerTexts();
    assert.deepEqual(header.map((h) => h.trim()).filter(Boolean), [
      "year",
      "recipes",
      "ingredients",
    ]);
    assert.equal(
      await page.locator("svg[aria-label='Recipes per year'] g[aria-label=bar] rect").count(),
      expected.length,
    );
  });

  it("runs the query again with the years chosen, as bound parameters", async () => {
    const all = await native(1900, 2100);
    const from = all[1]!.year;
    const to = all[all.length - 2]!.year;
    await page.getByTestId("year-from").selectOption(String(from));
    await page.getByTestId("year-to").selectOption(String(to));
    const expected = await native(from, to);
    assert.ok(expected.length < all.length);
    await waitForRows(expected.map((r) => [r.year, r.recipes, r.ingredients]));
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", () => {
    assert.deepEqual(violations, []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.failedRequests, []);
    assert.deepEqual(watch.externalRequests, []);
  });
});
