// Every work-size bound (src/model/limits.ts), exactly at the limit and one step past it: the
// shared check, then each input that uses it, checked before any work starts (a run one past the
// limit fails at once, whatever it would have cost), with a one-line error naming the bound.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStructuredFile } from "../../src/cli/io.js";
import { workersOf } from "../../src/cli/simulate-context.js";
import { InputError } from "../../src/model/errors.js";
import { checkLimit, LIMITS, type LimitName, nestingDepth } from "../../src/model/limits.js";
import { parseWorkload, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { breakeven } from "../../src/plan/simulate/breakeven.js";
import { parseAxis } from "../../src/plan/simulate/grid.js";
import { runMonteCarlo } from "../../src/plan/simulate/run.js";
import { sensitivity } from "../../src/plan/simulate/sensitivity.js";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "msk-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ONE = { streams: [{ name: "s", ingress: "1MiB/s", partitions: 10 }] };
const catalog = bundledCatalog();
const planner = preparePlanner({ catalog, region: "us-east-1" });

function failsWith(f: () => unknown, path: string, pattern: RegExp): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(InputError);
  expect((caught as InputError).path).toBe(path);
  expect((caught as Error).message).toMatch(pattern);
  expect((caught as Error).message).not.toContain("\n");
}

describe("checkLimit: at the limit passes, one past fails naming the bound", () => {
  it.each(Object.keys(LIMITS) as LimitName[])("%s", (name) => {
    const max = LIMITS[name];
    expect(() => checkLimit(name, max, "--x", "value")).not.toThrow();
    failsWith(
      () => checkLimit(name, max + 1, "--x", "value"),
      "--x",
      new RegExp(
        `value ${(max + 1).toLocaleString("en-US")} exceeds the limit of ${max.toLocaleString("en-US")}`,
      ),
    );
  });
});

