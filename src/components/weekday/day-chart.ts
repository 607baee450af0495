/** Recipes per day of the week, weekdays and weekend days coloured apart, against an even split. */
import * as Plot from "npm:@observablehq/plot";
import { dayKey, type VolumeAnalysis } from "../../analysis/weekday-volume.js";
import { formatInteger, formatPercent, t, tickFormat } from "../../i18n/index.js";
import { dayTypeColorScale, dayTypeName } from "./colors.js";

/** Below this the margins would leave no room (and Plot would draw negative widths). */
const MIN_WIDTH = 200;

export function dayChart(
  volume: VolumeAnalysis,
  { width, height = 260, compact = false }: { width: number; height?: number; compact?: boolean },
): SVGSVGElement | HTMLElement {
  const rows = volume.days.map((d) => ({
    day: t(dayKey(d.dow, true)),
    name: t(dayKey(d.dow)),
    type: dayTypeName(d.weekend),
    recipes: d.recipes,
    share: volume.total ? d.recipes / volume.total : 0,
  }));
  const even = volume.total / 7;
  const dayWithShare = (dow: number) => {
    const row = volume.days.find((d) => d.dow === dow);
    const share = row && volume.total ? formatPercent(row.recipes / volume.total) : "";
    return share ? `${t(dayKey(dow))} (${share})` : t(dayKey(dow));
  };
  return Plot.plot({
    width: Math.max(width, MIN_WIDTH),
    height,
    marginLeft: 56,
    ariaLabel: t("weekday.days.aria"),
    // Each day named with its share of the week: the key figures.
    ariaDescription: t("weekday.days.ariaDesc", {
      busiest: dayWithShare(volume.busiest),
      quietest: dayWithShare(volume.quietest),
    }),
    x: { label: null, domain: rows.map((r) => r.day) },
    y: { label: t("weekday.days.axis"), grid: true, tickFormat: tickFormat(0) },
    color: { ...dayTypeColorScale(), legend: !compact },
    marks: [
      Plot.barY(rows, {
        x: "day",
        y: "recipes",
        fill: "type",
        title: (r: (typeof rows)[number]) =>
          [
            r.name,
            `${t("measure.recipes")}: ${formatInteger(r.recipes)}`,
            `${t("weekday.days.shareOfWeek")}: ${formatPercent(r.share)}`,
          ].join("\n"),
        tip: !compact,
      }),
      Plot.ruleY([0]),
      volume.total > 0
        ? Plot.ruleY([even], { stroke: "currentColor", strokeDasharray: "4 3", strokeOpacity: 0.7 })
        : null,
      volume.total > 0 && !compact
        ? Plot.text([even], {
            y: (d: number) => d,
            frameAnchor: "right",
            dy: -7,
            text: () => t("weekday.days.evenSplit", { n: formatInteger(even) }),
            fill: "currentColor",
            stroke: "var(--theme-background)",
            strokeWidth: 4,
            paintOrder: "stroke",
          })
        : null,
    ],
  }) as SVGSVGElement | HTMLElement;
}

/** Mean recipes per weekday and per weekend day (totals divided by 5 and by 2). */
export function dayTypeChart(
  volume: VolumeAnalysis,
  { width }: { width: number },
): SVGSVGElement | HTMLElement {
  const rows = [
    { type: dayTypeName(false), perDay: volume.weekdayPerDay, total: volume.weekdayTotal, days: 5 },
    { type: dayTypeName(true), perDay: volume.weekendPerDay, total: volume.weekendTotal, days: 2 },
  ];
  return Plot.plot({
    width: Math.max(width, MIN_WIDTH),
    height: 150,
    marginLeft: 90,
    marginRight: 48,
    ariaLabel: t("weekday.dayType.aria"),
    ariaDescription: t("weekday.dayType.ariaDesc", {
      weekday: formatInteger(volume.weekdayPerDay),
      weekend: formatInteger(volume.weekendPerDay),
    }),
    x: { label: t("weekday.dayType.axis"), grid: true, tickFormat: tickFormat(0) },
    y: { label: null, domain: rows.map((r) => r.type) },
    color: { ...dayTypeColorScale(), legend: false },
    marks: [
      Plot.barX(rows, {
        y: "type",
        x: "perDay",
        fill: "type",
        title: (r: (typeof rows)[number]) =>
          [
            r.type,
            `${t("weekday.dayType.perDay")}: ${formatInteger(r.perDay)}`,
            t("weekday.dayType.totalOver", { total: formatInteger(r.total), days: r.days }),
          ].join("\n"),
        tip: true,
      }),
      Plot.text(rows, {
        y: "type",
        x: "perDay",
        text: (r: (typeof rows)[number]) => formatInteger(r.perDay),
        textAnchor: "start",
        dx: 4,
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  }) as SVGSVGElement | HTMLElement;
}
