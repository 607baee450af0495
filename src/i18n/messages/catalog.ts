/** Strings of the data catalog page and of the analyst's page template. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "catalog.section": "catalog",
  },
  fr: {
    "catalog.section": "catalog",
  },
});
