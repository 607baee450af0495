/**
 * Dark mode on the shared test site, in headless Chromium: the header's theme switch (system / light
 * / dark) applies before the first paint, is remembered across reloads and pages and works from the
 * keyboard; on every page the sidebar lists, in light and dark (forced by the switch, or by the
 * system setting), every visible text — chart labels included — meets WCAG AA contrast against what
 * it is drawn on, and no light box is left on a dark page. Screenshots: test-results/theme/.
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { contrastAudit, settle, sidebarPages } from "../helpers/a11y-audit.ts";
import {
  assertCleanSession,
  openSiteSession,
  SCREENSHOTS,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

const SHOTS = join(SCREENSHOTS, "theme");
const STORAGE_KEY = "mangetamain.theme";

type Mode = { name: string; system: "light" | "dark"; choice: "system" | "light" | "dark" };
const MODES: Mode[] = [
  { name: "light", system: "light", choice: "system" },
  { name: "dark", system: "dark", choice: "system" },
  { name: "forced-dark", system: "light", choice: "dark" },
  { name: "forced-light", system: "dark", choice: "light" },
];

const theme = (page: Page) =>
  page.evaluate(() => ({
    attribute: document.documentElement.getAttribute("data-theme"),
    scheme: getComputedStyle(document.documentElement).colorScheme,
    background: getComputedStyle(document.documentElement).backgroundColor,
    stored: localStorage.getItem("mangetamain.theme"),
  }));

const pressed = (page: Page) =>
  page
    .locator("#observablehq-header .theme-switch button[aria-pressed=true]")
    .getAttribute("data-theme-choice");

describe("Theme switch and dark mode", { timeout: 1_200_000 }, () => {
  let session: SiteSession;
  let server: ServedSite;
  let page: Page;
  let pages: string[];

  const open = async (path: string, lang = "en") => {
    await page.goto(`${server.origin}${path}?lang=${lang}`);
    await settle(page);
  };

  before(async () => {
    session = await openSiteSession();
    ({ page, server } = session);
    // tsx names nested functions with a helper the page does not have.
    await page.addInitScript("globalThis.__name = (f) => f");
    // Records the theme as the body starts, before any module script could have set it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __themeAtBody: string | null }).__themeAtBody =
          document.documentElement.getAttribute("data-theme");
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    mkdirSync(SHOTS, { recursive: true });
    await open("/");
    pages = await sidebarPages(page);
  });

  after(async () => {
    await session?.close();
  });

  it("lists the sidebar's pages", () => {
    assert.ok(pages.length >= 6, `pages: ${pages.join(", ")}`);
    assert.ok(pages.includes("/") && pages.includes("/trends"), pages.join(", "));
  });

  it("offers system, light and dark in the header, named in the page's language", async () => {
    for (const [lang, names] of [
      ["en", ["Follow the system's theme", "Light theme", "Dark theme"]],
      ["fr", ["Suivre le thème du système", "Thème clair", "Thème sombre"]],
    ] as const) {
      await open("/", lang);
      const group = page.locator("#observablehq-header .theme-switch");
      assert.equal(await group.getAttribute("role"), "group");
      assert.equal(await group.getAttribute("aria-label"), lang === "fr" ? "Thème" : "Theme");
      assert.deepEqual(
        await group
          .locator("button")
          .evaluateAll((b) => b.map((e) => e.getAttribute("aria-label"))),
        names,
      );
      assert.equal(await pressed(page), "system");
    }
  });

  it("switches, and remembers the choice across reloads and pages, applied before the first paint", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await open("/");
    const light = await theme(page);
    assert.equal(light.attribute, null);
    await page.getByRole("button", { name: "Dark theme" }).click();
    const dark = await theme(page);
    assert.equal(dark.attribute, "dark");
    assert.match(dark.scheme, /dark/);
    assert.notEqual(dark.background, light.background, "the page background changes");
    assert.equal(dark.stored, "dark");
    assert.equal(await pressed(page), "dark");
    await page.reload();
    await settle(page);
    assert.equal((await theme(page)).attribute, "dark");
    assert.equal(
      await page.evaluate(
        () => (window as unknown as { __themeAtBody: string | null }).__themeAtBody,
      ),
      "dark",
      "set before the body is parsed",
    );
    await open("/trends", "fr");
    assert.equal((await theme(page)).attribute, "dark");
    assert.equal(await pressed(page), "dark");
    await page.getByRole("button", { name: "Thème clair" }).click();
    await open("/seasonality");
    assert.deepEqual(
      { ...(await theme(page)), background: undefined },
      { attribute: "light", scheme: "light", background: undefined, stored: "light" },
    );
    await page.getByRole("button", { name: "Follow the system's theme" }).click();
    assert.equal((await theme(page)).attribute, null);
    assert.equal((await theme(page)).stored, null);
    await page.emulateMedia({ colorScheme: "dark" });
    assert.match((await theme(page)).scheme, /dark/, "system follows prefers-color-scheme");
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("works from the keyboard: Tab to the switch, Enter and Space choose", async () => {
    await open("/");
    const dark = page.locator(".theme-switch button[data-theme-choice=dark]");
    const light = page.locator(".theme-switch button[data-theme-choice=light]");
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if (await dark.evaluate((b) => b === document.activeElement)) break;
    }
    assert.ok(await dark.evaluate((b) => b === document.activeElement), "Tab reaches the switch");
    const outline = await dark.evaluate((b) => getComputedStyle(b).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await page.keyboard.press("Enter");
    assert.equal((await theme(page)).attribute, "dark");
    await page.keyboard.press("Shift+Tab");
    assert.ok(await light.evaluate((b) => b === document.activeElement));
    await page.keyboard.press("Space");
    assert.equal((await theme(page)).attribute, "light");
    await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
  });

  for (const mode of MODES)
    it(`meets WCAG AA contrast on every page: ${mode.name}`, async (t) => {
      await page.emulateMedia({ colorScheme: mode.system });
      await page.evaluate(
        ([key, choice]) =>
          choice === "system" ? localStorage.removeItem(key) : localStorage.setItem(key, choice),
        [STORAGE_KEY, mode.choice] as const,
      );
      const problems: string[] = [];
      for (const path of pages) {
        for (const lang of ["en", "fr"] as const) {
          if (lang === "fr" && mode.name.startsWith("forced")) continue; // both languages once
          await open(path, lang);
          // Open method notes, so their text is checked too (download menus would hide the charts).
          await page.evaluate(() =>
            document
              .querySelectorAll<HTMLDetailsElement>("#observablehq-main details:not(.export-menu)")
              .forEach((d) => (d.open = true)),
          );
          await page.waitForTimeout(200);
          const expectDark =
            mode.choice === "dark" || (mode.choice === "system" && mode.system === "dark");
          assert.equal(/dark/.test((await theme(page)).scheme), expectDark, `${path} ${mode.name}`);
          const { offenders, lightBoxes, checked } = await contrastAudit(page);
          t.diagnostic(
            `${path} ${lang} ${mode.name}: ${checked} texts, ${offenders.length} below AA`,
          );
          assert.ok(checked > 20, `${path}: texts found`);
          for (const o of offenders)
            problems.push(
              `${path} ${lang} ${mode.name}: "${o.text}" at ${o.where}: ${o.color} on ${o.background} = ${o.ratio} < ${o.required}`,
            );
          for (const box of lightBoxes)
            problems.push(`${path} ${lang} ${mode.name}: light box ${box}`);
          const name = `${path === "/" ? "index" : path.slice(1)}-${lang}-${mode.name}`;
          await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
          // Then the download menus, open.
          const menus = await page.evaluate(() => {
            const list = document.querySelectorAll<HTMLDetailsElement>("details.export-menu");
            list.forEach((d) => (d.open = true));
            return list.length;
          });
          if (menus)
            for (const o of (await contrastAudit(page)).offenders)
              problems.push(
                `${path} ${lang} ${mode.name} (menus open): "${o.text}" at ${o.where}: ${o.color} on ${o.background} = ${o.ratio} < ${o.required}`,
              );
        }
      }
      assert.deepEqual(problems, []);
    });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await page.emulateMedia({ colorScheme: "light" });
    await assertCleanSession(t, session);
  });
});
