/**
 * npm run sample -- --out <dir> [--recipes N --interactions M | --scale F] [--seed S] [--line-endings crlf|lf]
 * Writes a synthetic RAW_recipes.csv and RAW_interactions.csv in the published format.
 */
import { parseArgs } from "node:util";
import { FULL_INTERACTIONS, FULL_RECIPES } from "../sample/distributions.ts";
import { generateSample, type SampleOptions } from "../sample/generate.ts";

const USAGE = `usage: npm run sample -- --out <dir> [--recipes N] [--interactions M] [--scale F] [--seed S] [--line-endings crlf|lf]
  --out DIR            directory for RAW_recipes.csv and RAW_interactions.csv (created if missing)
  --recipes N          number of recipes (default: scale × ${FULL_RECIPES})
  --interactions M     number of reviews, >= recipes (default: scale × ${FULL_INTERACTIONS})
  --scale F            shortcut for both counts, 0 < F (default 1: the full size)
  --seed S             non-negative integer (default 42); same arguments give the same bytes
  --line-endings E     crlf (as published, default) or lf (the copy where every CRLF became LF)`;

class UsageError extends Error {}

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text.trim())) {
    throw new UsageError(`--${name} must be a non-negative integer, got '${text}'`);
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new UsageError(`--${name} is too large: ${text}`);
  return value;
}

function parseSampleArgs(argv: string[]): SampleOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: "string" },
        recipes: { type: "string" },
        interactions: { type: "string" },
        scale: { type: "string" },
        seed: { type: "string" },
        "line-endings": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (v.out === undefined || v.out === "") throw new UsageError("--out <dir> is required");
  let scale = 1;
  if (v.scale !== undefined) {
    scale = Number(v.scale);
    if (!/^\s*\d*\.?\d+(e-?\d+)?\s*$/i.test(v.scale) || !(scale > 0)) {
      throw new UsageError(`--scale must be a positive number, got '${v.scale}'`);
    }
  }
  const recipes = integer("recipes", v.recipes, Math.max(1, Math.round(FULL_RECIPES * scale)));
  const interactions = integer(
    "interactions",
    v.interactions,
    Math.max(1, Math.round(FULL_INTERACTIONS * scale)),
  );
  const seed = integer("seed", v.seed, 42);
  if (recipes < 1) throw new UsageError("--recipes must be at least 1");
  if (interactions < recipes) {
    throw new UsageError(
      `--interactions (${interactions}) must be >= --recipes (${recipes}): every recipe has a review`,
    );
  }
  const endings = v["line-endings"] ?? "crlf";
  if (endings !== "crlf" && endings !== "lf")
    throw new UsageError(`--line-endings must be crlf or lf, got '${endings}'`);
  return { outDir: v.out, recipes, interactions, seed, lineEndings: endings };
}

async function main(): Promise<void> {
  let options: SampleOptions;
  try {
    options = parseSampleArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(`error: ${error.message}`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  // Ctrl-C: stop, remove the temporary files, leave no half-written CSV.
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  process.once("SIGTERM", () => controller.abort());
  const started = performance.now();
  try {
    const result = await generateSample({ ...options, signal: controller.signal });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1) + " MB";
    console.log(
      `wrote ${result.files.recipes.path} (${result.recipes} recipes, ${mb(result.files.recipes.bytes)}) and ` +
        `${result.files.interactions.path} (${result.interactions} reviews by ${result.users} users, ` +
        `${mb(result.files.interactions.bytes)}) in ${seconds} s`,
    );
  } catch (error) {
    if (controller.signal.aborted) {
      console.error("interrupted: no file written");
      process.exitCode = 130;
      return;
    }
    if (error instanceof RangeError) {
      console.error(`error: ${error.message}`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

await main();
