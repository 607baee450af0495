import { writeFirstPaint } from "../../loaders/analysis/exports.ts";
import { RATINGS_QUERIES, RATINGS_TABLES } from "../analysis/ratings-queries.ts";

await writeFirstPaint(RATINGS_QUERIES, RATINGS_TABLES);
