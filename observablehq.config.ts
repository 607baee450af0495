import { existsSync } from "node:fs";
import { detectEnvironment } from "./loaders/environment.ts";
import { THEME_INIT_SCRIPT, themeSwitchHtml } from "./src/components/theme-switch.ts";

// Observable Framework configuration: https://observablehq.com/framework/config
// The built site must load nothing from another origin (see scripts/vendor-npm.ts for npm: imports).
// Written raw: Framework re-encodes link hrefs with encodeURI, which would double any % escape (so no #).
const FAVICON = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='rgb(66,105,208)'><rect x='1' y='8' width='4' height='7'/><rect x='6' y='4' width='4' height='11'/><rect x='11' y='1' width='4' height='14'/></svg>`;

// Sidebar order. Names are English here; src/components/chrome.ts shows them in the reader's
// language. A page is listed once its markdown file exists.
const SIDEBAR = [
  { name: "Overview", path: "/" },
  { name: "Recipe explorer", path: "/explorer" },
  { name: "Trends 1999–2018", path: "/trends" },
  { name: "Seasonality", path: "/seasonality" },
  { name: "Weekday vs weekend", path: "/weekday" },
  { name: "Ratings", path: "/ratings" },
  { name: "Data catalog", path: "/catalog" },
  { name: "Environments", path: "/environments" },
];

const LANGS = ["en", "fr"] as const;
/** The page's own file name, so the links stay on the page ("?lang=fr" alone would lead to ./). */
const pageName = (path: string) => `./${path.split("/").pop() || "."}`;

// The environment of the build, read by src/components/env-badge.ts only when the server's
// /env.json is unavailable (npm run dev, a plain static host). Computed here, never by a loader,
// whose output Framework caches across builds.
const BUILD_ENV = JSON.stringify({
  ...detectEnvironment(),
  build_id: null,
  data: null,
  mode: process.argv.includes("preview") ? "preview" : "build",
}).replaceAll('"', "&quot;");

export default {
  root: "src",
  // scripts/build-site.ts builds into a temporary folder, then swaps it in place of dist/.
  output: process.env.MANGETAMAIN_BUILD_OUTPUT || "dist",
  title: "Mangetamain Analytics",
  pages: SIDEBAR.filter(({ path }) => existsSync(`src${path === "/" ? "/index" : path}.md`)),
  // Framework's "air" (light) and "near-midnight" (dark) themes, switchable by the header's theme
  // switch as well as by the system setting (Framework's `theme` option can only follow the system).
  style: "style.css",
  // The default loads Source Serif 4 from Google Fonts; the theme's fallback stack uses system serif fonts.
  globalStylesheets: [],
  // The default installs the json and parquet extensions from extensions.duckdb.org; Parquet files are
  // decoded with FileAttachment(…).parquet() and given to DuckDBClient.of as Arrow tables instead.
  duckdb: { extensions: { json: null, parquet: null } },
  // An inline icon: browsers ask every site for /favicon.ico otherwise, and log its 404 as an error.
  // The inline script applies the remembered theme before the first paint (the production server
  // allows it by its hash).
  head: `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${FAVICON}"><script>${THEME_INIT_SCRIPT}</script><meta name="mangetamain-build-env" content="${BUILD_ENV}">`,
  // The theme switch (bound by chrome.ts) and the language switch: plain links that work without
  // JavaScript; chrome.ts keeps the other query parameters and remembers the choice.
  header: ({ path }: { path: string }) =>
    `<span class="app-title">Mangetamain Analytics</span><div class="header-tools">${themeSwitchHtml()}<nav class="lang-switch" aria-label="Language / Langue">${LANGS.map((lang) => `<a href="${pageName(path)}?lang=${lang}" hreflang="${lang}" lang="${lang}">${lang.toUpperCase()}</a>`).join("")}</nav></div>`,
  // The default footer carries the build date, which would make two builds of the same sources differ.
  footer: "Mangetamain Analytics · Food.com recipes and reviews",
};
