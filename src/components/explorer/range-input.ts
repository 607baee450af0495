/**
 * A labelled min–max pair whose value is a NumRange (an empty side is no bound). Number inputs by
 * default; `choices` gives two selects instead (the minutes, on a log scale). Typing emits "input"
 * after a short pause, Enter or leaving the field emits it at once. A reversed pair is kept as asked
 * and marked (the page says why nothing matches) rather than silently swapped.
 */
import { html } from "npm:htl";
import { formatInteger, t } from "../../i18n/index.js";
import type { NumRange } from "../../explorer/filters.js";

export interface RangeInput extends HTMLFieldSetElement {
  value: NumRange;
}

export interface RangeOptions {
  /** The fieldset's legend (already translated). */
  label: string;
  /** Used for test ids and element ids: `range-<id>-min`. */
  id: string;
  min?: number;
  max?: number;
  step?: number;
  /** Offer these values in selects instead of free numbers. */
  choices?: readonly number[];
  format?: (n: number) => string;
}

const DEBOUNCE_MS = 350;

export function rangeInput(options: RangeOptions): RangeInput {
  const { label, id, choices, format = formatInteger } = options;
  const field = (side: "min" | "max") => {
    const name = t(side === "min" ? "explorer.range.min" : "explorer.range.max");
    const attrs = { id: `range-${id}-${side}`, "data-testid": `range-${id}-${side}` };
    const control = choices
      ? (html`<select ${attrs}>
          <option value="">${t("explorer.range.any")}</option>
          ${choices.map((c) => html`<option value=${c}>${format(c)}</option>`)}
        </select>` as HTMLSelectElement)
      : (html`<input
          type="number"
          inputmode="decimal"
          ${attrs}
          min=${options.min}
          max=${options.max}
          step=${options.step ?? "any"}
          placeholder=${t("explorer.range.any")}
        />` as HTMLInputElement);
    return { control, label: html`<label for=${attrs.id}>${name}</label>` };
  };
  const lo = field("min");
  const hi = field("max");
  const root = html`<fieldset class="explorer-range" data-testid=${`range-${id}`}>
    <legend>${label}</legend>
    <span class="explorer-range-pair"
      >${lo.label}${lo.control}<span aria-hidden="true">–</span>${hi.label}${hi.control}</span
    >
  </fieldset>` as RangeInput;

  const read = (control: HTMLInputElement | HTMLSelectElement): number | null => {
    if (control.value.trim() === "") return null;
    const n = Number(control.value);
    return Number.isFinite(n) ? n : null;
  };
  const value = (): NumRange => ({ min: read(lo.control), max: read(hi.control) });
  const mark = () => {
    const { min, max } = value();
    root.classList.toggle("reversed", min !== null && max !== null && min > max);
  };
  Object.defineProperty(root, "value", {
    get: value,
    set(v: NumRange) {
      lo.control.value = v.min === null ? "" : String(v.min);
      hi.control.value = v.max === null ? "" : String(v.max);
      last = JSON.stringify(v);
      mark();
    },
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = JSON.stringify(value());
  const emit = () => {
    clearTimeout(timer);
    mark();
    const now = JSON.stringify(value());
    if (now === last) return;
    last = now;
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  // The inner controls' own events must not reach the page as values of their own.
  root.addEventListener("input", (event) => {
    if (event.target === root) return;
    event.stopPropagation();
    clearTimeout(timer);
    if (choices) emit();
    else timer = setTimeout(emit, DEBOUNCE_MS);
  });
  root.addEventListener("change", (event) => {
    if (event.target !== root) emit();
  });
  root.addEventListener("keydown", (event) => {
    if ((event as KeyboardEvent).key === "Enter") emit();
  });
  return root;
}
