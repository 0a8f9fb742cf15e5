import { describe, expect, test } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("msk-planner plan", () => {
  test("--json prints { region, workload, demand, options, recommended }, ranked, recommended = cheapest feasible", () => {
    const r = runCli(["plan", "fixtures/workloads/typical.yaml", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(["region", "workload", "demand", "options", "recommended"]));
    expect(j.options.map((o: { option: string }) => o.option).sort()).toEqual(["express", "serverless", "standard", "standard-tiered"]);
    const feasible = j.options.filter((o: { feasible: boolean }) => o.feasible);
    expect(j.recommended).toBe(feasible[0].option);
    for (const o of j.options) {
      if (o.feasible) expect(o.monthlyUsd).toBeCloseTo(o.lineItems.reduce((s: number, l: { costUsd: number }) => s + l.costUsd, 0), 6);
      else expect(o.monthlyUsd).toBeNull();
    }
    // Defaults are echoed.
    expect(j.workload.targets.maxUtilisation.standard).toBe(0.5);
    expect(j.workload.sizingModel).toBe("blog");
  });

  test("the same inputs give byte-identical JSON", () => {
    const a = runCli(["plan", "fixtures/workloads/heavy.yaml", "--json"]);
    const b = runCli(["plan", "fixtures/workloads/heavy.yaml", "--json"]);
    expect(a.stdout).toBe(b.stdout);
  });

  test("flags describe a single-stream workload; --options restricts the options; table output", () => {
    const r = runCli(["plan", "--ingress", "45MB/s", "--egress", "90MB/s", "--partitions", "30", "--retention", "1d", "--options", "express", "--no-tolerate-az-loss"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("express");
    expect(r.stdout).not.toContain("serverless");
    expect(r.stdout).toMatch(/recommended: express/);
  });

  test("heavy workload: Serverless is infeasible with its quota reasons and never priced", () => {
    const j = JSON.parse(runCli(["plan", "fixtures/workloads/heavy.yaml", "--json"]).stdout);
    const s = j.options.find((o: { option: string }) => o.option === "serverless");
    expect(s.feasible).toBe(false);
    expect(s.monthlyUsd).toBeNull();
    expect(s.lineItems).toEqual([]);
    expect(s.reasons.join(" ")).toMatch(/peak ingress .* > 200 MBps/);
  });

  const bad: [string, string[], RegExp][] = [
    ["negative throughput", ["--ingress=-5MiB/s", "--partitions", "3"], /^msk-planner: --ingress: expected a non-negative rate/],
    ["a duration without a unit", ["--ingress", "5MiB/s", "--partitions", "3", "--retention", "7"], /^msk-planner: --retention: expected a duration with a unit/],
    ["peak below average", ["--ingress", "5MiB/s", "--peak-ingress", "1MiB/s", "--partitions", "3"], /^msk-planner: --peak-ingress: expected at least ingress/],
    ["unknown region", ["--ingress", "5MiB/s", "--partitions", "3", "--region", "mars-1"], /^msk-planner: --region: region "mars-1" has no prices/],
    ["RF above the broker quota", ["--ingress", "5MiB/s", "--partitions", "3", "--replication-factor", "61"], /^msk-planner: --replication-factor: expected at most 60/],
    ["RF 1 against the AZ rule", ["--ingress", "5MiB/s", "--partitions", "3", "--replication-factor", "1"], /^msk-planner: --replication-factor: expected at least 2/],
    ["local retention above retention", ["--ingress", "5MiB/s", "--partitions", "3", "--local-retention", "9d"], /^msk-planner: --local-retention: expected at most retention/],
    ["AZ count", ["--ingress", "5MiB/s", "--partitions", "3", "--azs", "4"], /^msk-planner: --azs: expected 2 or 3/],
    ["unknown option", ["--ingress", "5MiB/s", "--partitions", "3", "--options", "kafka-on-mars"], /^msk-planner: --options: unknown option/],
    ["missing file", ["no-such-file.yaml"], /^msk-planner: WORKLOAD_FILE: file not found/],
  ];
  test.each(bad)("bad input (%s) exits 2 with one line naming the field", (_n, args, re) => {
    const r = runCli(["plan", ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  test("--help lists the flags and examples", () => {
    const r = runCli(["plan", "--help"]);
    expect(r.stdout).toContain("--peak-ingress");
    expect(r.stdout).toContain("Examples:");
  });
});

test("msk-planner schema workload prints the JSON Schema", () => {
  const r = runCli(["schema", "workload"]);
  expect(r.code).toBe(0);
  const s = JSON.parse(r.stdout);
  expect(s.properties.streams.items.required).toContain("partitions");
});
