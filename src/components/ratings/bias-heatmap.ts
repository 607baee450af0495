/**
 * Mean rating per recipe against its number of ratings, as counts of recipes per cell (log2 bins of
 * the number of ratings × quarter-star bins of the mean), with each bin's mean of means and
 * interquartile range drawn over it. Aggregated in SQL: no recipe is shipped as a mark.
 */
import * as Plot from "npm:@observablehq/plot";
import { MEAN_BIN_WIDTH } from "../../analysis/ratings-definitions.js";
import type { RatingsResults } from "../../analysis/ratings-measures.js";
import { formatFixed, formatInteger, t } from "../../i18n/index.js";
import { ACCENT_COLOR } from "./colors.js";

type Cell = RatingsResults["recipeCells"][number];
type Bin = RatingsResults["recipeBins"][number];

/** The ratings a log2 bin holds: "1", "2–3", "4–7", … */
export const binRange = (bin: number): string =>
  bin === 0 ? formatInteger(1) : `${formatInteger(2 ** bin)}–${formatInteger(2 ** (bin + 1) - 1)}`;

const meanLow = (c: Cell) => 1 + c.mean_bin * MEAN_BIN_WIDTH;
/** Overlay colour, distinct from the sequential scheme's blues and greens in both themes. */
const OVERLAY = ACCENT_COLOR;

export function biasHeatmap(
  cells: RatingsResults["recipeCells"],
  bins: RatingsResults["recipeBins"],
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const maxBin = Math.max(0, ...bins.map((b) => b.n_bin));
  const mid = (b: Bin) => 2 ** (b.n_bin + 0.5);
  // Powers of ten for the log legend: Plot's default ticks crowd its ramp with 2, 3, 4… labels.
  const maxRecipes = Math.max(1, ...cells.map((c) => c.recipes));
  const legendTicks = Array.from(
    { length: Math.floor(Math.log10(maxRecipes)) + 1 },
    (_, i) => 10 ** i,
  );
  return Plot.plot({
    width,
    height: 340,
    marginLeft: 56,
    marginBottom: 44,
    x: {
      type: "log",
      base: 2,
      domain: [1, 2 ** (maxBin + 1)],
      ticks: Array.from({ length: maxBin + 2 }, (_, i) => 2 ** i),
      tickFormat: (n: number) => formatInteger(n),
      label: t("ratings.axis.ratingsPerRecipe"),
    },
    y: {
      domain: [1, 5],
      label: t("ratings.axis.recipeMean"),
      tickFormat: (n: number) => formatFixed(n, 1),
    },
    color: {
      type: "log",
      scheme: "ylgnbu",
      legend: true,
      label: t("ratings.axis.recipes"),
      ticks: legendTicks,
      tickFormat: (n: number) => formatInteger(n),
    },
    ariaLabel: t("ratings.bias.aria"),
    ariaDescription: t("ratings.bias.ariaDesc"),
    marks: [
      Plot.rect(cells, {
        x1: (c: Cell) => 2 ** c.n_bin,
        x2: (c: Cell) => 2 ** (c.n_bin + 1),
        y1: meanLow,
        y2: (c: Cell) => meanLow(c) + MEAN_BIN_WIDTH,
        fill: "recipes",
        inset: 0.5,
        channels: {
          [t("ratings.tip.ratingsPerRecipe")]: (c: Cell) => binRange(c.n_bin),
          [t("ratings.tip.recipeMean")]: (c: Cell) =>
            `${formatFixed(meanLow(c), 2)}–${formatFixed(meanLow(c) + MEAN_BIN_WIDTH, 2)}`,
          [t("ratings.tip.recipes")]: (c: Cell) => formatInteger(c.recipes),
        },
        tip: { format: { x1: false, x2: false, y1: false, y2: false, fill: false } },
      }),
      Plot.ruleX(bins, { x: mid, y1: "q25", y2: "q75", stroke: OVERLAY, strokeWidth: 2 }),
      Plot.line(bins, { x: mid, y: "mean_of_means", stroke: OVERLAY, strokeWidth: 1.5 }),
      Plot.dot(bins, {
        x: mid,
        y: "mean_of_means",
        fill: OVERLAY,
        r: 3.5,
        channels: {
          [t("ratings.tip.ratingsPerRecipe")]: (b: Bin) => binRange(b.n_bin),
          [t("ratings.tip.meanOfMeans")]: (b: Bin) => formatFixed(b.mean_of_means, 3),
          [t("ratings.tip.iqr")]: (b: Bin) => `${formatFixed(b.q25, 2)}–${formatFixed(b.q75, 2)}`,
          [t("ratings.tip.recipes")]: (b: Bin) => formatInteger(b.recipes),
        },
        tip: { format: { x: false, y: false } },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
