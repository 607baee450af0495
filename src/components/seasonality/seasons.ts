/** Season names in the page's language and one colour per season, shared by the page's charts. */
import { locale, t, type MessageKey } from "../../i18n/index.js";
import { SEASONS } from "../../analysis/seasonality-queries.js";

export const seasonLabel = (season: number): string => t(`season.${season}` as MessageKey);

/** The seasons' names in calendar order (winter first), the domain of every season axis. */
export const seasonDomain = (): string[] => SEASONS.map(seasonLabel);

/** Winter blue, spring green, summer orange, autumn brown: readable on light and dark themes. */
export const SEASON_COLORS = ["#4e79a7", "#59a14f", "#f28e2b", "#b0603a"] as const;

/** Plot's colour scale options for season names. */
export const seasonColorScale = () => ({
  domain: seasonDomain(),
  range: [...SEASON_COLORS],
});

/** "YYYY-MM" → "August 1999" / "août 1999" ("–" for none). */
export function formatMonth(month: string | null): string {
  if (!month) return "–";
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}
