/** The data-quality record: checks with their counts, and the first rejected rows with file and line. */
import { html } from "npm:htl";
import type { Summary } from "../../loaders/exports.ts";
import { formatInteger, type MessageKey, t } from "../i18n/index.js";

export function qualityChecksTable(quality: Summary["quality"]): HTMLElement {
  return html`<table class="quality-checks">
    <thead>
      <tr>
        <th>${t("overview.quality.check")}</th>
        <th>${t("overview.quality.table")}</th>
        <th style="text-align:right">${t("overview.quality.rows")}</th>
      </tr>
    </thead>
    <tbody>
      ${quality.checks.map(
        (c) =>
          html`<tr data-check=${c.check_id}>
            <td>${t(`quality.${c.check_id}` as MessageKey)}</td>
            <td><code>${c.table_name}</code></td>
            <td style="text-align:right">${formatInteger(c.rows)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function rejectsTable(quality: Summary["quality"]): HTMLElement {
  if (quality.rejects_total === 0)
    return html`<p data-rejects="0">${t("overview.quality.noReject")}</p>`;
  const shown = quality.rejects.length;
  const n = formatInteger(quality.rejects_total);
  return html`<div data-rejects=${quality.rejects_total}>
    <p>
      ${
        shown < quality.rejects_total
          ? t("overview.quality.rejectsFirst", { n, shown })
          : t("overview.quality.rejectsCount", { n })
      }
    </p>
    <table>
      <thead>
        <tr>
          <th>${t("overview.quality.file")}</th>
          <th style="text-align:right">${t("overview.quality.line")}</th>
          <th>${t("overview.quality.reason")}</th>
        </tr>
      </thead>
      <tbody>
        ${quality.rejects.map(
          (r) =>
            html`<tr>
              <td>${r.file}</td>
              <td style="text-align:right">${formatInteger(r.line)}</td>
              <td>${r.reason}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
