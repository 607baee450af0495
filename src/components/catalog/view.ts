/**
 * The data catalog's pieces: the overview of the tables, and one card per table with its columns
 * (name, type, meaning), how to load it and its example query with the result computed at build.
 */
import { html } from "npm:htl";
import type { Catalog, CatalogExample, CatalogTable } from "../../../loaders/catalog/catalog.ts";
import { formatInteger, locale, t } from "../../i18n/index.js";
import { columnMeaningKey, tableMeaningKey } from "./meaning.js";

const meaning = (key: ReturnType<typeof columnMeaningKey>) =>
  key ? t(key) : html`<em class="catalog-missing">${t("catalog.noMeaning")}</em>`;

export function tablesSummary(catalog: Catalog): HTMLElement {
  return html`<div class="catalog-scroll">
    <table class="catalog-summary" data-testid="catalog-summary">
      <thead>
        <tr>
          <th>${t("catalog.summary.table")}</th>
          <th style="text-align:right">${t("catalog.summary.rows")}</th>
          <th style="text-align:right">${t("catalog.summary.columns")}</th>
          <th>${t("catalog.summary.what")}</th>
        </tr>
      </thead>
      <tbody>
        ${catalog.tables.map(
          (table) =>
            html`<tr data-table=${table.name}>
              <td>
                <a href=${`#table-${table.name}`}><code>${table.name}</code></a>
              </td>
              <td style="text-align:right" data-rows=${table.rows}>${formatInteger(table.rows)}</td>
              <td style="text-align:right">${formatInteger(table.columns.length)}</td>
              <td class="catalog-meaning">${meaning(tableMeaningKey(table.name))}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function columnsTable(table: CatalogTable): HTMLElement {
  return html`<div class="catalog-scroll">
    <table class="catalog-columns">
      <thead>
        <tr>
          <th>${t("catalog.columns.name")}</th>
          <th>${t("catalog.columns.type")}</th>
          <th>${t("catalog.columns.meaning")}</th>
        </tr>
      </thead>
      <tbody>
        ${table.columns.map(
          (column) =>
            html`<tr data-column=${column.name}>
              <td><code>${column.name}</code></td>
              <td><code>${column.type}</code></td>
              <td class="catalog-meaning">${meaning(columnMeaningKey(table.name, column.name))}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A value as DuckDB returned it: numbers in the page's locale, years without a separator. */
function cell(column: string, value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number")
    return value.toLocaleString(locale, {
      maximumFractionDigits: 3,
      useGrouping: !/(^|_)year$/.test(column),
    });
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

function exampleResult(example: CatalogExample): HTMLElement {
  if (example.rows.length === 0) return html`<p>${t("catalog.example.noRows")}</p>`;
  return html`<div class="catalog-scroll">
    <table class="catalog-example-result">
      <thead>
        <tr>
          ${example.columns.map(
            (c, i) =>
              html`<th class=${typeof example.rows[0]?.[i] === "number" ? "num" : ""}>${c}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${example.rows.map(
          (row) =>
            html`<tr>
              ${row.map(
                (value, i) =>
                  html`<td class=${typeof value === "number" ? "num" : ""}>
                    ${cell(example.columns[i]!, value)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export function tableCard(table: CatalogTable): HTMLElement {
  const description = tableMeaningKey(table.name);
  const load = `const db = await foodcomDatabase(["${table.name}"]);`;
  return html`<section
    class="card catalog-table"
    id=${`table-${table.name}`}
    data-table=${table.name}
  >
    <h2><code>${table.name}</code></h2>
    <p class="catalog-size">
      <span data-testid="rows" data-rows=${table.rows}
        >${t("catalog.rows", { n: formatInteger(table.rows) })}</span
      >
      · ${t("catalog.columnCount", { n: formatInteger(table.columns.length) })}
    </p>
    <p>${meaning(description)}</p>
    ${
      table.loadable
        ? html`<p>${t("catalog.load")} <code>${load}</code></p>`
        : html`<p><small>${t("catalog.notLoadable")}</small></p>`
    }
    ${columnsTable(table)}
    <h3>${t("catalog.example.title")}</h3>
    <pre class="catalog-sql"><code>${table.example.sql}</code></pre>
    <h3>${t("catalog.example.result")}</h3>
    <div class="catalog-example" data-testid="example">${exampleResult(table.example)}</div>
  </section>`;
}
