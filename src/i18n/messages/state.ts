/** Strings of the shareable URL state (notices about ignored URL values) and of the export menus. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "state.notice.title":
      "Some values in the address were ignored; the defaults are shown instead:",
    "state.notice.clear": "Remove them from the address",
    "state.reason.empty": "empty value",
    "state.reason.invalid": "not accepted ({expected})",
    "state.expected.int": "expected a whole number from {min} to {max}",
    "state.expected.number": "expected a number from {min} to {max}",
    "state.expected.oneOf": "expected one of: {values}",
    "state.expected.text": "expected text of at most {max} characters",
    "state.expected.list": "expected up to {max} comma-separated items, each {item}",
    "state.expected.yearRange": "expected two years such as {from}-{to}, between {from} and {to}",
    "state.expected.other": "unexpected value",
    "state.export.button": "Download",
    "state.export.label": "Download: {what}",
    "state.export.csv": "Data as CSV",
    "state.export.parquet": "Data as Parquet",
    "state.export.svg": "Chart as SVG",
    "state.export.png": "Chart as PNG image",
    "state.export.working": "Preparing the file…",
    "state.export.done": "Downloaded {file}",
    "state.export.failed": "The download failed: {error}",
    "state.export.empty": "No rows to download for these filters",
  },
  fr: {
    "state.notice.title":
      "Certaines valeurs de l’adresse ont été ignorées ; les valeurs par défaut sont affichées :",
    "state.notice.clear": "Les retirer de l’adresse",
    "state.reason.empty": "valeur vide",
    "state.reason.invalid": "refusée ({expected})",
    "state.expected.int": "un nombre entier de {min} à {max} est attendu",
    "state.expected.number": "un nombre de {min} à {max} est attendu",
    "state.expected.oneOf": "une de ces valeurs est attendue : {values}",
    "state.expected.text": "un texte d’au plus {max} caractères est attendu",
    "state.expected.list":
      "au plus {max} éléments séparés par des virgules sont attendus, chacun : {item}",
    "state.expected.yearRange":
      "deux années comme {from}-{to} sont attendues, comprises entre {from} et {to}",
    "state.expected.other": "valeur inattendue",
    "state.export.button": "Télécharger",
    "state.export.label": "Télécharger : {what}",
    "state.export.csv": "Données en CSV",
    "state.export.parquet": "Données en Parquet",
    "state.export.svg": "Graphique en SVG",
    "state.export.png": "Graphique en image PNG",
    "state.export.working": "Préparation du fichier…",
    "state.export.done": "Fichier téléchargé : {file}",
    "state.export.failed": "Le téléchargement a échoué : {error}",
    "state.export.empty": "Aucune ligne à télécharger pour ces filtres",
  },
});
