/**
 * SectionSchedule: the first paint draws every section; later changes start the sections in view
 * at once and the others when they come into view; the mark follows the sections started.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { YearRange } from "../src/analysis/query.ts";
import { SectionSchedule, SectionSuperseded } from "../src/analysis/section-schedule.ts";

function harness(inView: string[]) {
  const shown = new Set(inView);
  const busy = new Set<string>();
  const started: string[] = [];
  let marks = 0;
  const schedule = new SectionSchedule({
    visible: (name) => shown.has(name),
    busy: (name, waiting) => void (waiting ? busy.add(name) : busy.delete(name)),
    allDrawn: () => void marks++,
  });
  const load = (name: string, range: YearRange) =>
    schedule.load(name, range, async () => {
      started.push(`${name} ${range.from}`);
      return `${name} ${range.from}-${range.to}`;
    });
  return { schedule, shown, busy, started, load, marks: () => marks };
}

const range = (from: number): YearRange => ({ from, to: 2018 });

describe("SectionSchedule", () => {
  it("draws every section at the first paint, in view or not, and marks once all are drawn", async () => {
    const h = harness(["top"]);
    const first = range(1999);
    assert.equal(await h.load("top", first), "top 1999-2018");
    assert.equal(await h.load("below", first), "below 1999-2018");
    h.schedule.drawn("top", first);
    assert.equal(h.marks(), 0, "below is not drawn yet");
    h.schedule.drawn("below", first);
    assert.equal(h.marks(), 1);
  });

  it("on a change, starts the sections in view and keeps the others waiting, busy", async () => {
    const h = harness(["top"]);
    const first = range(1999);
    await h.load("top", first);
    await h.load("below", first);
    const next = range(2005);
    const top = h.load("top", next);
    let belowResult: string | null = null;
    void h.load("below", next).then((r) => (belowResult = r));
    assert.equal(await top, "top 2005-2018");
    assert.deepEqual(h.started, ["top 1999", "below 1999", "top 2005"]);
    assert.ok(h.schedule.isWaiting("below"));
    assert.deepEqual([...h.busy], ["below"]);
    h.schedule.drawn("top", next);
    assert.equal(h.marks(), 1, "the sections in view are drawn: the change is marked");

    // The reader scrolls down: the waiting section loads the range it waited for.
    h.shown.add("below");
    h.schedule.reveal("below");
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(belowResult, "below 2005-2018");
    assert.deepEqual([...h.busy], ["below"], "busy until drawn");
    h.schedule.drawn("below", next);
    assert.deepEqual([...h.busy], []);
    assert.equal(h.marks(), 2, "its drawing is marked too");
    h.schedule.reveal("below"); // nothing waits any more
    assert.equal(h.started.length, 4);
  });

  it("a waiting section that is asked again waits for the newer range only", async () => {
    const h = harness(["top"]);
    await h.load("top", range(1999));
    await h.load("below", range(1999));
    const older = h.load("below", range(2001));
    older.catch(() => {});
    const newer = h.load("below", range(2003));
    h.schedule.reveal("below");
    assert.equal(await newer, "below 2003-2018");
    assert.deepEqual(h.started, ["top 1999", "below 1999", "below 2003"]);
    await assert.rejects(older, SectionSuperseded, "the replaced wait never runs its query");
  });

  it("a newer range asked by any section settles the waits for an older one", async () => {
    // The runtime re-runs a cell only once its previous run settled: a section waiting out of
    // view for an old range must not hold its cell back from the new range.
    const h = harness(["top"]);
    await h.load("top", range(1999));
    await h.load("below", range(1999));
    const older = h.load("below", range(2001));
    older.catch(() => {});
    await h.load("top", range(2001));
    assert.ok(h.schedule.isWaiting("below"), "the same range keeps waiting");
    await h.load("top", range(2003));
    await assert.rejects(older, SectionSuperseded);
    assert.ok(!h.schedule.isWaiting("below"));
    const newer = h.load("below", range(2003));
    assert.deepEqual([...h.busy], ["below"]);
    h.shown.add("below");
    h.schedule.reveal("below");
    assert.equal(await newer, "below 2003-2018");
    assert.deepEqual(h.started, ["top 1999", "below 1999", "top 2001", "top 2003", "below 2003"]);
  });

  it("ignores drawings of a range the page has left, and marks only the current one", async () => {
    const h = harness(["a", "b"]);
    const first = range(1999);
    await h.load("a", first);
    await h.load("b", first);
    const next = range(2010);
    await h.load("a", next);
    h.schedule.drawn("a", first); // a late drawing of the old range
    h.schedule.drawn("b", first);
    assert.equal(h.marks(), 0);
    await h.load("b", next);
    h.schedule.drawn("a", next);
    assert.equal(h.marks(), 0, "b is still drawing");
    h.schedule.drawn("b", next);
    assert.equal(h.marks(), 1);
    h.schedule.drawn("b", next); // drawn twice (e.g. a re-run cell): not a second mark
    assert.equal(h.marks(), 1);
  });
});
