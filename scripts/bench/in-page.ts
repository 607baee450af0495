/**
 * Code the benchmark runs inside the page. Kept as plain JavaScript text, not TypeScript functions:
 * tsx rewrites named functions with a `__name` helper that does not exist in the page.
 */
import { ANALYSIS_CHARTS_MARK } from "../../src/analysis/charts-mark.ts";

/** What the load watcher leaves in `window.__bench` (times: ms since navigation started). */
export interface LoadWatch {
  /** The first SVG inside #observablehq-main. */
  firstChart: number | null;
  /** The last mutation that added, removed or changed an SVG inside #observablehq-main. */
  lastChart: number | null;
  /** The page shows a DuckDB-WASM status line. */
  hasDb: boolean;
  /** The status line said DuckDB-WASM was ready. */
  dbReady: number | null;
  dbFailed: boolean;
}

/**
 * Init script (runs before the page's own code): a MutationObserver that timestamps chart mutations
 * and the DuckDB-WASM status line. Analysis pages: `.db-status[data-state]`; the explorer:
 * `[data-testid=db-status]`, emptied when ready.
 */
export const LOAD_WATCH = String.raw`(() => {
  const w = { firstChart: null, lastChart: null, hasDb: false, dbReady: null, dbFailed: false };
  window.__bench = w;
  const isChart = (n) => n.nodeType === 1 && (n.nodeName.toLowerCase() === "svg" || !!(n.querySelector && n.querySelector("svg")));
  const inMain = (n) => { const e = n.nodeType === 1 ? n : n.parentElement; return !!(e && e.closest("#observablehq-main")); };
  const checkDb = (now) => {
    if (w.dbReady !== null || w.dbFailed) return;
    const a = document.querySelector(".db-status");
    const b = document.querySelector("[data-testid=db-status]");
    if (!a && !b) return;
    w.hasDb = true;
    if ((a && a.dataset.state === "ready") || (b && b.textContent.trim() === "")) w.dbReady = now;
    if ((a && a.dataset.state === "failed")) w.dbFailed = true;
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      if (r.type !== "childList" || !inMain(r.target)) continue;
      const svgTarget = r.target.nodeType === 1 && r.target.closest("svg");
      if (svgTarget || [...r.addedNodes].some(isChart) || [...r.removedNodes].some(isChart)) {
        if (w.firstChart === null && document.querySelector("#observablehq-main svg")) w.firstChart = now;
        w.lastChart = now;
      }
    }
    checkDb(now);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-state"], characterData: true });
})();`;

/** One scripted filter change, as the page receives it. */
export type PageChange =
  | { readonly kind: "range"; readonly value: string }
  | { readonly kind: "tag" | "ingredient"; readonly names: readonly string[] }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "years"; readonly from: string; readonly to: string }
  | { readonly kind: "select"; readonly index: number };

/** Latencies of one change, ms from the event: results shown (explorer only) and charts updated. */
export interface ChangeTiming {
  readonly results: number | null;
  readonly charts: number | null;
}

/**
 * The explorer: applies a change as the control would, then waits for the page's own performance
 * marks "explorer:results" (count and table shown) and "explorer:charts" (set once the change is in
 * the page, before the browser paints that frame: its count, its table and, when they are in view,
 * its charts). Argument: [change, timeoutMs].
 */
export const EXPLORER_CHANGE = String.raw`(async ([change, timeout]) => {
  const nextMark = (name, after) => new Promise((resolve) => {
    const find = () => performance.getEntriesByName(name).find((e) => e.startTime > after);
    const hit = find();
    if (hit) return resolve(hit.startTime);
    const timer = setTimeout(() => { obs.disconnect(); resolve(null); }, timeout);
    const obs = new PerformanceObserver(() => {
      const h = find();
      if (h) { clearTimeout(timer); obs.disconnect(); resolve(h.startTime); }
    });
    obs.observe({ type: "mark" });
  });
  const q = (id) => {
    const e = document.querySelector("[data-testid=" + id + "]");
    if (!e) throw new Error("no [data-testid=" + id + "] on the page");
    return e;
  };
  const t0 = performance.now();
  if (change.kind === "range") {
    const select = q("range-minutes-max");
    select.value = change.value;
    select.dispatchEvent(new Event("input", { bubbles: true }));
  } else if (change.kind === "tag" || change.kind === "ingredient") {
    // The picker's value, then its "input" event: what picking a suggestion or removing a chip does.
    const picker = q(change.kind === "tag" ? "items-tags-include" : "items-ingredients-include");
    picker.value = change.names;
    picker.dispatchEvent(new Event("input", { bubbles: true }));
  } else if (change.kind === "text") {
    const input = q("text-search");
    input.value = change.value;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  } else throw new Error("not an explorer change: " + change.kind);
  const results = await nextMark("explorer:results", t0);
  const charts = await nextMark("explorer:charts", t0);
  return { results: results === null ? null : results - t0, charts: charts === null ? null : charts - t0 };
})`;

/** Sets an analysis page's year range as its two selects would: (main, {from, to}). */
const SET_YEAR_RANGE = String.raw`(main, change) => {
  const from = main.querySelector("[data-testid=year-from]");
  const to = main.querySelector("[data-testid=year-to]");
  if (!from || !to) throw new Error("no year range on the page");
  from.value = change.from;
  to.value = change.to;
  from.dispatchEvent(new Event("change", { bubbles: true }));
}`;

