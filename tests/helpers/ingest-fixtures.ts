/** Builds raw-file fixtures for ingest tests: Python-written CSVs, or hand-written bytes. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingest } from "../../loaders/ingest/ingest.ts";
import { generateSample } from "../../loaders/sample/generate.ts";
import type { RecipeRow } from "../../loaders/sample/recipes.ts";

const WRITER = fileURLToPath(new URL("../fixtures/write_foodcom.py", import.meta.url));

/** A recipe as Python wrote it: the generator's row shape, where text may also be missing. */
export type PythonRecipe = Omit<RecipeRow, "name" | "description"> & {
  name: string | null;
  description: string | null;
};

export interface PythonInteraction {
  user_id: number;
  recipe_id: number;
  date: string;
  rating: number;
  review: string | null;
}

const tempDirs: string[] = [];
process.on("exit", () => {
  if (process.env.KEEP_TEST_DIRS) return; // to look at what a failed test left behind
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory, removed when the test process exits (unless KEEP_TEST_DIRS is set). */
export function tempDir(prefix = "mangetamain-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Writes both CSVs with Python's csv module as pandas does, and returns the intended values. */
export function writePythonFixture(
  dir: string,
  seed: number,
): { recipes: PythonRecipe[]; interactions: PythonInteraction[] } {
  const out = execFileSync("python3", [WRITER, dir, String(seed)], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out);
}

export const RECIPES_HEADER =
  "name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients";
export const INTERACTIONS_HEADER = "user_id,recipe_id,date,rating,review";

/** A valid recipe row, with any field replaced. */
export function recipeRow(fields: Partial<Record<string, string>> = {}): string {
  const row: Record<string, string> = {
    name: "simple soup",
    id: "1",
    minutes: "30",
    contributor_id: "27",
    submitted: "2005-06-01",
    tags: "['easy']",
    nutrition: '"[100.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]"',
    n_steps: "1",
    steps: "['boil']",
    description: "good",
    ingredients: "['water']",
    n_ingredients: "1",
    ...fields,
  };
  return RECIPES_HEADER.split(",")
    .map((c) => row[c])
    .join(",");
}

export function writeRaw(
  dir: string,
  recipes: string[],
  interactions: string[],
  eol = "\r\n",
): void {
  writeFileSync(
    join(dir, "RAW_recipes.csv"),
    [RECIPES_HEADER, ...recipes].map((l) => l + eol).join(""),
  );
  writeFileSync(
    join(dir, "RAW_interactions.csv"),
    [INTERACTIONS_HEADER, ...interactions].map((l) => l + eol).join(""),
  );
}

/** Every CRLF turned into LF, rows and fields alike, as git's normalisation does. */
export function toLf(path: string): void {
  writeFileSync(path, readFileSync(path).toString("binary").replaceAll("\r\n", "\n"), "binary");
}

/** A generated sample ingested into a fresh database; returns the database's path. */
export async function ingestedSample(sample: {
  recipes: number;
  interactions: number;
  seed: number;
}): Promise<string> {
  const dir = tempDir();
  const raw = join(dir, "raw");
  await generateSample({ outDir: raw, ...sample });
  const dbPath = join(dir, "db.duckdb");
  await ingest({ rawDir: raw, dbPath });
  return dbPath;
}
