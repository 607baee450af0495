/**
 * A chart or table with its "Download" menu above it, so a page adds an export in one call:
 * `${exportChart(resize(…), "trends-volume", rows)}`. The menu's SVG/PNG take the chart drawn
 * inside at the moment of the click (its current width and theme).
 */
import type { YearRange } from "../analysis/query.js";
import { exportMenu, type ExportSource } from "./export-menu.js";

type Rows = Iterable<Record<string, unknown>>;
type RowsSource = Rows | (() => Rows | Promise<Rows>);

const STYLE = `.exportable{position:relative}.exportable>.export-menu-row{justify-content:flex-end;margin:0 0 .25rem}.exportable>.export-menu-row .export-menu ul{left:auto;right:0}`;

function ensureStyle(): void {
  if (document.getElementById("exportable-style")) return;
  const style = document.createElement("style");
  style.id = "exportable-style";
  style.textContent = STYLE;
  document.head.append(style);
}

/** `trends-volume` + 2001–2010 → `trends-volume-2001-2010`: the file says which years it holds. */
export const rangeName = (name: string, range: YearRange): string =>
  `${name}-${range.from}-${range.to}`;

function wrap(content: Node, source: ExportSource, chart: boolean): HTMLElement {
  ensureStyle();
  const box = document.createElement("div");
  box.className = "exportable";
  const holder = document.createElement("div");
  holder.append(content);
  box.append(exportMenu({ ...source, chart: chart ? () => holder : undefined }), holder);
  return box;
}

const dataOf = (rows: RowsSource) => (typeof rows === "function" ? rows : () => rows);

/** A chart with a menu: its rows as CSV/Parquet, the drawing as SVG/PNG. */
export function exportChart(
  content: Node,
  name: string,
  rows: RowsSource,
  label?: string,
): HTMLElement {
  return wrap(content, { name, data: dataOf(rows), label }, true);
}

/** A table with a menu: its rows as CSV/Parquet. */
export function exportTable(
  content: Node,
  name: string,
  rows: RowsSource,
  label?: string,
): HTMLElement {
  return wrap(content, { name, data: dataOf(rows), label }, false);
}