/**
 * Pages without a mark of their own (analysis pages, the overview): the time from the event to the
 * last mutation of an SVG in #observablehq-main, once none has followed for `quiet` ms (the wait
 * itself is not counted). Argument: [change, quietMs, timeoutMs].
 */
export const MUTATION_CHANGE = String.raw`(async ([change, quiet, timeout]) => {
  const main = document.querySelector("#observablehq-main");
  const isChart = (n) => n.nodeType === 1 && (n.nodeName.toLowerCase() === "svg" || !!(n.querySelector && n.querySelector("svg")));
  let last = null;
  const obs = new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const svgTarget = r.target.nodeType === 1 && r.target.closest("svg");
      if (svgTarget || [...r.addedNodes].some(isChart) || [...r.removedNodes].some(isChart)) last = now;
    }
  });
  obs.observe(main, { childList: true, subtree: true });
  const t0 = performance.now();
  if (change.kind === "years") (${SET_YEAR_RANGE})(main, change);
  else if (change.kind === "select") {
    const select = main.querySelector("select");
    if (!select) throw new Error("no select on the page");
    select.selectedIndex = change.index;
    select.dispatchEvent(new Event("input", { bubbles: true }));
  } else throw new Error("not a page change: " + change.kind);
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if ((last !== null && now - last >= quiet) || now - t0 > timeout) resolve();
      else setTimeout(tick, 20);
    };
    tick();
  });
  obs.disconnect();
  return { results: null, charts: last === null ? null : last - t0 };
})`;

// The mark an analysis page sets once the charts of a change are drawn: the page's own constant.
export { ANALYSIS_CHARTS_MARK };

/** (mark, after, timeoutMs) → the start time of the first `mark` set after `after`, or null at the timeout. */
const MARK_AFTER = String.raw`((mark, after, timeout) => new Promise((resolve) => {
  const find = () => performance.getEntriesByName(mark).find((e) => e.startTime > after);
  const timer = setTimeout(() => { obs.disconnect(); resolve(null); }, timeout);
  const obs = new PerformanceObserver(() => {
    const h = find();
    if (h) { clearTimeout(timer); obs.disconnect(); resolve(h.startTime); }
  });
  obs.observe({ type: "mark" });
}))`;

/**
 * Analysis pages with a mark of their own: applies a year-range change as the control would, then
 * waits for the first `mark` after the event (set once the frame that draws the page's charts is rendered).
 * Argument: [change, mark, timeoutMs].
 */
export const PAGE_MARK_CHANGE = String.raw`(async ([change, mark, timeout]) => {
  const main = document.querySelector("#observablehq-main");
  const t0 = performance.now();
  const done = (${MARK_AFTER})(mark, t0, timeout);
  if (change.kind !== "years") throw new Error("not a year-range change: " + change.kind);
  (${SET_YEAR_RANGE})(main, change);
  const at = await done;
  return { results: null, charts: at === null ? null : at - t0 };
})`;

/**
 * The sections below the fold (analysis pages, and the explorer's charts). From the top of the page,
 * applies a change (years: an analysis page's, waiting for its mark; else the explorer's, waiting
 * for its marks), pauses as a reader would, then scrolls the page's last section into view and times
 * the wait for the page's next "drawn" mark: that section's charts drawn for the change (it loads
 * once in view: src/analysis/section-schedule.ts). Argument: [change, timeoutMs].
 */
export const SCROLL_IN_CHANGE = String.raw`(async ([change, timeout]) => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  window.scrollTo(0, 0);
  await frames();
  const years = change.kind === "years";
  const mark = years ? ${JSON.stringify(ANALYSIS_CHARTS_MARK)} : "explorer:charts";
  const changed = years
    ? await (${PAGE_MARK_CHANGE})([change, mark, timeout])
    : await (${EXPLORER_CHANGE})([change, timeout]);
  if (changed.charts === null) return { results: null, charts: null };
  await new Promise((r) => setTimeout(r, 100));
  const sections = document.querySelectorAll("[data-section]");
  const last = sections[sections.length - 1];
  if (!last) throw new Error("no section on the page");
  if (!last.hasAttribute("aria-busy")) throw new Error("the last section did not wait for the reader");
  const t0 = performance.now();
  const done = (${MARK_AFTER})(mark, t0, timeout);
  last.scrollIntoView({ block: "start" });
  const at = await done;
  return { results: null, charts: at === null ? null : at - t0 };
})`;

/**
 * The options of the page's year selects (analysis pages) or first select (overview), and whether the
 * page has set the analysis charts mark.
 */
export const PAGE_CONTROL = String.raw`(() => {
  const main = document.querySelector("#observablehq-main");
  const from = main.querySelector("[data-testid=year-from]");
  // A page that sets the mark does so at its first paint too.
  const mark = performance.getEntriesByName(${JSON.stringify(ANALYSIS_CHARTS_MARK)}).length > 0;
  if (from) return { kind: "years", years: [...from.options].map((o) => o.value), mark };
  const select = main.querySelector("select");
  if (select) return { kind: "select", options: select.options.length };
  return null;
})()`;
