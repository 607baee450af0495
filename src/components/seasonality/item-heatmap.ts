/**
 * The ingredients or tags whose share varies most across seasons: one row per item (largest
 * coefficient of variation first), one column per season, the share written in each cell. Colour
 * is either the share itself or its deviation from the item's own mean share, which shows the
 * seasonal pattern of rare and frequent items alike. A star marks a significant χ² test after
 * Benjamini–Hochberg correction.
 */
import * as Plot from "npm:@observablehq/plot";
import { html } from "npm:htl";
import type { ItemAnalysis, ItemsAnalysis } from "../../analysis/seasonality-stats.js";
import { formatNumber, formatP, formatPercent, formatSigned, t } from "../../i18n/index.js";
import { heatmapLayout } from "./heatmap-layout.js";
import { seasonDomain, seasonLabel } from "./seasons.js";
import { textOn } from "../a11y-colour.js";
import { effectText } from "./test-results.js";

export type ItemColour = "deviation" | "share";

interface Cell {
  item: ItemAnalysis;
  label: string;
  season: string;
  share: number;
  deviation: number;
}

export const itemLabel = (d: ItemAnalysis): string => `${d.item}${d.significant ? " *" : ""}`;

export function itemHeatmap(
  analysis: ItemsAnalysis,
  { width, colour = "deviation" }: { width: number; colour?: ItemColour },
): SVGSVGElement | HTMLElement {
  if (analysis.items.length === 0) return html`<p class="muted">${t("chart.noData")}</p>`;
  const cells: Cell[] = analysis.items.flatMap((item) =>
    item.shares.flatMap((share, s) =>
      Number.isFinite(share)
        ? [
            {
              item,
              label: itemLabel(item),
              season: seasonLabel(s),
              share,
              deviation: share / item.meanShare - 1,
            },
          ]
        : [],
    ),
  );
  const value = (d: Cell) => (colour === "share" ? d.share : d.deviation);
  const extent = Math.max(1e-9, ...cells.map((d) => Math.abs(value(d))));
  const channels = {
    [t("seasonality.tip.share")]: (d: Cell) => formatPercent(d.share, 1),
    [t("seasonality.tip.deviation")]: (d: Cell) =>
      t("seasonality.value.deviation", { value: formatSigned(d.deviation * 100, 1) }),
    [t("seasonality.tip.chi2")]: (d: Cell) => formatNumber(d.item.test.statistic, 1),
    [t("seasonality.tip.pAdjusted")]: (d: Cell) => formatP(d.item.pAdjusted),
    [t("seasonality.tip.cramersV")]: (d: Cell) =>
      `${formatNumber(d.item.test.cramersV, 3)} (${effectText(d.item.effect)})`,
  };
  const kind = t(`kind.${analysis.kind}`);
  const colorOptions: Plot.ScaleOptions =
    colour === "share"
      ? {
          type: "linear",
          scheme: "blues",
          domain: [0, extent],
          legend: true,
          label: t("seasonality.items.legendShare"),
          tickFormat: (v: number) => formatPercent(v, 0),
        }
      : {
          type: "diverging",
          scheme: "rdbu",
          reverse: true,
          domain: [-extent, extent],
          legend: true,
          label: t("seasonality.items.legendDeviation"),
          tickFormat: (v: number) => formatSigned(v * 100, 0),
        };
  // The label's colour is chosen against the cell's own colour, the same in both themes.
  const scale = Plot.scale({ color: colorOptions });
  const layout = heatmapLayout(
    width,
    Math.max(8, ...analysis.items.map((d) => itemLabel(d).length)),
    220,
  );
  return Plot.plot({
    width,
    height: 40 + analysis.items.length * 24,
    marginTop: layout.marginTop,
    marginBottom: 10,
    marginLeft: layout.marginLeft,
    ariaLabel: t("seasonality.items.aria", { kind }),
    ariaDescription: t("seasonality.items.ariaDescription", {
      kind,
      count: analysis.items.length,
    }),
    x: { label: null, domain: seasonDomain(), axis: "top", tickRotate: layout.tickRotate },
    y: { label: null, domain: analysis.items.map(itemLabel), tickFormat: layout.rowLabel },
    color: colorOptions,
    marks: [
      Plot.cell(cells, {
        x: "season",
        y: "label",
        fill: value,
        inset: 0.5,
        channels,
        tip: { format: { fill: false } },
      }),
      // "12.3 %" needs about 34 px; narrower cells leave the share to the tooltip.
      Plot.text(layout.column >= 34 ? cells : [], {
        x: "season",
        y: "label",
        text: (d: Cell) => formatPercent(d.share, 1),
        fontSize: 10,
        fill: (d: Cell) => textOn(String(scale.apply(value(d)))),
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
