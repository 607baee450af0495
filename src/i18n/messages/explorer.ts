/** Strings of the recipe explorer (src/explorer.md): filters, results table, summary charts. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "explorer.section": "explorer",
  },
  fr: {
    "explorer.section": "explorer",
  },
});
