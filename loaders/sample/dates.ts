/** Dates as day numbers (days since 1970-01-01, UTC), with lookup tables for the hot loops. */

const MS_PER_DAY = 86_400_000;

export function dayOf(isoDate: string): number {
  return Math.round(Date.parse(isoDate + "T00:00:00Z") / MS_PER_DAY);
}

export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** Bounds of the real files. */
export const RECIPE_FIRST_DAY = dayOf("1999-08-06");
export const RECIPE_LAST_DAY = dayOf("2018-12-04");
export const REVIEW_FIRST_DAY = dayOf("2000-01-25");
export const REVIEW_LAST_DAY = dayOf("2018-12-20");

// ~7,300 entries: formatting a date or finding its year becomes an array read.
const TABLE_FIRST = yearStart(1999);
const TABLE_LAST = yearStart(2019) - 1;
const ISO_TABLE: string[] = [];
const YEAR_TABLE: number[] = [];
for (let d = TABLE_FIRST; d <= TABLE_LAST; d++) {
  const iso = new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
  ISO_TABLE.push(iso);
  YEAR_TABLE.push(Number(iso.slice(0, 4)));
}

export function yearOfDay(day: number): number {
  return YEAR_TABLE[day - TABLE_FIRST] ?? new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** `YYYY-MM-DD` for a day in 1999..2018. */
export function isoDay(day: number): string {
  const text = ISO_TABLE[day - TABLE_FIRST];
  if (text === undefined) throw new RangeError(`day ${day} is outside 1999..2018`);
  return text;
}
