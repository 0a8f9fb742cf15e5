// `msk-planner plan` end to end (issue #4): the table, the exact --json shape and ordering, flags
// over the file, determinism, and one-line exit-2 errors naming the field for bad workloads.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const TYPICAL = "fixtures/workloads/typical.yaml";
const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

interface Option {
  option: string;
  feasible: boolean;
  monthlyUsd: number | null;
  lineItems: { costUsd: number }[];
  reasons: string[];
  configuration: Record<string, unknown> | null;
  utilisation: Record<string, number>;
  binding: string | null;
}

function planJson(args: string[]): {
  region: string;
  workload: { streams: { ingressBytesPerSec: number }[] };
  demand: object;
  options: Option[];
  recommended: string | null;
} {
  const r = runCli(["plan", ...args, "--json"], ENV);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("msk-planner plan", () => {
  it("prints every option with its cost and binding resource, and the recommendation", () => {
    const r = runCli(["plan", TYPICAL], ENV);
    expect(r.code, r.stderr).toBe(0);
    for (const o of ["standard", "standard-tiered", "express", "serverless"]) expect(r.stdout).toContain(o);
    expect(r.stdout).toMatch(/recommended: [a-z-]+/);
    expect(r.stdout).toMatch(/\$[\d,]+\.\d\d/);
    expect(r.stdout).toContain("bundled catalog dated");
  });

  it("--json has the documented shape, cheapest feasible first, infeasible last, recommended = cheapest", () => {
    const j = planJson([TYPICAL]);
    for (const k of ["region", "workload", "demand", "options", "recommended"]) expect(j).toHaveProperty(k);
    const feasible = j.options.filter((o) => o.feasible);
    const infeasible = j.options.filter((o) => !o.feasible);
    expect(j.options).toEqual([...feasible, ...infeasible]);
    for (let i = 1; i < feasible.length; i++)
      expect(feasible[i]?.monthlyUsd as number).toBeGreaterThanOrEqual(feasible[i - 1]?.monthlyUsd as number);
    expect(j.recommended).toBe(feasible[0]?.option ?? null);
    for (const o of j.options) {
      for (const k of [
        "option",
        "feasible",
        "configuration",
        "monthlyUsd",
        "lineItems",
        "utilisation",
        "binding",
        "reasons",
      ])
        expect(o).toHaveProperty(k);
      if (o.feasible) {
        // A total is the sum of its line items (DESIGN: line items).
        expect(o.monthlyUsd).toBeCloseTo(
          o.lineItems.reduce((s, l) => s + l.costUsd, 0),
          9,
        );
        expect(o.reasons).toEqual([]);
      } else {
        expect(o.monthlyUsd).toBeNull();
        expect(o.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it("an infeasible option names the constraint and by how much, and is never priced", () => {
    // 3,000 partitions per stream on one 400 MiB/s stream: beyond Serverless's 200 MBps ingress quota.
    const j = planJson([
      "--ingress",
      "400MiB/s",
      "--partitions",
      "3000",
      "--retention",
      "1d",
      "--options",
      "serverless",
    ]);
    const s = j.options[0] as Option;
    expect(s.feasible).toBe(false);
    expect(s.monthlyUsd).toBeNull();
    expect(s.lineItems).toEqual([]);
    expect(s.reasons.join("\n")).toMatch(/peak ingress 419\.43 MBps > 200 MBps/);
    expect(s.reasons.join("\n")).toMatch(/partitions 3,000 > 2,400/);
  });

  it("flags override the file", () => {
    const base = planJson([TYPICAL]);
    const changed = planJson([TYPICAL, "--region", "us-east-1", "--azs", "2", "--options", "standard"]);
    expect(changed.options.map((o) => o.option)).toEqual(["standard"]);
    expect((changed.workload as unknown as { azs: number }).azs).toBe(2);
    expect((base.workload as unknown as { azs: number }).azs).toBe(3);
  });

  it("describes a single-stream workload from flags alone, with every default echoed", () => {
    const j = planJson(["--ingress", "20MiB/s", "--partitions", "100"]);
    const w = j.workload as unknown as {
      azs: number;
      targets: { storageHeadroom: number };
      streams: { replicationFactor: number; retentionSeconds: number }[];
    };
    expect(w.streams[0]?.replicationFactor).toBe(3);
    expect(w.streams[0]?.retentionSeconds).toBe(7 * 86_400);
    expect(w.azs).toBe(3);
    expect(w.targets.storageHeadroom).toBe(2);
  });

  it("--json is byte-identical across runs", () => {
    const a = runCli(["plan", TYPICAL, "--json"], ENV);
    const b = runCli(["plan", TYPICAL, "--json"], ENV);
    expect(a.stdout).toBe(b.stdout);
  });

  it.each([
    [
      "negative throughput",
      ["--ingress=-5MiB/s", "--partitions", "10"],
      /^msk-planner: --ingress: expected a non-negative rate/,
    ],
    [
      "a duration without a unit",
      ["--ingress", "5MiB/s", "--partitions", "10", "--retention", "7"],
      /^msk-planner: --retention: expected a duration with a unit/,
    ],
    [
      "peak below average",
      ["--ingress", "5MiB/s", "--peak-ingress", "1MiB/s", "--partitions", "10"],
      /^msk-planner: --peak-ingress: expected at least ingress/,
    ],
    [
      "unknown region",
      ["--region", "xx-nowhere-1", "--ingress", "5MiB/s", "--partitions", "10"],
      /^msk-planner: --region: region "xx-nowhere-1" has no prices/,
    ],
    [
      "RF above the broker quota",
      ["--ingress", "5MiB/s", "--partitions", "10", "--replication-factor", "61"],
      /^msk-planner: --replication-factor: expected at most 60/,
    ],
    [
      "RF 1 while one AZ may be lost",
      ["--ingress", "5MiB/s", "--partitions", "10", "--replication-factor", "1"],
      /^msk-planner: --replication-factor: expected at least 2/,
    ],
    [
      "local retention above retention",
      ["--ingress", "5MiB/s", "--partitions", "10", "--retention", "1d", "--local-retention", "2d"],
      /^msk-planner: --local-retention: expected at most retention/,
    ],
    [
      "azs other than 2 or 3",
      ["--ingress", "5MiB/s", "--partitions", "10", "--azs", "4"],
      /^msk-planner: --azs: /,
    ],
    ["a missing file", ["no-such-workload.yaml"], /^msk-planner: .*file not found: no-such-workload\.yaml/],
  ])("%s exits 2 with one line naming the field", (_name, args, message) => {
    const r = runCli(["plan", ...args], ENV);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("an unknown field in a file names its path", () => {
    const r = runCli(["plan", "test/cli/fixtures/unknown-field.yaml"], ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^msk-planner: streams\.a\.bogus: unknown field/);
  });

  it("schema workload prints a JSON Schema of the workload file", () => {
    const r = runCli(["schema", "workload"], ENV);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(s.$schema).toMatch(/json-schema\.org/);
    for (const k of ["region", "azs", "streams"]) expect(s.properties).toHaveProperty(k);
  });

  it("--help shows examples", () => {
    const r = runCli(["plan", "--help"], ENV);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
  });

  it("--options names one option; an unknown one is bad input naming --options", () => {
    const r = runCli(
      [
        "plan",
        "--ingress",
        "45MB/s",
        "--egress",
        "90MB/s",
        "--partitions",
        "30",
        "--retention",
        "1d",
        "--options",
        "express",
        "--no-tolerate-az-loss",
      ],
      ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/recommended: express/);
    expect(r.stdout).not.toContain("serverless");
    const bad = runCli(
      ["plan", "--ingress", "5MiB/s", "--partitions", "3", "--options", "kafka-on-mars"],
      ENV,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^msk-planner: --options: unknown option "kafka-on-mars"/);
  });
});
