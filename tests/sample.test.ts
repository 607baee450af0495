/**
 * The sample generator: deterministic bytes, the exact published format (checked with Python's
 * csv + ast.literal_eval and DuckDB's strict reader), realistic figures, and every trap present.
 */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import {
  FULL_INTERACTIONS,
  FULL_USERS,
  RATING_COUNTS,
  REVIEWS_PER_YEAR,
} from "../loaders/sample/distributions.ts";
import {
  INTERACTIONS_FILE_NAME,
  RECIPES_FILE_NAME,
  SAMPLE_MANIFEST_NAME,
  generateSample,
  type SampleOptions,
  type SampleResult,
} from "../loaders/sample/generate.ts";
import { INTERACTIONS_HEADER } from "../loaders/sample/interactions.ts";
import { RECIPES_HEADER } from "../loaders/sample/recipes.ts";
import { INTERACTION_TRAPS, RECIPE_TRAPS } from "../loaders/sample/traps.ts";

const ROOT = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "sample-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
async function sample(
  options: Omit<SampleOptions, "outDir">,
): Promise<SampleResult & { dir: string }> {
  const dir = join(scratch, `run-${runs++}`);
  return { ...(await generateSample({ outDir: dir, ...options })), dir };
}

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const bothHashes = (dir: string) => [
  sha256(join(dir, RECIPES_FILE_NAME)),
  sha256(join(dir, INTERACTIONS_FILE_NAME)),
];

/**
 * Reads both files with Python's csv module and ast.literal_eval, and writes the rows back with
 * csv.writer (QUOTE_MINIMAL, as pandas does): same bytes means the quoting is exactly Python's.
 */
const PYTHON_READ = `
import ast, csv, io, json, sys
directory, terminator = sys.argv[1], sys.argv[2]
def read(name):
    with open(directory + "/" + name, newline="", encoding="utf-8") as f:
        raw = f.read()
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=terminator).writerows(rows)
    return rows, out.getvalue() == raw
recipes, recipes_same = read("RAW_recipes.csv")
interactions, interactions_same = read("RAW_interactions.csv")
for row in recipes[1:]:
    for i in (5, 6, 8, 10):  # tags, nutrition, steps, ingredients
        row[i] = ast.literal_eval(row[i])
json.dump({"recipes": recipes, "interactions": interactions,
           "rewrittenIdentically": [recipes_same, interactions_same]}, sys.stdout)
`;

type PyRecipe = [
  string,
  string,
  string,
  string,
  string,
  string[],
  number[],
  string,
  string[],
  string,
  string[],
  string,
];
type PyInteraction = [string, string, string, string, string];
interface PythonRead {
  recipes: [string[], ...PyRecipe[]];
  interactions: [string[], ...PyInteraction[]];
  rewrittenIdentically: [boolean, boolean];
}