describe("each bound where it is used", () => {
  it("--points (break-even scan): one past the limit fails before any scan", () => {
    failsWith(
      () =>
        breakeven(
          parseWorkloadInput(ONE),
          { field: "ingress", between: ["serverless", "standard"], points: LIMITS.breakevenPoints + 1 },
          planner,
        ),
      "--points",
      /scan points 1,000,001 exceeds the limit of 1,000,000/,
    );
  });

  it("--samples: one past the limit fails before any sample", async () => {
    await expect(
      runMonteCarlo({ input: ONE, catalog, seed: 1, distributions: [] } as never, LIMITS.samples + 1),
    ).rejects.toThrow(/^--samples: samples 1,000,001 exceeds the limit of 1,000,000$/);
  });

  it("points on one sweep axis: one more than the limit fails (the same constant; at it: checkLimit above)", () => {
    const parsed = parseWorkloadInput(ONE);
    expect(parseAxis(`partitions=1..1000000:${LIMITS.axisPoints}`, parsed).values).toHaveLength(
      LIMITS.axisPoints,
    );
    failsWith(
      () => parseAxis(`partitions=1..1000000:${LIMITS.axisPoints + 1}`, parsed),
      "--vary partitions",
      /from 1 to 1000000, got "1000001"/,
    );
  });

  it("total sweep scenarios: 10,000 × 10,000 = the limit is prepared, 10,000 × 10,001 fails", () => {
    const init = (b: number) => ({
      input: ONE,
      vary: ["partitions=1..10000:10000", `ingress=1MiB/s..2MiB/s:${b}`],
      catalog,
      format: "csv" as const,
    });
    expect(prepareSweep(init(10_000), planner).total).toBe(LIMITS.sweepScenarios);
    failsWith(
      () => prepareSweep(init(10_001), planner),
      "--vary",
      /100,010,000 exceeds the limit of 100,000,000/,
    );
  });

  it("--workers: up to this machine's cores", () => {
    const cores = availableParallelism();
    expect(workersOf(String(cores))).toBe(cores);
    failsWith(
      () => workersOf(String(cores + 1)),
      "--workers",
      new RegExp(`from 1 to ${cores} \\(this machine's cores\\)`),
    );
    failsWith(() => workersOf("4", 3), "--workers", /from 1 to 3/);
  });

  const streamsOf = (n: number) => ({
    streams: Array.from({ length: n }, (_, i) => ({ name: `s${i}`, ingress: "1MiB/s", partitions: 1 })),
  });

  it("streams per workload: 10,000 parse, 10,001 fail naming streams", () => {
    expect(parseWorkload(streamsOf(LIMITS.streams)).streams).toHaveLength(LIMITS.streams);
    expect(() => parseWorkload(streamsOf(LIMITS.streams + 1))).toThrow(
      /^streams: at most 10,000 streams per workload \(the limit\)/,
    );
  });

  it("sensitivity: 1,000 streams moved, 1,001 refused before any re-plan", () => {
    const serverless = preparePlanner({ catalog, region: "us-east-1", options: ["serverless"] });
    const at = sensitivity(parseWorkloadInput(streamsOf(LIMITS.sensitivityStreams)), 0.2, serverless);
    // ingress, peakIngress, egress … of each stream, and the cluster fields.
    expect(at.options[0]?.bars.length).toBeGreaterThan(LIMITS.sensitivityStreams);
    failsWith(
      () => sensitivity(parseWorkloadInput(streamsOf(LIMITS.sensitivityStreams + 1)), 0.2, serverless),
      "streams",
      /^streams: sensitivity: the workload's streams 1,001 exceeds the limit of 1,000; it re-plans every field/,
    );
  });

  it("report: 1,000 streams reported, 1,001 refused before planning", () => {
    const at = join(dir, "streams-at.json");
    const past = join(dir, "streams-past.json");
    writeFileSync(at, JSON.stringify(streamsOf(LIMITS.reportStreams)));
    writeFileSync(past, JSON.stringify(streamsOf(LIMITS.reportStreams + 1)));
    const md = join(dir, "streams-at.md");
    const ok = runCli(["report", at, "--md", md]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(readFileSync(md, "utf8")).toContain("# Amazon MSK cost plan");
    const r = runCli(["report", past, "--md", join(dir, "streams-past.md")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^msk-planner: streams: report: the workload's streams 1,001 exceeds the limit of 1,000; the workbook writes/,
    );
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("input file size: exactly the limit is read, one byte more is refused unread", () => {
    const at = join(dir, "at.json");
    const body = '{"a":1}';
    writeFileSync(at, body + " ".repeat(LIMITS.inputFileBytes - body.length));
    expect(readStructuredFile(at, "FILE")).toEqual({ a: 1 });
    const past = join(dir, "past.json");
    writeFileSync(past, body + " ".repeat(LIMITS.inputFileBytes - body.length + 1));
    failsWith(
      () => readStructuredFile(past, "FILE"),
      "FILE",
      /size in bytes 16,777,217 exceeds the limit of 16,777,216$/,
    );
  });

  it("nesting depth: 64 levels parse, 65 are refused (JSON and YAML), 2,000 cannot overflow the stack", () => {
    const json = (d: number) => `${"[".repeat(d)}${"]".repeat(d)}`;
    writeFileSync(join(dir, "d64.json"), json(64));
    expect(nestingDepth(readStructuredFile(join(dir, "d64.json"), "FILE"))).toBe(64);
    for (const d of [65, 2000]) {
      writeFileSync(join(dir, `d${d}.json`), json(d));
      failsWith(
        () => readStructuredFile(join(dir, `d${d}.json`), "FILE"),
        "FILE",
        /nesting depth \(arrays and objects\) [\d,]+ exceeds the limit of 64/,
      );
    }
    const yaml = (d: number) =>
      `${Array.from({ length: d }, (_, i) => `${"  ".repeat(i)}k:`).join("\n")} 1\n`;
    writeFileSync(join(dir, "d64.yaml"), yaml(64));
    expect(nestingDepth(readStructuredFile(join(dir, "d64.yaml"), "FILE"))).toBe(64);
    writeFileSync(join(dir, "d65.yaml"), yaml(65));
    failsWith(
      () => readStructuredFile(join(dir, "d65.yaml"), "FILE"),
      "FILE",
      /nesting depth \(arrays and objects\) 65 exceeds the limit of 64/,
    );
  });

  it("special files are refused, never read: /dev/zero, a directory", () => {
    failsWith(() => readStructuredFile("/dev/zero", "FILE"), "FILE", /\/dev\/zero is not a regular file/);
    failsWith(() => readStructuredFile(dir, "FILE"), "FILE", /is a directory/);
  });

  it("a YAML warning (unknown tag) is one line naming the file", () => {
    writeFileSync(join(dir, "tag.yaml"), "streams: !foo 1\n");
    failsWith(
      () => readStructuredFile(join(dir, "tag.yaml"), "FILE"),
      "FILE",
      /tag\.yaml is not valid YAML: Unresolved tag: !foo at line 1, column 10$/,
    );
  });
});

describe("through the CLI: one past each bound, exit 2, one line, before any work", () => {
  const W = "fixtures/workloads/small.yaml";
  it.each([
    [
      ["breakeven", W, "--vary", "ingress", "--between", "serverless,standard", "--points", "1e12"],
      /^msk-planner: --points: scan points 1,000,000,000,000 exceeds the limit of 1,000,000\n$/,
    ],
    [
      ["simulate", W, "--samples", "1e12"],
      /--samples: samples 1,000,000,000,000 exceeds the limit of 1,000,000\n$/,
    ],
    [
      ["sweep", W, "--vary", "ingress=1MiB/s..9MiB/s:10000", "--vary", "partitions=1..99:10001", "--csv"],
      /^msk-planner: --vary: the grid's scenarios .*100,010,000 exceeds the limit of 100,000,000\n$/,
    ],
    [
      ["sweep", W, "--vary", "ingress=1MiB/s..9MiB/s:1001"],
      /^msk-planner: --vary: the grid's scenarios 1,001 exceeds the limit of 1,000; a table shows at most that many: stream them with --csv or --json\n$/,
    ],
    [
      ["report", W, "--sweep", "ingress=1MiB/s..9MiB/s:100001", "--json"],
      /^msk-planner: --sweep: the grid's scenarios 100,001 exceeds the limit of 100,000; stream larger sweeps/,
    ],
    [
      ["simulate", W, "--workers", "256"],
      /^msk-planner: --workers: expected a whole number from 1 to \d+ \(this machine's cores\), got "256"\n$/,
    ],
    [
      ["plan", "/dev/zero"],
      /^msk-planner: WORKLOAD_FILE: \/dev\/zero is not a regular file; expected a YAML or JSON file\n$/,
    ],
  ])("%j", (args, err) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    const lines = r.stderr
      .split("\n")
      .filter(Boolean)
      .filter((l) => !l.includes("no distributions"));
    expect(lines).toHaveLength(1);
    expect(`${lines[0]}\n`).toMatch(err);
    expect(r.stdout).toBe("");
  });

  it("a sweep at the table limit (1,000 scenarios) still prints its table", () => {
    const r = runCli(["sweep", W, "--vary", "ingress=1MiB/s..9MiB/s:1000"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1000 scenarios; monthly USD per option");
  });
});
