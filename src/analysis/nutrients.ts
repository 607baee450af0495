/**
 * Food.com's `nutrition` list, in its order: calories, then six values in % of the daily value. The
 * one definition the ingest, the queries and the pages use.
 */
export const NUTRIENTS = [
  "calories",
  "total_fat_pdv",
  "sugar_pdv",
  "sodium_pdv",
  "protein_pdv",
  "saturated_fat_pdv",
  "carbohydrates_pdv",
] as const;
export type Nutrient = (typeof NUTRIENTS)[number];

/** The six % daily value columns (everything after calories). */
export type PdvNutrient = Exclude<Nutrient, "calories">;
export const PDV_NUTRIENTS = NUTRIENTS.filter((n): n is PdvNutrient => n !== "calories");
