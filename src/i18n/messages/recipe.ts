/** Strings of the recipe detail view opened from the explorer. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "recipe.section": "recipe",
  },
  fr: {
    "recipe.section": "recipe",
  },
});
