/** Strings of the seasonality page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "seasonality.lead":
      "Do Food.com contributors post different recipes in winter and in summer? Each recipe is placed in the season of the month it was submitted (winter = December–February, spring = March–May, summer = June–August, autumn = September–November). Every figure below follows the years you choose.",
    "seasonality.verdict.notSignificant": "not significant",
    "seasonality.verdict.negligible": "statistically significant but negligible in size",
    "seasonality.verdict.effect": "significant, with a {effect} effect",
    "seasonality.value.minutes": "{value} min",
    "seasonality.value.plain": "{value}",
    "seasonality.value.steps": "{value} steps",
    "seasonality.value.ingredients": "{value} ingredients",
    "seasonality.value.kcal": "{value} kcal",
    "seasonality.value.pdv": "{value}% DV",
    "seasonality.value.deviation": "{value}%",
    "seasonality.unit.pdvShort": "% DV",
    "seasonality.kind.ingredient": "ingredients",
    "seasonality.kind.tag": "tags",
    "seasonality.axis.season": "Season of submission",
    "seasonality.axis.recipes": "Recipes",
    "seasonality.axis.minutes": "Preparation time (minutes)",
    "seasonality.axis.complexity": "Complexity score",
    "seasonality.axis.n_steps": "Steps",
    "seasonality.axis.n_ingredients": "Ingredients",
    "seasonality.tip.recipes": "Recipes",
    "seasonality.tip.share": "Share",
    "seasonality.tip.days": "Calendar days",
    "seasonality.tip.perDay": "Recipes per day",
    "seasonality.tip.n": "Recipes (n)",
    "seasonality.tip.mean": "Mean",
    "seasonality.tip.median": "Median",
    "seasonality.tip.quartiles": "Q1 – Q3",
    "seasonality.tip.whiskers": "Whiskers",
    "seasonality.tip.outliers": "Beyond the whiskers",
    "seasonality.tip.z": "z-score",
    "seasonality.tip.deviation": "Deviation from the item’s mean share",
    "seasonality.tip.chi2": "χ² (3 df)",
    "seasonality.tip.pAdjusted": "Adjusted p (BH)",
    "seasonality.tip.cramersV": "Cramér’s V",
    "seasonality.counts.title": "Recipes per season",
    "seasonality.counts.expectedEqual": "Expected: equal split",
    "seasonality.counts.expectedDays": "Expected: in proportion to days",
    "seasonality.counts.aria": "Recipes submitted per season",
    "seasonality.counts.ariaDescription":
      "Bars: recipes per season, {total} in all; ticks: the counts expected under an equal split and in proportion to each season’s days.",
    "seasonality.counts.sentence":
      "{maxSeason} has the most recipes ({maxShare}% of the range) and {minSeason} the fewest ({minShare}%). Against an equal split the difference is {verdictEqual}; against a split in proportion to each season’s days it is {verdictDays}.",
    "seasonality.stat.chi2Equal":
      "Equal split: χ²({df}) = {statistic}, p {p}, n = {n}, Cohen’s w = {w} ({effect}).",
    "seasonality.stat.chi2Days":
      "In proportion to days: χ²({df}) = {statistic}, p {p}, n = {n}, Cohen’s w = {w} ({effect}).",
    "seasonality.method.counts.data":
      "Data: the analysis recipes submitted in the selected years, counted by the season of their submission month. A season is taken within each calendar year: the winter of a year is its January, February and December.",
    "seasonality.method.counts.test":
      "Test: Pearson’s χ² goodness of fit, χ² = Σ (O − E)² / E over the seasons, k − 1 degrees of freedom. Effect size: Cohen’s w = √(χ² / n) — negligible below 0.1, small from 0.1, medium from 0.3, large from 0.5. With tens of thousands of recipes a tiny departure is already “significant”; w says whether it matters.",
    "seasonality.method.counts.expected":
      "Expectations: a uniform split is read first as equal counts (E = n / 4). Seasons are not equally long, though (winter 90 days, 91 in a leap year; spring and summer 92; autumn 91), and the first and last years of a range may be partial, so a second test expects counts in proportion to each season’s calendar days in the months from {firstMonth} to {lastMonth}: winter {d0} days, spring {d1}, summer {d2}, autumn {d3}. A season with no day in that span is left out of both tests.",
    "seasonality.method.counts.caveat":
      "Caveat: the volume of submissions changed a lot from year to year, and growth or decline within a year also moves recipes from one season to another; the test cannot tell that apart from a seasonal habit.",
    "seasonality.minutes.title": "Preparation time per season",
    "seasonality.shape.title": "Complexity, steps and ingredients per season",
    "seasonality.box.aria": "{measure} per season: box plot",
    "seasonality.box.ariaDescription":
      "For each season, a box from the first to the third quartile ({measure}), a tick at the median, a diamond at the mean and whiskers to the most extreme values within 1.5 interquartile ranges.",
    "seasonality.measure.sentence":
      "{measure}: the mean goes from {low} in {lowSeason} to {high} in {highSeason}, {medians}. Across the seasons the difference is {verdict}.",
    "seasonality.measure.medianSame": "and the median is {median} in every season",
    "seasonality.measure.medianRange": "and the median from {low} to {high}",
    "seasonality.stat.kw":
      "Kruskal–Wallis H({df}) = {statistic}, p {p}, n = {n}, ε² = {epsilon} ({effect}).",
    "seasonality.method.measure.data":
      "Data: {measure}, for every analysis recipe of the range, by season. Box: first to third quartile (linear interpolation between order statistics, DuckDB’s quantile_cont); thick tick: median; diamond: mean; whiskers: the most extreme values within 1.5 × IQR of the box (Tukey). Values beyond the whiskers are counted in the tooltip, not drawn. The quartiles and whiskers are computed in SQL, so no individual recipe is sent to the browser.",
    "seasonality.method.measure.test":
      "Test: Kruskal–Wallis H on the ranks of all recipes of the range (tied values share their mean rank; H is corrected for ties), compared with χ² with k − 1 = 3 degrees of freedom. It is computed from per-season frequency tables aggregated in SQL. Effect size: ε² = H / (n − 1) — negligible below 0.01, small from 0.01, medium from 0.06, large from 0.14. Means are shown too; the test compares whole distributions, not means.",
    "seasonality.method.complexity":
      "Complexity score = ln(1 + minutes) + steps + 0.5 × ingredients, for each recipe.",
    "seasonality.nutrition.title": "Nutrition profile per season",
    "seasonality.nutrition.tableTitle": "Mean per season",
    "seasonality.nutrition.aria": "Nutrition profile per season: heatmap of z-scores",
    "seasonality.nutrition.ariaDescription":
      "One row per nutrient and one column per season; the colour is the z-score of the season’s mean among the four season means, red above and blue below.",
    "seasonality.nutrition.legend": "z-score of the season mean",
    "seasonality.nutrition.none":
      "No nutrient differs significantly across the seasons after Benjamini–Hochberg correction ({tested} nutrients tested).",
    "seasonality.nutrition.sentence":
      "{significant} of {tested} nutrients differ significantly across the seasons after Benjamini–Hochberg correction (marked *). The largest effect is for {nutrient}: highest in {highSeason} ({high}) and lowest in {lowSeason} ({low}), a difference that is {verdict}.",
    "seasonality.stat.nutrition":
      "One-way ANOVA per nutrient on n = {n} recipes, p adjusted with Benjamini–Hochberg across {tested} nutrients; see the table for F, adjusted p and ω².",
    "seasonality.table.nutrient": "Nutrient",
    "seasonality.table.unit": "Unit",
    "seasonality.table.f": "F (3 df)",
    "seasonality.table.pAdjusted": "Adjusted p",
    "seasonality.table.omega": "ω² (effect)",
    "seasonality.method.nutrition.data":
      "Data: the seven nutrition values of each analysis recipe of the range, as Food.com gives them per serving: calories in kcal, the others in % of the daily value (% DV).",
    "seasonality.method.nutrition.z":
      "Heatmap: for nutrient k and season s, z = (m_ks − m̄_k) / sd_k, where m_ks is the mean of the season’s recipes, m̄_k the plain mean of the four season means and sd_k their population standard deviation (dividing by 4), so |z| ≤ √3. It shows which season is high or low for each nutrient, not by how much: a row spans the same colours whether the seasons differ by 1 % or 50 %. The table gives the means themselves, and ω² says whether a difference matters.",
    "seasonality.method.nutrition.test":
      "Test: one-way ANOVA per nutrient from each season’s count, mean and sample variance (SQL aggregates); F with (3, n − 4) degrees of freedom. Effect size: ω² = (SSB − 3·MSW) / (SST + MSW), negligible below 0.01 (a negative estimate means no effect and is shown as 0). The seven p-values are adjusted with Benjamini–Hochberg (false discovery rate 5 %). Nutrition values are strongly skewed with extreme outliers: with thousands of recipes per season the F test on means remains approximately valid, but the means are pulled by outliers — compare with the medians in the tooltips.",
    "seasonality.ingredients.title": "Ingredients whose share varies most across seasons",
    "seasonality.tags.title": "Tags whose share varies most across seasons",
    "seasonality.items.title": "Ingredients and tags whose share varies most across seasons",
    "seasonality.items.colour": "Colour",
    "seasonality.items.colour.deviation": "Deviation from the item’s mean share",
    "seasonality.items.colour.share": "Share of recipes",
    "seasonality.items.legendShare": "Share of the season’s recipes",
    "seasonality.items.legendDeviation": "Deviation from the item’s mean share (%)",
    "seasonality.items.marker":
      "* significant after Benjamini–Hochberg correction (adjusted p < 0.05).",
    "seasonality.items.aria": "{kind} whose share varies most across seasons: heatmap",
    "seasonality.items.ariaDescription":
      "{count} {kind}, one row each, ordered by coefficient of variation; one column per season with the share of the season’s recipes containing the item.",
    "seasonality.items.none":
      "None of the {kind} passes the thresholds in this range (mean share at least 1 %, seasonal range at least 0.5 points).",
    "seasonality.items.sentence":
      "{significant} of the {tested} {kind} tested vary significantly across the seasons after Benjamini–Hochberg correction. The most variable, {item}, is in {high}% of the recipes in {highSeason} and {low}% in {lowSeason}: {verdict}.",
    "seasonality.stat.items":
      "χ² test of independence per item (present / absent × season, 3 df), n = {n} recipes; {significant} of {tested} tested items significant after Benjamini–Hochberg correction.",
    "seasonality.method.items.data":
      "Data: the table of ingredients and tags (lower-cased and trimmed) counting the analysis recipes that contain each item, per year and season, summed over the range. Share = recipes of the season containing the item / analysis recipes of the season.",
    "seasonality.method.items.selection":
      "Selection: items whose mean seasonal share (the plain mean of the four shares) is at least 1 % and whose highest and lowest seasonal shares differ by at least 0.5 percentage points — {tested} in this range — ranked by coefficient of variation (population standard deviation of the four shares / their mean). The 20 most variable are drawn.",
    "seasonality.method.items.test":
      "Test: for each selected item, Pearson’s χ² test of independence of the 2 × 4 table (recipes with / without the item × season), 3 degrees of freedom, with Cramér’s V as effect size (negligible below 0.1). The p-values are adjusted with Benjamini–Hochberg across all {tested} selected items of the kind, not only the 20 shown, and an item is marked * when its adjusted p is below 0.05.",
    "seasonality.method.items.colour":
      "Colour: “deviation” = season share / the item’s mean share − 1, which shows the seasonal pattern of rare and frequent items alike; “share” = the share itself. The share is written in every cell.",
    "seasonality.headline.item":
      "The most seasonal ingredient, {item}, is in {high}% of the recipes in {highSeason} and {low}% in {lowSeason}.",
  },
  fr: {
    "seasonality.lead":
      "Les contributeurs de Food.com publient-ils d’autres recettes en hiver qu’en été ? Chaque recette est rangée dans la saison du mois où elle a été publiée (hiver = décembre–février, printemps = mars–mai, été = juin–août, automne = septembre–novembre). Tous les chiffres ci-dessous suivent les années choisies.",
    "seasonality.verdict.notSignificant": "non significative",
    "seasonality.verdict.negligible": "statistiquement significative mais d’une taille négligeable",
    "seasonality.verdict.effect": "significative, avec un effet {effect}",
    "seasonality.value.minutes": "{value} min",
    "seasonality.value.plain": "{value}",
    "seasonality.value.steps": "{value} étapes",
    "seasonality.value.ingredients": "{value} ingrédients",
    "seasonality.value.kcal": "{value} kcal",
    "seasonality.value.pdv": "{value} % AJ",
    "seasonality.value.deviation": "{value} %",
    "seasonality.unit.pdvShort": "% AJ",
    "seasonality.kind.ingredient": "ingrédients",
    "seasonality.kind.tag": "tags",
    "seasonality.axis.season": "Saison de publication",
    "seasonality.axis.recipes": "Recettes",
    "seasonality.axis.minutes": "Temps de préparation (minutes)",
    "seasonality.axis.complexity": "Score de complexité",
    "seasonality.axis.n_steps": "Étapes",
    "seasonality.axis.n_ingredients": "Ingrédients",
    "seasonality.tip.recipes": "Recettes",
    "seasonality.tip.share": "Part",
    "seasonality.tip.days": "Jours du calendrier",
    "seasonality.tip.perDay": "Recettes par jour",
    "seasonality.tip.n": "Recettes (n)",
    "seasonality.tip.mean": "Moyenne",
    "seasonality.tip.median": "Médiane",
    "seasonality.tip.quartiles": "Q1 – Q3",
    "seasonality.tip.whiskers": "Moustaches",
    "seasonality.tip.outliers": "Au-delà des moustaches",
    "seasonality.tip.z": "Score z",
    "seasonality.tip.deviation": "Écart à la part moyenne de l’élément",
    "seasonality.tip.chi2": "χ² (3 ddl)",
    "seasonality.tip.pAdjusted": "p ajusté (BH)",
    "seasonality.tip.cramersV": "V de Cramér",
    "seasonality.counts.title": "Recettes par saison",
    "seasonality.counts.expectedEqual": "Attendu : répartition égale",
    "seasonality.counts.expectedDays": "Attendu : au prorata des jours",
    "seasonality.counts.aria": "Recettes publiées par saison",
    "seasonality.counts.ariaDescription":
      "Barres : recettes par saison, {total} au total ; traits : les effectifs attendus pour une répartition égale et au prorata des jours de chaque saison.",
    "seasonality.counts.sentence":
      "Saison la plus fournie : {maxSeason} ({maxShare} % de la période) ; la moins fournie : {minSeason} ({minShare} %). Par rapport à une répartition égale, la différence est {verdictEqual} ; par rapport à une répartition au prorata des jours de chaque saison, elle est {verdictDays}.",
    "seasonality.stat.chi2Equal":
      "Répartition égale : χ²({df}) = {statistic}, p {p}, n = {n}, w de Cohen = {w} ({effect}).",
    "seasonality.stat.chi2Days":
      "Au prorata des jours : χ²({df}) = {statistic}, p {p}, n = {n}, w de Cohen = {w} ({effect}).",
    "seasonality.method.counts.data":
      "Données : les recettes du jeu d’analyse publiées pendant les années choisies, comptées selon la saison de leur mois de publication. Une saison est prise dans chaque année civile : l’hiver d’une année regroupe ses mois de janvier, février et décembre.",
    "seasonality.method.counts.test":
      "Test : χ² d’ajustement de Pearson, χ² = Σ (O − E)² / E sur les saisons, k − 1 degrés de liberté. Taille d’effet : w de Cohen = √(χ² / n) — négligeable sous 0,1, faible à partir de 0,1, moyen à partir de 0,3, fort à partir de 0,5. Avec des dizaines de milliers de recettes, un écart minuscule est déjà « significatif » ; w dit s’il compte.",
    "seasonality.method.counts.expected":
      "Effectifs attendus : une répartition uniforme est d’abord comprise comme des effectifs égaux (E = n / 4). Mais les saisons n’ont pas la même durée (hiver 90 jours, 91 les années bissextiles ; printemps et été 92 ; automne 91) et la première et la dernière année d’une période peuvent être incomplètes : un second test attend donc des effectifs au prorata des jours de chaque saison dans les mois compris entre {firstMonth} et {lastMonth} : hiver {d0} jours, printemps {d1}, été {d2}, automne {d3}. Une saison sans aucun jour dans cet intervalle est exclue des deux tests.",
    "seasonality.method.counts.caveat":
      "Limite : le volume de publications a beaucoup varié d’une année à l’autre, et une croissance ou une baisse au cours d’une année déplace aussi des recettes d’une saison à l’autre ; le test ne peut pas distinguer cela d’une habitude saisonnière.",
    "seasonality.minutes.title": "Temps de préparation par saison",
    "seasonality.shape.title": "Complexité, étapes et ingrédients par saison",
    "seasonality.box.aria": "{measure} par saison : boîte à moustaches",
    "seasonality.box.ariaDescription":
      "Pour chaque saison, une boîte du premier au troisième quartile ({measure}), un trait à la médiane, un losange à la moyenne et des moustaches jusqu’aux valeurs les plus extrêmes à moins de 1,5 écart interquartile.",
    "seasonality.measure.sentence":
      "{measure} : la moyenne va de {low} ({lowSeason}) à {high} ({highSeason}), {medians}. Entre les saisons, la différence est {verdict}.",
    "seasonality.measure.medianSame": "et la médiane vaut {median} pour chaque saison",
    "seasonality.measure.medianRange": "et la médiane de {low} à {high}",
    "seasonality.stat.kw":
      "Kruskal–Wallis H({df}) = {statistic}, p {p}, n = {n}, ε² = {epsilon} ({effect}).",
    "seasonality.method.measure.data":
      "Données : {measure}, pour chaque recette du jeu d’analyse de la période, par saison. Boîte : du premier au troisième quartile (interpolation linéaire entre statistiques d’ordre, quantile_cont de DuckDB) ; trait épais : médiane ; losange : moyenne ; moustaches : les valeurs les plus extrêmes à moins de 1,5 × l’écart interquartile de la boîte (Tukey). Les valeurs au-delà sont comptées dans l’infobulle, pas dessinées. Quartiles et moustaches sont calculés en SQL : aucune recette individuelle n’est envoyée au navigateur.",
    "seasonality.method.measure.test":
      "Test : H de Kruskal–Wallis sur les rangs de toutes les recettes de la période (les valeurs égales reçoivent leur rang moyen ; H est corrigé des ex æquo), comparé à un χ² à k − 1 = 3 degrés de liberté. Il est calculé à partir de tables de fréquences par saison agrégées en SQL. Taille d’effet : ε² = H / (n − 1) — négligeable sous 0,01, faible à partir de 0,01, moyen à partir de 0,06, fort à partir de 0,14. Les moyennes sont aussi données ; le test compare les distributions entières, pas les moyennes.",
    "seasonality.method.complexity":
      "Score de complexité = ln(1 + minutes) + étapes + 0,5 × ingrédients, pour chaque recette.",
    "seasonality.nutrition.title": "Profil nutritionnel par saison",
    "seasonality.nutrition.tableTitle": "Moyenne par saison",
    "seasonality.nutrition.aria": "Profil nutritionnel par saison : carte de chaleur des scores z",
    "seasonality.nutrition.ariaDescription":
      "Une ligne par nutriment et une colonne par saison ; la couleur est le score z de la moyenne de la saison parmi les quatre moyennes saisonnières, en rouge au-dessus et en bleu en dessous.",
    "seasonality.nutrition.legend": "Score z de la moyenne de la saison",
    "seasonality.nutrition.none":
      "Aucun nutriment ne diffère significativement entre les saisons après correction de Benjamini–Hochberg ({tested} nutriments testés).",
    "seasonality.nutrition.sentence":
      "{significant} des {tested} nutriments diffèrent significativement entre les saisons après correction de Benjamini–Hochberg (marqués *). L’effet le plus grand concerne {nutrient} : maximum {high} ({highSeason}), minimum {low} ({lowSeason}), une différence {verdict}.",
    "seasonality.stat.nutrition":
      "ANOVA à un facteur par nutriment sur n = {n} recettes, p ajusté par Benjamini–Hochberg sur {tested} nutriments ; F, p ajusté et ω² dans le tableau.",
    "seasonality.table.nutrient": "Nutriment",
    "seasonality.table.unit": "Unité",
    "seasonality.table.f": "F (3 ddl)",
    "seasonality.table.pAdjusted": "p ajusté",
    "seasonality.table.omega": "ω² (effet)",
    "seasonality.method.nutrition.data":
      "Données : les sept valeurs nutritionnelles de chaque recette du jeu d’analyse de la période, telles que Food.com les donne par portion : calories en kcal, les autres en % de l’apport journalier (% AJ).",
    "seasonality.method.nutrition.z":
      "Carte de chaleur : pour le nutriment k et la saison s, z = (m_ks − m̄_k) / sd_k, où m_ks est la moyenne des recettes de la saison, m̄_k la moyenne simple des quatre moyennes saisonnières et sd_k leur écart type de population (division par 4), d’où |z| ≤ √3. Elle montre quelle saison est haute ou basse pour chaque nutriment, pas de combien : une ligne couvre les mêmes couleurs que les saisons diffèrent de 1 % ou de 50 %. Le tableau donne les moyennes elles-mêmes, et ω² dit si une différence compte.",
    "seasonality.method.nutrition.test":
      "Test : ANOVA à un facteur par nutriment à partir de l’effectif, de la moyenne et de la variance d’échantillon de chaque saison (agrégats SQL) ; F à (3, n − 4) degrés de liberté. Taille d’effet : ω² = (SCE − 3·CMR) / (SCT + CMR), négligeable sous 0,01 (une estimation négative signifie l’absence d’effet et est affichée 0). Les sept valeurs de p sont ajustées par Benjamini–Hochberg (taux de fausses découvertes 5 %). Les valeurs nutritionnelles sont très asymétriques, avec des valeurs extrêmes : avec des milliers de recettes par saison, le test F sur les moyennes reste approximativement valide, mais les moyennes sont tirées par les valeurs extrêmes — comparez avec les médianes des infobulles.",
    "seasonality.ingredients.title": "Ingrédients dont la part varie le plus selon la saison",
    "seasonality.tags.title": "Tags dont la part varie le plus selon la saison",
    "seasonality.items.title": "Ingrédients et tags dont la part varie le plus selon la saison",
    "seasonality.items.colour": "Couleur",
    "seasonality.items.colour.deviation": "Écart à la part moyenne de l’élément",
    "seasonality.items.colour.share": "Part des recettes",
    "seasonality.items.legendShare": "Part des recettes de la saison",
    "seasonality.items.legendDeviation": "Écart à la part moyenne de l’élément (%)",
    "seasonality.items.marker":
      "* significatif après correction de Benjamini–Hochberg (p ajusté < 0,05).",
    "seasonality.items.aria":
      "{kind} dont la part varie le plus selon la saison : carte de chaleur",
    "seasonality.items.ariaDescription":
      "{count} {kind}, un par ligne, classés par coefficient de variation ; une colonne par saison avec la part des recettes de la saison qui contiennent l’élément.",
    "seasonality.items.none":
      "Aucun élément ({kind}) n’atteint les seuils sur cette période (part moyenne d’au moins 1 %, écart saisonnier d’au moins 0,5 point).",
    "seasonality.items.sentence":
      "{significant} des {tested} {kind} testés varient significativement selon la saison après correction de Benjamini–Hochberg. Le plus variable, {item}, figure dans {high} % des recettes ({highSeason}) contre {low} % ({lowSeason}) : différence {verdict}.",
    "seasonality.stat.items":
      "Test du χ² d’indépendance par élément (présent / absent × saison, 3 ddl), n = {n} recettes ; {significant} des {tested} éléments testés significatifs après correction de Benjamini–Hochberg.",
    "seasonality.method.items.data":
      "Données : la table des ingrédients et des tags (en minuscules, sans espaces autour) qui compte les recettes du jeu d’analyse contenant chaque élément, par année et par saison, additionnée sur la période. Part = recettes de la saison contenant l’élément / recettes du jeu d’analyse de la saison.",
    "seasonality.method.items.selection":
      "Sélection : les éléments dont la part saisonnière moyenne (moyenne simple des quatre parts) atteint 1 % et dont les parts saisonnières la plus haute et la plus basse diffèrent d’au moins 0,5 point — {tested} sur cette période —, classés par coefficient de variation (écart type de population des quatre parts / leur moyenne). Les 20 plus variables sont dessinés.",
    "seasonality.method.items.test":
      "Test : pour chaque élément retenu, test du χ² d’indépendance de Pearson sur le tableau 2 × 4 (recettes avec / sans l’élément × saison), 3 degrés de liberté, avec le V de Cramér comme taille d’effet (négligeable sous 0,1). Les valeurs de p sont ajustées par Benjamini–Hochberg sur les {tested} éléments retenus du même type, pas seulement les 20 affichés, et un élément est marqué * quand son p ajusté est inférieur à 0,05.",
    "seasonality.method.items.colour":
      "Couleur : « écart » = part de la saison / part moyenne de l’élément − 1, qui montre le profil saisonnier des éléments rares comme fréquents ; « part » = la part elle-même. La part est écrite dans chaque case.",
    "seasonality.headline.item":
      "L’ingrédient le plus saisonnier, {item}, figure dans {high} % des recettes ({highSeason}) contre {low} % ({lowSeason}).",
  },
});
