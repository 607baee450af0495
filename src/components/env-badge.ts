/**
 * The environment badge, drawn at the bottom of the sidebar on every page (and in a corner when the
 * sidebar is collapsed). It says where the site is *served*: the server answers /env.json at run
 * time, so a build promoted from preprod to production shows PRODUCTION. The build-time value in
 * `<meta name="mangetamain-build-env">` (observablehq.config.ts) is only the fallback, used by
 * `npm run dev` and when env.json cannot be read. Hover, keyboard focus or a click shows the data
 * snapshot served.
 */
import { html, svg } from "npm:htl";
import type { EnvDocument } from "../../scripts/site/manifest.ts";
import { formatDateTime, formatInteger, t, type MessageKey } from "../i18n/index.js";

export type { EnvDocument };

type BuildTimeEnv = EnvDocument & { mode?: "preview" | "build" };

const BADGE_COLOUR = "#6c757d"; // white on it: contrast 4.7:1, readable on light and dark pages

// 16×16 glyphs, one per environment, so the badges differ by more than their words.
const ICONS: Record<string, string> = {
  preprod:
    "M6 1h4v1.2H9.2v3.6l4.6 7.6A1.1 1.1 0 0 1 12.9 15H3.1a1.1 1.1 0 0 1-.9-1.6l4.6-7.6V2.2H6z",
  prod: "M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1.1 10.1L3.6 7.8l1.1-1.1 2.2 2.2 4.4-4.4 1.1 1.1z",
  docker:
    "M8 .8l6.5 3.6v7.2L8 15.2l-6.5-3.6V4.4zm0 1.7L3.5 5 8 7.5 12.5 5zM3 6.3v4.4l4.2 2.4V8.7zm10 0L8.8 8.7v4.4l4.2-2.4z",
  local: "M2 2.5h12v8.5H2zm1.3 1.3v5.9h9.4V3.8zM0 12h16v1.6H0z",
};

const STYLE = `
.env-badge{position:relative;display:inline-block;vertical-align:middle;font:600 11px/1.4 var(--sans-serif);white-space:nowrap}
.env-badge[data-floating]{position:fixed;z-index:4;right:.75rem;bottom:.75rem}
.env-badge-button{display:inline-flex;align-items:center;gap:.4rem;padding:.25rem .6rem;border:0;border-radius:4px;background:${BADGE_COLOUR};color:#fff;font:inherit;letter-spacing:.05em;cursor:pointer;box-shadow:0 1px 3px rgba(0,0,0,.3)}
.env-badge-button:focus-visible{outline:2px solid var(--theme-foreground-focus);outline-offset:2px}
.env-badge-button svg{width:12px;height:12px;fill:currentColor;flex:none}
.env-badge[data-state=loading]{display:none}
.env-badge-panel{display:none;position:absolute;z-index:4;left:0;bottom:calc(100% + .5rem);width:max-content;max-width:min(20rem,calc(100vw - 1.5rem));padding:.5rem .75rem;border:1px solid var(--theme-foreground-faint);border-radius:6px;background:var(--theme-background);color:var(--theme-foreground);font:400 12px/1.5 var(--sans-serif);letter-spacing:normal;white-space:normal;box-shadow:0 4px 12px rgba(0,0,0,.25)}
.env-badge-panel::after{content:"";position:absolute;left:0;right:0;bottom:-.5rem;height:.5rem}
.env-badge-panel p{margin:0;max-width:none}
.env-badge-panel .env-badge-heading{font-weight:600;margin-top:.35rem}
.env-badge:hover .env-badge-panel,.env-badge:has(:focus-visible) .env-badge-panel,.env-badge[data-open] .env-badge-panel{display:block}
.env-badge[data-floating] .env-badge-panel{left:auto;right:0}
#observablehq-sidebar{padding-bottom:3.5rem}
#observablehq-sidebar-toggle:checked~.env-badge[data-floating]{left:calc(max(0rem,(100vw - var(--observablehq-max-width))/2) + 1rem);right:auto}
#observablehq-sidebar-toggle:checked~.env-badge[data-floating] .env-badge-panel{left:0;right:auto}
@media (min-width:calc(640px + 6rem + 272px)){
#observablehq-sidebar-toggle:indeterminate~.env-badge[data-floating]{left:calc(max(0rem,(100vw - var(--observablehq-max-width))/2) + 1rem);right:auto}
#observablehq-sidebar-toggle:indeterminate~.env-badge[data-floating] .env-badge-panel{left:0;right:auto}}
`;

const iconKey = (doc: EnvDocument) => (doc.label === "PROD (Docker)" ? "docker" : doc.env);

