import { writeFirstPaint } from "../../loaders/analysis/exports.ts";
import { TRENDS_QUERIES, TRENDS_TABLES } from "../analysis/trends-queries.ts";

await writeFirstPaint(TRENDS_QUERIES, TRENDS_TABLES);
