/**
 * Strings of the data catalog page and of the analyst's page template. Column meanings:
 * `catalog.col.<column>` for a column that means the same in every table, and
 * `catalog.col.<table>.<column>` where a table gives it another sense (see
 * src/components/catalog/meaning.ts). tests/catalog.test.ts fails when a browser table has a column
 * without a meaning.
 */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "catalog.title": "Data catalog",
    "catalog.lead":
      "Every table your browser can load, with its columns, its size and an example query. Each was computed when the data were built; the examples ran natively on that data.",
    "catalog.howto.title": "Query them in your own page",
    "catalog.howto.text":
      "A page loads the tables it needs into DuckDB-WASM, then writes SQL blocks against them. The README's “Write a page” section and templates/analysis-page.md show the whole page.",
    "catalog.summary.title": "Tables",
    "catalog.summary.table": "Table",
    "catalog.summary.rows": "Rows",
    "catalog.summary.columns": "Columns",
    "catalog.summary.what": "What it holds",
    "catalog.rows": "{n} rows",
    "catalog.columnCount": "{n} columns",
    "catalog.load": "Load it in a page:",
    "catalog.notLoadable":
      "Loaded by its own page's code, not through foodcomDatabase: read that page's source to use it.",
    "catalog.columns.name": "Column",
    "catalog.columns.type": "Type",
    "catalog.columns.meaning": "Meaning",
    "catalog.noMeaning": "No description yet.",
    "catalog.example.title": "Example query",
    "catalog.example.result": "Its result",
    "catalog.example.noRows": "No rows.",
    "catalog.quality.title": "Data quality record",
    "catalog.quality.lead":
      "What the ingest checked and set aside while building these tables. Rows flagged by a check stay in the tables; rejected rows do not.",
    "catalog.template.title": "My analysis",
    "catalog.template.lead":
      "Recipes submitted each year, with their median preparation time, for the years chosen.",
    "catalog.template.chartTitle": "Recipes per year",
    "catalog.template.tableTitle": "The query's rows",

    "catalog.table.recipes":
      "One row per recipe with its review statistics, sorted by submission date. Lists (tags, steps, ingredients) and descriptions are left out to keep it light.",
    "catalog.table.interactions":
      "One row per review, without its text: who, which recipe, when, and the rating if one was given.",
    "catalog.table.analysis_recipes":
      "The analysis pages' recipe set (duplicates dropped, 1–180 minutes, usual numbers of steps and ingredients), with calendar fields and the complexity score.",
    "catalog.table.analysis_items":
      "For each frequent tag and ingredient, the number of analysis recipes that contain it, per year, season and weekday or weekend.",
    "catalog.table.item_diversity":
      "How varied tags and ingredients are each year, over every item of the analysis recipes.",
    "catalog.table.review_calendar":
      "Reviews counted per day of the calendar: year, month, season, weekday and rating.",
    "catalog.table.recipe_ratings":
      "Ratings each recipe received per year of review: count, sum, five-star and low ratings.",
    "catalog.table.rated_recipes":
      "Names of the recipes rated often enough to enter the Ratings page's top list, with their ratings over all years.",
    "catalog.table.recipe_rating_spans":
      "Rated recipes counted by the first and last year they were rated and by their ratings over all years (count and sum).",
    "catalog.table.explorer_recipes":
      "The recipe explorer's recipes: one row per recipe with its numbers and rating summary (its tags and ingredients are in explorer_recipe_tags and explorer_recipe_ingredients).",
    "catalog.table.explorer_descriptions":
      "Recipe names and descriptions in lowercase, one row per recipe in explorer_recipes' order, loaded only when the explorer's text search is used.",
    "catalog.table.explorer_recipe_tags":
      "Which recipe carries which tag: one row per recipe and tag id, for the explorer's tag filters.",
    "catalog.table.explorer_recipe_ingredients":
      "Which recipe uses which ingredient: one row per recipe and ingredient id, for the explorer's ingredient filters.",

    "catalog.col.recipe_id": "Recipe identifier (Food.com id).",
    "catalog.col.name": "Recipe name as published.",
    "catalog.col.rated_recipes.name":
      "Recipe name; NULL for a rated recipe missing from the recipes file (orphan reviews).",
    "catalog.col.minutes": "Preparation time in minutes, as published (outliers included).",
    "catalog.col.analysis_recipes.minutes": "Preparation time in minutes (1–180 in this set).",
    "catalog.col.contributor_id": "Identifier of the member who submitted the recipe.",
    "catalog.col.submitted": "Submission date of the recipe.",
    "catalog.col.n_steps": "Number of steps.",
    "catalog.col.n_ingredients": "Number of ingredients.",
    "catalog.col.calories": "Calories (kcal) per serving.",
    "catalog.col.total_fat_pdv": "Total fat, in % of the daily value.",
    "catalog.col.sugar_pdv": "Sugar, in % of the daily value.",
    "catalog.col.sodium_pdv": "Sodium, in % of the daily value.",
    "catalog.col.protein_pdv": "Protein, in % of the daily value.",
    "catalog.col.saturated_fat_pdv": "Saturated fat, in % of the daily value.",
    "catalog.col.carbohydrates_pdv": "Carbohydrates, in % of the daily value.",
    "catalog.col.n_reviews": "Number of reviews, with or without a rating.",
    "catalog.col.n_ratings": "Number of reviews that give a rating (1–5).",
    "catalog.col.mean_rating": "Mean rating over those reviews; NULL when none gives a rating.",
    "catalog.col.explorer_recipes.minutes_bin":
      "The recipe's bar in the explorer's preparation-time chart (0 = under 5 minutes … 13 = absurd times).",
    "catalog.col.explorer_recipes.rating_bin":
      "Twice the mean rating, rounded down: the recipe's half-star bar in the explorer's rating chart; NULL when unrated.",
    "catalog.col.explorer_recipes.calories_bin":
      "Calories in hundreds, rounded down (20 = 2,000 kcal or more): the recipe's bar in the explorer's calorie chart.",
    "catalog.col.explorer_recipes.total_fat_pdv_code":
      "The recipe's total fat (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of total_fat_pdv_values.",
    "catalog.col.explorer_recipes.total_fat_pdv_values":
      "The distinct total fat values (% of the daily value) in increasing order, one per row from the first (NULL after): the values total_fat_pdv_code numbers.",
    "catalog.col.explorer_recipes.sugar_pdv_code":
      "The recipe's sugar (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of sugar_pdv_values.",
    "catalog.col.explorer_recipes.sugar_pdv_values":
      "The distinct sugar values (% of the daily value) in increasing order, one per row from the first (NULL after): the values sugar_pdv_code numbers.",
    "catalog.col.explorer_recipes.sodium_pdv_code":
      "The recipe's sodium (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of sodium_pdv_values.",
    "catalog.col.explorer_recipes.sodium_pdv_values":
      "The distinct sodium values (% of the daily value) in increasing order, one per row from the first (NULL after): the values sodium_pdv_code numbers.",
    "catalog.col.explorer_recipes.protein_pdv_code":
      "The recipe's protein (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of protein_pdv_values.",
    "catalog.col.explorer_recipes.protein_pdv_values":
      "The distinct protein values (% of the daily value) in increasing order, one per row from the first (NULL after): the values protein_pdv_code numbers.",
    "catalog.col.explorer_recipes.saturated_fat_pdv_code":
      "The recipe's saturated fat (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of saturated_fat_pdv_values.",
    "catalog.col.explorer_recipes.saturated_fat_pdv_values":
      "The distinct saturated fat values (% of the daily value) in increasing order, one per row from the first (NULL after): the values saturated_fat_pdv_code numbers.",
    "catalog.col.explorer_recipes.carbohydrates_pdv_code":
      "The recipe's carbohydrates (% of the daily value) as its rank among the distinct values (0 = the smallest; NULL when unknown): the value is row <code> of carbohydrates_pdv_values.",
    "catalog.col.explorer_recipes.carbohydrates_pdv_values":
      "The distinct carbohydrates values (% of the daily value) in increasing order, one per row from the first (NULL after): the values carbohydrates_pdv_code numbers.",
    "catalog.col.explorer_descriptions.text":
      "The recipe's name and description, lowercased for the text search and joined by an uppercase X (which a lowercased search never contains, so a match never straddles the two).",
    "catalog.col.user_id": "Identifier of the reviewer.",
    "catalog.col.date": "Date of the review.",
    "catalog.col.rating":
      "Rating from 1 to 5; NULL for a review without a rating (never count it as 0).",
    "catalog.col.review_calendar.rating": "Rating from 1 to 5, or 0 for reviews without a rating.",
    "catalog.col.year": "Submission year of the recipe.",
    "catalog.col.month": "Submission month (1 = January).",
    "catalog.col.season": "Submission season: 0 winter (Dec–Feb), 1 spring, 2 summer, 3 autumn.",
    "catalog.col.dow": "Submission weekday: 1 = Monday … 7 = Sunday.",
    "catalog.col.weekend": "Whether the recipe was submitted on a Saturday or Sunday.",
    "catalog.col.review_calendar.year": "Year of the review.",
    "catalog.col.review_calendar.month": "Month of the review (1 = January).",
    "catalog.col.review_calendar.season":
      "Season of the review: 0 winter (Dec–Feb), 1 spring, 2 summer, 3 autumn.",
    "catalog.col.review_calendar.dow": "Weekday of the review: 1 = Monday … 7 = Sunday.",
    "catalog.col.review_calendar.weekend":
      "Whether the review was written on a Saturday or Sunday.",
    "catalog.col.recipe_ratings.year": "Year of the reviews.",
    "catalog.col.first_year": "First year in which the recipe was rated.",
    "catalog.col.last_year": "Last year in which the recipe was rated.",
    "catalog.col.recipe_rating_spans.ratings":
      "Ratings (1–5) of each of these recipes over all years.",
    "catalog.col.recipe_rating_spans.rating_sum": "Sum of those ratings, per recipe.",
    "catalog.col.recipe_rating_spans.recipes": "Number of recipes with these years and ratings.",
    "catalog.col.rated_recipes.ratings": "Ratings (1–5) of the recipe over all years.",
    "catalog.col.rated_recipes.rating_sum": "Sum of those ratings.",
    "catalog.col.complexity": "Complexity score: ln(1 + minutes) + steps + 0.5 × ingredients.",
    "catalog.col.kind": "“tag” or “ingredient”.",
    "catalog.col.item": "The tag or ingredient, lower-cased and trimmed.",
    "catalog.col.recipes": "Number of recipes.",
    "catalog.col.analysis_items.recipes":
      "Analysis recipes containing the item in that year, season and day type.",
    "catalog.col.item_diversity.recipes": "Analysis recipes submitted that year.",
    "catalog.col.distinct_items": "Number of different items used that year.",
    "catalog.col.entropy":
      "Shannon entropy (nats) of the items' shares that year: higher is more varied.",
    "catalog.col.reviews": "Number of reviews.",
    "catalog.col.ratings": "Number of ratings (1–5) given that year.",
    "catalog.col.rating_sum": "Sum of those ratings (divide by ratings for the mean).",
    "catalog.col.five_star": "How many of those ratings are 5 stars.",
    "catalog.col.low_star": "How many of those ratings are 1 or 2 stars.",
    "catalog.col.tag_id": "Tag id (0 = the most frequent tag).",
    "catalog.col.tag": "The tag.",
    "catalog.col.ingredient_id": "Ingredient id (0 = the most frequent ingredient).",
    "catalog.col.ingredient": "The ingredient.",
    "catalog.col.description": "The recipe's description as published.",
  },
  fr: {
    "catalog.title": "Catalogue des données",
    "catalog.lead":
      "Toutes les tables que votre navigateur peut charger, avec leurs colonnes, leur taille et un exemple de requête. Chacune a été calculée lors de la construction des données ; les exemples ont été exécutés nativement sur ces données.",
    "catalog.howto.title": "Les interroger dans votre propre page",
    "catalog.howto.text":
      "Une page charge les tables dont elle a besoin dans DuckDB-WASM, puis écrit des blocs SQL dessus. La section « Write a page » du README et templates/analysis-page.md montrent la page complète.",
    "catalog.summary.title": "Tables",
    "catalog.summary.table": "Table",
    "catalog.summary.rows": "Lignes",
    "catalog.summary.columns": "Colonnes",
    "catalog.summary.what": "Contenu",
    "catalog.rows": "{n} lignes",
    "catalog.columnCount": "{n} colonnes",
    "catalog.load": "La charger dans une page :",
    "catalog.notLoadable":
      "Chargée par le code de sa propre page, pas par foodcomDatabase : lisez le source de cette page pour l’utiliser.",
    "catalog.columns.name": "Colonne",
    "catalog.columns.type": "Type",
    "catalog.columns.meaning": "Signification",
    "catalog.noMeaning": "Pas encore de description.",
    "catalog.example.title": "Exemple de requête",
    "catalog.example.result": "Son résultat",
    "catalog.example.noRows": "Aucune ligne.",
    "catalog.quality.title": "Registre de qualité des données",
    "catalog.quality.lead":
      "Ce que l’ingestion a vérifié et écarté en construisant ces tables. Les lignes signalées par un contrôle restent dans les tables ; les lignes rejetées non.",
    "catalog.template.title": "Mon analyse",
    "catalog.template.lead":
      "Recettes publiées chaque année, avec leur temps de préparation médian, pour les années choisies.",
    "catalog.template.chartTitle": "Recettes par année",
    "catalog.template.tableTitle": "Les lignes de la requête",

    "catalog.table.recipes":
      "Une ligne par recette avec ses statistiques d’avis, triée par date de publication. Les listes (tags, étapes, ingrédients) et les descriptions sont omises pour l’alléger.",
    "catalog.table.interactions":
      "Une ligne par avis, sans son texte : qui, quelle recette, quand, et la note si une note a été donnée.",
    "catalog.table.analysis_recipes":
      "L’ensemble de recettes des pages d’analyse (doublons retirés, 1 à 180 minutes, nombres d’étapes et d’ingrédients usuels), avec les champs de calendrier et le score de complexité.",
    "catalog.table.analysis_items":
      "Pour chaque tag et ingrédient fréquent, le nombre de recettes d’analyse qui le contiennent, par année, saison et jour de semaine ou de week-end.",
    "catalog.table.item_diversity":
      "La variété des tags et des ingrédients chaque année, sur tous les éléments des recettes d’analyse.",
    "catalog.table.review_calendar":
      "Les avis comptés par jour du calendrier : année, mois, saison, jour de la semaine et note.",
    "catalog.table.recipe_ratings":
      "Les notes reçues par chaque recette par année d’avis : nombre, somme, notes cinq étoiles et notes basses.",
    "catalog.table.rated_recipes":
      "Noms des recettes assez souvent notées pour entrer dans le classement de la page Notes, avec leurs notes toutes années confondues.",
    "catalog.table.recipe_rating_spans":
      "Les recettes notées comptées par première et dernière année où elles ont été notées et par leurs notes toutes années confondues (nombre et somme).",
    "catalog.table.explorer_recipes":
      "Les recettes de l’explorateur : une ligne par recette avec ses valeurs numériques et le résumé de ses notes (ses tags et ingrédients sont dans explorer_recipe_tags et explorer_recipe_ingredients).",
    "catalog.table.explorer_descriptions":
      "Les noms et descriptions des recettes en minuscules, une ligne par recette dans l’ordre d’explorer_recipes, chargés seulement quand la recherche textuelle de l’explorateur sert.",
    "catalog.table.explorer_recipe_tags":
      "Quelle recette porte quel tag : une ligne par recette et identifiant de tag, pour les filtres de tags de l’explorateur.",
    "catalog.table.explorer_recipe_ingredients":
      "Quelle recette utilise quel ingrédient : une ligne par recette et identifiant d’ingrédient, pour les filtres d’ingrédients de l’explorateur.",

    "catalog.col.recipe_id": "Identifiant de la recette (id Food.com).",
    "catalog.col.name": "Nom de la recette tel que publié.",
    "catalog.col.rated_recipes.name":
      "Nom de la recette ; NULL pour une recette notée absente du fichier des recettes (avis orphelins).",
    "catalog.col.minutes":
      "Temps de préparation en minutes, tel que publié (valeurs aberrantes comprises).",
    "catalog.col.analysis_recipes.minutes":
      "Temps de préparation en minutes (1 à 180 dans cet ensemble).",
    "catalog.col.contributor_id": "Identifiant du membre qui a publié la recette.",
    "catalog.col.submitted": "Date de publication de la recette.",
    "catalog.col.n_steps": "Nombre d’étapes.",
    "catalog.col.n_ingredients": "Nombre d’ingrédients.",
    "catalog.col.calories": "Calories (kcal) par portion.",
    "catalog.col.total_fat_pdv": "Lipides, en % de l’apport journalier.",
    "catalog.col.sugar_pdv": "Sucres, en % de l’apport journalier.",
    "catalog.col.sodium_pdv": "Sodium, en % de l’apport journalier.",
    "catalog.col.protein_pdv": "Protéines, en % de l’apport journalier.",
    "catalog.col.saturated_fat_pdv": "Acides gras saturés, en % de l’apport journalier.",
    "catalog.col.carbohydrates_pdv": "Glucides, en % de l’apport journalier.",
    "catalog.col.n_reviews": "Nombre d’avis, avec ou sans note.",
    "catalog.col.n_ratings": "Nombre d’avis qui donnent une note (1 à 5).",
    "catalog.col.mean_rating": "Note moyenne sur ces avis ; NULL quand aucun ne donne de note.",
    "catalog.col.explorer_recipes.minutes_bin":
      "La barre de la recette dans le graphique des temps de préparation de l’explorateur (0 = moins de 5 minutes … 13 = temps absurdes).",
    "catalog.col.explorer_recipes.rating_bin":
      "Le double de la note moyenne, arrondi à l’entier inférieur : la barre (par demi-étoile) de la recette dans le graphique des notes de l’explorateur ; NULL sans note.",
    "catalog.col.explorer_recipes.calories_bin":
      "Les calories en centaines, arrondies à l’entier inférieur (20 = 2 000 kcal ou plus) : la barre de la recette dans le graphique des calories de l’explorateur.",
    "catalog.col.explorer_recipes.total_fat_pdv_code":
      "La teneur des lipides de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de total_fat_pdv_values.",
    "catalog.col.explorer_recipes.total_fat_pdv_values":
      "Les valeurs distinctes des lipides (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote total_fat_pdv_code.",
    "catalog.col.explorer_recipes.sugar_pdv_code":
      "La teneur des sucres de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de sugar_pdv_values.",
    "catalog.col.explorer_recipes.sugar_pdv_values":
      "Les valeurs distinctes des sucres (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote sugar_pdv_code.",
    "catalog.col.explorer_recipes.sodium_pdv_code":
      "La teneur du sodium de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de sodium_pdv_values.",
    "catalog.col.explorer_recipes.sodium_pdv_values":
      "Les valeurs distinctes du sodium (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote sodium_pdv_code.",
    "catalog.col.explorer_recipes.protein_pdv_code":
      "La teneur des protéines de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de protein_pdv_values.",
    "catalog.col.explorer_recipes.protein_pdv_values":
      "Les valeurs distinctes des protéines (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote protein_pdv_code.",
    "catalog.col.explorer_recipes.saturated_fat_pdv_code":
      "La teneur des acides gras saturés de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de saturated_fat_pdv_values.",
    "catalog.col.explorer_recipes.saturated_fat_pdv_values":
      "Les valeurs distinctes des acides gras saturés (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote saturated_fat_pdv_code.",
    "catalog.col.explorer_recipes.carbohydrates_pdv_code":
      "La teneur des glucides de la recette (% de l’apport journalier) sous forme de rang parmi les valeurs distinctes (0 = la plus petite ; NULL si inconnue) : la valeur est la ligne <code> de carbohydrates_pdv_values.",
    "catalog.col.explorer_recipes.carbohydrates_pdv_values":
      "Les valeurs distinctes des glucides (% de l’apport journalier) par ordre croissant, une par ligne à partir de la première (NULL ensuite) : celles que numérote carbohydrates_pdv_code.",
    "catalog.col.explorer_descriptions.text":
      "Le nom et la description de la recette, en minuscules pour la recherche textuelle, joints par un X majuscule (qu’une recherche mise en minuscules ne contient jamais : une correspondance ne chevauche donc jamais les deux).",
    "catalog.col.user_id": "Identifiant de l’auteur de l’avis.",
    "catalog.col.date": "Date de l’avis.",
    "catalog.col.rating":
      "Note de 1 à 5 ; NULL pour un avis sans note (ne jamais la compter comme 0).",
    "catalog.col.review_calendar.rating": "Note de 1 à 5, ou 0 pour les avis sans note.",
    "catalog.col.year": "Année de publication de la recette.",
    "catalog.col.month": "Mois de publication (1 = janvier).",
    "catalog.col.season":
      "Saison de publication : 0 hiver (déc.–févr.), 1 printemps, 2 été, 3 automne.",
    "catalog.col.dow": "Jour de publication : 1 = lundi … 7 = dimanche.",
    "catalog.col.weekend": "Si la recette a été publiée un samedi ou un dimanche.",
    "catalog.col.review_calendar.year": "Année de l’avis.",
    "catalog.col.review_calendar.month": "Mois de l’avis (1 = janvier).",
    "catalog.col.review_calendar.season":
      "Saison de l’avis : 0 hiver (déc.–févr.), 1 printemps, 2 été, 3 automne.",
    "catalog.col.review_calendar.dow": "Jour de l’avis : 1 = lundi … 7 = dimanche.",
    "catalog.col.review_calendar.weekend": "Si l’avis a été écrit un samedi ou un dimanche.",
    "catalog.col.recipe_ratings.year": "Année des avis.",
    "catalog.col.first_year": "Première année où la recette a été notée.",
    "catalog.col.last_year": "Dernière année où la recette a été notée.",
    "catalog.col.recipe_rating_spans.ratings":
      "Notes (1 à 5) de chacune de ces recettes, toutes années confondues.",
    "catalog.col.recipe_rating_spans.rating_sum": "Somme de ces notes, par recette.",
    "catalog.col.recipe_rating_spans.recipes": "Nombre de recettes ayant ces années et ces notes.",
    "catalog.col.rated_recipes.ratings": "Notes (1 à 5) de la recette, toutes années confondues.",
    "catalog.col.rated_recipes.rating_sum": "Somme de ces notes.",
    "catalog.col.complexity": "Score de complexité : ln(1 + minutes) + étapes + 0,5 × ingrédients.",
    "catalog.col.kind": "« tag » ou « ingredient ».",
    "catalog.col.item": "Le tag ou l’ingrédient, en minuscules et sans espaces superflus.",
    "catalog.col.recipes": "Nombre de recettes.",
    "catalog.col.analysis_items.recipes":
      "Recettes d’analyse contenant l’élément pour cette année, cette saison et ce type de jour.",
    "catalog.col.item_diversity.recipes": "Recettes d’analyse publiées cette année-là.",
    "catalog.col.distinct_items": "Nombre d’éléments différents utilisés cette année-là.",
    "catalog.col.entropy":
      "Entropie de Shannon (nats) des parts des éléments cette année-là : plus elle est haute, plus c’est varié.",
    "catalog.col.reviews": "Nombre d’avis.",
    "catalog.col.ratings": "Nombre de notes (1 à 5) données cette année-là.",
    "catalog.col.rating_sum": "Somme de ces notes (divisée par ratings, la moyenne).",
    "catalog.col.five_star": "Combien de ces notes valent 5 étoiles.",
    "catalog.col.low_star": "Combien de ces notes valent 1 ou 2 étoiles.",
    "catalog.col.tag_id": "Identifiant du tag (0 = le tag le plus fréquent).",
    "catalog.col.tag": "Le tag.",
    "catalog.col.ingredient_id": "Identifiant de l’ingrédient (0 = le plus fréquent).",
    "catalog.col.ingredient": "L’ingrédient.",
    "catalog.col.description": "La description de la recette telle que publiée.",
  },
});
