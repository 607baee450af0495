/** Where the numbers come from: real Food.com files or the synthetic sample, and when they were built. */
import { html } from "npm:htl";
import type { Summary } from "../../loaders/exports.ts";
import { formatInteger } from "./format.js";

interface SampleManifest {
  seed?: number;
  recipes?: number;
  interactions?: number;
}

export function provenanceNote(provenance: Summary["provenance"]): HTMLElement {
  const built = provenance.built_at.replace("T", " ").replace("Z", " UTC");
  const counts = `${formatInteger(provenance.recipes_loaded)} of ${formatInteger(provenance.recipes_read)} recipe rows and ${formatInteger(provenance.interactions_loaded)} of ${formatInteger(provenance.interactions_read)} review rows loaded`;
  if (provenance.source === "sample") {
    const sample = (provenance.sample ?? {}) as SampleManifest;
    return html`<div class="warning" role="note" data-source="sample">
      <strong>Synthetic sample data.</strong> These figures come from a generated sample that
      imitates Food.com (seed ${sample.seed ?? "?"}), not from the real dataset. Put
      <code>RAW_recipes.csv</code> and <code>RAW_interactions.csv</code> in
      <code>data/raw/</code> and rebuild to see the real numbers. <br /><small
        >Built ${built}; ${counts}.</small
      >
    </div>`;
  }
  return html`<div class="note" role="note" data-source="real">
    <strong>Food.com data</strong> (Kaggle “Food.com Recipes and User Interactions”). Built
    ${built}; ${counts}.
  </div>`;
}
