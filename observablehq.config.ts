// Observable Framework configuration: https://observablehq.com/framework/config
// The built site must load nothing from another origin (see scripts/vendor-npm.ts for npm: imports).
// Written raw: Framework re-encodes link hrefs with encodeURI, which would double any % escape (so no #).
const FAVICON = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='rgb(66,105,208)'><rect x='1' y='8' width='4' height='7'/><rect x='6' y='4' width='4' height='11'/><rect x='11' y='1' width='4' height='14'/></svg>`;

export default {
  root: "src",
  // scripts/build-site.ts builds into a temporary folder, then swaps it in place of dist/.
  output: process.env.MANGETAMAIN_BUILD_OUTPUT || "dist",
  title: "Mangetamain Analytics",
  pages: [{ name: "Overview", path: "/" }],
  theme: ["air", "near-midnight"], // light and dark, following the reader's system setting
  // The default loads Source Serif 4 from Google Fonts; the theme's fallback stack uses system serif fonts.
  globalStylesheets: [],
  // The default installs the json and parquet extensions from extensions.duckdb.org; Parquet files are
  // decoded with FileAttachment(…).parquet() and given to DuckDBClient.of as Arrow tables instead.
  duckdb: { extensions: { json: null, parquet: null } },
  // An inline icon: browsers ask every site for /favicon.ico otherwise, and log its 404 as an error.
  head: `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml,${FAVICON}">`,
  // The default footer carries the build date, which would make two builds of the same sources differ.
  footer: "Mangetamain Analytics · Food.com recipes and reviews",
};