function readWithPython(dir: string, terminator: "\r\n" | "\n"): PythonRead {
  const run = spawnSync("python3", ["-c", PYTHON_READ, dir, terminator], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  assert.equal(run.status, 0, `python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonRead;
}

async function withDuckDB<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

const readCsv = (path: string) =>
  `read_csv('${path}', all_varchar = true, header = true, strict_mode = true)`;

describe("sample generator", () => {
  const small = { recipes: 1000, interactions: 5000, seed: 42 } as const;
  let crlf: SampleResult & { dir: string };
  let lf: SampleResult & { dir: string };

  before(async () => {
    crlf = await sample({ ...small, collect: true });
    lf = await sample({ ...small, lineEndings: "lf" });
  });

  it("same arguments give the same bytes (workers or not); another seed gives others", async () => {
    const again = await sample({ ...small });
    const inProcess = await sample({ ...small, parallel: false });
    const otherSeed = await sample({ ...small, seed: 43 });
    assert.deepEqual(bothHashes(again.dir), bothHashes(crlf.dir));
    assert.deepEqual(bothHashes(inProcess.dir), bothHashes(crlf.dir));
    const other = bothHashes(otherSeed.dir);
    const base = bothHashes(crlf.dir);
    assert.notEqual(other[0], base[0]);
    assert.notEqual(other[1], base[1]);
  });

  it("writes the exact headers, CRLF row ends, no BOM, and a manifest last", () => {
    const recipes = readFileSync(join(crlf.dir, RECIPES_FILE_NAME), "utf8");
    const interactions = readFileSync(join(crlf.dir, INTERACTIONS_FILE_NAME), "utf8");
    assert.ok(recipes.startsWith(RECIPES_HEADER + "\r\n"));
    assert.ok(interactions.startsWith(INTERACTIONS_HEADER + "\r\n"));
    assert.equal(
      RECIPES_HEADER,
      "name,id,minutes,contributor_id,submitted,tags,nutrition,n_steps,steps,description,ingredients,n_ingredients",
    );
    assert.equal(INTERACTIONS_HEADER, "user_id,recipe_id,date,rating,review");
    assert.ok(recipes.endsWith("\r\n") && interactions.endsWith("\r\n"));
    assert.notEqual(recipes.charCodeAt(0), 0xfeff);
    const manifest = JSON.parse(readFileSync(join(crlf.dir, SAMPLE_MANIFEST_NAME), "utf8")) as {
      recipes: number;
      seed: number;
    };
    assert.equal(manifest.recipes, small.recipes);
    assert.equal(manifest.seed, small.seed);
    assert.deepEqual(
      readdirSync(crlf.dir).filter((f) => f.endsWith(".tmp")),
      [],
    );
  });

  it("the LF variant is the CRLF file with every CRLF turned into LF", () => {
    for (const name of [RECIPES_FILE_NAME, INTERACTIONS_FILE_NAME]) {
      const crlfText = readFileSync(join(crlf.dir, name), "utf8");
      const lfText = readFileSync(join(lf.dir, name), "utf8");
      assert.ok(!lfText.includes("\r"), `${name}: no CR left`);
      assert.equal(lfText, crlfText.replaceAll("\r\n", "\n"));
    }
  });

  it("Python's csv module writes the same bytes back (quoting, CRLF, LF variant)", () => {
    assert.deepEqual(readWithPython(crlf.dir, "\r\n").rewrittenIdentically, [true, true]);
    assert.deepEqual(readWithPython(lf.dir, "\n").rewrittenIdentically, [true, true]);
  });

  it("Python's csv + ast.literal_eval give back exactly the intended values", () => {
    const py = readWithPython(crlf.dir, "\r\n");
    const intended = crlf.rows!;
    const [, ...recipes] = py.recipes;
    const [, ...interactions] = py.interactions;
    assert.equal(recipes.length, intended.recipes.length);
    assert.equal(interactions.length, intended.interactions.length);
    recipes.forEach((row, i) => {
      const r = intended.recipes[i]!;
      assert.deepEqual(row, [
        r.name,
        String(r.id),
        String(r.minutes),
        String(r.contributor_id),
        r.submitted,
        r.tags,
        r.nutrition,
        String(r.n_steps),
        r.steps,
        r.description,
        r.ingredients,
        String(r.n_ingredients),
      ]);
      assert.equal(Number(row[11]), row[10].length, "n_ingredients == len(ingredients)");
      if (row[7] !== String(row[8].length))
        assert.equal(r.id, Number(crlf.traps.recipes.nStepsMismatch!.examples[0]));
    });
    interactions.forEach((row, i) => {
      const r = intended.interactions[i]!;
      assert.deepEqual(row, [
        String(r.user_id),
        String(r.recipe_id),
        r.date,
        String(r.rating),
        r.review,
      ]);
    });
  });

  it("DuckDB's strict reader reads every row with the right column count (CRLF and LF)", async () => {
    await withDuckDB(async (db) => {
      for (const dir of [crlf.dir, lf.dir]) {
        const [r] = await rows(
          db,
          `SELECT count(*)::INTEGER AS n, count(DISTINCT id)::INTEGER AS ids FROM ${readCsv(join(dir, RECIPES_FILE_NAME))}`,
        );
        assert.deepEqual(r, { n: small.recipes, ids: small.recipes });
        const [i] = await rows(
          db,
          `SELECT count(*)::INTEGER AS n FROM ${readCsv(join(dir, INTERACTIONS_FILE_NAME))}`,
        );
        assert.deepEqual(i, { n: small.interactions });
        const columns = await rows(
          db,
          `DESCRIBE SELECT * FROM ${readCsv(join(dir, RECIPES_FILE_NAME))}`,
        );
        assert.equal(columns.length, 12);
      }
    });
  });

  it("holds every trap in a 1,000 / 5,000 sample (log and data agree)", () => {
    for (const kind of Object.keys(RECIPE_TRAPS))
      assert.ok(crlf.traps.recipes[kind]!.count >= 1, `recipe trap ${kind}`);
    for (const kind of Object.keys(INTERACTION_TRAPS))
      assert.ok(crlf.traps.interactions[kind]!.count >= 1, `review trap ${kind}`);
    for (const kind of [
      "emptyName",
      "minutesIntMax",
      "minutes1051200",
      "nStepsMismatch",
      "tagsEmptyString",
      "reviewNA",
      "reviewNSlashA",
      "reviewNull",
      "reviewNan",
    ]) {
      const count = crlf.traps.recipes[kind]?.count ?? crlf.traps.interactions[kind]?.count;
      assert.equal(count, 1, `${kind} appears exactly once`);
    }

    // Independently of the log: look for each trap in what Python reads.
    const {
      recipes: [, ...recipes],
      interactions: [, ...interactions],
    } = readWithPython(crlf.dir, "\r\n");
    const rawRecipes = readFileSync(join(crlf.dir, RECIPES_FILE_NAME), "utf8");
    const anyRecipe = (test: (r: PyRecipe) => boolean, what: string) =>
      assert.ok(recipes.some(test), what);
    const anyItem = (test: (item: string) => boolean, what: string) =>
      anyRecipe((r) => [...r[5], ...r[8], ...r[10]].some(test), what);
    const anyReview = (test: (review: string) => boolean, what: string) =>
      assert.ok(
        interactions.some((r) => test(r[4])),
        what,
      );

    anyRecipe((r) => r[0] === "", "empty name");
    anyRecipe((r) => / {2,}/.test(r[0]), "several spaces in a name");
    anyRecipe((r) => r[9] === "", "empty description");
    anyRecipe((r) => r[9].includes("\r\n"), "CRLF in a description");
    anyRecipe(
      (r) => r[9].includes('"') && r[9].includes(","),
      "quotes and commas in a description",
    );
    anyRecipe(
      (r) => r[9].includes("&#039;") || r[9].includes("&amp;"),
      "HTML entity in a description",
    );
    anyRecipe((r) => r[9].includes("â€"), "mojibake in a description");
    anyRecipe((r) => /[éèñüç]/.test(r[9]), "accents in a description");
    anyRecipe((r) => /\p{Extended_Pictographic}/u.test(r[9]), "emoji in a description");
    for (const minutes of ["0", "2147483647", "1051200"])
      anyRecipe((r) => r[2] === minutes, `minutes ${minutes}`);
    anyRecipe((r) => r[7] === "0" && r[8].length === 0, "n_steps 0 with []");
    anyRecipe((r) => r[5].length === 0, "tags []");
    anyRecipe((r) => r[5].length === 1 && r[5][0] === "", "tags ['']");
    assert.ok(
      rawRecipes.includes(`""hellmann's mayonnaise""`),
      "apostrophe item written in double quotes",
    );
    assert.ok(rawRecipes.includes(`don\\'t`), "item with both quote kinds written with \\'");
    anyItem((s) => s.includes("'") && s.includes('"'), "item with both quote kinds");
    anyItem((s) => s.includes(","), "item with a comma");
    for (const [char, escape] of [
      ["\\", "\\\\"],
      ["\t", "\\t"],
      ["\n", "\\n"],
      ["\r\n", "\\r\\n"],
      ["\u200b", "\\u200b"],
      ["\u00a0", "\\xa0"],
      ["\u{e0001}", "\\U000e0001"],
    ]) {
      anyItem((s) => s.includes(char!), `item with ${JSON.stringify(char)}`);
      assert.ok(rawRecipes.includes(escape!), `escape ${escape} in the file`);
    }
    anyItem((s) => /\p{Extended_Pictographic}/u.test(s), "emoji in a list item");
    assert.ok(rawRecipes.includes("🍓'"), "emoji written as is inside a list item");
    anyRecipe((r) => r[6][0]! > 10000, "calories outlier");

    anyReview((s) => s === "", "empty review");
    for (const text of ["NA", "N/A", "null", "nan"]) anyReview((s) => s === text, `review ${text}`);
    anyReview((s) => s.includes("\r\n"), "CRLF in a review");
    anyReview((s) => /(^|[^\r])\n/.test(s), "bare LF in a review");
    anyReview((s) => s.includes('"'), "quotes in a review");
    anyReview((s) => s.includes("&#039;") || s.includes("&amp;"), "HTML entity in a review");
    anyReview((s) => s.includes("â€") || s.includes("Ã©"), "mojibake in a review");
    anyReview((s) => /\p{Extended_Pictographic}/u.test(s), "emoji in a review");
    assert.ok(
      interactions.some((r) => r[3] === "0"),
      "rating 0",
    );
    const submitted = new Map(recipes.map((r) => [r[1], r[4]]));
    assert.ok(
      interactions.some((r) => r[2] < submitted.get(r[1])!),
      "review dated before its recipe",
    );
  });

  it("looks like the real data on 10,000 recipes / 50,000 reviews", async () => {
    const medium = await sample({ recipes: 10_000, interactions: 50_000, seed: 5 });
    const recipesCsv = readCsv(join(medium.dir, RECIPES_FILE_NAME));
    const reviewsCsv = readCsv(join(medium.dir, INTERACTIONS_FILE_NAME));
    await withDuckDB(async (db) => {
      await db.run(`CREATE TABLE r AS SELECT * FROM ${recipesCsv}`);
      await db.run(`CREATE TABLE i AS SELECT * FROM ${reviewsCsv}`);

      const ratings = await rows(
        db,
        "SELECT rating, count(*)::INTEGER AS n FROM i GROUP BY rating ORDER BY rating",
      );
      const total = RATING_COUNTS.reduce((a, b) => a + b, 0);
      assert.equal(ratings.length, 6);
      ratings.forEach(({ rating, n }) => {
        const share = (n as number) / 50_000;
        const expected = RATING_COUNTS[Number(rating)]! / total;
        assert.ok(Math.abs(share - expected) < 0.006, `rating ${rating}: ${share} vs ${expected}`);
      });

      const [links] = await rows(
        db,
        `SELECT
          (SELECT count(*) FROM r WHERE id NOT IN (SELECT recipe_id FROM i))::INTEGER AS unreviewed,
          (SELECT count(*) FROM i WHERE recipe_id NOT IN (SELECT id FROM r))::INTEGER AS dangling,
          (SELECT count(*) FROM (SELECT DISTINCT user_id, recipe_id, date FROM i))::INTEGER AS distinct_keys,
          (SELECT count(DISTINCT user_id) FROM i)::INTEGER AS users,
          (SELECT max(n) FROM (SELECT count(*) AS n FROM i GROUP BY user_id))::INTEGER AS max_per_user,
          (SELECT max(n) FROM (SELECT count(*) AS n FROM i GROUP BY recipe_id))::INTEGER AS max_per_recipe,
          (SELECT count(*) FROM i JOIN r ON i.recipe_id = r.id WHERE i.date < r.submitted)::INTEGER AS before`,
      );
      assert.equal(links!.unreviewed, 0, "every recipe has a review");
      assert.equal(links!.dangling, 0, "every review is of a recipe of the file");
      assert.equal(links!.distinct_keys, 50_000, "(user_id, recipe_id, date) is unique");
      assert.equal(links!.users, Math.round((FULL_USERS * 50_000) / FULL_INTERACTIONS));
      assert.ok((links!.max_per_user as number) > 100, "heavy-tailed user activity");
      assert.ok((links!.max_per_recipe as number) > 40, "heavy-tailed recipe popularity");
      assert.ok(
        (links!.before as number) > 0 && (links!.before as number) < 500,
        "a few reviews predate their recipe",
      );

      const [ranges] = await rows(
        db,
        `SELECT
          min(id::INTEGER) >= 38 AND max(id::INTEGER) <= 537716 AS recipe_ids,
          min(contributor_id::BIGINT) >= 27 AND max(contributor_id::BIGINT) <= 2002289981 AS contributor_ids,
          min(submitted) >= '1999-08-06' AND max(submitted) <= '2018-12-04' AS submitted,
          median(minutes::BIGINT) AS median_minutes,
          avg(n_steps::INTEGER) AS mean_steps, avg(n_ingredients::INTEGER) AS mean_ingredients,
          min(n_ingredients::INTEGER) >= 1 AND max(n_ingredients::INTEGER) <= 43 AS ingredients_range,
          max(n_steps::INTEGER) <= 145 AS steps_range,
          count(*) FILTER (WHERE description IS NULL) / count(*) AS empty_descriptions
        FROM r`,
      );
      assert.equal(ranges!.recipe_ids, true);
      assert.equal(ranges!.contributor_ids, true);
      assert.equal(ranges!.submitted, true);
      assert.ok(
        Math.abs(Number(ranges!.median_minutes) - 40) <= 5,
        `median minutes ${ranges!.median_minutes}`,
      );
      assert.ok(
        Math.abs(Number(ranges!.mean_steps) - 9.77) < 0.5,
        `mean n_steps ${ranges!.mean_steps}`,
      );
      assert.ok(
        Math.abs(Number(ranges!.mean_ingredients) - 9.05) < 0.5,
        `mean n_ingredients ${ranges!.mean_ingredients}`,
      );
      assert.equal(ranges!.ingredients_range, true);
      assert.equal(ranges!.steps_range, true);
      assert.ok(Math.abs(Number(ranges!.empty_descriptions) - 0.0215) < 0.01);

      const [users] = await rows(
        db,
        `SELECT min(user_id::BIGINT) AS lo, max(user_id::BIGINT) AS hi,
          min(date) AS first, max(date) AS last FROM i`,
      );
      assert.deepEqual(users, {
        lo: "1533",
        hi: "2002372706",
        first: users!.first,
        last: users!.last,
      });
      assert.ok(String(users!.first) >= "2000-01-25" && String(users!.last) <= "2018-12-20");

      const years = await rows(
        db,
        "SELECT year(date::DATE) AS y, count(*)::INTEGER AS n FROM i GROUP BY y ORDER BY y",
      );
      const yearTotal = REVIEWS_PER_YEAR.reduce((a, b) => a + b, 0);
      for (const { y, n } of years) {
        const expected = (REVIEWS_PER_YEAR[Number(y) - 2000]! / yearTotal) * 50_000;
        assert.ok(
          Math.abs((n as number) - expected) < Math.max(60, expected * 0.1),
          `reviews in ${y}: ${n} vs ${expected}`,
        );
      }
    });
  });
});

