/** Strings of the environments page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
