/**
 * npm run screenshots [-- <pages> <langs>]: opens every page of the built site (dist/) through the
 * production server in a cold headless Chromium, in each language, and saves a full-page JPEG to
 * docs/screenshots/<page>-<lang>.jpg. It prints, per page, the time to the first chart and to
 * DuckDB-WASM ready, the bytes a first visit moves (compressed, split into data, DuckDB-WASM and
 * code), console errors, failed requests and CSP violations. One run, one machine: a look, not a
 * benchmark.
 */
import { mkdirSync } from "node:fs";
import { detectEnvironment } from "../loaders/environment.ts";
import { openLogs } from "../loaders/log.ts";
import { tempDir } from "../tests/helpers/ingest-fixtures.ts";
import { launchChromium, watchPage } from "../tests/helpers/browser.ts";
import { startServer } from "./server/app.ts";

const [
  pageList = "index,explorer,trends,seasonality,weekday,ratings,catalog,environments",
  langList = "en,fr",
] = process.argv.slice(2);
const OUT = "docs/screenshots";
mkdirSync(OUT, { recursive: true });

const env = detectEnvironment({ env: { APP_ENV: "local" } });
const logs = openLogs(env.env, { component: "screenshots", dir: tempDir("screenshot-logs-") });
const server = await startServer({ env, siteDir: "dist", host: "127.0.0.1", port: 0, logs });
const origin = new URL(server.url).origin;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

for (const path of pageList.split(","))
  for (const lang of langList.split(",")) {
    const browser = await launchChromium(); // a fresh profile: a cold first visit
    const page = await browser.newPage();
    const watch = watchPage(page, origin);
    const csp: string[] = [];
    await page.exposeFunction("__reportCsp", (line: string) => csp.push(line));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { __reportCsp(line: string): void }).__reportCsp(
          `${e.violatedDirective} ${e.sourceFile}`,
        ),
      ),
    );
    const bytes = { data: 0, duckdb: 0, code: 0 };
    page.on("requestfinished", (request) => {
      void request.sizes().then((sizes) => {
        const n = sizes.responseBodySize + sizes.responseHeadersSize;
        const url = request.url();
        if (url.includes("/_file/data/")) bytes.data += n;
        else if (url.includes("duckdb-wasm")) bytes.duckdb += n;
        else bytes.code += n;
      });
    });
    const started = performance.now();
    await page.goto(`${origin}/${path === "index" ? "" : path}?lang=${lang}`);
    await page.locator("#observablehq-main svg").first().waitFor({ timeout: 60_000 });
    const firstChart = performance.now() - started;
    const ready = await page
      .locator(".db-status[data-state=ready]")
      .waitFor({ timeout: 60_000 })
      .then(
        () => `${Math.round(performance.now() - started)} ms`,
        () => "–",
      );
    await page.waitForLoadState("networkidle");
    await page.screenshot({
      path: `${OUT}/${path}-${lang}.jpg`,
      fullPage: true,
      type: "jpeg",
      quality: 55,
    });
    console.log(
      `${path} ${lang}: first chart ${Math.round(firstChart)} ms, DuckDB-WASM ready ${ready}; ` +
        `first visit: data ${mb(bytes.data)}, DuckDB-WASM ${mb(bytes.duckdb)}, code ${mb(bytes.code)}; ` +
        `console errors ${watch.consoleErrors.length}, failed requests ${watch.failedRequests.length}, CSP violations ${csp.length}`,
    );
    await browser.close();
  }
await server.close();
await logs.close();
