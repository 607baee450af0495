/**
 * The Seasonality page's interpretation sentences: wording and numbers chosen from the computed
 * results, in the language asked for (pure, so both languages are unit-tested).
 */
import { type Lang, type MessageKey, translate } from "../i18n/index.js";
import type { Measure, Nutrient } from "./seasonality-queries.js";
import {
  ALPHA,
  type ItemsAnalysis,
  type MeasureAnalysis,
  type NutrientAnalysis,
  type SeasonCountAnalysis,
} from "./seasonality-stats.js";
import { type EffectSizeLabel, isSignificant } from "./stats.js";

export type Verdict = "notSignificant" | "negligible" | "effect";

/** Not significant; significant but negligible in size; or significant with a real effect. */
export function verdict(p: number, effect: EffectSizeLabel | null, alpha = ALPHA): Verdict {
  if (!isSignificant(p, alpha) || effect === null) return "notSignificant";
  return effect === "negligible" ? "negligible" : "effect";
}

export function verdictText(lang: Lang, p: number, effect: EffectSizeLabel | null): string {
  const v = verdict(p, effect);
  if (v !== "effect" || effect === null) return translate(lang, `seasonality.verdict.${v}`);
  return translate(lang, "seasonality.verdict.effect", {
    effect: translate(lang, `effect.${effect}`),
  });
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const percent = (share: number) => round1(share * 100);
const seasonName = (lang: Lang, season: number) =>
  translate(lang, `season.${season}` as MessageKey);

/** Index of the largest / smallest finite value. */
function extremes(values: readonly number[]): { high: number; low: number } | null {
  const seen = values.map((v, i) => ({ v, i })).filter(({ v }) => Number.isFinite(v));
  if (seen.length === 0) return null;
  const sorted = [...seen].sort((a, b) => b.v - a.v);
  return { high: sorted[0].i, low: sorted[sorted.length - 1].i };
}

export function describeSeasonCounts(lang: Lang, a: SeasonCountAnalysis): string {
  const ends = extremes(a.seasons.map((d) => (d.days > 0 ? d.share : NaN)));
  if (a.total === 0 || !ends) return translate(lang, "chart.noData");
  return translate(lang, "seasonality.counts.sentence", {
    maxSeason: seasonName(lang, ends.high),
    maxShare: percent(a.seasons[ends.high].share),
    minSeason: seasonName(lang, ends.low),
    minShare: percent(a.seasons[ends.low].share),
    verdictEqual: verdictText(lang, a.equal.p, a.equalEffect),
    verdictDays: verdictText(lang, a.days.p, a.daysEffect),
  });
}

const MEASURE_VALUE_KEY: Readonly<Record<Measure, MessageKey>> = {
  minutes: "seasonality.value.minutes",
  complexity: "seasonality.value.plain",
  n_steps: "seasonality.value.steps",
  n_ingredients: "seasonality.value.ingredients",
};

/** A measure's value with its unit, e.g. "41.2 min", rounded to one decimal. */
export const measureValue = (lang: Lang, measure: Measure, value: number): string =>
  translate(lang, MEASURE_VALUE_KEY[measure], { value: round1(value) });

export function describeMeasure(lang: Lang, a: MeasureAnalysis): string {
  const means = a.summaries.map((d) => d?.mean ?? NaN);
  const ends = extremes(means);
  if (!ends) return translate(lang, "chart.noData");
  const medians = a.summaries.flatMap((d) => (d ? [d.median] : []));
  const lowMedian = Math.min(...medians);
  const highMedian = Math.max(...medians);
  const value = (v: number) => measureValue(lang, a.measure, v);
  return translate(lang, "seasonality.measure.sentence", {
    measure: translate(lang, `measure.${a.measure}`),
    low: value(means[ends.low]),
    lowSeason: seasonName(lang, ends.low),
    high: value(means[ends.high]),
    highSeason: seasonName(lang, ends.high),
    medians:
      lowMedian === highMedian
        ? translate(lang, "seasonality.measure.medianSame", { median: value(lowMedian) })
        : translate(lang, "seasonality.measure.medianRange", {
            low: value(lowMedian),
            high: value(highMedian),
          }),
    verdict: verdictText(lang, a.test.p, a.effect),
  });
}

/** A nutrient's value with its unit: kcal for calories, % of the daily value for the others. */
export const nutrientValue = (lang: Lang, nutrient: Nutrient, value: number): string =>
  translate(lang, nutrient === "calories" ? "seasonality.value.kcal" : "seasonality.value.pdv", {
    value: round1(value),
  });

export function describeNutrition(lang: Lang, nutrients: readonly NutrientAnalysis[]): string {
  const tested = nutrients.filter((d) => Number.isFinite(d.pAdjusted));
  if (tested.length === 0) return translate(lang, "chart.noData");
  const significant = tested.filter((d) => d.significant);
  if (significant.length === 0)
    return translate(lang, "seasonality.nutrition.none", { tested: tested.length });
  const largest = [...significant].sort((a, b) => b.anova.omegaSquared - a.anova.omegaSquared)[0];
  const ends = extremes(largest.seasons.map((d) => d?.mean ?? NaN));
  if (!ends) return translate(lang, "chart.noData");
  const value = (season: number) =>
    nutrientValue(lang, largest.nutrient, largest.seasons[season]?.mean ?? NaN);
  return translate(lang, "seasonality.nutrition.sentence", {
    significant: significant.length,
    tested: tested.length,
    nutrient: translate(lang, `nutrient.${largest.nutrient}`),
    highSeason: seasonName(lang, ends.high),
    high: value(ends.high),
    lowSeason: seasonName(lang, ends.low),
    low: value(ends.low),
    verdict: verdictText(lang, largest.pAdjusted, largest.effect),
  });
}

export function describeItems(lang: Lang, a: ItemsAnalysis): string {
  const kind = translate(lang, `seasonality.kind.${a.kind}`);
  const first = a.items[0];
  if (!first) return translate(lang, "seasonality.items.none", { kind });
  return translate(lang, "seasonality.items.sentence", {
    significant: a.significant,
    tested: a.tested,
    kind,
    item: first.item,
    high: percent(first.shares[first.highSeason]),
    highSeason: seasonName(lang, first.highSeason),
    low: percent(first.shares[first.lowSeason]),
    lowSeason: seasonName(lang, first.lowSeason),
    verdict: verdictText(lang, first.pAdjusted, first.effect),
  });
}

/** The Overview card's finding: how even the seasons are, and the most seasonal ingredient. */
export function headlineFinding(
  lang: Lang,
  counts: SeasonCountAnalysis,
  ingredients: ItemsAnalysis,
): string {
  const spread = describeSeasonCounts(lang, counts);
  const first = ingredients.items[0];
  if (!first || !first.significant) return spread;
  return `${spread} ${translate(lang, "seasonality.headline.item", {
    item: first.item,
    high: percent(first.shares[first.highSeason]),
    highSeason: seasonName(lang, first.highSeason),
    low: percent(first.shares[first.lowSeason]),
    lowSeason: seasonName(lang, first.lowSeason),
  })}`;
}
