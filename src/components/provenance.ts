/** Where the numbers come from: real Food.com files or the synthetic sample, and when they were built. */
import { html } from "npm:htl";
import type { Summary } from "../../loaders/exports.ts";
import { formatDateTime, formatInteger, t } from "../i18n/index.js";

interface SampleManifest {
  seed?: number;
}

export function provenanceNote(provenance: Summary["provenance"]): HTMLElement {
  const built = t("overview.provenance.built", {
    builtAt: formatDateTime(provenance.built_at),
    recipesLoaded: formatInteger(provenance.recipes_loaded),
    recipesRead: formatInteger(provenance.recipes_read),
    reviewsLoaded: formatInteger(provenance.interactions_loaded),
    reviewsRead: formatInteger(provenance.interactions_read),
  });
  if (provenance.source === "sample") {
    const sample = (provenance.sample ?? {}) as SampleManifest;
    return html`<div
      class="warning"
      role="note"
      data-source="sample"
      label=${t("overview.provenance.sampleLabel")}
    >
      <strong>${t("overview.provenance.sampleTitle")}</strong>
      ${t("overview.provenance.sample", { seed: String(sample.seed ?? "?") })}
      <br /><small>${built}</small>
    </div>`;
  }
  return html`<div
    class="note"
    role="note"
    data-source="real"
    label=${t("overview.provenance.realLabel")}
  >
    <strong>${t("overview.provenance.realTitle")}</strong> ${t("overview.provenance.real")}
    <br /><small>${built}</small>
  </div>`;
}
