/** The page's colours: weekday blue and weekend orange (Observable's categorical pair, legible in light and dark). */
import { t } from "../../i18n/index.js";

export const WEEKDAY_COLOR = "#4269d0";
export const WEEKEND_COLOR = "#efb118";

/** Plot colour scale: the two day types by their translated names, with a legend. */
export const dayTypeColorScale = () => ({
  domain: [t("daytype.weekday"), t("daytype.weekend")],
  range: [WEEKDAY_COLOR, WEEKEND_COLOR],
  legend: true,
});

export const dayTypeName = (weekend: boolean): string =>
  t(weekend ? "daytype.weekend" : "daytype.weekday");
