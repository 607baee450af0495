/** The data-quality record: checks with their counts, and the first rejected rows with file and line. */
import { html } from "npm:htl";
import type { Summary } from "../../loaders/exports.ts";
import { formatInteger } from "./format.js";

export function qualityChecksTable(quality: Summary["quality"]): HTMLElement {
  return html`<table class="quality-checks">
    <thead>
      <tr>
        <th>Check</th>
        <th>Table</th>
        <th style="text-align:right">Rows</th>
      </tr>
    </thead>
    <tbody>
      ${quality.checks.map(
        (c) =>
          html`<tr data-check=${c.check_id}>
            <td>${c.description}</td>
            <td><code>${c.table_name}</code></td>
            <td style="text-align:right">${formatInteger(c.rows)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function rejectsTable(quality: Summary["quality"]): HTMLElement {
  if (quality.rejects_total === 0)
    return html`<p data-rejects="0">
      No row was rejected: every row of both files passed the checks.
    </p>`;
  const shown = quality.rejects.length;
  return html`<div data-rejects=${quality.rejects_total}>
    <p>
      ${formatInteger(quality.rejects_total)} rows
      rejected${shown < quality.rejects_total ? ` (first ${shown} shown; all are in the <code>quality_rejects</code> table)` : ""}.
    </p>
    <table>
      <thead>
        <tr>
          <th>File</th>
          <th style="text-align:right">Line</th>
          <th>Reason</th>
        </tr>
      </thead>
      <tbody>
        ${quality.rejects.map(
          (r) =>
            html`<tr>
              <td>${r.file}</td>
              <td style="text-align:right">${r.line}</td>
              <td>${r.reason}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
