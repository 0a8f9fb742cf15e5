// `-` on the command line (issue #15): after an output flag that prints text it is standard output
// (`report --md -`, `import cloudwatch --out -`, tested in test/aws/cli-import.test.ts); where the
// output cannot go to stdout (a workbook, a CSV folder, the catalog) or for the workload file
// (standard input is not read), one line naming the flag or argument, exit 2, and no file named -.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { joinFlagValues } from "../../src/cli/flag-guard.js";
import { ROOT, runCli } from "../helpers/cli.js";

vi.setConfig({ testTimeout: 120_000 });

const TYPICAL = join(ROOT, "fixtures/workloads/typical.yaml");
const ENV = { SOURCE_DATE_EPOCH: "1700000000", MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" };
const scratch = () => mkdtempSync(join(tmpdir(), "msk-dash-"));

describe("- as a flag's value", () => {
  it("joins its flag (not an empty value and a stray argument); a positional - and `--` are left alone", () => {
    expect(joinFlagValues(["report", "w.yaml", "--md", "-"])).toEqual(["report", "w.yaml", "--md=-"]);
    expect(joinFlagValues(["report", "--md=-", "w.yaml"])).toEqual(["report", "--md=-", "w.yaml"]);
    expect(joinFlagValues(["plan", "-"])).toEqual(["plan", "-"]);
    expect(joinFlagValues(["report", "--", "--md", "-"])).toEqual(["report", "--", "--md", "-"]);
  });

  it("report --md - prints the Markdown on stdout, the same bytes as --md FILE, and writes nothing", () => {
    const dir = scratch();
    const r = runCli(["report", TYPICAL, "--md", "-"], { cwd: dir, env: ENV });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual([]); // no reports/typical.xlsx, no file named -
    const file = runCli(["report", TYPICAL, "--md", "out.md"], { cwd: dir, env: ENV });
    expect(file.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, "out.md"), "utf8"));
    expect(r.stdout).toMatch(/^# /);
  });

  it("report --md - with a workbook: stdout holds only the Markdown, the files written go to stderr", () => {
    const dir = scratch();
    const r = runCli(["report", TYPICAL, "--md=-", "--xlsx", "plan.xlsx"], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).not.toContain("Wrote");
    expect(r.stderr).toMatch(/^Wrote plan\.xlsx: Summary, Assumptions, /);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it.each([
    [
      ["report", TYPICAL, "--md", "-", "--json"],
      "--md: - (standard output) and --json both print on stdout; give --md a file",
    ],
    [["report", TYPICAL, "--xlsx", "-"], "--xlsx: a workbook cannot go to standard output (-); give a path"],
    [
      ["report", TYPICAL, "--csv", "-"],
      "--csv: a folder of CSV files cannot go to standard output (-); give a path",
    ],
    [
      ["price", "--iac", join(ROOT, "fixtures/iac/plan.json"), "--xlsx", "-"],
      "--xlsx: a workbook cannot go to standard output (-); give a path",
    ],
    [
      ["pricing", "refresh", "--out", "-"],
      "--out: the catalog cannot go to standard output (-); give a path",
    ],
    [["plan", "-"], "WORKLOAD_FILE: - (standard input) is not read; give the file's path"],
    [
      ["report", "-", "--md", "out.md"],
      "WORKLOAD_FILE: - (standard input) is not read; give the file's path",
    ],
    [["plan", ""], "WORKLOAD_FILE: expected a value, got an empty string"],
  ])("%j: one line, exit 2, nothing written", (args, message) => {
    const dir = scratch();
    const r = runCli(args, { cwd: dir, env: ENV });
    expect(r.stderr).toBe(`msk-planner: ${message}\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(ROOT, "-"))).toBe(false);
  });
});
