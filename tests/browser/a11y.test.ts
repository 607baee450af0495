/**
 * Accessibility of every page the sidebar lists, on the shared test site in headless Chromium:
 * every chart has an accessible name and a text alternative with its key figure, every form control
 * has a label, and the keyboard alone reaches every control from the top of the page (a skip link
 * first), with the environment badge operable by Enter.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Page } from "playwright-core";
import { chartProblems, settle, sidebarPages, unlabelledControls } from "../helpers/a11y-audit.ts";
import {
  assertCleanSession,
  openSiteSession,
  type ServedSite,
  type SiteSession,
} from "../helpers/site-session.ts";

/** Marks every focusable control of the page with data-a11y-id and returns their descriptions. */
const markFocusable = (page: Page) =>
  page.evaluate(() => {
    const selector =
      "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], [contenteditable=true]";
    const out: Record<string, string> = {};
    let n = 0;
    const radioGroups = new Map<Node, Set<string>>();
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLButtonElement).disabled || el.tabIndex < 0 || el.closest("[inert]")) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // Only one radio of a group (same name in the same form) is a Tab stop; arrows move within.
      if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
        const scope: Node = el.form ?? document;
        const names = radioGroups.get(scope) ?? new Set<string>();
        radioGroups.set(scope, names);
        if (names.has(el.name)) continue;
        names.add(el.name);
        const members = (el.form ?? document).querySelectorAll<HTMLInputElement>(
          `input[type=radio][name="${CSS.escape(el.name)}"]`,
        );
        for (const radio of members) if (radio.form === el.form) radio.dataset.a11yId = String(n);
      } else el.dataset.a11yId = String(n);
      const label =
        el.getAttribute("aria-label") ||
        el.textContent?.trim().slice(0, 40) ||
        (el as HTMLInputElement).name ||
        "";
      const holder = el.closest("[data-testid]")?.getAttribute("data-testid");
      out[String(n++)] =
        `${el.tagName.toLowerCase()} "${label}"${holder ? ` in [data-testid=${holder}]` : ""}`;
    }
    return out;
  });

const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.a11yId ?? null);

describe("Accessibility of every page", { timeout: 1_200_000 }, () => {
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
    await page.addInitScript("globalThis.__name = (f) => f"); // tsx's helper, absent in the page
    await open("/");
    pages = await sidebarPages(page);
  });

  after(async () => {
    await session?.close();
  });

  it("gives every chart an accessible name and a text alternative with its key figure", async (t) => {
    const problems: string[] = [];
    for (const path of pages)
      for (const lang of ["en", "fr"] as const) {
        await open(path, lang);
        const { charts, problems: found } = await chartProblems(page);
        t.diagnostic(`${path} ${lang}: ${charts} charts`);
        for (const p of found) problems.push(`${path} ${lang}: ${p.chart}: ${p.problem}`);
      }
    assert.deepEqual(problems, []);
  });

  it("labels every input, select and textarea", async () => {
    const problems: string[] = [];
    for (const path of pages) {
      await open(path);
      for (const control of await unlabelledControls(page)) problems.push(`${path}: ${control}`);
    }
    assert.deepEqual(problems, []);
  });

  it("reaches every control with Tab from the top, the skip link first", async (t) => {
    const problems: string[] = [];
    for (const path of pages) {
      await open(path);
      const controls = await markFocusable(page);
      const total = Object.keys(controls).length;
      const reached = new Set<string>();
      await page.keyboard.press("Tab");
      assert.equal(
        await page.evaluate(() => document.activeElement?.className),
        "skip-link",
        `${path}: the skip link comes first`,
      );
      for (let i = 0; i < total + 40; i++) {
        const id = await focusedId(page);
        if (id !== null) {
          if (reached.has(id) && reached.size >= total) break;
          reached.add(id);
        }
        await page.keyboard.press("Tab");
      }
      const missed = Object.entries(controls)
        .filter(([id]) => !reached.has(id))
        .map(([, what]) => what);
      t.diagnostic(`${path}: ${reached.size}/${total} controls reached by Tab`);
      for (const what of missed) problems.push(`${path}: Tab never reaches ${what}`);
    }
    assert.deepEqual(problems, []);
  });

  it("skips to the content, and opens the environment badge with the keyboard", async () => {
    await open("/trends");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "observablehq-main");
    const button = page.locator(".env-badge[data-mounted] .env-badge-button");
    await button.waitFor();
    await button.focus();
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.ok(await page.locator(".env-badge[data-mounted] .env-badge-panel").isVisible());
    await page.keyboard.press("Escape");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
  });

  it("logs no error, fails no request, asks no other origin and breaks no CSP rule", async (t) => {
    await assertCleanSession(t, session);
  });
});
