/** Strings of the trends page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
