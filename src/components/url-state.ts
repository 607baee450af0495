/**
 * Every filter of a page lives in the URL's query string, so a link shows the view it was copied
 * from. `bindParam(input, key, param, default)` keeps one input and one parameter in step: the URL
 * sets the input on load and on back/forward, the input writes the URL on each change. Values read
 * from the URL are parsed strictly by a `Param`; an invalid or hostile value is never used: the
 * default stands and `urlNotice()` lists what was ignored (as text, never as HTML).
 * Parameters this page does not bind (`lang`, another page's) are left untouched.
 */
import { t } from "../i18n/index.js";
import { urlForLang } from "../i18n/lang.js";

/** How one URL parameter is read and written. parse returns undefined for an invalid value. */
export interface Param<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** What a valid value looks like, for the notice (translated). */
  expected?: string;
  /**
   * For lists: the usable part of a value and the pieces that were dropped, so that one unknown
   * item does not discard the others (readParam reports the dropped pieces).
   */
  parsePartly?(raw: string): { value: T | undefined; ignored: string[] };
}

const MAX_RAW = 2000; // longer than any valid value of this site: refused without parsing
const CONTROL = /[\u0000-\u001f\u007f]/; // eslint-disable-line no-control-regex

const within = (n: number, min: number, max: number) => Number.isFinite(n) && n >= min && n <= max;
const shortList = (values: readonly string[]) =>
  values.length <= 8 ? values.join(", ") : `${values.slice(0, 8).join(", ")}, …`;

function int(min: number, max: number): Param<number> {
  return {
    parse(raw) {
      if (!/^[+-]?\d{1,16}$/.test(raw.trim())) return undefined;
      const n = Number(raw.trim());
      return Number.isSafeInteger(n) && within(n, min, max) ? n : undefined;
    },
    format: (value) => String(value),
    expected: t("state.expected.int", { min: String(min), max: String(max) }),
  };
}

function number(min: number, max: number): Param<number> {
  return {
    parse(raw) {
      // Plain decimals only: no exponent (1e999 is Infinity), hex, NaN or Infinity spelt out.
      if (!/^[+-]?(?:\d{1,16}(?:\.\d{0,12})?|\.\d{1,12})$/.test(raw.trim())) return undefined;
      const n = Number(raw.trim());
      return within(n, min, max) ? n : undefined;
    },
    format: (value) => String(value),
    expected: t("state.expected.number", { min: String(min), max: String(max) }),
  };
}

function oneOf<T extends string>(values: readonly T[]): Param<T> {
  const allowed = new Set<string>(values);
  return {
    parse: (raw) => (allowed.has(raw) ? (raw as T) : undefined),
    format: (value) => value,
    expected: t("state.expected.oneOf", { values: shortList(values) }),
  };
}

/**
 * A choice among values that are not strings (Inputs.radio/select over a Map): the URL holds the
 * label-independent key, the input gets back the very same value object (the Inputs compare by
 * identity).
 */
function choice<T>(options: ReadonlyMap<string, T>): Param<T> {
  const keys = [...options.keys()];
  return {
    parse: (raw) => (options.has(raw) ? options.get(raw) : undefined),
    format(value) {
      for (const [key, v] of options) if (v === value) return key;
      for (const [key, v] of options) if (JSON.stringify(v) === JSON.stringify(value)) return key;
      return "";
    },
    expected: t("state.expected.oneOf", { values: shortList(keys) }),
  };
}

function text(maxLength: number): Param<string> {
  return {
    parse(raw) {
      if (CONTROL.test(raw)) return undefined;
      return raw.trim().slice(0, maxLength);
    },
    format: (value) => value,
    expected: t("state.expected.text", { max: String(maxLength) }),
  };
}

