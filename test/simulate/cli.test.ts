import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "msk-sim-"));
const distFile = join(dir, "dist.yaml");
writeFileSync(
  distFile,
  `region: us-east-1
streams:
  - name: events
    ingress: 1 MiB/s
    peakIngress: { dist: lognormal, p50: 20 MiB/s, p95: 120 MiB/s, min: 1 MiB/s }
    partitions: { dist: triangular, min: 30, mode: 60, max: 600 }
    retention: 3d
`,
);
const badDist = join(dir, "bad.yaml");
writeFileSync(
  badDist,
  "streams:\n  - name: a\n    ingress: { dist: uniform, min: 9 MiB/s, max: 3 MiB/s }\n    partitions: 3\n",
);

function oneLine(r: { code: number; stderr: string }, re: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(re);
  expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
}

describe("simulator CLI", () => {
  it("sweep --json streams NDJSON; --workers 1 and 2 give byte-identical CSV and NDJSON", () => {
    const args = [
      "sweep",
      "fixtures/workloads/small.yaml",
      "--vary",
      "peakIngress=3MiB/s..300MiB/s:300:log",
      "--vary",
      "partitions=30,300,3000",
    ];
    const j1 = runCli([...args, "--json", "--workers", "1"]);
    const j2 = runCli([...args, "--json", "--workers", "2"]);
    expect(j1.code).toBe(0);
    expect(j2.stdout).toBe(j1.stdout);
    const lines = j1.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(900);
    const row = JSON.parse(lines[0] as string);
    expect(Object.keys(row)).toEqual(["set", "recommended", "options"]);
    expect(row.set).toEqual({ peakIngress: "3 MiB/s", partitions: 30 });
    const c1 = runCli([...args, "--csv", "--workers", "1"]);
    const c2 = runCli([...args, "--csv", "--workers", "2"]);
    expect(c2.stdout).toBe(c1.stdout);
    expect(c1.stdout.split("\n")[0]).toBe(
      "peakIngress,partitions,recommended,standard,standard-tiered,express,serverless,standard_priced,standard-tiered_priced,express_priced,serverless_priced",
    );
    expect(c1.stdout.trimEnd().split("\n")).toHaveLength(901);
    expect(j1.stderr).toBe(""); // no progress bar when stderr is not a terminal
  });
  it("simulate --json is deterministic across runs and worker counts, with the contract shape", () => {
    const a = runCli(["simulate", distFile, "--samples", "3000", "--seed", "7", "--json"]);
    const b = runCli(["simulate", distFile, "--samples", "3000", "--seed", "7", "--json", "--workers", "2"]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const r = JSON.parse(a.stdout);
    expect(r.samples).toBe(3000);
    expect(r.seed).toBe(7);
    expect(Object.keys(r.options[0])).toEqual([
      "option",
      "p5",
      "p50",
      "p95",
      "mean",
      "pCheapest",
      "pInfeasible",
      "pPartial",
      "pUnpriced",
    ]);
    const sum = r.options.reduce((t: number, o: { pCheapest: number }) => t + o.pCheapest, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
  it("whatif, project, sensitivity and breakeven run and print JSON", () => {
    const w = runCli([
      "whatif",
      "fixtures/workloads/typical.yaml",
      "--set",
      "streams.orders.retention=30d",
      "--json",
    ]);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout).set).toEqual({ "streams.orders.retention": "30d" });
    const p = runCli([
      "project",
      "fixtures/workloads/small.yaml",
      "--months",
      "24",
      "--growth",
      "peakIngress=10%/month",
      "--json",
    ]);
    expect(p.code).toBe(0);
    expect(JSON.parse(p.stdout).options[0].months).toHaveLength(24);
    const s = runCli(["sensitivity", "fixtures/workloads/small.yaml"]);
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/Swing/);
    const b = runCli([
      "breakeven",
      "fixtures/workloads/small.yaml",
      "--vary",
      "partitions",
      "--between",
      "standard,serverless",
      "--json",
    ]);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).field).toBe("partitions");
  });
  it("bad arguments exit 2 with one line naming the problem", () => {
    oneLine(
      runCli(["sweep", "fixtures/workloads/small.yaml", "--vary", "nosuch=1,2", "--csv"]),
      /--vary nosuch: unknown field path/,
    );
    oneLine(
      runCli(["sweep", "fixtures/workloads/small.yaml", "--vary", "peakIngress=3MiB/s..30MiB/s", "--csv"]),
      /a range needs a count/,
    );
    oneLine(runCli(["simulate", distFile, "--samples", "-5"]), /--samples: expected a whole number/);
    oneLine(runCli(["simulate", badDist]), /streams\.a\.ingress: min must not exceed max/);
    oneLine(
      runCli(["whatif", "fixtures/workloads/small.yaml", "--set", "streams.nope.retention=3d"]),
      /unknown stream "nope"/,
    );
    oneLine(
      runCli(["sweep", "fixtures/workloads/small.yaml", "--vary", "partitions=1,2", "--workers", "0"]),
      /--workers/,
    );
    // The CLI starts a streamed sweep's worker thread before it reads the line's other flags
    // (src/cli/main.ts): a bad line still fails at once, that thread stopped (a live one would keep
    // the process running until runCli's timeout), and so does a missing workload file.
    for (const bad of [
      [["fixtures/workloads/small.yaml", "--vary", "partitions=1,2", "--csv", "--json"], /choose --json/],
      [["fixtures/workloads/small.yaml", "--vary", "nope=1,2", "--csv"], /nope/],
      [[join(dir, "missing.yaml"), "--vary", "partitions=1,2", "--csv"], /missing\.yaml/],
    ] as const)
      oneLine(runCli(["sweep", ...bad[0], "--workers", "2"]), bad[1]);
    oneLine(
      runCli(["breakeven", "fixtures/workloads/small.yaml", "--vary", "ingress", "--between", "standard"]),
      /--between/,
    );
  });
  it("--help shows examples", () => {
    for (const c of ["whatif", "sweep", "project", "simulate", "sensitivity", "breakeven"]) {
      const r = runCli([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:/);
    }
  });
});
