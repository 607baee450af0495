/**
 * What every page test starts from: the shared built site served on loopback by the production
 * server (its Content-Security-Policy and compression included, so a page that breaks under them
 * fails here), a headless Chromium page watching for console errors, failed or foreign requests
 * and CSP violations, and the check that none happened.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { TestContext } from "node:test";
import type { Page } from "playwright-core";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { type Chromium, launchChromium, type PageWatch, watchPage } from "./browser.ts";
import { detectEnvironment } from "../../loaders/environment.ts";
import { openLogs } from "../../loaders/log.ts";
import { startServer } from "../../scripts/server/app.ts";
import { tempDir } from "./ingest-fixtures.ts";
import { sharedSite } from "./shared-site.ts";
import type { BuiltSite } from "./site-build.ts";

export const SCREENSHOTS = join(PROJECT_ROOT, "test-results");

/** The served site: `origin` is where every request must stay, `url` the home page. */
export interface ServedSite {
  readonly origin: string;
  readonly url: string;
}

export interface SiteSession {
  readonly site: BuiltSite;
  readonly server: ServedSite;
  readonly browser: Chromium;
  readonly page: Page;
  readonly watch: PageWatch;
  /** CSP violations the page reported, as "directive blocked-uri (source file)". */
  cspViolations(): Promise<string[]>;
  /** Saves a full-page screenshot as test-results/<name>.png. */
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** `width` and `height` size the page's viewport (launchChromium's default when left out). */
export async function openSiteSession(
  viewport: { width?: number; height?: number } = {},
): Promise<SiteSession> {
  const site = await sharedSite();
  const env = detectEnvironment({ env: { APP_ENV: "local" } });
  const logs = openLogs(env.env, { component: "server", access: true, dir: tempDir("logs-") });
  const running = await startServer({ env, siteDir: site.dist, host: "127.0.0.1", port: 0, logs });
  const origin = new URL(running.url).origin;
  const server = { origin, url: `${origin}/` };
  const browser = await launchChromium(viewport);
  const page = await browser.newPage();
  const watch = watchPage(page, server.origin);
  // Kept in Node, so violations on every page visited count, not only on the last one.
  const violations: string[] = [];
  await page.exposeFunction("__reportCsp", (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __reportCsp(line: string): void }).__reportCsp(
        `${e.violatedDirective} ${e.blockedURI} (${e.sourceFile})`,
      ),
    );
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    site,
    server,
    browser,
    page,
    watch,
    cspViolations: async () => [...violations],
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await running.close();
      await logs.close();
    },
  };
}

/** No console error, no failed request, nothing asked of another origin, no CSP violation. */
export async function assertCleanSession(t: TestContext, session: SiteSession): Promise<void> {
  const { watch } = session;
  for (const aborted of watch.abortedRequests) t.diagnostic(`cancelled by the page: ${aborted}`);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.failedRequests, []);
  assert.deepEqual(watch.externalRequests, []);
  assert.deepEqual(await session.cspViolations(), []);
}
