/** Strings of the Weekday vs weekend page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "weekday.lead":
      "Do people submit different recipes at the weekend? Recipe volume, preparation time, complexity, nutrition, ingredients and tags, compared by the day of the week each recipe was submitted.",
    "weekday.noRecipes": "No recipe in the selected years.",

    "weekday.verdict.none": "The test cannot be computed for this selection.",
    "weekday.verdict.notSignificant": "The difference is not statistically significant (p ≥ 0.05).",
    "weekday.verdict.negligible":
      "The difference is statistically significant, but its effect size is negligible: with this many recipes, even a tiny gap passes the test.",
    "weekday.verdict.significant":
      "The difference is statistically significant (effect size: {effect}).",

    "weekday.test.pEquals": "p = {p}",
    "weekday.test.pBelow": "p {p}",
    "weekday.test.chi2Line":
      "{name}: χ² = {statistic}, df = {df}, {p}, n = {n}; Cohen’s w = {effect} ({label}).",
    "weekday.test.welchLine":
      "{name}: t = {statistic}, df = {df}, {p}, n = {n}; Cohen’s d = {effect} ({label}).",
    "weekday.test.byDay": "χ² test of the seven days against an even split",
    "weekday.test.byType": "χ² test of weekday vs weekend recipes against 5/7 and 2/7",
    "weekday.test.welchName": "Welch’s t-test, weekend vs weekday",

    "weekday.volume.title": "Recipes per day of the week",
    "weekday.volume.moreOnWeekend":
      "Weekend days get {pct} % more recipes per day than weekdays ({weekend} against {weekday} per day).",
    "weekday.volume.fewerOnWeekend":
      "Weekend days get {pct} % fewer recipes per day than weekdays ({weekend} against {weekday} per day).",
    "weekday.volume.same":
      "Weekend days and weekdays get as many recipes per day ({weekend} against {weekday}).",
    "weekday.volume.onlyWeekend":
      "The selected years only hold weekend recipes ({weekend} per weekend day).",
    "weekday.volume.method1":
      "Data: the analysis-set recipes submitted in the selected years, counted by the day of the week of their submission date (ISO: Monday 1 … Sunday 7). The weekend is Saturday and Sunday.",
    "weekday.volume.method2":
      "Volume per day: a week has five weekdays and two weekend days, so raw totals would favour weekdays. The page compares the mean per day: weekday total ÷ 5 against weekend total ÷ 2. Each day of the week occurs equally often, to within one day a year (53 against 52), which the expected counts below ignore.",
    "weekday.volume.method3":
      "Tests: χ² goodness of fit, χ² = Σ (observed − expected)² / expected, of the seven daily counts to an even split (df = 6), and of the weekday and weekend totals to the shares 5/7 and 2/7 (df = 1). Effect size: Cohen’s w = √(χ² / n); below 0.1 it is negligible, whatever the p-value.",
    "weekday.days.title": "Recipes per day of the week",
    "weekday.days.aria": "Recipes submitted per day of the week",
    "weekday.days.ariaDesc":
      "Bars from Monday to Sunday, weekend days in orange; busiest day {busiest}, quietest {quietest}; the dashed line is an even split.",
    "weekday.days.axis": "Recipes submitted",
    "weekday.days.shareOfWeek": "Share of the week",
    "weekday.days.evenSplit": "even split: {n}",
    "weekday.days.extremes":
      "Busiest day: {busiest} ({busiestN} recipes); quietest: {quietest} ({quietestN}).",
    "weekday.days.uneven":
      "The seven days depart significantly from an even split (effect size: {effect}).",
    "weekday.days.even": "The seven days do not depart significantly from an even split.",
    "weekday.dayType.title": "Recipes per day, weekday vs weekend",
    "weekday.dayType.aria": "Mean recipes per weekday and per weekend day",
    "weekday.dayType.ariaDesc": "{weekday} recipes per weekday against {weekend} per weekend day.",
    "weekday.dayType.axis": "Recipes per day (total ÷ number of days)",
    "weekday.dayType.perDay": "Recipes per day",
    "weekday.dayType.totalOver": "{total} recipes over {days} days of the week",

    "weekday.measures.title": "Preparation time and complexity",
    "weekday.measure.axis.minutes": "Preparation time (minutes)",
    "weekday.measure.axis.complexity": "Complexity score (points)",
    "weekday.measure.axisShare": "Share of the day type’s recipes",
    "weekday.measure.aria": "{measure}: distribution among weekday and weekend recipes",
    "weekday.measure.ariaDesc":
      "Mean {weekday} among weekday recipes and {weekend} among weekend recipes; dashed lines mark the means.",
    "weekday.measure.higherOnWeekend":
      "Weekend recipes average {difference} {unit} more than weekday recipes ({weekend} against {weekday}; medians {weekendMedian} and {weekdayMedian}).",
    "weekday.measure.lowerOnWeekend":
      "Weekend recipes average {difference} {unit} less than weekday recipes ({weekend} against {weekday}; medians {weekendMedian} and {weekdayMedian}).",
    "weekday.measure.same":
      "Weekend and weekday recipes have practically the same mean ({weekend} against {weekday} {unit}; medians {weekendMedian} and {weekdayMedian}).",
    "weekday.measure.oneSide":
      "One of the two day types has no recipe in the selected years: there is nothing to compare.",
    "weekday.table.difference": "Difference (weekend − weekday)",
    "weekday.measures.method1":
      "Data: each recipe’s preparation time (1–180 minutes in the analysis set) and its complexity score ln(1 + minutes) + steps + 0.5 × ingredients, grouped by the day type of its submission date. The charts show the share of each day type’s recipes per bin (10 minutes; 2 points of complexity), so the two day types compare despite their sizes; dashed lines mark the means.",
    "weekday.measures.method2":
      "Test: Welch’s t-test (unequal variances), t = (weekend mean − weekday mean) / √(s²weekend / nweekend + s²weekday / nweekday), with Welch–Satterthwaite degrees of freedom, from each group’s count, mean and sample variance; p is two-sided.",
    "weekday.measures.method3":
      "Effect size: Cohen’s d = difference of the means / pooled standard deviation; below 0.2 it is negligible, from 0.2 small, 0.5 medium, 0.8 large. The t-test compares means; the medians describe the typical recipe. A group whose skewness breaks Cochran’s rule (n > 25 × skewness²) is flagged.",

    "weekday.nutrients.title": "Nutrition",
    "weekday.nutrients.lead":
      "Calories (kcal) and five nutrients in % of the daily value: total fat, sugar, sodium, protein and carbohydrates. Saturated fat is left out: it is part of total fat and would repeat its result as a seventh, dependent test.",
    "weekday.nutrients.noneSignificant":
      "None of the {tested} nutrients differs significantly between weekday and weekend recipes after the Benjamini–Hochberg correction.",
    "weekday.nutrients.someSignificant":
      "Significant after the Benjamini–Hochberg correction: {significant} of the {tested} nutrients ({names}).",
    "weekday.nutrients.largestHigher":
      "The largest gap: {nutrient}, {pct} % higher in weekend recipes (effect size: {effect}).",
    "weekday.nutrients.largestLower":
      "The largest gap: {nutrient}, {pct} % lower in weekend recipes (effect size: {effect}).",
    "weekday.nutrients.legendSignificant": "Significant (BH-adjusted p < 0.05)",
    "weekday.nutrients.legendNotSignificant": "Not significant",
    "weekday.nutrients.tipDifference": "Weekend vs weekday mean",
    "weekday.nutrients.tipMeans": "Mean, weekday → weekend",
    "weekday.nutrients.aria": "Nutrients: weekend mean against weekday mean, in %",
    "weekday.nutrients.ariaDesc":
      "One bar per nutrient, right of zero when weekend recipes are richer; {significant} of {tested} significant.",
    "weekday.nutrients.axis": "Weekend mean vs weekday mean (%)",
    "weekday.nutrients.warningFor": "{names}: {warning}",
    "weekday.nutrients.colNutrient": "Nutrient",
    "weekday.nutrients.colWeekdayMean": "Weekday mean",
    "weekday.nutrients.colWeekendMean": "Weekend mean",
    "weekday.nutrients.colDifference": "Difference",
    "weekday.nutrients.colWeekdayMedian": "Weekday median",
    "weekday.nutrients.colWeekendMedian": "Weekend median",
    "weekday.nutrients.colT": "t",
    "weekday.nutrients.colDf": "df",
    "weekday.nutrients.colP": "p",
    "weekday.nutrients.colPAdjusted": "BH-adjusted p",
    "weekday.nutrients.colD": "Cohen’s d",
    "weekday.nutrients.method1":
      "Data: each recipe’s calories and nutrients in % of the daily value, as Food.com lists them; % difference = (weekend mean − weekday mean) / weekday mean × 100.",
    "weekday.nutrients.method2":
      "Tests: Welch’s t-test per nutrient, as for preparation time, with Cohen’s d. Six tests at α = 0.05 would find at least one false positive about one time in four, so significance (*) is decided on Benjamini–Hochberg adjusted p-values across the six nutrients (false discovery rate 5 %).",
    "weekday.nutrients.method3":
      "Nutrition values have very long right tails (a few recipes list thousands of % of the daily value), so a handful of recipes can move a mean: compare the means with the medians, and read the t-test with care where the page flags it (Cochran’s rule n > 25 × skewness² broken).",

    "weekday.items.title": "Ingredients and tags",
    "weekday.items.kindLabel": "Items",
    "weekday.items.kindWord.ingredient": "ingredients",
    "weekday.items.kindWord.tag": "tags",
    "weekday.items.noneTested":
      "None of the {kind} reaches a mean share of {minShare} % in the selected years: there is nothing to test.",
    "weekday.items.noneQualify":
      "None of the {tested} {kind} tested differs between weekday and weekend recipes by at least {minDelta} points with a Benjamini–Hochberg adjusted p below 0.05.",
    "weekday.items.someQualify":
      "Differences between weekday and weekend recipes (|Δ| ≥ {minDelta} points, adjusted p < 0.05): {qualifying} of the {tested} {kind} tested, {weekend} more common at the weekend and {weekdays} on weekdays.",
    "weekday.items.strongestWeekend": "Largest weekend lead: {item} (+{points} points).",
    "weekday.items.strongestWeekdays":
      "Largest weekday lead: {item} (+{points} points on weekdays).",
    "weekday.items.noneWeekend": "No item is significantly more common at the weekend.",
    "weekday.items.noneWeekdays": "No item is significantly more common on weekdays.",
    "weekday.items.fadedCandidates":
      "Faded bars show the closest candidates in a direction without findings.",
    "weekday.items.candidatesNote":
      "No item passes both thresholds. The faded bars are the closest candidates (smallest adjusted p), shown to see how far they are, not as findings.",
    "weekday.items.testSummary":
      "{tested} items tested, each with a 2×2 χ² test; {qualifying} qualify. Totals: {weekday} weekday and {weekend} weekend recipes.",
    "weekday.items.lowCounts":
      "{n} of these tests have expected counts below 5: their χ² approximation is unreliable.",
    "weekday.items.legendWeekend": "More common at the weekend",
    "weekday.items.legendWeekdays": "More common on weekdays",
    "weekday.items.tipWeekday": "Share of weekday recipes",
    "weekday.items.tipWeekend": "Share of weekend recipes",
    "weekday.items.tipDelta": "Δ (points, weekend − weekday)",
    "weekday.items.tipV": "Cramér’s V",
    "weekday.items.aria": "{kind}: share among weekend recipes minus share among weekday recipes",
    "weekday.items.ariaDesc":
      "Bars right of zero: {weekend} items more common at the weekend; left of zero: {weekdays} items more common on weekdays.",
    "weekday.items.axis": "Weekend share − weekday share (percentage points)",
    "weekday.items.colItem": "Item",
    "weekday.items.colChi2": "χ²",
    "weekday.items.tableSummary": "Figures of the items shown",
    "weekday.items.method1":
      "Data: for each tag and ingredient (lower-cased and trimmed), the number of analysis recipes containing it, per year and day type, summed over the selected years and divided by the weekday and weekend recipe totals. Only items in at least 0.1 % of all recipes, or 1 % of some year’s, are exported; rarer ones are not tested.",
    "weekday.items.method2":
      "Test: per item whose mean share (weekday share + weekend share) / 2 is at least {minShare} %, a χ² test of independence (no continuity correction) of the 2×2 table [contains, does not contain] × [weekday, weekend]. Effect size: Cramér’s V (φ for a 2×2 table).",
    "weekday.items.method3":
      "Reported: items with |Δ| ≥ {minDelta} percentage points (Δ = weekend share − weekday share) and a Benjamini–Hochberg adjusted p < 0.05 across every item of the kind tested; the chart shows up to {perDirection} per direction, by |Δ|. When none qualifies, it shows the closest candidates (smallest adjusted p), faded.",
  },
  fr: {
    "weekday.lead":
      "Publie-t-on d’autres recettes le week-end ? Volume, temps de préparation, complexité, valeurs nutritionnelles, ingrédients et tags, comparés selon le jour de la semaine où chaque recette a été publiée.",
    "weekday.noRecipes": "Aucune recette sur les années choisies.",

    "weekday.verdict.none": "Le test ne peut pas être calculé pour cette sélection.",
    "weekday.verdict.notSignificant":
      "La différence n’est pas statistiquement significative (p ≥ 0,05).",
    "weekday.verdict.negligible":
      "La différence est statistiquement significative, mais sa taille d’effet est négligeable : avec autant de recettes, même un écart minime passe le test.",
    "weekday.verdict.significant":
      "La différence est statistiquement significative (taille d’effet : {effect}).",

    "weekday.test.pEquals": "p = {p}",
    "weekday.test.pBelow": "p {p}",
    "weekday.test.chi2Line":
      "{name} : χ² = {statistic}, ddl = {df}, {p}, n = {n} ; w de Cohen = {effect} ({label}).",
    "weekday.test.welchLine":
      "{name} : t = {statistic}, ddl = {df}, {p}, n = {n} ; d de Cohen = {effect} ({label}).",
    "weekday.test.byDay": "Test du χ² des sept jours contre une répartition égale",
    "weekday.test.byType": "Test du χ² semaine contre week-end (parts attendues 5/7 et 2/7)",
    "weekday.test.welchName": "Test t de Welch, week-end contre semaine",

    "weekday.volume.title": "Recettes par jour de la semaine",
    "weekday.volume.moreOnWeekend":
      "Les jours de week-end reçoivent {pct} % de recettes de plus par jour que les jours de semaine ({weekend} contre {weekday} par jour).",
    "weekday.volume.fewerOnWeekend":
      "Les jours de week-end reçoivent {pct} % de recettes de moins par jour que les jours de semaine ({weekend} contre {weekday} par jour).",
    "weekday.volume.same":
      "Les jours de week-end reçoivent autant de recettes par jour que les jours de semaine ({weekend} contre {weekday}).",
    "weekday.volume.onlyWeekend":
      "Les années choisies ne comptent que des recettes de week-end ({weekend} par jour de week-end).",
    "weekday.volume.method1":
      "Données : les recettes du jeu d’analyse publiées sur les années choisies, comptées selon le jour de la semaine de leur date de publication (ISO : lundi 1 … dimanche 7). Le week-end, c’est le samedi et le dimanche.",
    "weekday.volume.method2":
      "Volume par jour : une semaine compte cinq jours ouvrés et deux jours de week-end, si bien que les totaux bruts avantageraient la semaine. La page compare la moyenne par jour : total de la semaine ÷ 5 contre total du week-end ÷ 2. Chaque jour de la semaine revient aussi souvent, à un jour près par an (53 contre 52), ce que les effectifs attendus ci-dessous ignorent.",
    "weekday.volume.method3":
      "Tests : χ² d’adéquation, χ² = Σ (observé − attendu)² / attendu, des sept effectifs journaliers à une répartition égale (ddl = 6), et des totaux semaine et week-end aux parts 5/7 et 2/7 (ddl = 1). Taille d’effet : w de Cohen = √(χ² / n) ; sous 0,1 elle est négligeable, quelle que soit la valeur de p.",
    "weekday.days.title": "Recettes par jour de la semaine",
    "weekday.days.aria": "Recettes publiées par jour de la semaine",
    "weekday.days.ariaDesc":
      "Barres du lundi au dimanche, jours de week-end en orange ; jour le plus chargé {busiest}, le plus calme {quietest} ; la ligne pointillée est une répartition égale.",
    "weekday.days.axis": "Recettes publiées",
    "weekday.days.shareOfWeek": "Part de la semaine",
    "weekday.days.evenSplit": "répartition égale : {n}",
    "weekday.days.extremes":
      "Jour le plus chargé : {busiest} ({busiestN} recettes) ; le plus calme : {quietest} ({quietestN}).",
    "weekday.days.uneven":
      "Les sept jours s’écartent significativement d’une répartition égale (taille d’effet : {effect}).",
    "weekday.days.even":
      "Les sept jours ne s’écartent pas significativement d’une répartition égale.",
    "weekday.dayType.title": "Recettes par jour, semaine ou week-end",
    "weekday.dayType.aria": "Recettes par jour de semaine et par jour de week-end, en moyenne",
    "weekday.dayType.ariaDesc":
      "{weekday} recettes par jour de semaine contre {weekend} par jour de week-end.",
    "weekday.dayType.axis": "Recettes par jour (total ÷ nombre de jours)",
    "weekday.dayType.perDay": "Recettes par jour",
    "weekday.dayType.totalOver": "{total} recettes sur {days} jours de la semaine",

    "weekday.measures.title": "Temps de préparation et complexité",
    "weekday.measure.axis.minutes": "Temps de préparation (minutes)",
    "weekday.measure.axis.complexity": "Score de complexité (points)",
    "weekday.measure.axisShare": "Part des recettes du type de jour",
    "weekday.measure.aria": "{measure} : distribution parmi les recettes de semaine et de week-end",
    "weekday.measure.ariaDesc":
      "Moyenne {weekday} parmi les recettes de semaine et {weekend} parmi celles du week-end ; les pointillés marquent les moyennes.",
    "weekday.measure.higherOnWeekend":
      "Les recettes du week-end comptent en moyenne {difference} {unit} de plus que celles de la semaine ({weekend} contre {weekday} ; médianes {weekendMedian} et {weekdayMedian}).",
    "weekday.measure.lowerOnWeekend":
      "Les recettes du week-end comptent en moyenne {difference} {unit} de moins que celles de la semaine ({weekend} contre {weekday} ; médianes {weekendMedian} et {weekdayMedian}).",
    "weekday.measure.same":
      "Les recettes du week-end et de la semaine ont pratiquement la même moyenne ({weekend} contre {weekday} {unit} ; médianes {weekendMedian} et {weekdayMedian}).",
    "weekday.measure.oneSide":
      "L’un des deux types de jour n’a aucune recette sur les années choisies : il n’y a rien à comparer.",
    "weekday.table.difference": "Écart (week-end − semaine)",
    "weekday.measures.method1":
      "Données : le temps de préparation de chaque recette (1 à 180 minutes dans le jeu d’analyse) et son score de complexité ln(1 + minutes) + étapes + 0,5 × ingrédients, regroupés selon le type de jour de leur date de publication. Les graphiques montrent la part des recettes de chaque type de jour par classe (10 minutes ; 2 points de complexité), pour comparer les deux types malgré leurs tailles ; les pointillés marquent les moyennes.",
    "weekday.measures.method2":
      "Test : test t de Welch (variances inégales), t = (moyenne week-end − moyenne semaine) / √(s²week-end / nweek-end + s²semaine / nsemaine), degrés de liberté de Welch–Satterthwaite, à partir de l’effectif, de la moyenne et de la variance d’échantillon de chaque groupe ; p bilatérale.",
    "weekday.measures.method3":
      "Taille d’effet : d de Cohen = écart des moyennes / écart-type commun ; sous 0,2 elle est négligeable, faible dès 0,2, moyenne dès 0,5, forte dès 0,8. Le test t compare des moyennes ; les médianes décrivent la recette typique. Un groupe dont l’asymétrie enfreint la règle de Cochran (n > 25 × asymétrie²) est signalé.",

    "weekday.nutrients.title": "Valeurs nutritionnelles",
    "weekday.nutrients.lead":
      "Les calories (kcal) et cinq nutriments en % de l’apport journalier : lipides, sucres, sodium, protéines et glucides. Les acides gras saturés sont laissés de côté : ils font partie des lipides et répéteraient leur résultat dans un septième test, dépendant.",
    "weekday.nutrients.noneSignificant":
      "Aucun des {tested} nutriments ne diffère significativement entre recettes de semaine et de week-end après la correction de Benjamini–Hochberg.",
    "weekday.nutrients.someSignificant":
      "Significatifs après la correction de Benjamini–Hochberg : {significant} des {tested} nutriments ({names}).",
    "weekday.nutrients.largestHigher":
      "Le plus grand écart : {nutrient}, {pct} % de plus dans les recettes du week-end (taille d’effet : {effect}).",
    "weekday.nutrients.largestLower":
      "Le plus grand écart : {nutrient}, {pct} % de moins dans les recettes du week-end (taille d’effet : {effect}).",
    "weekday.nutrients.legendSignificant": "Significatif (p ajustée BH < 0,05)",
    "weekday.nutrients.legendNotSignificant": "Non significatif",
    "weekday.nutrients.tipDifference": "Moyenne du week-end par rapport à la semaine",
    "weekday.nutrients.tipMeans": "Moyenne, semaine → week-end",
    "weekday.nutrients.aria":
      "Nutriments : moyenne du week-end par rapport à celle de la semaine, en %",
    "weekday.nutrients.ariaDesc":
      "Une barre par nutriment, à droite de zéro quand les recettes du week-end sont plus riches ; {significant} sur {tested} significatifs.",
    "weekday.nutrients.axis": "Moyenne du week-end par rapport à la semaine (%)",
    "weekday.nutrients.warningFor": "{names} : {warning}",
    "weekday.nutrients.colNutrient": "Nutriment",
    "weekday.nutrients.colWeekdayMean": "Moyenne semaine",
    "weekday.nutrients.colWeekendMean": "Moyenne week-end",
    "weekday.nutrients.colDifference": "Écart",
    "weekday.nutrients.colWeekdayMedian": "Médiane semaine",
    "weekday.nutrients.colWeekendMedian": "Médiane week-end",
    "weekday.nutrients.colT": "t",
    "weekday.nutrients.colDf": "ddl",
    "weekday.nutrients.colP": "p",
    "weekday.nutrients.colPAdjusted": "p ajustée (BH)",
    "weekday.nutrients.colD": "d de Cohen",
    "weekday.nutrients.method1":
      "Données : les calories et les nutriments en % de l’apport journalier de chaque recette, tels que Food.com les indique ; écart en % = (moyenne week-end − moyenne semaine) / moyenne semaine × 100.",
    "weekday.nutrients.method2":
      "Tests : un test t de Welch par nutriment, comme pour le temps de préparation, avec le d de Cohen. Six tests au seuil de 0,05 donneraient au moins un faux positif environ une fois sur quatre : la significativité (*) se lit donc sur les p ajustées par Benjamini–Hochberg sur les six nutriments (taux de fausses découvertes de 5 %).",
    "weekday.nutrients.method3":
      "Les valeurs nutritionnelles ont de très longues queues à droite (quelques recettes affichent des milliers de % de l’apport journalier) : une poignée de recettes peut déplacer une moyenne. Comparez les moyennes aux médianes, et lisez le test t avec prudence là où la page le signale (règle de Cochran n > 25 × asymétrie² enfreinte).",

    "weekday.items.title": "Ingrédients et tags",
    "weekday.items.kindLabel": "Éléments",
    "weekday.items.kindWord.ingredient": "ingrédients",
    "weekday.items.kindWord.tag": "tags",
    "weekday.items.noneTested":
      "Aucun élément ({kind}) n’atteint une part moyenne de {minShare} % sur les années choisies : il n’y a rien à tester.",
    "weekday.items.noneQualify":
      "Aucun des {tested} {kind} testés ne diffère entre recettes de semaine et de week-end d’au moins {minDelta} point avec une p ajustée (Benjamini–Hochberg) inférieure à 0,05.",
    "weekday.items.someQualify":
      "Écarts entre recettes de semaine et de week-end (|Δ| ≥ {minDelta} point, p ajustée < 0,05) : {qualifying} des {tested} {kind} testés, dont {weekend} plus fréquents le week-end et {weekdays} en semaine.",
    "weekday.items.strongestWeekend": "Plus forte avance du week-end : {item} (+{points} points).",
    "weekday.items.strongestWeekdays":
      "Plus forte avance de la semaine : {item} (+{points} points en semaine).",
    "weekday.items.noneWeekend": "Aucun élément n’est significativement plus fréquent le week-end.",
    "weekday.items.noneWeekdays": "Aucun élément n’est significativement plus fréquent en semaine.",
    "weekday.items.fadedCandidates":
      "Les barres estompées montrent les candidats les plus proches dans un sens sans résultat.",
    "weekday.items.candidatesNote":
      "Aucun élément ne franchit les deux seuils. Les barres estompées sont les candidats les plus proches (plus petites p ajustées), montrés pour voir à quelle distance ils sont, pas comme des résultats.",
    "weekday.items.testSummary":
      "{tested} éléments testés, chacun par un test du χ² 2×2 ; {qualifying} retenus. Totaux : {weekday} recettes de semaine et {weekend} de week-end.",
    "weekday.items.lowCounts":
      "{n} de ces tests ont des effectifs attendus inférieurs à 5 : leur approximation du χ² n’est pas fiable.",
    "weekday.items.legendWeekend": "Plus fréquent le week-end",
    "weekday.items.legendWeekdays": "Plus fréquent en semaine",
    "weekday.items.tipWeekday": "Part des recettes de semaine",
    "weekday.items.tipWeekend": "Part des recettes du week-end",
    "weekday.items.tipDelta": "Δ (points, week-end − semaine)",
    "weekday.items.tipV": "V de Cramér",
    "weekday.items.aria":
      "{kind} : part parmi les recettes du week-end moins part parmi celles de la semaine",
    "weekday.items.ariaDesc":
      "Barres à droite de zéro : {weekend} éléments plus fréquents le week-end ; à gauche : {weekdays} plus fréquents en semaine.",
    "weekday.items.axis": "Part week-end − part semaine (points de pourcentage)",
    "weekday.items.colItem": "Élément",
    "weekday.items.colChi2": "χ²",
    "weekday.items.tableSummary": "Chiffres des éléments affichés",
    "weekday.items.method1":
      "Données : pour chaque tag et ingrédient (en minuscules, sans espaces autour), le nombre de recettes du jeu d’analyse qui le contiennent, par année et type de jour, additionné sur les années choisies et divisé par les totaux de recettes de semaine et de week-end. Seuls les éléments présents dans au moins 0,1 % des recettes, ou 1 % de celles d’une année, sont exportés ; les plus rares ne sont pas testés.",
    "weekday.items.method2":
      "Test : pour chaque élément dont la part moyenne (part semaine + part week-end) / 2 atteint {minShare} %, un test du χ² d’indépendance (sans correction de continuité) du tableau 2×2 [contient, ne contient pas] × [semaine, week-end]. Taille d’effet : V de Cramér (φ pour un tableau 2×2).",
    "weekday.items.method3":
      "Retenus : les éléments avec |Δ| ≥ {minDelta} point de pourcentage (Δ = part week-end − part semaine) et une p ajustée par Benjamini–Hochberg < 0,05 sur tous les éléments testés du type ; le graphique en montre jusqu’à {perDirection} par sens, par |Δ|. Si aucun n’est retenu, il montre, estompés, les candidats les plus proches (plus petites p ajustées).",
  },
});
