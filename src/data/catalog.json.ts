import { computeCatalog } from "../../loaders/catalog/catalog.ts";

process.stdout.write(JSON.stringify(await computeCatalog()));
