/** Strings of the theme switch and of accessibility helpers (skip link, chart text alternatives). */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "theme.switch": "Theme",
    "theme.system": "Follow the system's theme",
    "theme.light": "Light theme",
    "theme.dark": "Dark theme",
    "theme.skip": "Skip to content",
    "theme.chart.largestDeviation": "Largest deviation: {label} ({value}).",
  },
  fr: {
    "theme.switch": "Thème",
    "theme.system": "Suivre le thème du système",
    "theme.light": "Thème clair",
    "theme.dark": "Thème sombre",
    "theme.skip": "Aller au contenu",
    "theme.chart.largestDeviation": "Plus grand écart : {label} ({value}).",
  },
});
