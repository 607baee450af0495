import { writeStoredTable } from "../../loaders/export-store.ts";

await writeStoredTable("recipes", process.stdout);
