// Faults injected at library level into the one atomic writer (src/report/atomic.ts), which every
// file the project writes goes through (test/faults/writers.test.ts checks that no other module
// writes, and injects faults into the built CLI, which mutation testing cannot see): a write that
// fails half way, a rename that fails after earlier files of a set were replaced, a workbook writer
// that throws after exceljs has started its temp file. Each leaves every existing file byte for
// byte and no temp or backup file behind. Faults are made with the file system itself (a
// destination turned into a directory between staging and commit, data a write refuses).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  atomicWrite,
  atomicWriteVia,
  checkReplaceable,
  OutputSet,
  removeOwnTempFiles,
} from "../../src/report/atomic.js";
import { buildReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { freshDirs } from "../helpers/temp-dirs.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const fresh = freshDirs("msk-atomic-");
const ls = (d: string) => readdirSync(d).sort();

describe("a failure part way leaves every existing file as it was", () => {
  it("a rename failing on the second file of a set: the first, already replaced, is restored", () => {
    const d = fresh();
    const [a, b] = [join(d, "a.md"), join(d, "b.csv")];
    writeFileSync(a, "old a");
    writeFileSync(b, "old b");
    const set = new OutputSet();
    set.stage(a, "new a");
    set.stage(b, "new b");
    // Staged names: dot, name, pid, 12 hex digits, .tmp.
    const temps = ls(d).filter((f) => f.startsWith("."));
    expect(temps).toHaveLength(2);
    for (const t of temps)
      expect(t).toMatch(new RegExp(`^\\.(a\\.md|b\\.csv)\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    // The fault: b is now a directory, so its rename cannot happen.
    rmSync(b);
    mkdirSync(b);
    expect(() => set.commit()).toThrow(/b\.csv is a directory, not a regular file/);
    expect(readFileSync(a, "utf8")).toBe("old a");
    expect(statSync(b).isDirectory()).toBe(true);
    expect(ls(d)).toEqual(["a.md", "b.csv"]);
  });

  it("a new file of a failed set is removed again; an existing one restored", () => {
    const d = fresh();
    const [a, b, c] = [join(d, "a"), join(d, "b"), join(d, "c")];
    writeFileSync(b, "old b");
    writeFileSync(c, "old c");
    const set = new OutputSet();
    set.stage(a, "new a");
    set.stage(b, "new b");
    set.stage(c, "new c");
    rmSync(c);
    mkdirSync(c);
    expect(() => set.commit()).toThrow(/is a directory/);
    expect(ls(d)).toEqual(["b", "c"]);
    expect(readFileSync(b, "utf8")).toBe("old b");
  });

  it("a write refused half way through a set: earlier staged files dropped, nothing replaced", () => {
    const d = fresh();
    const [a, b] = [join(d, "a"), join(d, "b")];
    writeFileSync(a, "old a");
    writeFileSync(b, "old b");
    const set = new OutputSet();
    set.stage(a, "new a");
    expect(() => set.stage(b, 42 as unknown as string)).toThrow(TypeError);
    expect(ls(d)).toEqual(["a", "b"]);
    set.commit(); // nothing left to commit
    expect([readFileSync(a, "utf8"), readFileSync(b, "utf8")]).toEqual(["old a", "old b"]);
  });

  it("a rename failing after the file's backup was made: the backup removed, the earlier file restored", () => {
    const d = fresh();
    const [a, b] = [join(d, "a"), join(d, "b")];
    writeFileSync(a, "old a");
    writeFileSync(b, "old b");
    const set = new OutputSet();
    set.stage(a, "new a");
    set.stage(b, "new b");
    // The fault: b's staged temp file is gone when its turn comes (its backup is made first).
    for (const t of ls(d).filter((f) => f.startsWith(".b."))) rmSync(join(d, t));
    expect(() => set.commit()).toThrow(/ENOENT/);
    expect(ls(d)).toEqual(["a", "b"]);
    expect([readFileSync(a, "utf8"), readFileSync(b, "utf8")]).toEqual(["old a", "old b"]);
  });

  it("a write failing after its temp file was created: the temp removed, the old file kept", () => {
    const d = fresh();
    const f = join(d, "r.json");
    writeFileSync(f, "old");
    // Bytes whose length cannot be read: node opens (creates) the temp file, then the write throws.
    const bytes = new Uint8Array(4);
    Object.defineProperty(bytes, "byteLength", {
      get() {
        throw new Error("injected fault");
      },
    });
    expect(() => atomicWrite(f, bytes)).toThrow("injected fault");
    expect(ls(d)).toEqual(["r.json"]);
    expect(readFileSync(f, "utf8")).toBe("old");
  });

  it("a streaming writer that fails after writing part of its temp file: the old file kept, no temp", async () => {
    const d = fresh();
    const f = join(d, "r.xlsx");
    writeFileSync(f, "previous");
    await expect(
      atomicWriteVia(f, async (tmp) => {
        writeFileSync(tmp, "half a workb");
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(ls(d)).toEqual(["r.xlsx"]);
    expect(readFileSync(f, "utf8")).toBe("previous");
  });

  it("a streaming writer's temp file becomes the file, or the bytes it returns do; the mode is kept", async () => {
    const d = fresh();
    const f = join(d, "r.xlsx");
    writeFileSync(f, "previous", { mode: 0o640 });
    await atomicWriteVia(f, async (tmp) => {
      writeFileSync(tmp, "streamed");
      return null;
    });
    expect(readFileSync(f, "utf8")).toBe("streamed");
    expect(statSync(f).mode & 0o777).toBe(0o640);
    await atomicWriteVia(f, async (tmp) => {
      writeFileSync(tmp, "streamed");
      return new TextEncoder().encode("with charts");
    });
    expect(readFileSync(f, "utf8")).toBe("with charts");
    expect(ls(d)).toEqual(["r.xlsx"]);
    // A new file: nothing to take a mode from.
    await atomicWriteVia(join(d, "new.xlsx"), async (tmp) => {
      writeFileSync(tmp, "first");
      return null;
    });
    expect(readFileSync(join(d, "new.xlsx"), "utf8")).toBe("first");
  });

  it("writeReport: exceljs failing part way through the workbook keeps the previous report", async () => {
    const d = fresh();
    const f = join(d, "report.xlsx");
    writeFileSync(f, "previous report");
    const m = buildReportModel(planFor(workload()), { ...REPORT_OPTS, live: false });
    // A table row that cannot be read (a fault injected into the data): the writer throws when it
    // reaches it, after the Summary, Assumptions and option sheets are streamed into the temp file.
    const bad: (number | null)[] = [];
    Object.defineProperty(bad, 0, {
      get() {
        throw new Error("injected fault");
      },
    });
    m.tables = [{ name: "Sweep", title: "t", columns: [{ header: "x", format: "int" }], rows: [[1], bad] }];
    await expect(writeReport(m, f)).rejects.toThrow("injected fault");
    expect(ls(d)).toEqual(["report.xlsx"]);
    expect(readFileSync(f, "utf8")).toBe("previous report");
  });

  it("an interrupted run removes its own temp files; no destination is touched", () => {
    const d = fresh();
    const f = join(d, "x.json");
    writeFileSync(f, "old");
    const set = new OutputSet();
    set.stage(f, "new");
    mkdirSync(join(d, "sub"));
    const nested = new OutputSet();
    nested.stage(join(d, "sub", "y.json"), "y");
    expect(ls(d)).toHaveLength(3);
    removeOwnTempFiles();
    expect(ls(d)).toEqual(["sub", "x.json"]);
    expect(readdirSync(join(d, "sub"))).toEqual([]);
    expect(readFileSync(f, "utf8")).toBe("old");
    removeOwnTempFiles(); // a second time: nothing to do
  });
});

describe("what is refused, and what is cleaned up", () => {
  it("a device is refused by kind; check refuses before anything is staged", () => {
    expect(() => checkReplaceable("/dev/null", "--out")).toThrow(
      /^--out: \/dev\/null is a device, not a regular file; refusing to replace it$/,
    );
    expect(checkReplaceable(join(fresh(), "absent"))).toBeUndefined();
    const d = fresh();
    writeFileSync(join(d, "ok"), "x", { mode: 0o604 });
    expect(checkReplaceable(join(d, "ok"))).toBe(0o604);
    expect(() => OutputSet.check([{ path: join(d, "ok") }, { path: d, what: "--csv" }])).toThrow(
      /^--csv: .* is a directory/,
    );
    expect(() => OutputSet.check([{ path: join(d, "ok") }])).not.toThrow();
    expect(ls(d)).toEqual(["ok"]);
  });

  it("temp files of a running writer and fresh pid-less ones are kept; a dead writer's temp folder is removed", () => {
    const d = fresh();
    const dead = 2 ** 22 + 54321; // above Linux's default pid_max: never a running process
    const running = `.r.xlsx.1.0123456789ab.tmp`; // pid 1 is always running
    const fresher = ".r.xlsx.abcdef012345.tmp"; // no pid, modified just now: another writer's, kept
    const old = ".r.xlsx.bcdef0123456.bak"; // no pid, two days old: removed
    const deadDir = `.r.xlsx.${dead}.0123456789ab.tmp`;
    const notOurs = ".r.xlsx.tmp";
    for (const s of [running, fresher, old, notOurs]) writeFileSync(join(d, s), "partial");
    mkdirSync(join(d, deadDir));
    writeFileSync(join(d, deadDir, "inside"), "x");
    // Two days before the file system's own clock (the file's mtime), not the test's: no clock read.
    const twoDays = new Date(statSync(join(d, old)).mtimeMs - 2 * 24 * 3600_000);
    utimesSync(join(d, old), twoDays, twoDays);
    atomicWrite(join(d, "r.xlsx"), "done");
    expect(ls(d)).toEqual([running, fresher, notOurs, "r.xlsx"].sort());
  });
});
