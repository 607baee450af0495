/**
 * The year range every analysis page filters by: two labelled selects (From / To) whose value is
 * `{from, to}`. A reversed choice is put back in order rather than refused.
 */
import { html } from "npm:htl";
import { t } from "../i18n/index.js";
import type { YearRange } from "../analysis/query.js";
import { bindFields, param } from "./url-state.js";

export interface YearRangeInput extends HTMLFormElement {
  value: YearRange;
}

export function yearRangeInput(bounds: YearRange, value: YearRange = bounds): YearRangeInput {
  const years = Array.from({ length: bounds.to - bounds.from + 1 }, (_, i) => bounds.from + i);
  const select = (name: string, selected: number) =>
    html`<select name=${name} data-testid=${`year-${name}`}>
      ${years.map((y) => html`<option value=${y} selected=${y === selected}>${y}</option>`)}
    </select>`;
  const from = select("from", value.from) as HTMLSelectElement;
  const to = select("to", value.to) as HTMLSelectElement;
  const form = html`<form class="year-range" aria-label=${t("controls.years")}>
    <span class="year-range-label">${t("controls.years")}</span>
    <label>${t("controls.from")} ${from}</label>
    <label>${t("controls.to")} ${to}</label>
  </form>` as YearRangeInput;
  const read = (): YearRange => {
    const a = Number(from.value);
    const b = Number(to.value);
    return { from: Math.min(a, b), to: Math.max(a, b) };
  };
  Object.defineProperty(form, "value", {
    get: read,
    set(v: YearRange) {
      from.value = String(v.from);
      to.value = String(v.to);
    },
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => {
    const range = read();
    form.value = range; // reorder a reversed pair in the controls too
    form.dispatchEvent(new Event("input", { bubbles: true }));
  });
  return form;
}

/**
 * The year range of a page, kept in the address as `?from=2001&to=2010` (each omitted when it is
 * the bound): restored on load and on back/forward; an invalid year is ignored with a notice.
 */
export function urlYearRange(bounds: YearRange): YearRangeInput {
  const year = param.int(bounds.from, bounds.to);
  return bindFields(yearRangeInput(bounds), { from: year, to: year }, bounds, (r) => ({
    from: Math.min(r.from, r.to),
    to: Math.max(r.from, r.to),
  }));
}
