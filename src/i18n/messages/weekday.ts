/** Strings of the weekday page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
