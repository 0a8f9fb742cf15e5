// Output files all or nothing: a set of report files is staged, then renamed; a failure anywhere
// leaves every existing file byte for byte. Replaced files keep their mode; special files at an
// output path are refused; temp files of killed runs are cleaned up by the next write.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { atomicWrite, OutputSet } from "../../src/report/atomic.js";
import { runCli } from "../helpers/cli.js";
import { freshDirs } from "../helpers/temp-dirs.js";

const fresh = freshDirs("msk-outset-");

describe("OutputSet", () => {
  it("stages every file, then renames all; nothing is visible before commit", () => {
    const d = fresh();
    writeFileSync(join(d, "a.txt"), "old a");
    const set = new OutputSet();
    set.stage(join(d, "a.txt"), "new a");
    set.stage(join(d, "b.txt"), "new b");
    expect(readFileSync(join(d, "a.txt"), "utf8")).toBe("old a");
    expect(existsSync(join(d, "b.txt"))).toBe(false);
    set.commit();
    expect(readFileSync(join(d, "a.txt"), "utf8")).toBe("new a");
    expect(readFileSync(join(d, "b.txt"), "utf8")).toBe("new b");
    expect(readdirSync(d).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("a failure while staging the last file leaves the earlier destinations untouched and no temp file", () => {
    const d = fresh();
    writeFileSync(join(d, "a.txt"), "old a");
    mkdirSync(join(d, "b.txt"));
    const set = new OutputSet();
    set.stage(join(d, "a.txt"), "new a");
    expect(() => set.stage(join(d, "b.txt"), "new b", "--csv")).toThrow(InputError);
    expect(readFileSync(join(d, "a.txt"), "utf8")).toBe("old a");
    expect(readdirSync(d).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("a replaced file keeps its permission bits", () => {
    const d = fresh();
    const f = join(d, "r.md");
    writeFileSync(f, "old");
    chmodSync(f, 0o600);
    atomicWrite(f, "new");
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readFileSync(f, "utf8")).toBe("new");
  });

  it("a FIFO, a directory: refused naming the flag, nothing written", () => {
    const d = fresh();
    const fifo = join(d, "out.json");
    execFileSync("mkfifo", [fifo]);
    expect(() => atomicWrite(fifo, "x", "--out")).toThrow(
      /^--out: .*out\.json is a FIFO, not a regular file; refusing to replace it$/,
    );
    expect(() => atomicWrite(d, "x", "--md")).toThrow(/is a directory, not a regular file/);
    expect(readdirSync(d)).toEqual(["out.json"]);
  });

  it("temp and backup files of a killed run (dead pid, or an old pid-less name) are removed by the next write", () => {
    const d = fresh();
    const dead = 2 ** 22 + 12345; // above Linux's default pid_max: never a running process
    const stale = [
      `.r.xlsx.${dead}.0123456789ab.tmp`,
      `.r.xlsx.${dead}.0123456789ab.bak`,
      ".r.xlsx.abcdef012345.tmp",
    ];
    for (const s of stale) writeFileSync(join(d, s), "partial");
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    utimesSync(join(d, ".r.xlsx.abcdef012345.tmp"), old, old);
    const live = `.other.${process.pid}.0123456789ab.tmp`; // this process is alive: kept
    writeFileSync(join(d, live), "in progress");
    atomicWrite(join(d, "r.xlsx"), "done");
    expect(readdirSync(d).sort()).toEqual([live, "r.xlsx"].sort());
  });
});

describe("report writes its outputs all or nothing", () => {
  const W = "fixtures/workloads/small.yaml";

  it("--xlsx ok.xlsx --md <a folder>.md: refused before anything is written; the workbook is kept", () => {
    const d = fresh();
    writeFileSync(join(d, "ok.xlsx"), "previous workbook");
    mkdirSync(join(d, "notes.md"));
    const r = runCli(["report", W, "--xlsx", join(d, "ok.xlsx"), "--md", join(d, "notes.md")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^msk-planner: --md: .*notes\.md is a directory, not a regular file; refusing to replace it\n$/,
    );
    expect(readFileSync(join(d, "ok.xlsx"), "utf8")).toBe("previous workbook");
  });

  it("--xlsx, --md and --csv where one CSV file cannot be replaced: none of the files is replaced, no temp left", () => {
    const d = fresh();
    writeFileSync(join(d, "r.xlsx"), "previous workbook");
    writeFileSync(join(d, "r.md"), "previous markdown");
    mkdirSync(join(d, "csv", "summary.csv"), { recursive: true });
    const r = runCli([
      "report",
      W,
      "--xlsx",
      join(d, "r.xlsx"),
      "--md",
      join(d, "r.md"),
      "--csv",
      join(d, "csv"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^msk-planner: --csv: .*summary\.csv is a directory/);
    expect(readFileSync(join(d, "r.xlsx"), "utf8")).toBe("previous workbook");
    expect(readFileSync(join(d, "r.md"), "utf8")).toBe("previous markdown");
    expect(readdirSync(d).sort()).toEqual(["csv", "r.md", "r.xlsx"]);
    expect(readdirSync(join(d, "csv"))).toEqual(["summary.csv"]);
  });
});
