/** A row of headline figures (label, value, detail), each with a stable data-testid for tests. */
import { html } from "npm:htl";

export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

export function keyFigures(figures: readonly KeyFigure[]): HTMLElement {
  return html`<div class="ratings-figures">
    ${figures.map(
      (f) =>
        html`<div class="ratings-figure" role="group" aria-label=${`${f.label}: ${f.value}`}>
          <span class="ratings-figure-label">${f.label}</span>
          <span class="ratings-figure-value" data-testid=${f.id}>${f.value}</span>
          ${f.detail ? html`<span class="muted">${f.detail}</span>` : ""}
        </div>`,
    )}
  </div>`;
}
