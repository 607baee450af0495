/**
 * Tags and ingredients whose share of recipes differs between weekday and weekend recipes: per item,
 * a 2×2 χ² test of [contains, does not contain] × [weekday, weekend], Benjamini–Hochberg across the
 * items tested, and the strongest differences in both directions.
 */
import { type Lang, type MessageKey, translate } from "../i18n/index.js";
import {
  type ChiSquareIndependenceResult,
  type EffectSizeLabel,
  benjaminiHochberg,
  chiSquareIndependence,
  isSignificant,
} from "./stats.js";
import { effectOrNull, rounded } from "./weekday-verdict.js";
import { ITEM_MIN_MEAN_SHARE, type ItemRow } from "./weekday-queries.js";

export type ItemKind = ItemRow["kind"];
export const ITEM_KINDS: readonly ItemKind[] = ["ingredient", "tag"];

/** A difference is reported when |weekend share − weekday share| is at least 0.2 points. */
export const ITEM_MIN_DELTA = 0.002;
/** Items shown per direction. */
export const ITEMS_PER_DIRECTION = 10;

export interface ItemDifference {
  kind: ItemKind;
  item: string;
  weekday: number;
  weekend: number;
  weekdayShare: number;
  weekendShare: number;
  /** (weekday share + weekend share) / 2. */
  meanShare: number;
  /** weekend share − weekday share (a share, 0.002 = 0.2 points). */
  delta: number;
  test: ChiSquareIndependenceResult;
  effect: EffectSizeLabel | null;
  /** BH-adjusted p across the items of the kind tested. */
  pAdjusted: number;
  /** |delta| ≥ ITEM_MIN_DELTA and adjusted p < 0.05. */
  qualifies: boolean;
}

export interface ItemAnalysis {
  kind: ItemKind;
  weekdayTotal: number;
  weekendTotal: number;
  /** Every item of the kind with mean share ≥ 1 %: the family the correction runs over. */
  tested: ItemDifference[];
  qualifying: ItemDifference[];
  /**
   * Shown: the strongest qualifying differences each way (by |Δ|); a direction where nothing
   * qualifies shows its closest candidates instead (by adjusted p).
   */
  moreOnWeekend: ItemDifference[];
  moreOnWeekdays: ItemDifference[];
  /** True when nothing qualifies in either direction. */
  candidates: boolean;
  /** True when a direction's list holds candidates, not findings. */
  weekendCandidates: boolean;
  weekdaysCandidates: boolean;
  /** Tested items whose χ² carries a warning (expected counts below 5). */
  withWarnings: number;
}

export function analyseItems(
  rows: readonly ItemRow[],
  kind: ItemKind,
  totals: { weekday: number; weekend: number },
): ItemAnalysis {
  const { weekday: wdTotal, weekend: weTotal } = totals;
  const tested: ItemDifference[] = [];
  if (wdTotal > 0 && weTotal > 0) {
    for (const row of rows) {
      if (row.kind !== kind) continue;
      const weekdayShare = row.weekday / wdTotal;
      const weekendShare = row.weekend / weTotal;
      const meanShare = (weekdayShare + weekendShare) / 2;
      if (meanShare < ITEM_MIN_MEAN_SHARE) continue;
      const test = chiSquareIndependence([
        [row.weekday, row.weekend],
        [wdTotal - row.weekday, weTotal - row.weekend],
      ]);
      tested.push({
        kind,
        item: row.item,
        weekday: row.weekday,
        weekend: row.weekend,
        weekdayShare,
        weekendShare,
        meanShare,
        delta: weekendShare - weekdayShare,
        test,
        effect: effectOrNull("cramers-v", test.cramersV, 1),
        pAdjusted: NaN,
        qualifies: false,
      });
    }
  }
  const computed = tested.filter((d) => Number.isFinite(d.test.p));
  benjaminiHochberg(computed.map((d) => d.test.p)).forEach((p, i) => {
    const d = computed[i];
    d.pAdjusted = p;
    d.qualifies = Math.abs(d.delta) >= ITEM_MIN_DELTA && isSignificant(p);
  });
  const qualifying = tested.filter((d) => d.qualifies);
  const byGap = (a: ItemDifference, b: ItemDifference) => Math.abs(b.delta) - Math.abs(a.delta);
  // Candidates rank by how close they come to passing: smallest adjusted p, then largest gap.
  const byCloseness = (a: ItemDifference, b: ItemDifference) =>
    a.pAdjusted - b.pAdjusted || byGap(a, b);
  const side = (sign: 1 | -1) => {
    const found = qualifying.filter((d) => Math.sign(d.delta) === sign).sort(byGap);
    if (found.length) return { items: found.slice(0, ITEMS_PER_DIRECTION), candidates: false };
    const closest = computed.filter((d) => Math.sign(d.delta) === sign).sort(byCloseness);
    return { items: closest.slice(0, ITEMS_PER_DIRECTION), candidates: closest.length > 0 };
  };
  const weekend = side(1);
  const weekdays = side(-1);
  return {
    kind,
    weekdayTotal: wdTotal,
    weekendTotal: weTotal,
    tested,
    qualifying,
    moreOnWeekend: weekend.items,
    moreOnWeekdays: weekdays.items,
    candidates: qualifying.length === 0,
    weekendCandidates: weekend.candidates,
    weekdaysCandidates: weekdays.candidates,
    withWarnings: tested.filter((d) => d.test.warnings.length > 0).length,
  };
}

const KIND_WORD: Readonly<Record<ItemKind, MessageKey>> = {
  ingredient: "weekday.items.kindWord.ingredient",
  tag: "weekday.items.kindWord.tag",
};

/** How many items differ each way, the largest gap each way, or that none passes. */
export function itemsInterpretation(a: ItemAnalysis, lang: Lang): string {
  const kindWord = translate(lang, KIND_WORD[a.kind]);
  const thresholds = { minShare: ITEM_MIN_MEAN_SHARE * 100, minDelta: ITEM_MIN_DELTA * 100 };
  if (a.tested.length === 0)
    return translate(lang, "weekday.items.noneTested", { kind: kindWord, ...thresholds });
  if (a.candidates)
    return translate(lang, "weekday.items.noneQualify", {
      tested: a.tested.length,
      kind: kindWord,
      ...thresholds,
    });
  const weekendCount = a.qualifying.filter((d) => d.delta > 0).length;
  const parts = [
    translate(lang, "weekday.items.someQualify", {
      qualifying: a.qualifying.length,
      tested: a.tested.length,
      kind: kindWord,
      weekend: weekendCount,
      weekdays: a.qualifying.length - weekendCount,
      ...thresholds,
    }),
  ];
  // A direction showing candidates has no finding to name.
  const strongest = (list: ItemDifference[], asCandidates: boolean, key: MessageKey) =>
    list.length && !asCandidates
      ? translate(lang, key, {
          item: list[0].item,
          points: rounded(Math.abs(list[0].delta) * 100, 2),
        })
      : null;
  const weekend = strongest(a.moreOnWeekend, a.weekendCandidates, "weekday.items.strongestWeekend");
  const weekdays = strongest(
    a.moreOnWeekdays,
    a.weekdaysCandidates,
    "weekday.items.strongestWeekdays",
  );
  parts.push(weekend ?? translate(lang, "weekday.items.noneWeekend"));
  parts.push(weekdays ?? translate(lang, "weekday.items.noneWeekdays"));
  if (a.weekendCandidates || a.weekdaysCandidates)
    parts.push(translate(lang, "weekday.items.fadedCandidates"));
  return parts.join(" ");
}
