/**
 * Notes every analysis page carries: which recipes it uses and why (with a link to the data-quality
 * record), the state of the in-browser database, and the expandable method note of each analysis.
 */
import { html } from "npm:htl";
import type { AnalysisSetInfo } from "../analysis/page-data.js";
import { formatInteger, t } from "../i18n/index.js";

/** "200,066 recipes of 231,637: …" with the computed bounds and a link to the quality record. */
export function analysisSetNote(set: AnalysisSetInfo, recipesInRange?: number): HTMLElement {
  return html`<p class="analysis-set muted" data-testid="analysis-set">
    ${t("set.recipes", {
      n: formatInteger(recipesInRange ?? set.analysis_recipes),
      total: formatInteger(set.recipes_total),
      stepsMin: set.steps_min,
      stepsMax: set.steps_max,
      ingredientsMin: set.ingredients_min,
      ingredientsMax: set.ingredients_max,
    })}
    <a href="./#data-quality">${t("set.quality")}</a>
  </p>`;
}

/** Shows whether the filters can run yet; the first paint never waits for it. */
export function databaseStatus(database: Promise<unknown>): HTMLElement {
  const line = html`<p class="db-status muted" role="status" data-state="starting">
    ${t("controls.loading")}
  </p>`;
  database.then(
    () => {
      line.dataset.state = "ready";
      line.textContent = t("controls.ready");
    },
    (error: unknown) => {
      line.dataset.state = "failed";
      line.className = "db-status warning";
      line.setAttribute("label", t("controls.failedLabel")); // else the theme titles it "Warning"
      line.textContent = t("controls.failed", {
        error: String((error as Error)?.message ?? error),
      });
    },
  );
  return line;
}

/** A collapsed "Method" note: data used, test and formula, as dictionary text. */
export function methodNote(...paragraphs: string[]): HTMLElement {
  return html`<details class="method-note">
    <summary>${t("method.summary")}</summary>
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
  </details>`;
}