describe("npm run sample (CLI)", () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "loaders/cli/sample.ts"), ...args], {
      encoding: "utf8",
      cwd: ROOT,
    });

  it("rejects bad arguments with exit code 2 and a message", () => {
    const out = join(scratch, "cli-bad");
    const cases: [string[], RegExp][] = [
      [["--out", out, "--bogus", "1"], /bogus/],
      [["--out", out, "--recipes", "1.5"], /--recipes must be a non-negative integer/],
      [["--out", out, "--recipes", "abc"], /--recipes must be a non-negative integer/],
      [["--out", out, "--recipes=-5"], /--recipes must be a non-negative integer/],
      [["--out", out, "--seed=-1"], /--seed must be a non-negative integer/],
      [["--out", out, "--recipes", "0"], /--recipes must be at least 1/],
      [["--out", out, "--recipes", "10", "--interactions", "5"], /must be >= --recipes/],
      [["--out", out, "--scale=-1"], /--scale must be a positive number/],
      [["--out", out, "--scale", "x"], /--scale must be a positive number/],
      [["--out", out, "--recipes", "-5"], /'--recipes' argument is ambiguous/],
      [["--out", out, "--line-endings", "cr"], /--line-endings must be crlf or lf/],
      [["--recipes", "10"], /--out <dir> is required/],
    ];
    for (const [args, message] of cases) {
      const run = cli(...args);
      assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.match(run.stderr, /usage: npm run sample/);
    }
    assert.equal(existsSync(out), false, "nothing written");
  });

  it("writes both files for --scale", () => {
    const out = join(scratch, "cli-ok");
    const run = cli("--out", out, "--scale", "0.002", "--seed", "3", "--line-endings", "lf");
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /463 recipes/);
    assert.match(run.stdout, /2265 reviews/);
    assert.ok(!readFileSync(join(out, RECIPES_FILE_NAME), "utf8").includes("\r"));
  });

  it("an interrupted run leaves no file, half or whole", async () => {
    const out = join(scratch, "cli-interrupted");
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(ROOT, "loaders/cli/sample.ts"), "--out", out],
      { cwd: ROOT },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Interrupt once the temporary files exist, i.e. mid-write.
    const started = Date.now();
    while (
      !(existsSync(out) && readdirSync(out).some((f) => f.endsWith(".tmp"))) &&
      Date.now() - started < 20_000
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    assert.equal(code, 130, stderr);
    assert.deepEqual(readdirSync(out), [], "no CSV, no temporary file, no manifest");
  });
});
