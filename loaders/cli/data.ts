/**
 * npm run data: the ingest (./prepare-data.ts), then the export store (./export-store.ts), in one
 * Node process. Two processes cost a second Node + tsx start (about 0.7 s) on every build, preview
 * and no-change rebuild. Each step stays its own module: the dev watcher follows the ingest's
 * imports only, and `npm run export-store` runs the second step alone.
 */
await import("./prepare-data.ts");
// A failed ingest has printed its error and set the exit code: the old store stays as it is.
if (!process.exitCode) await import("./export-store.ts");
