import { readVocabularies } from "../../loaders/explorer/exports.ts";

process.stdout.write(JSON.stringify(await readVocabularies()));
