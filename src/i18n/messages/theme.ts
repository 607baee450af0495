/** Strings of the theme switch and of accessibility helpers (skip link, chart text alternatives). */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "theme.section": "theme",
  },
  fr: {
    "theme.section": "theme",
  },
});
