/**
 * One measure's distribution among weekday and weekend recipes: the share of each day type's recipes
 * per bin (so the two day types compare despite their sizes), with each group's mean as a rule.
 */
import * as Plot from "npm:@observablehq/plot";
import type { Comparison } from "../../analysis/weekday-compare.js";
import {
  type BinRow,
  MEASURE_BIN_WIDTH,
  type WeekdayMeasure,
} from "../../analysis/weekday-queries.js";
import { formatInteger, formatNumber, formatPercent, t, tickFormat } from "../../i18n/index.js";
import { dayTypeColorScale, dayTypeName } from "./colors.js";

const AXIS_KEY = {
  minutes: "weekday.measure.axis.minutes",
  complexity: "weekday.measure.axis.complexity",
} as const;

/** "11–20" minutes (bins hold (bin, bin + 10]) or "12–14" complexity ([bin, bin + 2)). */
const binLabel = (measure: WeekdayMeasure, bin: number) =>
  measure === "minutes"
    ? `${formatInteger(bin + 1)}–${formatInteger(bin + MEASURE_BIN_WIDTH.minutes)}`
    : `${formatInteger(bin)}–${formatInteger(bin + MEASURE_BIN_WIDTH.complexity)}`;

export function measureChart(
  bins: readonly BinRow[],
  comparison: Comparison,
  measure: WeekdayMeasure,
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const total = (weekend: boolean) => (weekend ? comparison.weekend.n : comparison.weekday.n);
  const half = MEASURE_BIN_WIDTH[measure] / 2;
  const rows = bins
    .filter((b) => b.measure === measure && total(b.weekend) > 0)
    .map((b) => ({
      mid: b.bin + half,
      type: dayTypeName(b.weekend),
      share: b.recipes / total(b.weekend),
      recipes: b.recipes,
      range: binLabel(measure, b.bin),
    }));
  const means = [false, true]
    .filter((weekend) => total(weekend) > 0)
    .map((weekend) => ({
      type: dayTypeName(weekend),
      mean: weekend ? comparison.weekend.mean : comparison.weekday.mean,
    }));
  const title = (r: (typeof rows)[number]) =>
    [
      r.type,
      `${t(AXIS_KEY[measure])}: ${r.range}`,
      `${t("measure.recipes")}: ${formatInteger(r.recipes)}`,
      `${t("weekday.measure.axisShare")}: ${formatPercent(r.share)}`,
    ].join("\n");
  return Plot.plot({
    width: Math.max(width, 280), // margins need room even in a collapsed container
    height: 240,
    marginLeft: 52,
    ariaLabel: t("weekday.measure.aria", { measure: t(`measure.${measure}`) }),
    ariaDescription: t("weekday.measure.ariaDesc", {
      weekday: formatNumber(comparison.weekday.mean, 1),
      weekend: formatNumber(comparison.weekend.mean, 1),
    }),
    x: { label: t(AXIS_KEY[measure]), tickFormat: tickFormat(0) },
    y: {
      label: t("weekday.measure.axisShare"),
      grid: true,
      tickFormat: (d: number) => formatPercent(d, 0),
    },
    color: dayTypeColorScale(),
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(rows, { x: "mid", y: "share", stroke: "type", strokeWidth: 2 }),
      Plot.dot(rows, { x: "mid", y: "share", fill: "type", r: 2.5, title, tip: true }),
      Plot.ruleX(means, {
        x: "mean",
        stroke: "type",
        strokeDasharray: "5 3",
        strokeWidth: 1.5,
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
