/** Strings of the environment badge and of the Environments page. */
import { defineMessages } from "../define.js";

export default defineMessages({
  en: {
    "env.badge.aria": "Environment: {label}. Show the data snapshot served.",
    "env.badge.title": "Where this site is served",
    "env.snapshot.heading": "Data snapshot",
    "env.snapshot.real": "Real Food.com data",
    "env.snapshot.sample": "Synthetic sample data",
    "env.snapshot.builtAt": "Data built {time}",
    "env.snapshot.rows": "{recipes} recipes · {reviews} reviews",
    "env.snapshot.build": "Build {id}",
    "env.snapshot.none": "Live preview: no build snapshot yet.",
    "env.source.APP_ENV": "set by APP_ENV",
    "env.source.path": "named by the project folder",
    "env.source.docker": "detected in a container",
    "env.source.default": "default",
    "env.page.title": "Environments",
    "env.page.intro":
      "Mangetamain Analytics runs in separate environments. Each has its own copy of the data, its own built site and its own logs. The badge at the bottom of the sidebar says which one you are looking at; hover it, click it or move to it with the keyboard to see the data snapshot it serves.",
    "env.page.badges": "What the badges mean",
    "env.page.badge": "Badge",
    "env.page.meaning": "Meaning",
    "env.page.preprod":
      "Pre-production: where a new build and new data are checked before release. Figures may change at any time.",
    "env.page.prod":
      "Production: the build that passed its checks in preprod, promoted unchanged with its data.",
    "env.page.docker":
      "Production in a container that was not told its environment (no APP_ENV): it serves like production, but its deployment should say so.",
    "env.page.local": "A developer's machine: npm run dev, or a build served locally.",
    "env.page.servedNotBuilt":
      "The badge names the environment where the site is served, not where it was built: a build made in preprod and promoted to production shows PRODUCTION. The server tells the page at run time through env.json.",
    "env.page.detection":
      "How the environment is decided: the APP_ENV variable (local, preprod, prod or production); otherwise a folder of the project's path named like 00_preprod or 10_prod (the nearest one wins); otherwise a container (prod); otherwise local. Any other APP_ENV value is refused with an error. This command prints what it finds:",
    "env.page.where": "Where data and logs live",
    "env.page.path": "Path",
    "env.page.what": "What it holds",
    "env.page.where.database":
      "The environment's database, built by the pipeline from the raw files or the sample.",
    "env.page.where.current": "The site being served: a link to one of the releases.",
    "env.page.where.releases":
      "Complete built sites, each with build.json (build id and data snapshot).",
    "env.page.where.backups": "Complete backups of site and database, the last few kept.",
    "env.page.where.app":
      "Pipeline runs (inputs, row counts, rejects, durations) and server events, one JSON line each.",
    "env.page.where.error": "Errors only, from the pipeline and the server.",
    "env.page.where.access": "One line per request served.",
    "env.page.where.rotation":
      "Log files rotate every day or at 10 MB, whichever comes first; the ten previous files are kept (app.log.1, app.log.2…). Nothing under data/, sites/, backups/ or logs/ is committed.",
    "env.page.run": "Run an environment",
    "env.page.run.node":
      "Without Docker: build the environment's site (the build becomes its current release), then serve it. The server listens on 127.0.0.1 unless --host says otherwise.",
    "env.page.run.docker":
      "With Docker Compose: each environment has its own container, port, network and volumes for data, sites, backups and logs. The image builds the site; the container publishes it and serves it with the same server, as an unprivileged user.",
    "env.page.promote": "Promote, back up and restore",
    "env.page.promote.steps":
      "Promotion takes preprod's current build and its database to production: it checks that preprod is healthy, backs up production, switches production to the new build in one step, checks production's /health, and switches back by itself if that check fails. A server already running for production picks the switch up at once.",
    "env.page.promote.backup":
      "A backup is a complete copy of an environment's site and database. It records how it differs from the other environment: build ids, data fingerprints, row counts and files. The last five are kept (--keep N or MANGETAMAIN_KEEP to change it). A restore puts one back the same checked way, after backing up what it replaces.",
    "env.page.promote.safe":
      "Stopping any of these commands at any moment leaves the environment serving a complete site: new copies get their final name only once complete, and the switch is a single rename.",
    "env.page.monitor": "Read the status and the metrics",
    "env.page.monitor.status":
      "The status command shows both environments side by side: whether their server answers, the build each one serves, its data (real or sample, when it was built, row counts) and what differs between them.",
    "env.page.monitor.health":
      "Every server answers /health in JSON: status (ok or error, with the problems), environment, label, build id, data snapshot and uptime. It answers 503 when the environment has no complete site.",
    "env.page.monitor.metrics":
      "/metrics is in Prometheus format: requests by kind of route and status, bytes sent, uptime, build id and age, data snapshot age and rows, and the duration and rejects of the pipeline run that built the data.",
    "env.page.current": "This page is served by:",
  },
  fr: {
    "env.badge.aria": "Environnement : {label}. Afficher l’instantané de données servi.",
    "env.badge.title": "Où ce site est servi",
    "env.snapshot.heading": "Instantané de données",
    "env.snapshot.real": "Données réelles Food.com",
    "env.snapshot.sample": "Échantillon synthétique",
    "env.snapshot.builtAt": "Données construites le {time}",
    "env.snapshot.rows": "{recipes} recettes · {reviews} avis",
    "env.snapshot.build": "Build {id}",
    "env.snapshot.none": "Aperçu en direct : pas encore d’instantané de build.",
    "env.source.APP_ENV": "fixé par APP_ENV",
    "env.source.path": "nommé par le dossier du projet",
    "env.source.docker": "détecté dans un conteneur",
    "env.source.default": "par défaut",
    "env.page.title": "Environnements",
    "env.page.intro":
      "Mangetamain Analytics tourne dans des environnements séparés. Chacun a sa propre copie des données, son propre site construit et ses propres journaux. Le badge en bas de la barre latérale indique celui que vous consultez ; survolez-le, cliquez dessus ou atteignez-le au clavier pour voir l’instantané de données qu’il sert.",
    "env.page.badges": "Ce que disent les badges",
    "env.page.badge": "Badge",
    "env.page.meaning": "Signification",
    "env.page.preprod":
      "Préproduction : où un nouveau build et de nouvelles données sont vérifiés avant leur mise en ligne. Les chiffres peuvent changer à tout moment.",
    "env.page.prod":
      "Production : le build qui a passé ses contrôles en préproduction, promu sans changement avec ses données.",
    "env.page.docker":
      "Production dans un conteneur à qui l’on n’a pas indiqué son environnement (pas d’APP_ENV) : il sert comme la production, mais son déploiement devrait le préciser.",
    "env.page.local": "Le poste d’un développeur : npm run dev, ou un build servi localement.",
    "env.page.servedNotBuilt":
      "Le badge nomme l’environnement où le site est servi, pas celui où il a été construit : un build fait en préproduction puis promu en production affiche PRODUCTION. Le serveur l’indique à la page à l’exécution, par env.json.",
    "env.page.detection":
      "Comment l’environnement est déterminé : la variable APP_ENV (local, preprod, prod ou production) ; sinon un dossier du chemin du projet nommé comme 00_preprod ou 10_prod (le plus proche l’emporte) ; sinon un conteneur (prod) ; sinon local. Toute autre valeur d’APP_ENV est refusée avec une erreur. Cette commande affiche ce qu’elle trouve :",
    "env.page.where": "Où vivent les données et les journaux",
    "env.page.path": "Chemin",
    "env.page.what": "Contenu",
    "env.page.where.database":
      "La base de l’environnement, construite par le pipeline à partir des fichiers bruts ou de l’échantillon.",
    "env.page.where.current": "Le site servi : un lien vers l’une des versions publiées.",
    "env.page.where.releases":
      "Des sites construits complets, chacun avec build.json (identifiant de build et instantané de données).",
    "env.page.where.backups":
      "Des sauvegardes complètes du site et de la base ; les dernières sont conservées.",
    "env.page.where.app":
      "Les exécutions du pipeline (entrées, nombres de lignes, rejets, durées) et les événements du serveur, une ligne JSON chacun.",
    "env.page.where.error": "Les erreurs seules, du pipeline et du serveur.",
    "env.page.where.access": "Une ligne par requête servie.",
    "env.page.where.rotation":
      "Les journaux tournent chaque jour ou à 10 Mo, au premier des deux ; les dix fichiers précédents sont gardés (app.log.1, app.log.2…). Rien sous data/, sites/, backups/ ni logs/ n’est versionné.",
    "env.page.run": "Lancer un environnement",
    "env.page.run.node":
      "Sans Docker : construisez le site de l’environnement (le build devient sa version courante), puis servez-le. Le serveur écoute sur 127.0.0.1 sauf si --host indique autre chose.",
    "env.page.run.docker":
      "Avec Docker Compose : chaque environnement a son conteneur, son port, son réseau et ses volumes pour les données, les sites, les sauvegardes et les journaux. L’image construit le site ; le conteneur le publie et le sert avec le même serveur, sous un utilisateur non privilégié.",
    "env.page.promote": "Promouvoir, sauvegarder et restaurer",
    "env.page.promote.steps":
      "La promotion emmène le build courant de préproduction et sa base en production : elle vérifie que la préproduction est saine, sauvegarde la production, bascule la production sur le nouveau build en une seule étape, vérifie son /health, et revient en arrière d’elle-même si ce contrôle échoue. Un serveur de production déjà lancé prend la bascule en compte immédiatement.",
    "env.page.promote.backup":
      "Une sauvegarde est une copie complète du site et de la base d’un environnement. Elle note ce qui la distingue de l’autre environnement : identifiants de build, empreintes des données, nombres de lignes et fichiers. Les cinq dernières sont gardées (--keep N ou MANGETAMAIN_KEEP pour changer). Une restauration en remet une en place de la même façon contrôlée, après avoir sauvegardé ce qu’elle remplace.",
    "env.page.promote.safe":
      "Interrompre l’une de ces commandes à n’importe quel moment laisse l’environnement servir un site complet : les nouvelles copies ne prennent leur nom définitif qu’une fois complètes, et la bascule est un simple renommage.",
    "env.page.monitor": "Lire l’état et les métriques",
    "env.page.monitor.status":
      "La commande status montre les deux environnements côte à côte : si leur serveur répond, le build servi, ses données (réelles ou échantillon, date de construction, nombres de lignes) et ce qui diffère entre eux.",
    "env.page.monitor.health":
      "Chaque serveur répond à /health en JSON : état (ok ou error, avec les problèmes), environnement, libellé, identifiant de build, instantané de données et durée de fonctionnement. Il répond 503 quand l’environnement n’a pas de site complet.",
    "env.page.monitor.metrics":
      "/metrics est au format Prometheus : requêtes par type de route et statut, octets envoyés, durée de fonctionnement, identifiant et âge du build, âge et lignes de l’instantané de données, durée et rejets de l’exécution du pipeline qui a construit les données.",
    "env.page.current": "Cette page est servie par :",
  },
});
