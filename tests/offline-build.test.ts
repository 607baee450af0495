/**
 * The site builds with no network at all, and the built site loads nothing from another origin.
 *
 * A fixture site (tests/fixtures/offline-site, plus a Parquet file made here) is built with the project's
 * own observablehq.config.ts and npm cache filler (scripts/vendor-npm.ts), by `observable build` inside a
 * network namespace that has no network (`unshare -rn`). The output is then served on 127.0.0.1 and opened
 * in headless Chromium: the chart, the SQL result and the inputs must show the Parquet file's values, with
 * no console error, no failed request and no request to any other origin.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Page } from "playwright-core";
import { vendorNpm } from "../scripts/vendor-npm.ts";
import { launchChromium, watchPage } from "./helpers/browser.ts";
import { serveDir } from "./helpers/serve.ts";

const PROJECT_DIR = path.resolve(import.meta.dirname, "..");
const FIXTURE_SRC = path.join(PROJECT_DIR, "tests", "fixtures", "offline-site", "src");
const OBSERVABLE_BIN = path.join(
  PROJECT_DIR,
  "node_modules",
  "@observablehq",
  "framework",
  "dist",
  "bin",
  "observable.js",
);
const SCREENSHOT = path.join(PROJECT_DIR, "test-results", "offline-site.png");
const OTHER_ORIGINS = /fonts\.googleapis|fonts\.gstatic|cdn\.jsdelivr|extensions\.duckdb\.org/;

/** The fixture's table, written to Parquet the way the pipeline writes its exports. */
const RECIPES_SQL = `SELECT * FROM (VALUES
    ('Boeuf bourguignon', 210, 4.8::DOUBLE, DATE '2004-11-02'),
    ('Ratatouille', 80, 4.5::DOUBLE, DATE '2007-06-15'),
    ('Tarte Tatin', 95, 4.9::DOUBLE, DATE '2010-01-20'),
    ('Croque-monsieur', 15, 4.1::DOUBLE, DATE '2012-09-03')
  ) AS t(name, minutes, rating, submitted)`;

describe("offline build", { timeout: 300_000 }, () => {
  let siteDir = "";
  let buildLog = "";

  before(async () => {
    siteDir = await mkdtemp(path.join(tmpdir(), "offline-site-"));
    await prepareSite(siteDir);
    await vendorNpm({ root: path.join(siteDir, "src"), log: () => {} });
    await assertNoNetworkInNamespace();
    const build = await runWithoutNetwork(["node", OBSERVABLE_BIN, "build"], siteDir);
    buildLog = build.output;
    assert.equal(build.code, 0, `observable build failed offline:\n${buildLog}`);
  });

  after(async () => {
    if (siteDir) await rm(siteDir, { recursive: true, force: true });
  });

  test("the build fetched nothing: every npm: import came from the vendored cache", () => {
    // Framework logs "npm:<specifier> → <path>" for each CDN download and registry look-up.
    assert.doesNotMatch(buildLog, /^npm:/m);
    assert.doesNotMatch(buildLog, /^duckdb:/m);
  });

  test("a second vendor run finds the cache up to date and does nothing", async () => {
    const result = await vendorNpm({ root: path.join(siteDir, "src"), log: () => {} });
    assert.equal(result.updated, false);
  });

  test("the built HTML and CSS name no other origin's fonts, CDN or DuckDB extensions", async () => {
    const files = (await listFiles(path.join(siteDir, "dist"))).filter((file) =>
      /\.(html|css)$/.test(file),
    );
    assert.ok(
      files.some((file) => file.endsWith("index.html")),
      "no index.html in dist",
    );
    for (const file of files) {
      assert.doesNotMatch(
        await readFile(file, "utf8"),
        OTHER_ORIGINS,
        `${path.relative(siteDir, file)} names another origin`,
      );
    }
  });

  test("the page renders the Parquet data with only same-origin requests", async () => {
    const served = await serveDir(path.join(siteDir, "dist"));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const watch = watchPage(page, served.origin);
      await page.goto(served.url);
      await page.locator("#sql-check").waitFor({ timeout: 90_000 });
      await page.waitForLoadState("networkidle");
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      assert.equal(await text(page, "#arrow-check"), "Arrow table: true · 4 rows"); // one Arrow for page and stdlib
      assert.equal(await text(page, "#d3-check"), "Total minutes (d3): 400");
      assert.equal(
        await text(page, "#sql-check"),
        "Longest (SQL): Boeuf bourguignon · 210 min · 3 over an hour",
      );
      assert.equal(await text(page, "#inputs-check"), "Picked (Inputs): Ratatouille");

      const chart = page.locator('svg[aria-label="recipes-chart"]');
      assert.equal(await chart.locator('g[aria-label="bar"] rect').count(), 4);
      for (const name of ["Boeuf bourguignon", "Ratatouille", "Tarte Tatin", "Croque-monsieur"]) {
        assert.ok((await chart.textContent())?.includes(name), `chart misses ${name}`);
      }
      const sqlTable = await page.locator("form table").first().textContent();
      assert.match(sqlTable ?? "", /Boeuf bourguignon.*210.*4\.8.*2004-11-02/s, "SQL result table");
      assert.doesNotMatch(
        sqlTable ?? "",
        /Croque-monsieur/,
        "SQL result table keeps only recipes over an hour",
      );

      assert.deepEqual(
        await page.locator(".observablehq--error").allTextContents(),
        [],
        "cells in error",
      );
      assert.deepEqual(watch.consoleErrors, [], "console errors");
      assert.deepEqual(watch.failedRequests, [], "failed requests");
      assert.deepEqual(watch.externalRequests, [], "requests to other origins");
    } finally {
      await browser.close();
      await served.close();
    }
  });
});

/** Copies the fixture, writes its Parquet file, and points it at the project's real Framework config. */
async function prepareSite(siteDir: string): Promise<void> {
  await cp(FIXTURE_SRC, path.join(siteDir, "src"), { recursive: true });
  // The project's config names the app's stylesheet (its themes), which lives in the real src/.
  await cp(path.join(PROJECT_DIR, "src", "style.css"), path.join(siteDir, "src", "style.css"));
  await writeParquet(path.join(siteDir, "src", "data", "recipes.parquet"));
  const config = pathToFileURL(path.join(PROJECT_DIR, "observablehq.config.ts")).href;
  await writeFile(
    path.join(siteDir, "observablehq.config.ts"),
    `export { default } from ${JSON.stringify(config)};\n`,
  );
  // Framework loads a .ts config through tsx, which compiles it as ESM only inside a "module" package.
  await writeFile(
    path.join(siteDir, "package.json"),
    `${JSON.stringify({ private: true, type: "module" })}\n`,
  );
}

async function writeParquet(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(
      `COPY (${RECIPES_SQL}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Guards the guard: inside the namespace even the npm registry, reachable from this machine, must fail. */
async function assertNoNetworkInNamespace(): Promise<void> {
  const probe = `fetch("https://registry.npmjs.org/", {signal: AbortSignal.timeout(5000)}).then(() => process.exit(0), () => process.exit(3))`;
  const { code, output } = await runWithoutNetwork(["node", "-e", probe], PROJECT_DIR);
  assert.equal(code, 3, `the network namespace reached the registry (exit ${code}):\n${output}`);
}

/** Runs a command in a new user and network namespace: loopback only, and down. */
function runWithoutNetwork(
  command: string[],
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("unshare", ["--map-root-user", "--net", ...command], {
      cwd,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) =>
      reject(new Error(`cannot run unshare (util-linux): ${error.message}`)),
    );
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).textContent()) ?? "").trim();
}
