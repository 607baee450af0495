import { computeExplorerFirstPaint } from "../../loaders/explorer/exports.ts";

process.stdout.write(JSON.stringify(await computeExplorerFirstPaint()));
