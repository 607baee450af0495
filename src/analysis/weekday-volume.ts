/**
 * Recipe volume by day of the week. Weekdays are five days and the weekend two, so the two day types
 * are compared per day (weekday total / 5 against weekend total / 2), never as raw totals.
 */
import { type Lang, type MessageKey, translate } from "../i18n/index.js";
import {
  type ChiSquareGoodnessOfFitResult,
  type EffectSizeLabel,
  chiSquareGoodnessOfFit,
  isSignificant,
} from "./stats.js";
import { effectOrNull, rounded, verdictSentence } from "./weekday-verdict.js";
import type { DayRow } from "./weekday-queries.js";

export const WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const WEEKEND_DAYS = [6, 7] as const;
export const isWeekendDay = (dow: number): boolean => dow >= 6;
/** "day.1" … "day.7" (full names) or "dayShort.1" … (abbreviations) in the common messages. */
export const dayKey = (dow: number, short = false): MessageKey =>
  `${short ? "dayShort" : "day"}.${dow}` as MessageKey;

export interface VolumeAnalysis {
  /** Recipes per ISO day 1…7, zero for a day without any. */
  days: { dow: number; recipes: number; weekend: boolean }[];
  total: number;
  weekdayTotal: number;
  weekendTotal: number;
  /** Mean recipes per weekday (total / 5) and per weekend day (total / 2). */
  weekdayPerDay: number;
  weekendPerDay: number;
  /** (weekend per day − weekday per day) / weekday per day; NaN without weekday recipes. */
  perDayChange: number;
  /** The seven days against an even split. */
  byDay: ChiSquareGoodnessOfFitResult;
  byDayEffect: EffectSizeLabel | null;
  /** Weekday vs weekend against the expected 5/7 and 2/7. */
  byType: ChiSquareGoodnessOfFitResult;
  byTypeEffect: EffectSizeLabel | null;
  busiest: number;
  quietest: number;
}

/** Recipes per ISO day 1…7 (zero for a day without any), summed over rows that split them. */
export function recipesPerDay(rows: readonly DayRow[]): DayRow[] {
  const sums = new Map<number, number>();
  for (const { dow, recipes } of rows) sums.set(dow, (sums.get(dow) ?? 0) + recipes);
  return [...WEEKDAYS, ...WEEKEND_DAYS].map((dow) => ({ dow, recipes: sums.get(dow) ?? 0 }));
}

/** The week's volume from recipes per day (several rows per day, e.g. per year, are summed). */
export function analyseVolume(rows: readonly DayRow[]): VolumeAnalysis {
  const perDay = recipesPerDay(rows);
  const count = (dow: number) => perDay[dow - 1]!.recipes;
  const days = [...WEEKDAYS, ...WEEKEND_DAYS].map((dow) => ({
    dow,
    recipes: count(dow),
    weekend: isWeekendDay(dow),
  }));
  const weekdayTotal = WEEKDAYS.reduce((s, d) => s + count(d), 0);
  const weekendTotal = WEEKEND_DAYS.reduce((s, d) => s + count(d), 0);
  const weekdayPerDay = weekdayTotal / WEEKDAYS.length;
  const weekendPerDay = weekendTotal / WEEKEND_DAYS.length;
  const byDay = chiSquareGoodnessOfFit(days.map((d) => d.recipes));
  const byType = chiSquareGoodnessOfFit(
    [weekdayTotal, weekendTotal],
    [WEEKDAYS.length / 7, WEEKEND_DAYS.length / 7],
  );
  const ranked = [...days].sort((a, b) => b.recipes - a.recipes || a.dow - b.dow);
  return {
    days,
    total: weekdayTotal + weekendTotal,
    weekdayTotal,
    weekendTotal,
    weekdayPerDay,
    weekendPerDay,
    perDayChange: weekdayPerDay > 0 ? (weekendPerDay - weekdayPerDay) / weekdayPerDay : NaN,
    byDay,
    byDayEffect: effectOrNull("cohen-w", byDay.cohenW),
    byType,
    byTypeEffect: effectOrNull("cohen-w", byType.cohenW),
    busiest: ranked[0].dow,
    quietest: ranked[ranked.length - 1].dow,
  };
}

/** The weekday/weekend finding: per-day volumes, their gap in %, and the test's verdict. */
export function volumeInterpretation(a: VolumeAnalysis, lang: Lang): string {
  if (a.total === 0) return translate(lang, "weekday.noRecipes");
  const values = {
    weekend: rounded(a.weekendPerDay),
    weekday: rounded(a.weekdayPerDay),
    pct: rounded(Math.abs(a.perDayChange) * 100),
  };
  const gap = !Number.isFinite(a.perDayChange)
    ? translate(lang, "weekday.volume.onlyWeekend", values)
    : values.pct === 0
      ? translate(lang, "weekday.volume.same", values)
      : translate(
          lang,
          a.perDayChange > 0 ? "weekday.volume.moreOnWeekend" : "weekday.volume.fewerOnWeekend",
          values,
        );
  return `${gap} ${verdictSentence(lang, a.byType.p, a.byTypeEffect)}`;
}

/** The seven days: busiest and quietest, and whether they depart from an even split. */
export function dayInterpretation(a: VolumeAnalysis, lang: Lang): string {
  if (a.total === 0) return translate(lang, "weekday.noRecipes");
  const extremes = translate(lang, "weekday.days.extremes", {
    busiest: translate(lang, dayKey(a.busiest)),
    busiestN: a.days[a.busiest - 1].recipes,
    quietest: translate(lang, dayKey(a.quietest)),
    quietestN: a.days[a.quietest - 1].recipes,
  });
  const split =
    !Number.isFinite(a.byDay.p) || a.byDayEffect === null
      ? translate(lang, "weekday.verdict.none")
      : isSignificant(a.byDay.p)
        ? translate(lang, "weekday.days.uneven", {
            effect: translate(lang, `effect.${a.byDayEffect}`),
          })
        : translate(lang, "weekday.days.even");
  return `${extremes} ${split}`;
}
