/** Strings of the ratings page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "ratings.lead":
      "How Food.com reviewers rate recipes: how generous they are, which recipes stand out once few-review flukes are discounted, and whether the rating depends on when the review was written.",
    "ratings.scope":
      "Reviews written in {from}–{to}: {reviews} reviews, {ratings} with a rating 1–5 and {unrated} without a rating. Every review counts, whatever its recipe: the analysis set's cleaning concerns the recipes' times and sizes, not their reviews.",
    "ratings.empty": "No review in this range.",
    "ratings.star": "{n} ★",
    "ratings.headline":
      "In {from}–{to}, {five} of ratings are 5 stars and only {low} are 1 or 2 stars (mean {mean} of 5); {unrated} of reviews carry no rating.",

    "ratings.figure.reviews": "Reviews",
    "ratings.figure.ratings": "Ratings 1–5",
    "ratings.figure.mean": "Mean rating (of 5)",
    "ratings.figure.unrated": "Reviews without a rating",
    "ratings.figure.unratedDetail": "{n} reviews, never averaged",
    "ratings.figure.recipes": "Rated recipes",
    "ratings.figure.five": "5-star ratings",
    "ratings.figure.low": "Ratings of 1 or 2 stars",
    "ratings.figure.singlePerfect": "Single-rating recipes at a perfect 5",
    "ratings.figure.months": "Months with ≥ {min} ratings",
    "ratings.figure.monthsDetail": "of {months} months with ratings",
    "ratings.figure.slope": "Trend (stars per decade)",
    "ratings.figure.rho": "Volume–quality ρ",

    "ratings.axis.rating": "Rating (stars)",
    "ratings.axis.shareOfRatings": "Share of ratings (%)",
    "ratings.axis.ratingsPerRecipe": "Ratings per recipe (log scale)",
    "ratings.axis.recipeMean": "Recipe's mean rating (stars)",
    "ratings.axis.recipes": "Recipes",
    "ratings.axis.year": "Year of review",
    "ratings.axis.meanRating": "Mean rating (stars)",
    "ratings.axis.meanRatingCI": "Mean rating, 95 % CI (stars)",
    "ratings.axis.monthRatings": "Ratings in the month (log scale)",
    "ratings.axis.ratings": "Ratings",
    "ratings.axis.season": "Season of the review",
    "ratings.axis.day": "Day of the review",

    "ratings.tip.stars": "Rating",
    "ratings.tip.ratings": "Ratings",
    "ratings.tip.share": "Share of ratings",
    "ratings.tip.ratingsPerRecipe": "Ratings per recipe",
    "ratings.tip.recipeMean": "Recipe mean",
    "ratings.tip.recipes": "Recipes",
    "ratings.tip.meanOfMeans": "Mean of recipe means",
    "ratings.tip.iqr": "Interquartile range",
    "ratings.tip.month": "Month",
    "ratings.tip.meanRating": "Mean rating",
    "ratings.tip.ci": "95 % CI",
    "ratings.tip.fiveShare": "5-star share",
    "ratings.tip.lowShare": "1–2-star share",

    "ratings.table.reviews": "Reviews",
    "ratings.table.ratings": "Ratings",
    "ratings.table.perDay": "Ratings per day of the week",
    "ratings.table.mean": "Mean",
    "ratings.table.ci": "95 % CI",
    "ratings.table.sd": "SD",
    "ratings.table.five": "5★ share",
    "ratings.table.low": "≤ 2★ share",
    "ratings.table.unrated": "No rating",
    "ratings.table.season": "Season",
    "ratings.table.dayType": "Days",

    "ratings.verdict.none": "no significant difference",
    "ratings.verdict.negligible":
      "statistically significant, but negligible in size: too small to matter",
    "ratings.verdict.effect": "a significant, {effect} effect",

    "ratings.distribution.title": "Distribution of ratings",
    "ratings.distribution.sentence":
      "{five} of the {ratings} ratings are 5 stars and {low} are 1 or 2 stars, for a mean of {mean} out of 5. {unrated} of the {reviews} reviews carry no rating: they are counted here and left out of every mean.",
    "ratings.distribution.unratedOnly":
      "None of the {reviews} reviews of this range carries a rating.",
    "ratings.distribution.aria": "Share of ratings per number of stars",
    "ratings.distribution.ariaDesc": "{five} of the {ratings} ratings are 5 stars.",
    "ratings.distribution.method1":
      "Data: every review dated in the selected years, counted by year, month, day and rating. A rating is a review rated 1 to 5 stars; a review recorded with rating 0 has no rating: it counts among the reviews and in the share without a rating, never in a mean.",
    "ratings.distribution.method2":
      "Share of a star = ratings with that many stars / all ratings 1–5. Mean = Σ stars / number of ratings.",

    "ratings.bias.title": "A positive bias",
    "ratings.bias.lean": "Ratings lean positive: {five} are 5 stars against {low} at 1 or 2 stars.",
    "ratings.bias.contrast":
      "A mean of few ratings is extreme by chance: {singlePerfect} of the {single} recipes with a single rating have a perfect 5, against {manyPerfect} of the {many} recipes with {from} ratings or more, whose means gather around {manyMean}.",
    "ratings.bias.noContrast":
      "Too few recipes have a single rating or {from} ratings or more in this range to compare them.",
    "ratings.bias.chartTitle": "Mean rating per recipe against its number of ratings",
    "ratings.bias.caption":
      "Each cell counts the recipes with that many ratings (powers of two) and that mean (quarter stars); orange dots: mean of the recipes' means in each band of ratings, with the interquartile range as a vertical line.",
    "ratings.bias.aria": "Recipes by number of ratings and mean rating",
    "ratings.bias.ariaDesc":
      "Heatmap of recipe counts: the fewer ratings a recipe has, the more spread its mean, from 1 to a perfect 5.",
    "ratings.bias.method1":
      "Per recipe, its ratings in the selected years are added up over the review years: n ratings and their mean. Recipes are counted per cell of n (bins 1, 2–3, 4–7, … on a log scale) × mean (bins of a quarter star, 5 included in the top bin), in SQL: no recipe is drawn on its own.",
    "ratings.bias.method2":
      "Orange: per bin of n, the mean of the recipes' means and their 25th–75th percentiles. Shares of 5-star and 1–2-star ratings are over all ratings of the range.",

    "ratings.top.title": "Top recipes by Bayesian mean",
    "ratings.top.prior":
      "Bayesian mean = (C × m + sum of the recipe's ratings) / (C + n), with m = {m}, the mean of every rating in the range, and C = {c}: at least {quantile} of the rated recipes have {c} ratings or fewer. Ranked: the {eligible} recipes, of {recipes} rated, with at least {min} ratings in the range.",
    "ratings.top.sentence":
      "“{name}” leads with a Bayesian mean of {bayes} from {n} ratings (raw mean {raw}). Ranked by raw mean instead, {perfect} recipes would tie at 5.00, {fewPerfect} of them with only one or two ratings.",
    "ratings.top.none": "No recipe has {min} ratings or more in this range: nothing to rank.",
    "ratings.top.unnamed": "Recipe #{id} (not in the recipes file)",
    "ratings.top.rank": "Rank",
    "ratings.top.recipe": "Recipe",
    "ratings.top.ratings": "Ratings (n)",
    "ratings.top.rawMean": "Raw mean",
    "ratings.top.bayesMean": "Bayesian mean",
    "ratings.top.method1":
      "The Bayesian (shrunk) mean pulls a recipe's mean toward the global mean m as if C more ratings equal to m had been given: a recipe with two 5-star ratings no longer outranks one with hundreds of ratings averaging 4.9. m is the mean of every rating 1–5 in the selected years.",
    "ratings.top.method2":
      "C is the smallest number of ratings that at least {quantile} of the rated recipes do not exceed (the nearest-rank quantile), in the selected years. A recipe is ranked when it has at least {min} ratings in the range; ties go to the recipe with more ratings.",

    "ratings.monthly.title": "Monthly mean rating over time",
    "ratings.monthly.count":
      "{qualifying} of the {months} months with ratings in {from}–{to} have at least {min} ratings; only those enter the trend.",
    "ratings.monthly.trend":
      "Across them, the monthly mean rating {direction} ({slope} stars per decade, {significance}).",
    "ratings.monthly.volume":
      "Volume and quality: weighted Spearman ρ = {rho} ({significance}): {reading}.",
    "ratings.monthly.reading.none": "busier months are rated neither better nor worse",
    "ratings.monthly.reading.positive": "busier months are rated higher",
    "ratings.monthly.reading.negative": "busier months are rated lower",
    "ratings.monthly.tooFew": "Fewer than 3 months qualify: no trend can be fitted.",
    "ratings.monthly.chartTitle": "Mean rating per month, weighted trend and 95 % band",
    "ratings.monthly.kept": "Months with ≥ {min} ratings (size = ratings)",
    "ratings.monthly.left": "Fewer than {min} ratings (left out)",
    "ratings.monthly.aria": "Monthly mean rating over time with its weighted trend",
    "ratings.monthly.ariaDesc":
      "{qualifying} of {months} months are in the trend; the line is the weighted fit and the band its 95 % confidence interval.",
    "ratings.volume.chartTitle": "Monthly volume against monthly mean",
    "ratings.volume.none":
      "No month of this range has enough ratings to compare volume and quality.",
    "ratings.volume.aria": "Ratings per month against the month's mean rating",
    "ratings.volume.ariaDesc": "One dot per month of the trend ({months} months).",
    "ratings.monthly.method1":
      "Ratings per calendar month of the review date, with their mean. Months with fewer than {min} ratings are left out of the trend and of the correlation (drawn faint), because their means are too noisy.",
    "ratings.monthly.method2":
      "Trend: weighted least squares of the monthly mean on time t in years (t = year + (month − 0.5) / 12), weights √n where n is the month's ratings; weighted R², two-sided t-test of the slope with n − 2 degrees of freedom, and 95 % confidence band of the fitted mean.",
    "ratings.monthly.method3":
      "Volume–quality correlation: weighted Spearman ρ = the weighted Pearson correlation (weights √n) of the ranks of the months' ratings counts and of their means (ties get their mean rank); p two-sided from t = ρ √((k − 2) / (1 − ρ²)) with k − 2 degrees of freedom, k = months.",

    "ratings.season.title": "Ratings by season",
    "ratings.season.sentence":
      "Season means range from {low} ({lowName}) to {high} ({highName}), a gap of {gap} stars: {verdict}. ANOVA {anova}, η² {eta} ({etaLabel}); Kruskal–Wallis {kruskal}, ε² {epsilon} ({epsilonLabel}).",
    "ratings.season.tooFew":
      "Fewer than two seasons have ratings in this range: nothing to compare.",
    "ratings.season.meansAria": "Mean rating per season with 95 % confidence intervals",
    "ratings.season.volumeAria": "Ratings per season",
    "ratings.season.method1":
      "Season of the review date: winter = December–February, spring = March–May, summer = June–August, autumn = September–November. Per season, from the count c of each star r: n = Σ c, mean = Σ c·r / n, variance = (Σ c·r² − n·mean²) / (n − 1); 95 % CI = mean ± t(0.975, n − 1) · SD / √n.",
    "ratings.season.method2":
      "One-way ANOVA F-test on these summaries, with η² = between-season sum of squares / total sum of squares; Kruskal–Wallis H test on the seasons' frequency tables of stars (corrected for ties), with ε² = H / (n − 1). Ratings are discrete and skewed: the ANOVA relies on large groups, Kruskal–Wallis on ranks only.",
    "ratings.season.method3":
      "Effect sizes below 0.01 are negligible (Cohen's conventions: 0.01 small, 0.06 medium, 0.14 large). With hundreds of thousands of ratings, a gap of a hundredth of a star can be significant and still not matter.",

    "ratings.weekday.title": "Ratings by weekday and weekend",
    "ratings.weekend.sentence":
      "Weekend ratings average {weekend} and weekday ratings {weekday}, a difference of {diff} stars: {verdict} (Welch's t-test {significance}, Cohen's d = {d}, {label}).",
    "ratings.weekend.tooFew":
      "Weekdays or weekends have no rating in this range: nothing to compare.",
    "ratings.weekday.meansAria": "Mean rating per day of the week with 95 % confidence intervals",
    "ratings.weekday.volumeAria": "Ratings per day of the week",
    "ratings.weekday.method1":
      "Day of the review date (Monday to Sunday); the weekend is Saturday and Sunday, drawn in the accent colour. Per group, n, mean and variance of the ratings come from the counts of each star, as for the seasons. Ratings per day of the week = the group's ratings / its number of days (5 or 2).",
    "ratings.weekday.method2":
      "Welch's t-test (unequal variances) of weekend against weekday ratings from the two groups' n, mean and variance; Cohen's d = difference / pooled SD (|d| below 0.2 is negligible, 0.5 medium, 0.8 large).",

    "ratings.groups.ariaDesc":
      "Mean rating of {groups} groups with their 95 % confidence intervals.",
    "ratings.groups.volumeDesc": "{ratings} ratings in all.",

    "ratings.test.anova":
      "One-way ANOVA: F({df1}, {df2}) = {f}, p {p}, n = {n} ratings, η² {eta} ({label}).",
    "ratings.test.kruskal":
      "Kruskal–Wallis: H({df}) = {h}, p {p}, n = {n} ratings, ε² {epsilon} ({label}).",
    "ratings.test.welch":
      "Welch's t-test, weekend − weekday: difference {diff} stars, t({df}) = {t}, p {p}, n = {n} ratings ({weekend} weekend, {weekday} weekday), Cohen's d = {d} ({label}).",
    "ratings.test.fit":
      "Weighted least squares (weights √n): slope {slope} stars per year (95 % CI {lo} to {hi}), weighted R² = {r2}, p {p}, {df} df, n = {n} months.",
    "ratings.test.spearman":
      "Weighted Spearman, monthly volume vs monthly mean (weights √n): ρ = {rho}, p {p}, n = {n} months.",
  },
  fr: {
    "ratings.lead":
      "Comment les lecteurs de Food.com notent les recettes : leur générosité, les recettes qui se distinguent une fois écartés les hasards de quelques avis, et si la note dépend du moment où l’avis est écrit.",
    "ratings.scope":
      "Avis écrits en {from}–{to} : {reviews} avis, {ratings} avec une note de 1 à 5 et {unrated} sans note. Tous les avis comptent, quelle que soit leur recette : le nettoyage du jeu d’analyse porte sur les durées et les tailles des recettes, pas sur leurs avis.",
    "ratings.empty": "Aucun avis sur cette période.",
    "ratings.star": "{n} ★",
    "ratings.headline":
      "En {from}–{to}, {five} des notes sont des 5 étoiles et seulement {low} des notes de 1 ou 2 étoiles (moyenne {mean} sur 5) ; {unrated} des avis ne portent pas de note.",

    "ratings.figure.reviews": "Avis",
    "ratings.figure.ratings": "Notes de 1 à 5",
    "ratings.figure.mean": "Note moyenne (sur 5)",
    "ratings.figure.unrated": "Avis sans note",
    "ratings.figure.unratedDetail": "{n} avis, jamais moyennés",
    "ratings.figure.recipes": "Recettes notées",
    "ratings.figure.five": "Notes de 5 étoiles",
    "ratings.figure.low": "Notes de 1 ou 2 étoiles",
    "ratings.figure.singlePerfect": "Recettes à note unique valant 5",
    "ratings.figure.months": "Mois avec ≥ {min} notes",
    "ratings.figure.monthsDetail": "sur {months} mois avec des notes",
    "ratings.figure.slope": "Tendance (étoiles par décennie)",
    "ratings.figure.rho": "ρ volume–qualité",

    "ratings.axis.rating": "Note (étoiles)",
    "ratings.axis.shareOfRatings": "Part des notes (%)",
    "ratings.axis.ratingsPerRecipe": "Notes par recette (échelle log)",
    "ratings.axis.recipeMean": "Note moyenne de la recette (étoiles)",
    "ratings.axis.recipes": "Recettes",
    "ratings.axis.year": "Année de l’avis",
    "ratings.axis.meanRating": "Note moyenne (étoiles)",
    "ratings.axis.meanRatingCI": "Note moyenne, IC à 95 % (étoiles)",
    "ratings.axis.monthRatings": "Notes du mois (échelle log)",
    "ratings.axis.ratings": "Notes",
    "ratings.axis.season": "Saison de l’avis",
    "ratings.axis.day": "Jour de l’avis",

    "ratings.tip.stars": "Note",
    "ratings.tip.ratings": "Notes",
    "ratings.tip.share": "Part des notes",
    "ratings.tip.ratingsPerRecipe": "Notes par recette",
    "ratings.tip.recipeMean": "Moyenne de la recette",
    "ratings.tip.recipes": "Recettes",
    "ratings.tip.meanOfMeans": "Moyenne des moyennes",
    "ratings.tip.iqr": "Écart interquartile",
    "ratings.tip.month": "Mois",
    "ratings.tip.meanRating": "Note moyenne",
    "ratings.tip.ci": "IC à 95 %",
    "ratings.tip.fiveShare": "Part de 5 étoiles",
    "ratings.tip.lowShare": "Part de 1–2 étoiles",

    "ratings.table.reviews": "Avis",
    "ratings.table.ratings": "Notes",
    "ratings.table.perDay": "Notes par jour de la semaine",
    "ratings.table.mean": "Moyenne",
    "ratings.table.ci": "IC à 95 %",
    "ratings.table.sd": "Écart type",
    "ratings.table.five": "Part de 5★",
    "ratings.table.low": "Part de ≤ 2★",
    "ratings.table.unrated": "Sans note",
    "ratings.table.season": "Saison",
    "ratings.table.dayType": "Jours",

    "ratings.verdict.none": "aucune différence significative",
    "ratings.verdict.negligible":
      "statistiquement significatif, mais d’une taille négligeable : trop petit pour compter",
    "ratings.verdict.effect": "un effet significatif, {effect}",

    "ratings.distribution.title": "Distribution des notes",
    "ratings.distribution.sentence":
      "{five} des {ratings} notes sont des 5 étoiles et {low} des notes de 1 ou 2 étoiles, pour une moyenne de {mean} sur 5. {unrated} des {reviews} avis ne portent pas de note : ils sont comptés ici et exclus de toutes les moyennes.",
    "ratings.distribution.unratedOnly":
      "Aucun des {reviews} avis de cette période ne porte de note.",
    "ratings.distribution.aria": "Part des notes par nombre d’étoiles",
    "ratings.distribution.ariaDesc": "{five} des {ratings} notes sont des 5 étoiles.",
    "ratings.distribution.method1":
      "Données : tous les avis datés des années choisies, comptés par année, mois, jour et note. Une note est un avis noté de 1 à 5 étoiles ; un avis enregistré avec la note 0 n’a pas de note : il compte parmi les avis et dans la part sans note, jamais dans une moyenne.",
    "ratings.distribution.method2":
      "Part d’une note = notes de ce nombre d’étoiles / toutes les notes de 1 à 5. Moyenne = Σ étoiles / nombre de notes.",

    "ratings.bias.title": "Un biais positif",
    "ratings.bias.lean":
      "Les notes penchent vers le haut : {five} sont des 5 étoiles contre {low} de 1 ou 2 étoiles.",
    "ratings.bias.contrast":
      "Une moyenne de peu de notes est extrême par hasard : {singlePerfect} des {single} recettes notées une seule fois ont un 5 parfait, contre {manyPerfect} des {many} recettes qui ont {from} notes ou plus, dont les moyennes se resserrent autour de {manyMean}.",
    "ratings.bias.noContrast":
      "Trop peu de recettes ont une seule note ou {from} notes ou plus sur cette période pour les comparer.",
    "ratings.bias.chartTitle": "Note moyenne par recette selon son nombre de notes",
    "ratings.bias.caption":
      "Chaque case compte les recettes ayant ce nombre de notes (puissances de deux) et cette moyenne (quarts d’étoile) ; points orange : moyenne des moyennes des recettes dans chaque tranche de notes, avec l’écart interquartile en trait vertical.",
    "ratings.bias.aria": "Recettes par nombre de notes et note moyenne",
    "ratings.bias.ariaDesc":
      "Carte de chaleur des effectifs de recettes : moins une recette a de notes, plus sa moyenne est dispersée, de 1 jusqu’à un 5 parfait.",
    "ratings.bias.method1":
      "Pour chaque recette, ses notes des années choisies sont additionnées sur les années d’avis : n notes et leur moyenne. Les recettes sont comptées par case de n (tranches 1, 2–3, 4–7, … en échelle log) × moyenne (tranches d’un quart d’étoile, 5 compris dans la dernière), en SQL : aucune recette n’est tracée individuellement.",
    "ratings.bias.method2":
      "En orange : par tranche de n, la moyenne des moyennes des recettes et leurs 25e–75e centiles. Les parts de notes de 5 étoiles et de 1–2 étoiles portent sur toutes les notes de la période.",

    "ratings.top.title": "Meilleures recettes selon la moyenne bayésienne",
    "ratings.top.prior":
      "Moyenne bayésienne = (C × m + somme des notes de la recette) / (C + n), avec m = {m}, la moyenne de toutes les notes de la période, et C = {c} : au moins {quantile} des recettes notées ont {c} notes ou moins. Classées : les {eligible} recettes, sur {recipes} notées, qui ont au moins {min} notes sur la période.",
    "ratings.top.sentence":
      "« {name} » arrive en tête avec une moyenne bayésienne de {bayes} sur {n} notes (moyenne brute {raw}). Classées par moyenne brute, {perfect} recettes seraient ex aequo à 5,00, dont {fewPerfect} avec une ou deux notes seulement.",
    "ratings.top.none":
      "Aucune recette n’a {min} notes ou plus sur cette période : rien à classer.",
    "ratings.top.unnamed": "Recette n° {id} (absente du fichier des recettes)",
    "ratings.top.rank": "Rang",
    "ratings.top.recipe": "Recette",
    "ratings.top.ratings": "Notes (n)",
    "ratings.top.rawMean": "Moyenne brute",
    "ratings.top.bayesMean": "Moyenne bayésienne",
    "ratings.top.method1":
      "La moyenne bayésienne (rétrécie) tire la moyenne d’une recette vers la moyenne globale m, comme si C notes égales à m s’y ajoutaient : une recette à deux notes de 5 ne passe plus devant une recette à des centaines de notes de 4,9 en moyenne. m est la moyenne de toutes les notes de 1 à 5 des années choisies.",
    "ratings.top.method2":
      "C est le plus petit nombre de notes qu’au moins {quantile} des recettes notées ne dépassent pas (quantile au rang le plus proche), sur les années choisies. Une recette est classée si elle a au moins {min} notes sur la période ; à égalité, la recette la plus notée passe devant.",

    "ratings.monthly.title": "Note moyenne mensuelle dans le temps",
    "ratings.monthly.count":
      "{qualifying} des {months} mois avec des notes en {from}–{to} ont au moins {min} notes ; eux seuls entrent dans la tendance.",
    "ratings.monthly.trend":
      "Sur ces mois, la note moyenne mensuelle {direction} ({slope} étoile par décennie, {significance}).",
    "ratings.monthly.volume":
      "Volume et qualité : ρ de Spearman pondéré = {rho} ({significance}) : {reading}.",
    "ratings.monthly.reading.none": "les mois les plus actifs ne sont ni mieux ni moins bien notés",
    "ratings.monthly.reading.positive": "les mois les plus actifs sont mieux notés",
    "ratings.monthly.reading.negative": "les mois les plus actifs sont moins bien notés",
    "ratings.monthly.tooFew": "Moins de 3 mois retenus : aucune tendance ne peut être ajustée.",
    "ratings.monthly.chartTitle": "Note moyenne par mois, tendance pondérée et bande à 95 %",
    "ratings.monthly.kept": "Mois avec ≥ {min} notes (taille = notes)",
    "ratings.monthly.left": "Moins de {min} notes (écartés)",
    "ratings.monthly.aria": "Note moyenne mensuelle dans le temps avec sa tendance pondérée",
    "ratings.monthly.ariaDesc":
      "{qualifying} mois sur {months} entrent dans la tendance ; la ligne est l’ajustement pondéré et la bande son intervalle de confiance à 95 %.",
    "ratings.volume.chartTitle": "Volume mensuel et note moyenne mensuelle",
    "ratings.volume.none":
      "Aucun mois de cette période n’a assez de notes pour comparer volume et qualité.",
    "ratings.volume.aria": "Notes par mois selon la note moyenne du mois",
    "ratings.volume.ariaDesc": "Un point par mois de la tendance ({months} mois).",
    "ratings.monthly.method1":
      "Notes par mois civil de la date de l’avis, avec leur moyenne. Les mois de moins de {min} notes sont exclus de la tendance et de la corrélation (tracés en clair), car leurs moyennes sont trop bruitées.",
    "ratings.monthly.method2":
      "Tendance : moindres carrés pondérés de la moyenne mensuelle sur le temps t en années (t = année + (mois − 0,5) / 12), poids √n où n est le nombre de notes du mois ; R² pondéré, test t bilatéral de la pente à n − 2 degrés de liberté, et bande de confiance à 95 % de la moyenne ajustée.",
    "ratings.monthly.method3":
      "Corrélation volume–qualité : ρ de Spearman pondéré = corrélation de Pearson pondérée (poids √n) des rangs des nombres de notes des mois et de leurs moyennes (les ex aequo prennent leur rang moyen) ; p bilatéral à partir de t = ρ √((k − 2) / (1 − ρ²)) à k − 2 degrés de liberté, k = nombre de mois.",

    "ratings.season.title": "Notes par saison",
    "ratings.season.sentence":
      "Les moyennes par saison vont de {low} ({lowName}) à {high} ({highName}), un écart de {gap} étoile : {verdict}. ANOVA {anova}, η² {eta} ({etaLabel}) ; Kruskal–Wallis {kruskal}, ε² {epsilon} ({epsilonLabel}).",
    "ratings.season.tooFew":
      "Moins de deux saisons ont des notes sur cette période : rien à comparer.",
    "ratings.season.meansAria": "Note moyenne par saison avec intervalles de confiance à 95 %",
    "ratings.season.volumeAria": "Notes par saison",
    "ratings.season.method1":
      "Saison de la date de l’avis : hiver = décembre–février, printemps = mars–mai, été = juin–août, automne = septembre–novembre. Par saison, à partir de l’effectif c de chaque note r : n = Σ c, moyenne = Σ c·r / n, variance = (Σ c·r² − n·moyenne²) / (n − 1) ; IC à 95 % = moyenne ± t(0,975 ; n − 1) · écart type / √n.",
    "ratings.season.method2":
      "ANOVA à un facteur (test F) sur ces résumés, avec η² = somme des carrés entre saisons / somme des carrés totale ; test H de Kruskal–Wallis sur les tableaux d’effectifs des notes par saison (corrigé des ex aequo), avec ε² = H / (n − 1). Les notes sont discrètes et asymétriques : l’ANOVA repose sur de grands groupes, Kruskal–Wallis sur les seuls rangs.",
    "ratings.season.method3":
      "Une taille d’effet inférieure à 0,01 est négligeable (conventions de Cohen : 0,01 faible, 0,06 moyen, 0,14 fort). Avec des centaines de milliers de notes, un écart d’un centième d’étoile peut être significatif sans avoir d’importance.",

    "ratings.weekday.title": "Notes en semaine et le week-end",
    "ratings.weekend.sentence":
      "Les notes du week-end valent {weekend} en moyenne et celles de la semaine {weekday}, une différence de {diff} étoile : {verdict} (test t de Welch {significance}, d de Cohen = {d}, {label}).",
    "ratings.weekend.tooFew":
      "La semaine ou le week-end n’a aucune note sur cette période : rien à comparer.",
    "ratings.weekday.meansAria":
      "Note moyenne par jour de la semaine avec intervalles de confiance à 95 %",
    "ratings.weekday.volumeAria": "Notes par jour de la semaine",
    "ratings.weekday.method1":
      "Jour de la date de l’avis (lundi à dimanche) ; le week-end est le samedi et le dimanche, tracés dans la couleur d’accent. Par groupe, n, moyenne et variance des notes viennent des effectifs de chaque note, comme pour les saisons. Notes par jour de la semaine = notes du groupe / son nombre de jours (5 ou 2).",
    "ratings.weekday.method2":
      "Test t de Welch (variances inégales) des notes du week-end contre celles de la semaine, à partir des n, moyennes et variances des deux groupes ; d de Cohen = différence / écart type commun (|d| sous 0,2 : négligeable, 0,5 moyen, 0,8 fort).",

    "ratings.groups.ariaDesc":
      "Note moyenne de {groups} groupes avec leurs intervalles de confiance à 95 %.",
    "ratings.groups.volumeDesc": "{ratings} notes au total.",

    "ratings.test.anova":
      "ANOVA à un facteur : F({df1}, {df2}) = {f}, p {p}, n = {n} notes, η² {eta} ({label}).",
    "ratings.test.kruskal":
      "Kruskal–Wallis : H({df}) = {h}, p {p}, n = {n} notes, ε² {epsilon} ({label}).",
    "ratings.test.welch":
      "Test t de Welch, week-end − semaine : différence {diff} étoile, t({df}) = {t}, p {p}, n = {n} notes ({weekend} le week-end, {weekday} en semaine), d de Cohen = {d} ({label}).",
    "ratings.test.fit":
      "Moindres carrés pondérés (poids √n) : pente {slope} étoile par an (IC à 95 % de {lo} à {hi}), R² pondéré = {r2}, p {p}, {df} ddl, n = {n} mois.",
    "ratings.test.spearman":
      "Spearman pondéré, volume mensuel contre note moyenne mensuelle (poids √n) : ρ = {rho}, p {p}, n = {n} mois.",
  },
});
