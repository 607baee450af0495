/** A headline figure in a card: label, big value, and a line of context. `id` is stable for tests. */
import { html } from "npm:htl";

export function kpi(id: string, label: string, value: string, detail = ""): HTMLElement {
  return html`<div class="card kpi" role="group" aria-label=${`${label}: ${value}`}>
    <h2>${label}</h2>
    <span class="big" data-kpi=${id}>${value}</span>
    ${detail ? html`<p class="muted">${detail}</p>` : ""}
  </div>`;
}
