/**
 * Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) for browser tests, and a
 * watch on what a page logs and requests.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  chromium,
  type BrowserContext,
  type ConsoleMessage,
  type Locator,
  type Page,
} from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** No sandbox (we run as root), and none of Chromium's own calls home, which would pass for the page's. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Chromium {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile, so no state leaks between runs. */
export async function launchChromium({ width = 1280, height = 900 } = {}): Promise<Chromium> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), "chromium-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
  });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  /** console.error messages and uncaught exceptions. */
  consoleErrors: string[];
  /** Requests that failed, or were answered with a status of 400 or more. */
  failedRequests: string[];
  /**
   * Requests the page itself cancelled (net::ERR_ABORTED). Not a fault of the site: Chromium
   * reports one now and then for DuckDB-WASM's streamed wasm even though the database opens, so
   * they are kept for diagnosis; whether the page works is what the other assertions check.
   */
  abortedRequests: string[];
  /** Requests to any origin other than `origin` (blob: and data: URLs are the page's own). */
  externalRequests: string[];
}

/**
 * Records what goes wrong while `page` runs: its console errors and uncaught exceptions, its workers'
 * (DuckDB runs in one) and every request of its browser context, workers' included.
 */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = {
    consoleErrors: [],
    failedRequests: [],
    abortedRequests: [],
    externalRequests: [],
  };
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() === "error")
      watch.consoleErrors.push(`${message.text()} (${message.location().url})`);
  };
  page.on("console", onConsole);
  page.on("worker", (worker) => worker.on("console", onConsole));
  page.on("pageerror", (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  const context = page.context();
  context.on("request", (request) => {
    if (isExternal(request.url(), origin)) watch.externalRequests.push(request.url());
  });
  context.on("requestfailed", (request) => {
    const error = request.failure()?.errorText ?? "failed";
    const line = `${request.method()} ${request.url()}: ${error}`;
    (error === "net::ERR_ABORTED" ? watch.abortedRequests : watch.failedRequests).push(line);
  });
  context.on("response", (response) => {
    if (response.status() >= 400)
      watch.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return watch;
}

function isExternal(url: string, origin: string): boolean {
  const { protocol, origin: requestOrigin } = new URL(url);
  if (protocol === "blob:" || protocol === "data:" || protocol === "about:") return false;
  return requestOrigin !== origin;
}

/**
 * Waits until `locator` matches exactly `count` elements. Charts are redrawn asynchronously (a new
 * SVG replaces the old one), so a count read once right after an input can catch the gap between them.
 */
export async function waitForCount(
  locator: Locator,
  count: number,
  timeout = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline)
      throw new Error(
        `expected ${count} elements for ${locator.toString()}, still ${seen} after ${timeout} ms`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await locator.count();
  }
}

/**
 * The text of an element as a reader sees it (innerText), once the browser renders it. After a
 * change of years, an analysis page stops rendering its sections out of view (content-visibility:
 * auto, src/analysis/sections.ts): the innerText of an element in one of those is empty until it
 * comes into view and a frame renders it. An element never brought into view times out.
 */
export async function shownText(locator: Locator, timeout = 30_000): Promise<string> {
  const element = await locator.elementHandle({ timeout });
  await locator
    .page()
    .waitForFunction((e) => e.checkVisibility({ contentVisibilityAuto: true }), element, {
      timeout,
    });
  return locator.innerText();
}

/**
 * The text an element holds, rendered or not: for a section out of view, which keeps the figures
 * of the years it last drew (its innerText is empty while the browser does not render it).
 */
export async function heldText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? "").replace(/\s+/g, " ").trim();
}
