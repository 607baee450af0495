/** Strings of the seasonality page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {},
  fr: {},
});