function list(item: Param<string>, maxItems: number): Param<string[]> {
  const parsePartly = (raw: string) => {
    const value: string[] = [];
    const ignored: string[] = [];
    for (const piece of raw.split(",")) {
      if (!piece.trim()) continue;
      const parsed = item.parse(piece.trim());
      if (parsed === undefined || value.length >= maxItems) ignored.push(piece.trim());
      else if (!value.includes(parsed)) value.push(parsed);
    }
    return { value: value.length || !ignored.length ? value : undefined, ignored };
  };
  return {
    parse: (raw) => {
      const { value, ignored } = parsePartly(raw);
      return ignored.length ? undefined : value;
    },
    parsePartly,
    format: (values) => values.join(","),
    expected: t("state.expected.list", {
      max: String(maxItems),
      item: item.expected ?? "",
    }),
  };
}

function yearRange(bounds: { from: number; to: number }): Param<{ from: number; to: number }> {
  return {
    parse(raw) {
      const match = /^(\d{4})-(\d{4})$/.exec(raw.trim());
      if (!match) return undefined;
      const a = Number(match[1]);
      const b = Number(match[2]);
      if (!within(a, bounds.from, bounds.to) || !within(b, bounds.from, bounds.to))
        return undefined;
      return { from: Math.min(a, b), to: Math.max(a, b) };
    },
    format: (value) => `${value.from}-${value.to}`,
    expected: t("state.expected.yearRange", {
      from: String(bounds.from),
      to: String(bounds.to),
    }),
  };
}

export const param = { int, number, oneOf, choice, text, list, yearRange };

// ---------------------------------------------------------------------------------------------
// Rejections: what the URL asked for and this page refused.

export interface Rejection {
  key: string;
  value: string;
  reason: string;
}

const rejections: Rejection[] = [];
const noticeListeners = new Set<() => void>();

function reject(key: string, value: string, p: Param<unknown> | undefined): void {
  if (rejections.some((r) => r.key === key && r.value === value)) return;
  const reason =
    value.trim() === ""
      ? t("state.reason.empty")
      : t("state.reason.invalid", { expected: p?.expected ?? t("state.expected.other") });
  rejections.push({ key, value, reason });
  for (const listener of noticeListeners) listener();
}

/** The values ignored so far on this page (for tests and for pages that explain them otherwise). */
export function urlRejections(): readonly Rejection[] {
  return rejections;
}

const currentParams = () => new URLSearchParams(location.search);

/** The value of `key` in `params`: parsed, or `fallback` (recording why when `record`). */
function readFrom<T>(
  params: URLSearchParams,
  key: string,
  p: Param<T>,
  fallback: T,
  record: boolean,
): T {
  const raw = params.get(key);
  if (raw === null) return fallback;
  const refuse = (value: string) => {
    if (record) reject(key, value, p as Param<unknown>);
    return fallback;
  };
  if (raw.length > MAX_RAW) return refuse(raw);
  if (p.parsePartly) {
    const { value, ignored } = p.parsePartly(raw);
    if (ignored.length && record) reject(key, ignored.join(","), p as Param<unknown>);
    return value === undefined ? fallback : value;
  }
  const value = p.parse(raw);
  return value === undefined ? refuse(raw) : value;
}

/** Reads `key` from the current URL: the parsed value, or `fallback` (and a recorded rejection). */
export function readParam<T>(key: string, p: Param<T>, fallback: T): T {
  if (typeof location === "undefined") return fallback;
  return readFrom(currentParams(), key, p, fallback, true);
}

// ---------------------------------------------------------------------------------------------
// Writing the URL.

/** Changes closer together than this are one history entry (dragging a slider, typing). */
const PAUSE_MS = 800;
let burstTimer: ReturnType<typeof setTimeout> | undefined;

/** The language links of the header follow the address, so switching language keeps the view. */
function refreshLanguageLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".lang-switch a[hreflang]")) {
    const code = link.getAttribute("hreflang");
    if (code === "en" || code === "fr") link.href = urlForLang(location.href, code);
  }
}

if (typeof addEventListener === "function") addEventListener("popstate", refreshLanguageLinks);

/**
 * When set, a page's writes wait until it calls the flush it is given (e.g. once its charts are
 * drawn): history.pushState/replaceState can hold the main thread for several milliseconds.
 */
let scheduleWrites: ((flush: () => void) => void) | null = null;
let pending: ((params: URLSearchParams) => void)[] = [];
/** Whether a waiting change came after a pause, i.e. its write makes a new history entry. */
let pendingNewEntry = false;

