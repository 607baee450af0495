/** The page's wording for the sentence builders of src/analysis/trends-interpret.ts. */
import { formatFixed, formatNumber, formatP, formatPercent, t } from "../../i18n/index.js";
import type { Wording } from "../../analysis/trends-interpret.js";

export const wording: Wording = {
  t,
  number: formatNumber,
  fixed: formatFixed,
  p: formatP,
  percent: formatPercent,
};
