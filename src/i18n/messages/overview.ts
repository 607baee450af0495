/** Strings of the overview page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
