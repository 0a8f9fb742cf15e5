// Negative values on the command line (issue #15): `--ingress -5MiB/s` is the flag's value (not the
// short flags -5 -M -i -B), so the value's own check answers in one line naming the flag; where a
// negative means something (a shrinking workload, `--growth ingress=-5%/month`) it is accepted.
import { describe, expect, it } from "vitest";
import { joinFlagValues } from "../../src/cli/flag-guard.js";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

describe("negative values", () => {
  it("a value starting with minus and a digit joins its flag; `--` and switches are left alone", () => {
    expect(joinFlagValues(["plan", "--ingress", "-5MiB/s", "--partitions", "10"])).toEqual([
      "plan",
      "--ingress=-5MiB/s",
      "--partitions",
      "10",
    ]);
    expect(joinFlagValues(["--delta", "-.5"])).toEqual(["--delta=-.5"]);
    expect(joinFlagValues(["--ingress=-5MiB/s", "-h"])).toEqual(["--ingress=-5MiB/s", "-h"]);
    expect(joinFlagValues(["--out", "-x"])).toEqual(["--out", "-x"]); // not a number: a flag
    expect(joinFlagValues(["plan", "--", "--x", "-1"])).toEqual(["plan", "--", "--x", "-1"]);
  });

  it.each([
    [
      ["plan", "--ingress", "-5MiB/s", "--partitions", "10"],
      '--ingress: expected a non-negative rate, got "-5MiB/s"',
    ],
    [
      ["plan", "--ingress", "5MiB/s", "--partitions", "-10"],
      '--partitions: expected a number ≥ 1, got "-10"',
    ],
    [
      ["plan", "--ingress", "5MiB/s", "--partitions", "10", "--retention", "-1d"],
      '--retention: expected a non-negative duration, got "-1d"',
    ],
    [
      ["price", "--instance", "kafka.m5.large", "--brokers", "3", "--storage-per-broker", "-1TiB"],
      '--storage-per-broker: expected a non-negative size, got "-1TiB"',
    ],
    [
      ["plan", "--ingress", "5MiB/s", "--partitions", "10", "--json", "-5"],
      '--json: a switch takes no value (or =true/=false), got "-5"',
    ],
  ])("%j is one line naming the flag, exit 2", (args, message) => {
    const r = runCli(args, ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`msk-planner: ${message}\n`);
  });

  it("a shrinking workload: --growth ingress=-5%/month compounds down", () => {
    const r = runCli(
      [
        "project",
        "fixtures/workloads/small.yaml",
        "--months",
        "3",
        "--growth",
        "ingress=-5%/month",
        "--json",
      ],
      ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as {
      growth: { rule: { kind: string; rate: number } }[];
      values: { month: number; set: { ingress: number[] } }[];
    };
    expect(j.growth[0]?.rule).toEqual({ kind: "compound", rate: -0.05 });
    // small.yaml: ingress 1 MiB/s = 1,048,576 B/s; month 2 = × 0.95 = 996,147.2; month 3 = × 0.95² = 946,339.84.
    expect(j.values.map((v) => v.set.ingress[0])).toEqual([1_048_576, 996_147.2, 946_339.84]);
  });
});
