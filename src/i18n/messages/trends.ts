/** Strings of the trends page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "trends.lead":
      "How Food.com recipes changed from one submission year to the next: volume, preparation time, size, nutrition, ingredients and tags. Each yearly series is fitted with a least-squares line (slope per year, R², p-value, 95 % band). Choose the years below: every analysis follows them.",
    "trends.axis.year": "Submission year",
    "trends.legend.fit": "Linear fit (95 % band)",
    "trends.unit.steps": "steps",
    "trends.unit.ingredients": "ingredients",
    "trends.unit.tags": "tags",
    "trends.unit.nats": "nats",

    "trends.fit.r2Unweighted": "R²",
    "trends.fit.significant":
      "{subject} {direction} by {slope} {unit} per year ({r2Label} {r2}, p {p}, n = {n} years).",
    "trends.fit.flat":
      "{subject} shows no significant trend: {signedSlope} {unit} per year, not significant ({r2Label} {r2}, p {p}, n = {n} years).",
    "trends.fit.tooFew":
      "{subject}: too few years with recipes to fit a trend (n = {n}; at least 3 are needed).",
    "trends.fit.degenerate":
      "{subject}: the values do not vary over the {n} years, so no trend can be fitted.",
    "trends.fit.noData": "{subject}: no recipe in these years.",
    "trends.fit.fewYears":
      "Only {n} years: a line through so few points is fragile, whatever its p-value.",
    "trends.fit.fewRecipes":
      "Only {recipes} recipes behind these {n} yearly values: each value is noisy, read the trend with care.",
    "trends.fit.stats":
      "Slope {slope} {unit}/year (95 % CI {lo} to {hi}) · {r2Label} {r2} · p {p} · n = {n} years (df {df}) · weights = the recipes of each year ({recipes} in all).",
    "trends.fit.statsUnweighted":
      "Slope {slope} {unit}/year (95 % CI {lo} to {hi}) · {r2Label} {r2} · p {p} · n = {n} years (df {df}) · every year weighted equally ({recipes} recipes in all).",
    "trends.method.wls":
      "Fit: least squares y = a + b·year minimising Σ wᵢ (yᵢ − a − b·yearᵢ)², as statsmodels WLS. Slope b per year with its 95 % confidence interval (Student t, n − 2 degrees of freedom), R² = 1 − Σ w·e² / Σ w·(y − ȳ)² (weighted), two-sided t-test of b = 0 (significant when p < 0.05); the shaded band is the 95 % confidence band of the fitted line. A yearly mean is weighted by its recipes, since the mean of n recipes has variance σ²/n. Twenty yearly points are not independent draws: read the p-values as indicative.",

    "trends.volume.title": "Recipe volume",
    "trends.volume.subtitle":
      "Analysis recipes per submission year, with the fitted line and its 95 % band",
    "trends.volume.subject": "Recipe volume",
    "trends.volume.axis": "Recipes per year",
    "trends.volume.bars": "Recipes",
    "trends.volume.aria": "Recipes per submission year",
    "trends.volume.ariaDescription": "{years} years, {recipes} recipes",
    "trends.volume.method.data":
      "Data: the analysis recipes counted per year of their submission date, over the chosen years; a year without any recipe counts 0.",
    "trends.volume.method.weights":
      "Weights: here every year counts once (ordinary least squares). Weighting a count by the recipes of its year would make the series its own weight, and the busiest years would pull the line towards themselves. For comparison, with weights = recipes: {comparison}",
    "trends.volume.method.normality":
      "Normality: the Q-Q plots set the yearly counts, and the residuals of the line, against normal quantiles (Filliben's plotting positions, as scipy.stats.probplot); the Shapiro–Wilk test is Royston's algorithm, as scipy.stats.shapiro, and has little power below 8 years. The slope's p-value assumes normal residuals, so the residuals' test is the one that matters for the fit; the counts' test says whether the yearly volumes themselves look like draws around one level.",

    "trends.qq.countsTitle": "Q-Q plot: yearly counts",
    "trends.qq.residualsTitle": "Q-Q plot: residuals of the line",
    "trends.qq.residualsAxis": "Residual (recipes)",
    "trends.qq.theoretical": "Normal quantile",
    "trends.qq.observed": "Observed value",
    "trends.qq.ariaDescription": "{n} points against normal quantiles",

    "trends.normality.result": "W = {w}, p {p}, n = {n}",
    "trends.normality.notComputed":
      "not computed (n = {n}; at least 3 values that vary are needed)",
    "trends.normality.countsNormal":
      "Yearly counts: Shapiro–Wilk {result}, normality not rejected at 5 %.",
    "trends.normality.countsNonNormal":
      "Yearly counts: Shapiro–Wilk {result}, normality rejected at 5 %.",
    "trends.normality.residualsNormal":
      "Residuals of the line: {result}, normality not rejected, so the slope's p-value can be read as computed.",
    "trends.normality.residualsNonNormal":
      "Residuals of the line: {result}, normality rejected: a straight line misses the shape of the series (a rise then a fall, for instance), so read its p-value as approximate.",
    "trends.normality.residualsUnknown":
      "Residuals of the line: {result}; the slope's p-value cannot be checked for normality.",

    "trends.minutes.title": "Preparation time",
    "trends.minutes.subtitle":
      "Mean and median minutes per submission year with the chosen quantile band; dot size = recipes that year",
    "trends.minutes.subject": "The mean preparation time",
    "trends.minutes.axis": "Minutes",
    "trends.minutes.aria": "Preparation time per submission year",
    "trends.minutes.ariaDescription":
      "Mean, median and {band} band of the minutes per year, with the weighted fit of the mean",
    "trends.minutes.band": "Quantile band",
    "trends.minutes.bandLegend": "{band} band",
    "trends.minutes.method.data":
      "Data: the minutes of the analysis recipes (1–180 minutes), per submission year. Mean = average minutes; median and quantiles interpolate linearly between order statistics (DuckDB quantile_cont, as pandas' default). The nine quantiles (5, 10, 25, 33, 50, 66, 75, 90 and 95 %) are computed in one query, so changing the band runs none.",
    "trends.minutes.method.quantiles":
      "The fit is on the yearly mean, weighted by the year's recipes; the median and the band show the spread that the mean hides.",

    "trends.size.title": "Complexity, steps and ingredients",
    "trends.size.complexity.subject": "The mean complexity score",
    "trends.size.complexity.axis": "Mean complexity score",
    "trends.size.n_steps.subject": "The mean number of steps",
    "trends.size.n_steps.axis": "Mean steps per recipe",
    "trends.size.n_ingredients.subject": "The mean number of ingredients",
    "trends.size.n_ingredients.axis": "Mean ingredients per recipe",
    "trends.size.method.data":
      "Data: per submission year, the means over the analysis recipes of the complexity score = ln(1 + minutes) + steps + 0.5 × ingredients, of the number of steps and of the number of ingredients. Each panel has its own fit, weighted by the year's recipes.",
    "trends.panel.ariaDescription": "{years} yearly values with the weighted fit",

    "trends.nutrition.title": "Nutrition",
    "trends.nutrition.calories.subject": "The mean calorie content",
    "trends.nutrition.calories.axis": "Mean calories (kcal)",
    "trends.nutrition.carbohydrates_pdv.subject": "The mean carbohydrate content",
    "trends.nutrition.carbohydrates_pdv.axis": "Mean carbohydrates (% daily value)",
    "trends.nutrition.total_fat_pdv.subject": "The mean fat content",
    "trends.nutrition.total_fat_pdv.axis": "Mean total fat (% daily value)",
    "trends.nutrition.protein_pdv.subject": "The mean protein content",
    "trends.nutrition.protein_pdv.axis": "Mean protein (% daily value)",
    "trends.nutrition.method.data":
      "Data: per submission year, the mean calories (kcal) and the mean carbohydrates, total fat and protein in % of the daily value, as Food.com gives them per serving, over the analysis recipes (recipes without calories are not in the set). A few very large values weigh on these means.",

    "trends.items.title": "Ingredients and tags",
    "trends.items.kindLabel": "Show",
    "trends.items.kindWord.ingredient": "ingredients",
    "trends.items.kindWord.tag": "tags",
    "trends.items.item": "Item",
    "trends.items.shareAxis": "Share of recipes (%)",
    "trends.items.topTitle": "The {n} most frequent {kind}, {from}–{to}",
    "trends.items.topAriaDescription": "{n} items by share of recipes",
    "trends.items.topNone": "No {kind} in these years.",
    "trends.items.topSentence":
      "Most frequent of the {kind}: {item}, in {share} of the {recipes} recipes of {from}–{to}.",
    "trends.items.method.data":
      "Data: per year, the analysis recipes containing each tag or ingredient (lower-cased, trimmed, counted once per recipe). Share = recipes containing the item / analysis recipes of the chosen years (or of one year). Only items in at least 0.1 % of all recipes or 1 % of some year's recipes reach the browser: the others are below 1 % in every year, so they change by less than 1 point between two years.",
    "trends.items.method.movers":
      "Movers: an item's share among the analysis recipes of the last year of the range minus its share in the first year (the first and last years that have recipes), in percentage points; the largest increases and decreases are listed, and the yearly curves of the first ones of each direction drawn. A year with few recipes gives noisy shares: the sentence gives both years' recipes.",
    "trends.items.method.diversity":
      "Diversity per year, over every item (not only those shipped): the number of distinct items, and the Shannon entropy H = −Σ pᵢ ln pᵢ of the items' shares pᵢ of all item mentions that year, in nats (e^H is the number of equally frequent items that would be as diverse). The count of distinct items grows with the number of recipes (more recipes reach more rare items), so it largely follows the volume; the entropy depends much less on it.",

    "trends.diversity.entropyTitle": "Diversity: entropy",
    "trends.diversity.entropyAxis": "Entropy (nats)",
    "trends.diversity.entropyLabel": "Entropy",
    "trends.diversity.distinctTitle": "Diversity: distinct items",
    "trends.diversity.distinctAxis": "Distinct items",
    "trends.diversity.distinctLabel": "Distinct items",
    "trends.diversity.entropy.subject.ingredient": "The entropy of ingredients",
    "trends.diversity.entropy.subject.tag": "The entropy of tags",
    "trends.diversity.distinct.subject.ingredient": "The number of distinct ingredients",
    "trends.diversity.distinct.subject.tag": "The number of distinct tags",

    "trends.movers.title": "The {n} largest increases and decreases in share, {kind}",
    "trends.movers.none": "Choose at least two years with recipes to compare shares.",
    "trends.movers.between": "From {first} ({nFirst} recipes) to {last} ({nLast} recipes):",
    "trends.movers.both": "{between} {up}; {down}.",
    "trends.movers.one": "{between} {change}.",
    "trends.movers.margin":
      "With these years' recipes, a share is measured to within ±{marginFirst} points in {first} and ±{marginLast} points in {last} at most (95 %): smaller changes may be noise.",
    "trends.movers.up":
      "the largest increase is {item}, from {from} to {to} of the recipes ({points} points)",
    "trends.movers.down": "the largest decrease is {item}, from {from} to {to} ({points} points)",
    "trends.movers.shareIn": "Share in {year}",
    "trends.movers.changeAxis": "Change in share (points)",
    "trends.movers.increase": "Increase",
    "trends.movers.decrease": "Decrease",
    "trends.movers.ariaDescription": "{n} items by change in share between the first and last year",
    "trends.movers.itemRecipes": "Recipes with the item",
    "trends.curves.increaseTitle": "Yearly share of the {n} largest increases",
    "trends.curves.decreaseTitle": "Yearly share of the {n} largest decreases",
    "trends.curves.ariaDescription": "Yearly share of recipes of {n} items",

    "trends.headline.peak": "Submissions peaked in {year} with {recipes} analysis recipes.",
  },
  fr: {
    "trends.lead":
      "Comment les recettes de Food.com ont évolué d’une année de publication à l’autre : volume, temps de préparation, taille, nutrition, ingrédients et tags. Chaque série annuelle est ajustée par une droite des moindres carrés (pente par an, R², valeur p, bande à 95 %). Choisissez les années ci-dessous : toutes les analyses les suivent.",
    "trends.axis.year": "Année de publication",
    "trends.legend.fit": "Droite ajustée (bande à 95 %)",
    "trends.unit.steps": "étapes",
    "trends.unit.ingredients": "ingrédients",
    "trends.unit.tags": "tags",
    "trends.unit.nats": "nats",

    "trends.fit.r2Unweighted": "R²",
    "trends.fit.significant":
      "{subject} {direction} de {slope} {unit} par an ({r2Label} {r2}, p {p}, n = {n} ans).",
    "trends.fit.flat":
      "{subject} ne montre pas de tendance significative : {signedSlope} {unit} par an, non significatif ({r2Label} {r2}, p {p}, n = {n} ans).",
    "trends.fit.tooFew":
      "{subject} : trop peu d’années avec des recettes pour ajuster une tendance (n = {n} ; il en faut au moins 3).",
    "trends.fit.degenerate":
      "{subject} : les valeurs ne varient pas sur les {n} années, aucune tendance ne peut être ajustée.",
    "trends.fit.noData": "{subject} : aucune recette sur ces années.",
    "trends.fit.fewYears":
      "Seulement {n} années : une droite tracée par si peu de points est fragile, quelle que soit sa valeur p.",
    "trends.fit.fewRecipes":
      "Seulement {recipes} recettes derrière ces {n} valeurs annuelles : chacune est bruitée, lisez la tendance avec prudence.",
    "trends.fit.stats":
      "Pente {slope} {unit}/an (IC à 95 % de {lo} à {hi}) · {r2Label} {r2} · p {p} · n = {n} ans (ddl {df}) · poids = les recettes de chaque année ({recipes} au total).",
    "trends.fit.statsUnweighted":
      "Pente {slope} {unit}/an (IC à 95 % de {lo} à {hi}) · {r2Label} {r2} · p {p} · n = {n} ans (ddl {df}) · chaque année a le même poids ({recipes} recettes au total).",
    "trends.method.wls":
      "Ajustement : moindres carrés y = a + b·année minimisant Σ wᵢ (yᵢ − a − b·annéeᵢ)², comme statsmodels WLS. Pente b par an avec son intervalle de confiance à 95 % (loi de Student, n − 2 degrés de liberté), R² = 1 − Σ w·e² / Σ w·(y − ȳ)² (pondéré), test t bilatéral de b = 0 (significatif si p < 0,05) ; la bande ombrée est la bande de confiance à 95 % de la droite ajustée. Une moyenne annuelle est pondérée par ses recettes, car la moyenne de n recettes a une variance σ²/n. Vingt points annuels ne sont pas des tirages indépendants : lisez les valeurs p comme indicatives.",

    "trends.volume.title": "Volume de recettes",
    "trends.volume.subtitle":
      "Recettes analysées par année de publication, avec la droite ajustée et sa bande à 95 %",
    "trends.volume.subject": "Le nombre de recettes",
    "trends.volume.axis": "Recettes par an",
    "trends.volume.bars": "Recettes",
    "trends.volume.aria": "Recettes par année de publication",
    "trends.volume.ariaDescription": "{years} années, {recipes} recettes",
    "trends.volume.method.data":
      "Données : les recettes analysées comptées par année de leur date de publication, sur les années choisies ; une année sans recette compte 0.",
    "trends.volume.method.weights":
      "Poids : ici chaque année compte une fois (moindres carrés ordinaires). Pondérer un effectif par les recettes de son année ferait de la série son propre poids, et les années les plus chargées tireraient la droite vers elles. Pour comparaison, avec poids = recettes : {comparison}",
    "trends.volume.method.normality":
      "Normalité : les diagrammes Q-Q placent les effectifs annuels, et les résidus de la droite, face aux quantiles de la loi normale (positions de Filliben, comme scipy.stats.probplot) ; le test de Shapiro–Wilk suit l’algorithme de Royston, comme scipy.stats.shapiro, et a peu de puissance sous 8 années. La valeur p de la pente suppose des résidus normaux : c’est le test des résidus qui compte pour l’ajustement ; celui des effectifs dit si les volumes annuels ressemblent à des tirages autour d’un même niveau.",

    "trends.qq.countsTitle": "Diagramme Q-Q : effectifs annuels",
    "trends.qq.residualsTitle": "Diagramme Q-Q : résidus de la droite",
    "trends.qq.residualsAxis": "Résidu (recettes)",
    "trends.qq.theoretical": "Quantile de la loi normale",
    "trends.qq.observed": "Valeur observée",
    "trends.qq.ariaDescription": "{n} points face aux quantiles de la loi normale",

    "trends.normality.result": "W = {w}, p {p}, n = {n}",
    "trends.normality.notComputed":
      "non calculé (n = {n} ; il faut au moins 3 valeurs qui varient)",
    "trends.normality.countsNormal":
      "Effectifs annuels : Shapiro–Wilk {result}, normalité non rejetée au seuil de 5 %.",
    "trends.normality.countsNonNormal":
      "Effectifs annuels : Shapiro–Wilk {result}, normalité rejetée au seuil de 5 %.",
    "trends.normality.residualsNormal":
      "Résidus de la droite : {result}, normalité non rejetée : la valeur p de la pente peut se lire telle quelle.",
    "trends.normality.residualsNonNormal":
      "Résidus de la droite : {result}, normalité rejetée : une droite manque la forme de la série (une hausse puis une baisse, par exemple), lisez sa valeur p comme approximative.",
    "trends.normality.residualsUnknown":
      "Résidus de la droite : {result} ; la normalité supposée par la valeur p de la pente ne peut pas être vérifiée.",

    "trends.minutes.title": "Temps de préparation",
    "trends.minutes.subtitle":
      "Minutes moyennes et médianes par année de publication avec la bande de quantiles choisie ; taille des points = recettes de l’année",
    "trends.minutes.subject": "Le temps de préparation moyen",
    "trends.minutes.axis": "Minutes",
    "trends.minutes.aria": "Temps de préparation par année de publication",
    "trends.minutes.ariaDescription":
      "Moyenne, médiane et bande {band} des minutes par an, avec l’ajustement pondéré de la moyenne",
    "trends.minutes.band": "Bande de quantiles",
    "trends.minutes.bandLegend": "Bande {band}",
    "trends.minutes.method.data":
      "Données : les minutes des recettes analysées (1 à 180 minutes), par année de publication. Moyenne = minutes moyennes ; médiane et quantiles par interpolation linéaire entre statistiques d’ordre (quantile_cont de DuckDB, comme pandas par défaut). Les neuf quantiles (5, 10, 25, 33, 50, 66, 75, 90 et 95 %) sont calculés en une requête : changer de bande n’en lance aucune.",
    "trends.minutes.method.quantiles":
      "L’ajustement porte sur la moyenne annuelle, pondérée par les recettes de l’année ; la médiane et la bande montrent la dispersion que la moyenne cache.",

    "trends.size.title": "Complexité, étapes et ingrédients",
    "trends.size.complexity.subject": "Le score de complexité moyen",
    "trends.size.complexity.axis": "Score de complexité moyen",
    "trends.size.n_steps.subject": "Le nombre moyen d’étapes",
    "trends.size.n_steps.axis": "Étapes par recette (moyenne)",
    "trends.size.n_ingredients.subject": "Le nombre moyen d’ingrédients",
    "trends.size.n_ingredients.axis": "Ingrédients par recette (moyenne)",
    "trends.size.method.data":
      "Données : par année de publication, les moyennes sur les recettes analysées du score de complexité = ln(1 + minutes) + étapes + 0,5 × ingrédients, du nombre d’étapes et du nombre d’ingrédients. Chaque panneau a son propre ajustement, pondéré par les recettes de l’année.",
    "trends.panel.ariaDescription": "{years} valeurs annuelles avec l’ajustement pondéré",

    "trends.nutrition.title": "Nutrition",
    "trends.nutrition.calories.subject": "La teneur moyenne en calories",
    "trends.nutrition.calories.axis": "Calories moyennes (kcal)",
    "trends.nutrition.carbohydrates_pdv.subject": "La teneur moyenne en glucides",
    "trends.nutrition.carbohydrates_pdv.axis": "Glucides moyens (% de l’apport journalier)",
    "trends.nutrition.total_fat_pdv.subject": "La teneur moyenne en lipides",
    "trends.nutrition.total_fat_pdv.axis": "Lipides moyens (% de l’apport journalier)",
    "trends.nutrition.protein_pdv.subject": "La teneur moyenne en protéines",
    "trends.nutrition.protein_pdv.axis": "Protéines moyennes (% de l’apport journalier)",
    "trends.nutrition.method.data":
      "Données : par année de publication, les calories moyennes (kcal) et les glucides, lipides et protéines moyens en % de l’apport journalier, tels que Food.com les donne par portion, sur les recettes analysées (les recettes sans calories ne sont pas dans le jeu). Quelques très grandes valeurs pèsent sur ces moyennes.",

    "trends.items.title": "Ingrédients et tags",
    "trends.items.kindLabel": "Afficher",
    "trends.items.kindWord.ingredient": "ingrédients",
    "trends.items.kindWord.tag": "tags",
    "trends.items.item": "Élément",
    "trends.items.shareAxis": "Part des recettes (%)",
    "trends.items.topTitle": "Les {n} {kind} les plus fréquents, {from}–{to}",
    "trends.items.topAriaDescription": "{n} éléments par part des recettes",
    "trends.items.topNone": "Aucun élément parmi les {kind} sur ces années.",
    "trends.items.topSentence":
      "Le plus fréquent des {kind} : {item}, dans {share} des {recipes} recettes de {from}–{to}.",
    "trends.items.method.data":
      "Données : par année, les recettes analysées contenant chaque tag ou ingrédient (en minuscules, sans espaces autour, compté une fois par recette). Part = recettes contenant l’élément / recettes analysées des années choisies (ou d’une année). Seuls les éléments présents dans au moins 0,1 % de toutes les recettes ou 1 % des recettes d’une année arrivent dans le navigateur : les autres sont sous 1 % chaque année, leur part varie donc de moins d’un point entre deux années.",
    "trends.items.method.movers":
      "Variations : la part d’un élément parmi les recettes analysées de la dernière année de la période moins sa part la première année (les première et dernière années qui ont des recettes), en points de pourcentage ; les plus fortes hausses et baisses sont listées, et les courbes annuelles des premières de chaque sens tracées. Une année avec peu de recettes donne des parts bruitées : la phrase indique les recettes des deux années.",
    "trends.items.method.diversity":
      "Diversité par année, sur tous les éléments (pas seulement ceux transmis) : le nombre d’éléments distincts, et l’entropie de Shannon H = −Σ pᵢ ln pᵢ des parts pᵢ des éléments parmi toutes leurs mentions de l’année, en nats (e^H est le nombre d’éléments également fréquents qui donneraient la même diversité). Le nombre d’éléments distincts croît avec le nombre de recettes (plus de recettes atteignent plus d’éléments rares) : il suit largement le volume ; l’entropie en dépend beaucoup moins.",

    "trends.diversity.entropyTitle": "Diversité : entropie",
    "trends.diversity.entropyAxis": "Entropie (nats)",
    "trends.diversity.entropyLabel": "Entropie",
    "trends.diversity.distinctTitle": "Diversité : éléments distincts",
    "trends.diversity.distinctAxis": "Éléments distincts",
    "trends.diversity.distinctLabel": "Éléments distincts",
    "trends.diversity.entropy.subject.ingredient": "L’entropie des ingrédients",
    "trends.diversity.entropy.subject.tag": "L’entropie des tags",
    "trends.diversity.distinct.subject.ingredient": "Le nombre d’ingrédients distincts",
    "trends.diversity.distinct.subject.tag": "Le nombre de tags distincts",

    "trends.movers.title": "Les {n} plus fortes hausses et baisses de part, {kind}",
    "trends.movers.none":
      "Choisissez au moins deux années avec des recettes pour comparer les parts.",
    "trends.movers.between": "De {first} ({nFirst} recettes) à {last} ({nLast} recettes) :",
    "trends.movers.both": "{between} {up} ; {down}.",
    "trends.movers.one": "{between} {change}.",
    "trends.movers.margin":
      "Avec les recettes de ces années, une part est mesurée à ±{marginFirst} points près en {first} et ±{marginLast} points en {last} au plus (95 %) : des variations plus faibles peuvent n’être que du bruit.",
    "trends.movers.up":
      "la plus forte hausse est celle de {item}, de {from} à {to} des recettes ({points} points)",
    "trends.movers.down":
      "la plus forte baisse est celle de {item}, de {from} à {to} ({points} points)",
    "trends.movers.shareIn": "Part en {year}",
    "trends.movers.changeAxis": "Variation de la part (points)",
    "trends.movers.increase": "Hausse",
    "trends.movers.decrease": "Baisse",
    "trends.movers.ariaDescription":
      "{n} éléments par variation de leur part entre la première et la dernière année",
    "trends.movers.itemRecipes": "Recettes avec l’élément",
    "trends.curves.increaseTitle": "Part annuelle des {n} plus fortes hausses",
    "trends.curves.decreaseTitle": "Part annuelle des {n} plus fortes baisses",
    "trends.curves.ariaDescription": "Part annuelle des recettes de {n} éléments",

    "trends.headline.peak":
      "Les publications culminent en {year} avec {recipes} recettes analysées.",
  },
});
