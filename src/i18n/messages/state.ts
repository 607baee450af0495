/** Strings of the shareable URL state (notices about ignored URL values) and of the export menus. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "state.section": "state",
  },
  fr: {
    "state.section": "state",
  },
});
