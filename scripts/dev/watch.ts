/**
 * The watcher of `npm run dev`: when a module under loaders/ or src/ changes, it touches (sets the
 * modification time of) each data loader in src/data that imports it, directly or not, so that
 * Framework's preview sees a newer loader, re-runs it and reloads the pages using its output. A
 * change to a module of the ingest first rebuilds the database (reingest.ts), then touches every
 * loader, since all of them read that database.
 */
import { watch, type FSWatcher } from "node:fs";
import { utimes } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { buildImportGraph, dependenciesOf, loadersToRerun } from "./import-graph.ts";

export interface WatchOptions {
  /** The project root: loaders/ and src/ are watched, src/data holds the loaders. */
  readonly root: string;
  /** The entry of the ingest: a module it imports changing means the database must be rebuilt. */
  readonly ingestEntry?: string;
  /** Rebuilds the database; resolves once done (a failure is logged, the watch goes on). */
  readonly reingest?: () => Promise<void>;
  readonly log?: (message: string) => void;
  /** How long to wait for more changes before acting (editors write in several steps). */
  readonly debounceMs?: number;
}

export interface DevWatcher {
  /** Resolves once every change seen so far has been acted on (for tests). */
  settled(): Promise<void>;
  close(): void;
}

export async function touch(files: readonly string[]): Promise<void> {
  const now = new Date();
  await Promise.all(files.map((file) => utimes(file, now, now)));
}

const WATCHED = [".ts", ".mts", ".js", ".mjs"];

export function watchSources(options: WatchOptions): DevWatcher {
  const { root, log = (m) => console.error(m), debounceMs = 150 } = options;
  const dataDir = join(root, "src", "data");
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let work: Promise<void> = Promise.resolve();

  const act = async (changed: string[]) => {
    const graph = buildImportGraph([join(root, "loaders"), join(root, "src")]);
    const ingestModules = options.ingestEntry
      ? new Set([options.ingestEntry, ...dependenciesOf(graph, options.ingestEntry)])
      : new Set<string>();
    const name = (file: string) => relative(root, file);
    if (options.reingest && changed.some((file) => ingestModules.has(file))) {
      log(`[dev] ${changed.map(name).join(", ")} changed: rebuilding the database`);
      await options.reingest();
      const all = [...graph.imports.keys()].filter((f) => join(f, "..") === dataDir).sort();
      await touch(all);
      log(`[dev] re-running every data loader (${all.length})`);
      return;
    }
    for (const file of changed) {
      // A loader's own edit is seen by Framework itself.
      const loaders = loadersToRerun(graph, file, dataDir).filter((l) => l !== file);
      if (!loaders.length) continue;
      await touch(loaders);
      log(`[dev] ${name(file)} changed: re-running ${loaders.map(name).join(", ")}`);
    }
  };

  const onChange = (dir: string) => (_event: string, filename: string | null) => {
    if (!filename || !WATCHED.includes(extname(filename))) return;
    const file = join(dir, filename);
    if (/[/\\]\.observablehq[/\\]/.test(file)) return;
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending.clear();
      work = work.then(() => act(changed)).catch((error) => log(`[dev] ${error}`));
    }, debounceMs);
  };

  const watchers: FSWatcher[] = ["loaders", "src"].map((dir) =>
    watch(join(root, dir), { recursive: true }, onChange(join(root, dir))),
  );
  return {
    async settled() {
      // Let a change already on disk be reported and debounced before waiting on the work.
      await new Promise((resolve) => setTimeout(resolve, debounceMs * 3));
      while (timer && pending.size) await new Promise((resolve) => setTimeout(resolve, debounceMs));
      await work;
    },
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
