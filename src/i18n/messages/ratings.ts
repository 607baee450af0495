/** Strings of the ratings page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
