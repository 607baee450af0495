import { writeFirstPaint } from "../../loaders/analysis/exports.ts";
import { SEASONALITY_QUERIES, SEASONALITY_TABLES } from "../analysis/seasonality-queries.ts";

await writeFirstPaint(SEASONALITY_QUERIES, SEASONALITY_TABLES);
