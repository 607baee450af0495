import { writeFirstPaint } from "../../loaders/analysis/exports.ts";
import { WEEKDAY_QUERIES, WEEKDAY_TABLES } from "../analysis/weekday-queries.ts";

await writeFirstPaint(WEEKDAY_QUERIES, WEEKDAY_TABLES);
