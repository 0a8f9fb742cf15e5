// The atomic writer's rarer paths (src/report/atomic.ts), each one a mutant of the writer survived:
// one path staged twice in a set and then a failure (the backups must be restored newest first), a
// streaming writer interrupted after making a folder at its temp path, and a pid-less temp file
// exactly one day old (kept) and one second older (removed). Faults are made with the file system.
import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { atomicWrite, atomicWriteVia, OutputSet, removeOwnTempFiles } from "../../src/report/atomic.js";
import { freshDirs } from "../helpers/temp-dirs.js";

const fresh = freshDirs("msk-atomic-edges-");
const ls = (d: string) => readdirSync(d).sort();

afterEach(() => {
  vi.useRealTimers();
});

describe("a set that stages one path twice", () => {
  it("a later failure restores the file as it was before the set, not the set's first version", () => {
    const d = fresh();
    const [a, b] = [join(d, "a"), join(d, "b")];
    writeFileSync(a, "original a");
    writeFileSync(b, "old b");
    const set = new OutputSet();
    set.stage(a, "first a");
    set.stage(a, "second a");
    set.stage(b, "new b");
    // The fault: b is a directory when its turn comes. Restoring oldest first would leave "first a".
    rmSync(b);
    mkdirSync(b);
    expect(() => set.commit()).toThrow(/is a directory/);
    expect(readFileSync(a, "utf8")).toBe("original a");
    expect(ls(d)).toEqual(["a", "b"]);
  });

  it("with nothing there before, a later failure removes the path again", () => {
    const d = fresh();
    const [a, c] = [join(d, "a"), join(d, "c")];
    writeFileSync(c, "old c");
    const set = new OutputSet();
    set.stage(a, "first a");
    set.stage(a, "second a");
    set.stage(c, "new c");
    rmSync(c);
    mkdirSync(c);
    expect(() => set.commit()).toThrow(/is a directory/);
    expect(ls(d)).toEqual(["c"]);
  });

  it("when every rename succeeds the last version staged wins and no backup is left", () => {
    const d = fresh();
    const a = join(d, "a");
    writeFileSync(a, "original a");
    const set = new OutputSet();
    set.stage(a, "first a");
    set.stage(a, "second a");
    set.commit();
    expect(readFileSync(a, "utf8")).toBe("second a");
    expect(ls(d)).toEqual(["a"]);
  });
});

describe("a set of one file whose rename fails after its backup was made", () => {
  it("the backup is removed and the file kept", () => {
    const d = fresh();
    const a = join(d, "a");
    writeFileSync(a, "old a");
    const set = new OutputSet();
    set.stage(a, "new a");
    // The fault: the staged temp file is gone when its turn comes (its backup is made first).
    for (const t of ls(d).filter((f) => f.startsWith(".a."))) rmSync(join(d, t));
    expect(() => set.commit()).toThrow(/ENOENT/);
    expect(ls(d)).toEqual(["a"]);
    expect(readFileSync(a, "utf8")).toBe("old a");
  });
});

describe("an interrupted streaming writer", () => {
  it("a folder the writer made at its temp path is removed with everything in it", async () => {
    const d = fresh();
    const f = join(d, "r.xlsx");
    writeFileSync(f, "previous");
    let made = "";
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    // Never finishes: the run is interrupted while the writer is still writing.
    void atomicWriteVia(f, (tmp) => {
      made = tmp;
      mkdirSync(tmp);
      writeFileSync(join(tmp, "part"), "half");
      started();
      return new Promise<Uint8Array | null>(() => undefined);
    });
    await ready;
    expect(ls(d)).toHaveLength(2);
    removeOwnTempFiles();
    expect(made).not.toBe("");
    expect(ls(d)).toEqual(["r.xlsx"]);
    expect(readFileSync(f, "utf8")).toBe("previous");
  });
});

describe("a pid-less temp file is stale only when more than a day old", () => {
  // A fixed clock (whole seconds, so the file system stores the mtimes exactly): no clock is read.
  const T = 1_800_000_000_000;
  const DAY = 24 * 3600_000;

  it("exactly one day old: kept; one second older: removed", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T);
    const d = fresh();
    const atLimit = ".r.xlsx.abcdef012345.tmp";
    const past = ".r.xlsx.bcdef0123456.bak";
    writeFileSync(join(d, atLimit), "partial");
    writeFileSync(join(d, past), "partial");
    utimesSync(join(d, atLimit), (T - DAY) / 1000, (T - DAY) / 1000);
    utimesSync(join(d, past), (T - DAY - 1000) / 1000, (T - DAY - 1000) / 1000);
    atomicWrite(join(d, "r.xlsx"), "done");
    expect(ls(d)).toEqual([atLimit, "r.xlsx"]);
  });
});