/**
 * Defers this page's URL writes: each burst of changes is written once, when `schedule`'s flush is
 * called. Back/forward drops writes still waiting (the address the reader returns to wins).
 */
export function deferUrlWrites(schedule: (flush: () => void) => void): void {
  scheduleWrites = schedule;
}

/**
 * Defers the page's writes until its change is drawn: returns the function the page calls then (the
 * write runs in the next task, after that frame), and writes anyway after `maxWaitMs` when nothing
 * is drawn (an error, an unchanged value).
 */
export function writeUrlOnceDrawn(maxWaitMs = 1000): () => void {
  const flushes: (() => void)[] = [];
  deferUrlWrites((flush) => {
    flushes.push(flush);
    setTimeout(flush, maxWaitMs);
  });
  return () => {
    for (const flush of flushes.splice(0)) setTimeout(flush, 0);
  };
}

/** Writes the deferred changes now (no-op when none wait). */
export function flushUrlWrites(): void {
  const updates = pending;
  if (!updates.length) return;
  const newEntry = pendingNewEntry;
  pending = [];
  pendingNewEntry = false;
  writeNow((params) => {
    for (const update of updates) update(params);
  }, newEntry);
}

if (typeof addEventListener === "function")
  addEventListener("popstate", () => {
    pending = [];
    pendingNewEntry = false;
  });

/** Restarts the burst: changes closer together than PAUSE_MS amend one history entry. */
function restartBurst(): void {
  clearTimeout(burstTimer);
  burstTimer = setTimeout(() => (burstTimer = undefined), PAUSE_MS);
}

function writeParams(update: (params: URLSearchParams) => void): void {
  if (!scheduleWrites) {
    if (writeNow(update, burstTimer === undefined)) restartBurst();
    return;
  }
  // Deferred: the pause is measured between the changes themselves, not between their writes
  // (a write waits for its charts, which take longer under load).
  pendingNewEntry ||= burstTimer === undefined;
  restartBurst();
  pending.push(update);
  if (pending.length === 1) scheduleWrites(flushUrlWrites);
}

/** Writes the address (a new history entry or an amended one); false when it did not change. */
function writeNow(update: (params: URLSearchParams) => void, newEntry: boolean): boolean {
  const params = currentParams();
  const before = params.toString();
  update(params);
  const after = params.toString();
  if (after === before) return false;
  const url = `${location.pathname}${after ? `?${after}` : ""}${location.hash}`;
  if (newEntry) history.pushState(history.state, "", url);
  else history.replaceState(history.state, "", url);
  refreshLanguageLinks();
  return true;
}

/** How a bound input's value is read from and written to the query string. */
interface Codec<T> {
  read(params: URLSearchParams, record: boolean): T;
  write(params: URLSearchParams, value: T): void;
  same(a: T, b: T): boolean;
}

function bind<T, I extends EventTarget & { value: T }>(input: I, codec: Codec<T>): I {
  const initial = codec.read(currentParams(), true);
  if (!codec.same(initial, input.value)) input.value = initial;
  let restoring = false;
  input.addEventListener("input", () => {
    if (!restoring) writeParams((params) => codec.write(params, input.value));
  });
  // Back/forward: the input takes the value of the address it returns to, and says so.
  addEventListener("popstate", () => {
    const value = codec.read(currentParams(), false);
    if (codec.same(value, input.value)) return;
    restoring = true;
    try {
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    } finally {
      restoring = false;
    }
  });
  queueMicrotask(refreshLanguageLinks);
  return input;
}

function setOrOmit<T>(params: URLSearchParams, key: string, p: Param<T>, value: T, omitted: T) {
  const formatted = p.format(value);
  if (formatted === p.format(omitted)) params.delete(key);
  else params.set(key, formatted);
}

/**
 * Binds an input (anything with .value and "input" events, e.g. Inputs.*, yearRangeInput):
 * sets its value from the URL on load, writes the URL on each input event (omitting the param
 * when equal to `defaultValue`), and restores the value (dispatching "input") on back/forward.
 */
