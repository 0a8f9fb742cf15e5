// Ctrl-C during a long run (issue #15): on a terminal (a pseudo-terminal from `script`, the
// progress bar drawn) the cursor is shown again and the exit code is 130; an interrupted report
// leaves neither its target nor a temp file; the temp-file sweep itself is checked directly.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputSet, removeOwnTempFiles } from "../../src/report/atomic.js";
import { CLI, ROOT } from "../helpers/cli.js";

const HAS_SCRIPT = spawnSync("script", ["--version"]).status === 0;
const SHOW_CURSOR = "\x1b[?25h";
const HIDE_CURSOR = "\x1b[?25l";
const LONG_SWEEP = [
  "sweep",
  "fixtures/workloads/small.yaml",
  "--vary",
  "peakIngress=3MiB/s..300MiB/s:1000",
  "--vary",
  "partitions=30..3000:1000",
  "--csv",
];

/** Wait until `ready()` holds (polling), then resolve; the run's own exit ends the wait too. */
function until(ready: () => boolean, exited: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (ready() || exited()) {
        clearInterval(t);
        resolve();
      }
    }, 25);
  });
}

describe("interrupted runs", () => {
  it.skipIf(!HAS_SCRIPT)(
    "Ctrl-C on a terminal: the bar hid the cursor, the interrupt shows it again, exit 130",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "msk-sigint-"));
      const log = join(dir, "terminal.log");
      const out = join(dir, "out.csv");
      // `script` gives the CLI a pseudo-terminal; ^C typed into it is the terminal's own SIGINT.
      const cmd = `cd '${ROOT}' && exec '${process.execPath}' '${CLI}' ${LONG_SWEEP.join(" ")} > '${out}'`;
      const p = spawn("script", ["-qefc", cmd, log], { stdio: ["pipe", "ignore", "ignore"] });
      let code: number | null = null;
      const closed = new Promise<void>((r) =>
        p.on("close", (c) => {
          code = c;
          r();
        }),
      );
      // Once the bar is drawn (the cursor hidden), type ^C.
      await until(
        () => existsSync(log) && readFileSync(log, "latin1").includes(HIDE_CURSOR),
        () => code !== null,
      );
      p.stdin.write("\x03");
      await closed;
      const screen = readFileSync(log, "latin1");
      expect(code).toBe(130);
      expect(screen).toContain(HIDE_CURSOR);
      expect(screen.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(screen.lastIndexOf(HIDE_CURSOR));
      expect(screen).toContain("msk-planner: interrupted (SIGINT)");
      // Stopped early: the CSV holds its header and whole rows only, far fewer than the 1,000,000.
      const rows = readFileSync(out, "utf8").split("\n");
      expect(rows[0]).toMatch(/^peakIngress,partitions,recommended,/);
      expect(rows.length).toBeLessThan(1_000_000);
    },
    120_000,
  );

  it("SIGINT during a report: no target, no temp file, exit 130", async () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-sigint-report-"));
    const target = join(dir, "plan.xlsx");
    const p = spawn(
      process.execPath,
      [
        CLI,
        "report",
        "fixtures/workloads/small.yaml",
        "--xlsx",
        target,
        "--sweep",
        "partitions=30..3000:100000",
      ],
      { cwd: ROOT, stdio: "ignore" },
    );
    let code: number | null = null;
    const closed = new Promise<void>((r) =>
      p.on("close", (c) => {
        code = c;
        r();
      }),
    );
    // Interrupt mid-run: once the workbook's temp file exists (being written), or after 120 polls
    // (about 3 s; counted, not timed, so the suite reads no clock).
    let polls = 0;
    await until(
      () => readdirSync(dir).some((f) => f.endsWith(".tmp")) || ++polls > 120,
      () => code !== null,
    );
    p.kill("SIGINT");
    await closed;
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);

  it("removeOwnTempFiles removes staged temp files and touches no destination", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-tmp-"));
    const dest = join(dir, "report.md");
    writeFileSync(dest, "old");
    const set = new OutputSet();
    set.stage(dest, "new");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toHaveLength(1);
    removeOwnTempFiles();
    expect(readdirSync(dir)).toEqual(["report.md"]);
    expect(readFileSync(dest, "utf8")).toBe("old");
  });

  // `sweep … | head`: the reader closes the pipe after its lines. Node ignores SIGPIPE, so an
  // unhandled EPIPE used to end the run with a stack trace and exit 1; now it stops quietly with
  // 141 (128 + SIGPIPE, what `yes | head` leaves `yes` with), one thread or two.
  for (const workers of ["1", "2"])
    it(`a reader that closes standard output early (--workers ${workers}): exit 141, nothing on stderr`, async () => {
      const p = spawn(process.execPath, [CLI, ...LONG_SWEEP, "--workers", workers], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stderr = "";
      p.stderr.on("data", (d) => {
        stderr += d;
      });
      let first = "";
      p.stdout.once("data", (d) => {
        first = String(d);
        p.stdout.destroy();
      });
      const code = await new Promise<number | null>((r) => p.on("close", (c) => r(c)));
      expect(first).toMatch(/^peakIngress,partitions,recommended,/);
      expect(stderr).toBe("");
      expect(code).toBe(141);
    }, 60_000);
});
