/**
 * Tags or ingredients to include or exclude: a text field suggesting names from the real vocabulary
 * (the most frequent matches, each with its number of recipes, in a datalist), and the chosen names
 * as removable chips. Enter or picking a suggestion adds the name if the vocabulary has it. The value
 * is the list of chosen names; an "input" event follows every change.
 */
import { html } from "npm:htl";
import { formatInteger, t } from "../../i18n/index.js";

export interface Vocabulary {
  readonly names: readonly string[];
  readonly recipes: readonly number[];
}

export interface ItemPicker extends HTMLDivElement {
  value: string[];
}

const SUGGESTIONS = 30;
export const MAX_ITEMS = 20;

/** The most frequent names containing `query` (all names are sorted by frequency already). */
export function suggest(vocabulary: Vocabulary, query: string, exclude: ReadonlySet<string>) {
  const q = query.trim().toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < vocabulary.names.length && out.length < SUGGESTIONS; i++) {
    const name = vocabulary.names[i]!;
    if (!exclude.has(name) && (!q || name.toLowerCase().includes(q))) out.push(i);
  }
  return out;
}

export function itemPicker(
  vocabulary: Vocabulary,
  { id, label, placeholder }: { id: string; label: string; placeholder: string },
): ItemPicker {
  const known = new Set(vocabulary.names);
  let chosen: string[] = [];
  const listId = `items-${id}-list`;
  const input = html`<input
    type="text"
    id=${`items-${id}`}
    list=${listId}
    autocomplete="off"
    data-testid=${`items-${id}-input`}
    placeholder=${placeholder}
    aria-describedby=${`items-${id}-help`}
  />` as HTMLInputElement;
  const datalist = html`<datalist id=${listId}></datalist>` as HTMLDataListElement;
  const chips = html`<ul
    class="explorer-chips"
    data-testid=${`items-${id}-chips`}
    aria-label=${label}
  ></ul>`;
  const help = html`<span class="explorer-help" id=${`items-${id}-help`}></span>`;
  const root = html`<div class="explorer-items" data-testid=${`items-${id}`}>
    <label for=${`items-${id}`}>${label}</label>
    ${input}${datalist}${help}${chips}
  </div>` as ItemPicker;

  const fillSuggestions = () => {
    datalist.replaceChildren(
      ...suggest(vocabulary, input.value, new Set(chosen)).map(
        (i) =>
          html`<option value=${vocabulary.names[i]}>
            ${t("explorer.items.count", {
              n: formatInteger(vocabulary.recipes[i]!),
            })}
          </option>`,
      ),
    );
  };
  const render = () => {
    chips.replaceChildren(
      ...chosen.map((name) => {
        const remove = html`<button
          type="button"
          class="explorer-chip"
          aria-label=${t("explorer.items.remove", { name })}
        >
          ${name} <span aria-hidden="true">×</span>
        </button>`;
        remove.addEventListener("click", () => {
          chosen = chosen.filter((n) => n !== name);
          render();
          input.focus();
          root.dispatchEvent(new Event("input", { bubbles: true }));
        });
        return html`<li>${remove}</li>`;
      }),
    );
    fillSuggestions();
  };
  const add = () => {
    const name = input.value.trim();
    if (!name) return;
    if (!known.has(name)) {
      help.textContent = t("explorer.items.unknown", { name });
      return;
    }
    help.textContent = "";
    input.value = "";
    if (chosen.includes(name) || chosen.length >= MAX_ITEMS) return render();
    chosen = [...chosen, name];
    render();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };

  input.addEventListener("input", (event) => {
    event.stopPropagation(); // typing is not a value yet
    help.textContent = "";
    // A suggestion picked from the list arrives as an input event whose value is a whole name.
    const picked =
      (event as InputEvent).inputType === "insertReplacementText" || !("inputType" in event);
    if (picked && known.has(input.value.trim())) add();
    else fillSuggestions();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  });
  input.addEventListener("change", (event) => event.stopPropagation());

  Object.defineProperty(root, "value", {
    get: () => [...chosen],
    set(names: string[]) {
      chosen = names.filter((n) => known.has(n)).slice(0, MAX_ITEMS);
      render();
    },
  });
  render();
  return root;
}
