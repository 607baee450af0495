/**
 * Nutrition profile: one row per nutrient, one column per season, coloured by the z-score of the
 * season's mean among the four season means (seasonality-stats.ts defines it). Nutrients whose
 * seasonal difference is significant after Benjamini–Hochberg correction carry a star.
 */
import * as Plot from "npm:@observablehq/plot";
import type { NutrientAnalysis } from "../../analysis/seasonality-stats.js";
import { formatInteger, formatNumber, formatSigned, t } from "../../i18n/index.js";
import { textOn } from "../a11y-colour.js";
import { heatmapLayout } from "./heatmap-layout.js";
import { seasonDomain, seasonLabel } from "./seasons.js";

interface Cell {
  nutrient: string;
  season: string;
  z: number;
  mean: number;
  median: number;
  n: number;
}

/** Largest |z| four values can reach with a population SD: √3. */
const Z_LIMIT = Math.sqrt(3);

export const nutrientLabel = (d: NutrientAnalysis): string =>
  `${t(`nutrient.${d.nutrient}`)}${d.significant ? " *" : ""}`;

export function nutritionHeatmap(
  nutrients: readonly NutrientAnalysis[],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const cells: Cell[] = nutrients.flatMap((d) =>
    d.seasons.flatMap((row, s) =>
      row
        ? [
            {
              nutrient: nutrientLabel(d),
              season: seasonLabel(s),
              z: d.z[s],
              mean: row.mean,
              median: row.median,
              n: row.n,
            },
          ]
        : [],
    ),
  );
  const channels = {
    [t("seasonality.tip.z")]: (d: Cell) => formatSigned(d.z, 2),
    [t("seasonality.tip.mean")]: (d: Cell) => formatNumber(d.mean, 1),
    [t("seasonality.tip.median")]: (d: Cell) => formatNumber(d.median, 1),
    [t("seasonality.tip.n")]: (d: Cell) => formatInteger(d.n),
  };
  const colorOptions: Plot.ScaleOptions = {
    type: "diverging",
    scheme: "rdbu",
    reverse: true,
    domain: [-Z_LIMIT, Z_LIMIT],
    legend: true,
    label: t("seasonality.nutrition.legend"),
    tickFormat: (z: number) => formatSigned(z, 1),
  };
  // The label's colour is chosen against the cell's own colour, the same in both themes.
  const scale = Plot.scale({ color: colorOptions });
  const layout = heatmapLayout(
    width,
    Math.max(...nutrients.map((d) => nutrientLabel(d).length)),
    150,
  );
  // The key figure of the text alternative: the season furthest from its nutrient's mean.
  const extreme = cells.reduce<Cell | null>(
    (best, d) => (Number.isFinite(d.z) && (!best || Math.abs(d.z) > Math.abs(best.z)) ? d : best),
    null,
  );
  const description = [
    t("seasonality.nutrition.ariaDescription"),
    extreme
      ? t("theme.chart.largestDeviation", {
          label: `${extreme.nutrient}, ${extreme.season}`,
          value: `z = ${formatSigned(extreme.z, 2)}`,
        })
      : "",
  ].join(" ");
  return Plot.plot({
    width,
    height: 40 + nutrients.length * 34,
    marginTop: layout.marginTop,
    marginBottom: 10,
    marginLeft: layout.marginLeft,
    ariaLabel: t("seasonality.nutrition.aria"),
    ariaDescription: description.trim(),
    x: { label: null, domain: seasonDomain(), axis: "top", tickRotate: layout.tickRotate },
    y: { label: null, domain: nutrients.map(nutrientLabel), tickFormat: layout.rowLabel },
    color: colorOptions,
    marks: [
      Plot.cell(cells, {
        x: "season",
        y: "nutrient",
        fill: "z",
        inset: 1,
        channels,
        tip: { format: { fill: false } },
      }),
      Plot.text(cells, {
        x: "season",
        y: "nutrient",
        text: (d: Cell) => formatSigned(d.z, 1),
        fill: (d: Cell) => textOn(String(scale.apply(d.z))),
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