export function bindParam<T, I extends EventTarget & { value: T }>(
  input: I,
  key: string,
  p: Param<T>,
  defaultValue: T,
): I {
  return bind(input, {
    read: (params, record) => readFrom(params, key, p, defaultValue, record),
    write: (params, value) => setOrOmit(params, key, p, value, defaultValue),
    same: (a, b) => p.format(a) === p.format(b),
  });
}

/**
 * Binds an input whose value is an object to one parameter per field, e.g. a year range to
 * `?from=2001&to=2010`; `normalise` repairs a combination (a reversed range).
 */
export function bindFields<T extends object, I extends EventTarget & { value: T }>(
  input: I,
  fields: { [K in keyof T]: Param<T[K]> },
  defaultValue: T,
  normalise: (value: T) => T = (value) => value,
): I {
  const keys = Object.keys(fields) as Array<keyof T & string>;
  return bind(input, {
    read: (params, record) =>
      normalise(
        Object.fromEntries(
          keys.map((k) => [k, readFrom(params, k, fields[k], defaultValue[k], record)]),
        ) as T,
      ),
    write: (params, value) => {
      for (const k of keys) setOrOmit(params, k, fields[k], value[k], defaultValue[k]);
    },
    same: (a, b) => keys.every((k) => fields[k].format(a[k]) === fields[k].format(b[k])),
  });
}

// ---------------------------------------------------------------------------------------------
// The notice.

const NOTICE_STYLE = `
.url-notice{margin:1rem 0;padding:.6rem .9rem;border:1px solid var(--theme-foreground-faint);border-left:4px solid var(--theme-yellow, #c79200);border-radius:4px;background:var(--theme-background-alt);color:var(--theme-foreground);font:14px/1.5 var(--sans-serif);max-width:640px}
.url-notice[hidden]{display:none}
.url-notice p{margin:0 0 .3rem;font-weight:600;max-width:none}
.url-notice ul{margin:0 0 .4rem;padding-left:1.2rem}
.url-notice code{font:13px var(--monospace);overflow-wrap:anywhere;color:var(--theme-foreground)}
.url-notice button{font:inherit;font-size:13px;padding:.15rem .6rem;cursor:pointer}
`;

function ensureStyle(id: string, css: string): void {
  if (document.getElementById(id)) return;
  const style = document.createElement("style");
  style.id = id;
  style.textContent = css;
  document.head.append(style);
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * A visible, translated notice listing the URL values that were ignored (key, value shown as
 * text — never as HTML — and why), with a button to clear them from the URL; hidden when none.
 * It updates itself when inputs bound later reject a value.
 */
export function urlNotice(): HTMLElement {
  ensureStyle("url-notice-style", NOTICE_STYLE);
  const box = document.createElement("div");
  box.className = "url-notice";
  box.setAttribute("role", "status");
  box.dataset.testid = "url-notice";
  const render = () => {
    box.replaceChildren();
    box.hidden = rejections.length === 0;
    if (!rejections.length) return;
    const title = document.createElement("p");
    title.textContent = t("state.notice.title");
    const items = document.createElement("ul");
    for (const r of rejections) {
      const item = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = `${r.key}=${shown(r.value)}`; // text node: markup in the value stays text
      item.append(code, document.createTextNode(` — ${r.reason}`));
      items.append(item);
    }
    const clear = document.createElement("button");
    clear.type = "button";
    clear.textContent = t("state.notice.clear");
    clear.addEventListener("click", () => {
      const bad = rejections.splice(0);
      history.replaceState(history.state, "", cleanedUrl(bad));
      refreshLanguageLinks();
      for (const listener of noticeListeners) listener();
    });
    box.append(title, items, clear);
  };
  noticeListeners.add(render);
  render();
  return box;
}

/** The current address without the rejected values (a list keeps its valid items). */
function cleanedUrl(bad: readonly Rejection[]): string {
  const params = currentParams();
  for (const { key, value } of bad) {
    const raw = params.get(key);
    if (raw === null) continue;
    const dropped = new Set(value.split(","));
    const kept = raw === value ? [] : raw.split(",").filter((piece) => !dropped.has(piece.trim()));
    if (kept.length) params.set(key, kept.join(","));
    else params.delete(key);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
}
