/**
 * The environment badge and the Environments page in Chromium, on one site built offline and served
 * by the production server (CSP and all) as each environment: the badge's text, icon and colour, a
 * preprod build promoted unchanged showing PRODUCTION, the snapshot on hover, click and keyboard,
 * a narrow screen and the dark theme, and the page in English and French with nothing left to fill.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { type DetectedEnvironment, detectEnvironment } from "../../loaders/environment.ts";
import { type EnvLogs, openLogs } from "../../loaders/log.ts";
import { PROJECT_ROOT } from "../../loaders/paths.ts";
import { type Layout, layout } from "../../scripts/deploy/layout.ts";
import { promote } from "../../scripts/deploy/promote.ts";
import { addRelease, switchCurrent } from "../../scripts/deploy/releases.ts";
import { type RunningServer, startServer } from "../../scripts/server/app.ts";
import { type BuildManifest, readManifest } from "../../scripts/site/manifest.ts";
import { translate } from "../../src/i18n/index.ts";
import { type Chromium, launchChromium, watchPage } from "../helpers/browser.ts";
import { tempDir } from "../helpers/ingest-fixtures.ts";
import { type BuiltSite, buildSiteOffline } from "../helpers/site-build.ts";

const SCREENSHOTS = join(PROJECT_ROOT, "test-results");
const GREY = "rgb(108, 117, 125)"; // #6c757d
const WHITE = "rgb(255, 255, 255)";

const noContainer = (env: NodeJS.ProcessEnv): DetectedEnvironment =>
  detectEnvironment({ env, projectRoot: "/home/dev/mangetamain", fileExists: () => false });

/** Records CSP violations the page (or its workers) report. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

const badge = (page: Page) => page.locator(".env-badge[data-mounted][data-state=ready]");

describe("environment badge and page", { timeout: 900_000 }, () => {
  let site: BuiltSite;
  let manifest: BuildManifest;
  let paths: Layout;
  let browser: Chromium;
  const servers: Array<{ server: RunningServer; logs: EnvLogs }> = [];

  async function serve(env: DetectedEnvironment, siteDir?: string): Promise<string> {
    const logs = openLogs(env.env, { component: "server", access: true, dir: paths.logs(env.env) });
    const server = await startServer({
      env,
      siteDir: siteDir ?? paths.current(env.env),
      host: "127.0.0.1",
      port: 0,
      logs,
      runtimeFile: siteDir ? undefined : paths.runtimeEnv(env.env),
    });
    servers.push({ server, logs });
    return server.url;
  }

  before(async () => {
    site = await buildSiteOffline({ recipes: 2_000, interactions: 10_000, seed: 11 });
    manifest = await readManifest(site.dist);
    paths = layout({ MANGETAMAIN_HOME: tempDir("mangetamain-envs-") });
    await addRelease(paths, "preprod", site.dist);
    await switchCurrent(paths, "preprod", manifest.build_id);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    for (const { server, logs } of servers) {
      await server.close();
      await logs.close();
    }
  });

  async function openBadge(url: string, path = "/"): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(new URL(path, url).href);
    await badge(page).waitFor({ timeout: 30_000 });
    return page;
  }

  it("preprod: PREPROD in white on #6c757d, DuckDB-WASM working under the CSP, no error", async () => {
    const url = await serve(noContainer({ APP_ENV: "preprod" }));
    const page = await browser.newPage();
    const watch = watchPage(page, url);
    const csp = await watchCsp(page);
    await page.goto(url);
    await page
      .locator("svg[aria-label='Recipes submitted per year'] rect")
      .first()
      .waitFor({ timeout: 60_000 });
    await badge(page).waitFor();
    assert.equal(await badge(page).locator(".env-badge-label").innerText(), "PREPROD");
    assert.equal(await badge(page).getAttribute("data-env"), "preprod");
    const button = badge(page).locator("button");
    const colours = await button.evaluate((b) => {
      const style = getComputedStyle(b);
      return [style.backgroundColor, style.color];
    });
    assert.deepEqual(colours, [GREY, WHITE]);
    assert.equal(
      await button.getAttribute("aria-label"),
      "Environment: PREPROD. Show the data snapshot served.",
    );
    assert.equal(await button.locator("svg").count(), 1);
    // It sits at the bottom of the open sidebar, on the left.
    const box = (await button.boundingBox())!;
    const sidebar = (await page.locator("#observablehq-sidebar").boundingBox())!;
    assert.ok(
      box.x >= sidebar.x && box.x + box.width <= sidebar.x + sidebar.width,
      "inside the sidebar",
    );
    assert.ok(box.y + box.height > 900 - 60, "at its bottom");
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-preprod.png") });
    assert.deepEqual(await csp(), []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.failedRequests, []);
    assert.deepEqual(watch.externalRequests, []);
    await page.close();
  });

  it("shows the data snapshot on hover, on click (aria-expanded) and on keyboard focus", async () => {
    const url = servers[0]!.server.url;
    const page = await openBadge(url, "/?lang=en");
    const panel = badge(page).locator(".env-badge-panel");
    assert.equal(await panel.isVisible(), false);
    await badge(page).locator("button").hover();
    await panel.waitFor({ state: "visible" });
    const text = await panel.innerText();
    assert.match(text, /Synthetic sample data/);
    assert.match(text, /2,000 recipes · 10,000 reviews/);
    assert.match(text, new RegExp(`Build ${manifest.build_id}`));
    assert.match(text, /Data built \w+ \d+, \d{4}, \d\d:\d\d [AP]M UTC/);
    await page.mouse.move(600, 300);
    await panel.waitFor({ state: "hidden" });
    await badge(page).locator("button").click();
    assert.equal(await badge(page).locator("button").getAttribute("aria-expanded"), "true");
    await page.mouse.move(600, 300);
    assert.equal(await panel.isVisible(), true, "stays open after a click");
    await page.keyboard.press("Escape");
    assert.equal(await badge(page).locator("button").getAttribute("aria-expanded"), "false");
    await page.locator("body").click({ position: { x: 700, y: 200 } });
    await panel.waitFor({ state: "hidden" });
    await page.keyboard.press("Shift"); // keyboard modality: focus() then shows the focus ring
    await badge(page).locator("button").focus();
    await panel.waitFor({ state: "visible" });
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-snapshot.png") });
    await page.close();
  });

  it("a preprod build promoted unchanged shows PRODUCTION where production serves it", async () => {
    const result = await promote(paths, { keep: 3, log: () => {} });
    assert.equal(result.build_id, manifest.build_id, "the same build");
    const url = await serve(noContainer({ APP_ENV: "prod" }));
    const page = await openBadge(url);
    assert.equal(await badge(page).locator(".env-badge-label").innerText(), "PRODUCTION");
    assert.equal(
      await badge(page)
        .locator("button")
        .evaluate((b) => getComputedStyle(b).backgroundColor),
      GREY,
    );
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-production.png") });
    await page.close();
  });

  it("LOCAL and PROD (Docker) with their own icons", async () => {
    const icons: string[] = [];
    for (const [env, label] of [
      [noContainer({}), "LOCAL"],
      [
        detectEnvironment({
          env: { MANGETAMAIN_CONTAINER: "1" },
          projectRoot: "/app",
          fileExists: () => false,
        }),
        "PROD (Docker)",
      ],
    ] as const) {
      const url = await serve(env, paths.current("prod"));
      const page = await openBadge(url);
      assert.equal(await badge(page).locator(".env-badge-label").innerText(), label);
      icons.push((await badge(page).locator("svg path").getAttribute("d")) as string);
      await page.close();
    }
    const page = await openBadge(servers[0]!.server.url);
    icons.push((await badge(page).locator("svg path").getAttribute("d")) as string);
    await page.close();
    assert.equal(new Set(icons).size, 3, "LOCAL, PROD (Docker) and PREPROD icons differ");
  });

  it("stays visible in a corner on a narrow screen, where the sidebar is collapsed", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(servers[0]!.server.url);
    await badge(page).waitFor();
    assert.equal(await page.locator("#observablehq-sidebar").isVisible(), false);
    const box = (await badge(page).locator("button").boundingBox())!;
    assert.ok(
      box.x >= 0 && box.x + box.width <= 390,
      `inside horizontally: ${JSON.stringify(box)}`,
    );
    assert.ok(box.y >= 0 && box.y + box.height <= 844, "inside vertically");
    assert.ok(box.x > 390 / 2, "in the right-hand corner");
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-narrow.png") });
    await badge(page).locator("button").click();
    const panel = (await badge(page).locator(".env-badge-panel").boundingBox())!;
    assert.ok(panel.x >= 0 && panel.x + panel.width <= 390, "the snapshot fits the screen");
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-narrow-open.png") });
    await page.close();
  });

  it("keeps its colours in the dark theme, with a readable snapshot panel", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(servers[0]!.server.url);
    await badge(page).waitFor();
    const button = badge(page).locator("button");
    assert.deepEqual(
      await button.evaluate((b) => [
        getComputedStyle(b).backgroundColor,
        getComputedStyle(b).color,
      ]),
      [GREY, WHITE],
    );
    await button.hover();
    const panel = badge(page).locator(".env-badge-panel");
    await panel.waitFor({ state: "visible" });
    const [bg, fg] = await panel.evaluate((p) => [
      getComputedStyle(p).backgroundColor,
      getComputedStyle(p).color,
    ]);
    // Computed colours come as rgb(r, g, b) or color(srgb r g b) with 0–1 channels.
    const luminance = (colour: string) => {
      const scale = colour.startsWith("color(") ? 255 : 1;
      const [r, g, b] = colour.match(/[\d.]+/g)!.map((n) => Number(n) * scale);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    assert.ok(luminance(bg!) < 80, `dark panel background (${bg})`);
    assert.ok(luminance(fg!) - luminance(bg!) > 120, `light text on it (${fg} on ${bg})`);
    await page.screenshot({ path: join(SCREENSHOTS, "env-badge-dark.png") });
    await page.close();
  });

  for (const lang of ["en", "fr"] as const) {
    it(`the Environments page in ${lang}: translated, nothing left to fill, no error`, async () => {
      const url = servers[0]!.server.url;
      const page = await browser.newPage();
      const watch = watchPage(page, url);
      const csp = await watchCsp(page);
      await page.goto(`${url}/environments?lang=${lang}`);
      await page
        .locator("#observablehq-main h1")
        .filter({ hasText: translate(lang, "env.page.title") })
        .waitFor({ timeout: 30_000 });
      await badge(page).waitFor();
      const text = await page.locator("#observablehq-main").innerText();
      assert.doesNotMatch(text, /\{\w+\}/, "no {placeholder} left");
      for (const key of [
        "env.page.intro",
        "env.page.promote.steps",
        "env.page.monitor.metrics",
      ] as const)
        assert.ok(text.includes(translate(lang, key)), key);
      for (const label of ["PREPROD", "PRODUCTION", "PROD (Docker)", "LOCAL"])
        assert.ok(
          await page
            .locator(".env-page-badges .env-badge-label", {
              hasText: new RegExp(`^${label.replace(/[()]/g, "\\$&")}$`),
            })
            .count(),
          label,
        );
      assert.equal(await page.locator("[data-served] .env-badge-label").innerText(), "PREPROD");
      assert.equal(await page.locator("html").getAttribute("lang"), lang);
      assert.match(await page.title(), new RegExp(translate(lang, "nav.environments")));
      await page.screenshot({
        path: join(SCREENSHOTS, `environments-${lang}.png`),
        fullPage: true,
      });
      assert.deepEqual(await csp(), []);
      assert.deepEqual(watch.consoleErrors, []);
      assert.deepEqual(watch.failedRequests, []);
      await page.close();
    });
  }
});