function buildTimeEnv(): BuildTimeEnv {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="mangetamain-build-env"]');
  try {
    if (meta) return JSON.parse(meta.content) as BuildTimeEnv;
  } catch {
    // a malformed meta falls through to LOCAL, as a page with no build information is
  }
  return { env: "local", label: "LOCAL", source: "default", build_id: null, data: null };
}

/** The snapshot lines in the page's language. */
function snapshotLines(doc: EnvDocument): HTMLElement {
  const source = t(`env.source.${doc.source}` as MessageKey);
  const lines: Array<HTMLElement> = [html`<p><strong>${doc.label}</strong> · ${source}</p>`];
  lines.push(html`<p class="env-badge-heading">${t("env.snapshot.heading")}</p>`);
  if (!doc.data) {
    lines.push(html`<p>${t("env.snapshot.none")}</p>`);
  } else {
    lines.push(
      html`<p data-snapshot-source=${doc.data.source}>
        ${t(doc.data.source === "real" ? "env.snapshot.real" : "env.snapshot.sample")}
      </p>`,
      html`<p>${t("env.snapshot.builtAt", { time: formatDateTime(doc.data.built_at) })}</p>`,
      html`<p>
        ${t("env.snapshot.rows", {
          recipes: formatInteger(doc.data.rows.recipes),
          reviews: formatInteger(doc.data.rows.interactions),
        })}
      </p>`,
    );
  }
  if (doc.build_id) lines.push(html`<p>${t("env.snapshot.build", { id: doc.build_id })}</p>`);
  return html`<div>${lines}</div>`;
}

let serial = 0;

/** One badge for `doc`: a button (label and icon) and its snapshot panel; floating: the page's own. */
export function renderEnvironmentBadge(
  doc: EnvDocument,
  options: { floating?: boolean } = {},
): HTMLElement {
  const panelId = `env-badge-panel-${++serial}`;
  const icon = svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path fill-rule="evenodd" d=${ICONS[iconKey(doc)] ?? ICONS.local}></path></svg>`;
  const button = html`<button
    type="button"
    class="env-badge-button"
    aria-expanded="false"
    aria-controls=${panelId}
    aria-describedby=${panelId}
    aria-label=${t("env.badge.aria", { label: doc.label })}
    title=${t("env.badge.title")}
  >
    ${icon}<span class="env-badge-label">${doc.label}</span>
  </button>`;
  const panel = html`<div class="env-badge-panel" id=${panelId}>${snapshotLines(doc)}</div>`;
  const badge = html`<div class="env-badge" data-env=${doc.env} data-label=${doc.label}>
    ${button}${panel}
  </div>`;
  if (options.floating) badge.setAttribute("data-floating", "");
  const setOpen = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    badge.toggleAttribute("data-open", open);
  };
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  badge.addEventListener("keydown", (event: KeyboardEvent) => {
    if (event.key === "Escape") setOpen(false);
  });
  return badge;
}

/** The badge's stylesheet, once per page (mountEnvironmentBadge adds it; so can a page's own badges). */
export function injectBadgeStyle(): void {
  if (document.getElementById("env-badge-style")) return;
  const style = document.createElement("style");
  style.id = "env-badge-style";
  style.textContent = STYLE;
  document.head.append(style);
}

/** The environment where this page is served: /env.json, else the build-time value. */
export async function servedEnvironment(): Promise<EnvDocument> {
  const fallback = buildTimeEnv();
  if (fallback.mode === "preview") return fallback; // the preview server has no env.json
  try {
    // The module lives in <site>/_import/components/, so the site root is two levels up.
    const response = await fetch(new URL("../../env.json", import.meta.url), { cache: "no-store" });
    if (response.ok) return (await response.json()) as EnvDocument;
  } catch {
    // offline or a static host without env.json: the build-time value below
  }
  return fallback;
}

/** Puts the badge on the page (once), placed by CSS at the bottom of Framework's sidebar. */
export function mountEnvironmentBadge(): void {
  if (document.querySelector(".env-badge[data-mounted]")) return;
  injectBadgeStyle();
  const placeholder = html`<div class="env-badge" data-mounted data-state="loading"></div>`;
  const sidebar = document.getElementById("observablehq-sidebar");
  if (sidebar) sidebar.after(placeholder);
  else document.body.append(placeholder);
  void servedEnvironment().then((doc) => {
    const badge = renderEnvironmentBadge(doc, { floating: true });
    badge.setAttribute("data-mounted", "");
    badge.setAttribute("data-state", "ready");
    placeholder.replaceWith(badge);
  });
}
