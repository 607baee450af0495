/**
 * The explorer's scripted filter changes, defined once for the browser (as the control receives
 * them) and for DuckDB in Node (as the filter state the page then queries), so both run the same SQL.
 * Change 0 of each kind is the warm-up ("first use"); every change differs from the one before it,
 * and none returns to "no filter" (the page would show its precomputed first paint).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MINUTE_EDGES } from "../../src/explorer/explorer-queries.ts";
import { type ExplorerFilters, NO_FILTERS } from "../../src/explorer/filters.ts";
import type { PageChange } from "./in-page.ts";

export const EXPLORER_KINDS = ["range", "tag", "ingredient", "text"] as const;
export type ExplorerKind = (typeof EXPLORER_KINDS)[number];

export interface ExplorerChange {
  readonly page: PageChange;
  readonly filters: ExplorerFilters;
}

interface Vocabularies {
  readonly tags: { readonly names: readonly string[] };
  readonly ingredients: { readonly names: readonly string[] };
}

/** Words searched in names and descriptions: all different, so no search reuses a cached match. */
const WORDS = (
  "chicken chocolate lemon easy soup cake beef salad bread garlic apple pasta cheese rice spicy " +
  "quick pie curry tart cookies pork potato onion tomato butter honey ginger orange banana " +
  "carrot mushroom shrimp salmon turkey bacon spinach corn bean pumpkin peach berry cream " +
  "vanilla cinnamon coconut almond walnut pecan oat muffin pancake waffle sauce dip casserole " +
  "stew chili grill roast bake fried sweet sour smoky crispy healthy holiday party"
).split(" ");

/** Reads a built site's data file by its name before the content hash (explorer_vocabulary.json). */
export function siteDataFile(siteDir: string, name: string): string {
  const dir = join(siteDir, "_file", "data");
  const [stem, ext] = [name.slice(0, name.lastIndexOf(".")), name.slice(name.lastIndexOf("."))];
  const hit = readdirSync(dir).find(
    (f) => f.startsWith(`${stem}.`) && f.endsWith(ext) && /^[^.]+\.[0-9a-f]{8}\.[a-z]+$/.test(f),
  );
  if (!hit) throw new Error(`${name} is not in ${dir}`);
  return join(dir, hit);
}

/** Change `k` (0 = warm-up) of each kind, for `count` changes after the warm-up. */
export function explorerChanges(
  siteDir: string,
  kind: ExplorerKind,
  count: number,
): ExplorerChange[] {
  const vocabularies = JSON.parse(
    readFileSync(siteDataFile(siteDir, "explorer_vocabulary.json"), "utf8"),
  ) as Vocabularies;
  const maxima = MINUTE_EDGES.slice(1); // 0 minutes at most would match nearly nothing
  const changes: ExplorerChange[] = [];
  for (let k = 0; k <= count; k++) {
    if (kind === "range") {
      const max = maxima[k % maxima.length]!;
      changes.push({
        page: { kind, value: String(max) },
        filters: { ...NO_FILTERS, minutes: { min: null, max } },
      });
    } else if (kind === "tag" || kind === "ingredient") {
      // The most frequent names first: the largest result sets, the page's heaviest case.
      const names = kind === "tag" ? vocabularies.tags.names : vocabularies.ingredients.names;
      const id = k % names.length;
      const include = { include: [id], exclude: [] };
      changes.push({
        page: { kind, names: [names[id]!] },
        filters:
          kind === "tag" ? { ...NO_FILTERS, tags: include } : { ...NO_FILTERS, items: include },
      });
    } else {
      const word =
        k < WORDS.length
          ? WORDS[k]!
          : `${WORDS[k % WORDS.length]} ${WORDS[(k * 7 + 3) % WORDS.length]}`;
      changes.push({ page: { kind, value: word }, filters: { ...NO_FILTERS, text: word } });
    }
  }
  return changes;
}

/** What puts the control back to "no filter" after a kind's changes. */
export function clearChange(kind: ExplorerKind): PageChange {
  if (kind === "range") return { kind, value: "" };
  if (kind === "text") return { kind, value: "" };
  return { kind, names: [] };
}
