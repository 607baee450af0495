/** A normal Q-Q plot: sorted values against normal quantiles, with scipy's least-squares line. */
import * as Plot from "npm:@observablehq/plot";
import type { NormalQQResult, QQPoint } from "../../analysis/stats.js";
import { t } from "../../i18n/index.js";
import { DATA_COLOR, FIT_COLOR, numberFormat } from "./fit-marks.js";

export function qqChart(
  qq: NormalQQResult | null,
  { width, title, yLabel }: { width: number; title: string; yLabel: string },
): SVGSVGElement | HTMLElement {
  const points = qq?.points ?? [];
  const [lo, hi] = points.length
    ? [points[0].theoretical, points[points.length - 1].theoretical]
    : [0, 0];
  const line = Number.isFinite(qq?.slope ?? NaN)
    ? [lo, hi].map((x) => ({ theoretical: x, sample: qq!.intercept + qq!.slope * x }))
    : [];
  const theoretical = t("trends.qq.theoretical");
  const observed = t("trends.qq.observed");
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 60,
    title,
    x: { label: theoretical, tickFormat: numberFormat(1) },
    y: { label: yLabel, grid: true, tickFormat: numberFormat(2) },
    ariaLabel: title,
    ariaDescription: t("trends.qq.ariaDescription", { n: points.length }),
    marks: [
      Plot.line(line, { x: "theoretical", y: "sample", stroke: FIT_COLOR, strokeDasharray: "6 3" }),
      Plot.dot(points, {
        x: "theoretical",
        y: "sample",
        fill: DATA_COLOR,
        r: 3.5,
        channels: {
          [theoretical]: (d: QQPoint) => d.theoretical,
          [observed]: (d: QQPoint) => d.sample,
        },
        tip: {
          format: {
            x: false,
            y: false,
            [theoretical]: numberFormat(2),
            [observed]: numberFormat(1),
          },
        },
      }),
    ],
  }) as SVGSVGElement | HTMLElement;
}
