/** The lines an ingest prints for a person: rejected rows (the first few) and the counts. */
import type { IngestResult } from "./ingest.ts";

export function reportIngest(
  result: IngestResult,
  log: (line: string) => void,
  maxRejects = 50,
): void {
  if (result.skipped) return;
  for (const r of result.rejects.slice(0, maxRejects))
    log(`rejected ${r.file}, line ${r.line}: ${r.reason}`);
  if (result.rejects.length > maxRejects) {
    log(`... and ${result.rejects.length - maxRejects} more in the quality_rejects table`);
  }
  const { recipes, interactions } = result;
  log(
    `recipes: ${recipes?.loaded} loaded of ${recipes?.read} read (${recipes?.rejected} rejected); ` +
      `interactions: ${interactions?.loaded} loaded of ${interactions?.read} read (${interactions?.rejected} rejected); ` +
      `${result.seconds.toFixed(1)} s`,
  );
}
