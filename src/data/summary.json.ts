import { writeSummary } from "../../loaders/exports.ts";

await writeSummary(process.stdout);
