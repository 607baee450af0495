/**
 * The "Download" menu beside each table and chart: the data as shown (filtered) as CSV or Parquet,
 * and the chart as SVG or PNG. A native <details> menu, so it opens and closes with the keyboard.
 * Parquet is written in the browser by parquet-wasm, loaded only when asked for (DuckDB-WASM's
 * Parquet extension would come from the internet). File names carry the data build time, read
 * from the small summary.json every build has.
 */
import type { Table } from "apache-arrow";
import { FileAttachment } from "observablehq:stdlib";
import { t } from "../i18n/index.js";
import {
  exportFileName,
  toCsv,
  toParquet,
  type ArrowModule,
  type ExportData,
  type ParquetModule,
} from "./export-format.js";
import { chartToPng, chartToSvg } from "./export-chart.js";

export interface ExportSource {
  /** What it is, for the file name, e.g. "trends-volume-2001-2010" (ASCII, kebab case). */
  name: string;
  /** The rows as shown (filtered); an Arrow Table, or plain objects, or an async function of either. */
  data: () =>
    Promise<Iterable<Record<string, unknown>> | Table> | Iterable<Record<string, unknown>> | Table;
  /** The chart element (an SVG or a Plot figure containing one) for SVG/PNG; absent for tables. */
  chart?: () => Element | null;
  /** What is downloaded, in the page's language, for the menu's accessible name (default: name). */
  label?: string;
}

const STYLE = `
.export-menu{position:relative;display:inline-block;font:13px/1.4 var(--sans-serif);}
.export-menu>summary{display:inline-flex;align-items:center;gap:.35rem;list-style:none;cursor:pointer;padding:.15rem .55rem;border:1px solid var(--theme-foreground-faint);border-radius:4px;color:var(--theme-foreground-muted);background:var(--theme-background);user-select:none}
.export-menu>summary::-webkit-details-marker{display:none}
.export-menu>summary:hover{color:var(--theme-foreground);border-color:var(--theme-foreground-muted)}
.export-menu>summary:focus-visible,.export-menu button:focus-visible{outline:2px solid var(--theme-foreground-focus);outline-offset:2px}
.export-menu>summary span{font-size:14px;line-height:1}
.export-menu ul{position:absolute;z-index:5;left:0;top:calc(100% + .25rem);margin:0;padding:.25rem 0;list-style:none;min-width:12rem;background:var(--theme-background);border:1px solid var(--theme-foreground-faint);border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.2)}
.export-menu li{margin:0;padding:0}
.export-menu button{display:block;width:100%;text-align:left;padding:.3rem .8rem;border:0;background:none;color:var(--theme-foreground);font:inherit;cursor:pointer}
.export-menu button:hover{background:var(--theme-background-alt)}
.export-menu button:disabled{color:var(--theme-foreground-muted);cursor:progress}
.export-menu-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:.25rem 0}
.export-menu-row [role=status]{font:12px/1.4 var(--sans-serif);color:var(--theme-foreground-muted)}
.export-menu-row [role=status]:empty{display:none}
`;

function ensureStyle(): void {
  if (document.getElementById("export-menu-style")) return;
  const style = document.createElement("style");
  style.id = "export-menu-style";
  style.textContent = STYLE;
  document.head.append(style);
}

/** The time the data were built (ingested), once per page. */
let builtAt: Promise<string | null> | undefined;
function dataBuiltAt(): Promise<string | null> {
  builtAt ??= FileAttachment("../data/summary.json")
    .json<{ provenance?: { built_at?: string } }>()
    .then((summary) => summary.provenance?.built_at ?? null)
    .catch(() => null);
  return builtAt;
}

let parquetModules: Promise<[ArrowModule, ParquetModule]> | undefined;
function loadParquet(): Promise<[ArrowModule, ParquetModule]> {
  parquetModules ??= Promise.all([
    import("npm:apache-arrow") as Promise<unknown> as Promise<ArrowModule>,
    import("npm:parquet-wasm").then(async (module) => {
      await module.default({
        module_or_path: import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"),
      });
      return module as unknown as ParquetModule;
    }),
  ]);
  return parquetModules;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Format = "csv" | "parquet" | "svg" | "png";

async function produce(format: Format, source: ExportSource): Promise<Blob> {
  if (format === "svg" || format === "png") {
    const chart = source.chart?.();
    if (!chart) throw new Error("no chart");
    return format === "svg" ? chartToSvg(chart) : chartToPng(chart);
  }
  const data = (await source.data()) as ExportData;
  if (format === "csv") return new Blob([toCsv(data)], { type: "text/csv;charset=utf-8" });
  const [arrow, parquet] = await loadParquet();
  return new Blob([toParquet(data, arrow, parquet) as BlobPart], {
    type: "application/vnd.apache.parquet",
  });
}

/** A small, keyboard-usable, translated "Download" menu: CSV, Parquet, and SVG/PNG for charts. */
export function exportMenu(source: ExportSource): HTMLElement {
  ensureStyle();
  const menu = document.createElement("details");
  menu.className = "export-menu";
  menu.dataset.export = source.name;
  const summary = document.createElement("summary");
  // A text arrow, not an SVG icon: chart selectors (`.card svg`) must find only charts.
  const arrow = document.createElement("span");
  arrow.setAttribute("aria-hidden", "true");
  arrow.textContent = "⤓";
  summary.append(arrow, document.createTextNode(t("state.export.button")));
  // What is downloaded, as a description (tooltip), not as the name: the name stays the visible
  // "Download", and a label such as "Ingredients and tags" does not answer to "Tags".
  summary.title = t("state.export.label", { what: source.label ?? source.name });
  const list = document.createElement("ul");
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  const formats: Format[] = source.chart ? ["csv", "parquet", "svg", "png"] : ["csv", "parquet"];
  for (const format of formats) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.format = format;
    button.textContent = t(`state.export.${format}`);
    button.addEventListener("click", async () => {
      const buttons = list.querySelectorAll("button");
      buttons.forEach((b) => (b.disabled = true));
      status.textContent = t("state.export.working");
      try {
        const [blob, time] = await Promise.all([produce(format, source), dataBuiltAt()]);
        const file = exportFileName(source.name, time, format);
        save(blob, file);
        status.textContent = t("state.export.done", { file });
        // Said once (role=status), then cleared so the row stays light.
        setTimeout(() => {
          if (status.textContent === t("state.export.done", { file })) status.textContent = "";
        }, 6000);
        menu.open = false;
        summary.focus();
      } catch (error) {
        status.textContent = t("state.export.failed", {
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        buttons.forEach((b) => (b.disabled = false));
      }
    });
    item.append(button);
    list.append(item);
  }
  // Escape closes the open menu and gives the focus back to its button.
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.open) {
      menu.open = false;
      summary.focus();
    }
  });
  menu.append(summary, list);
  const wrapper = document.createElement("div");
  wrapper.className = "export-menu-row";
  wrapper.append(menu, status);
  return wrapper;
}
