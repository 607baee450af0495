import { writeStoredTable } from "../../loaders/export-store.ts";

await writeStoredTable("interactions", process.stdout);
