/** Number and date formats shared by every page, so one figure reads the same everywhere. */
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const decimal2 = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export const formatInteger = (n: number): string => integer.format(n);
export const formatPercent = (share: number): string => percent.format(share);
export const formatRating = (n: number | null): string => (n === null ? "–" : decimal2.format(n));

/** `2018-12-20` → `20 Dec 2018`, without time-zone shifts. */
export function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
