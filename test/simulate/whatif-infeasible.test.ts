// What-if on an option that becomes infeasible (issue #12): it is shown infeasible with its reason,
// with no difference and no line items (an infeasible option is never priced, so "$0.00" lines and
// a negative difference would read as a saving).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { whatIf } from "../../src/plan/simulate/whatif.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { runCli } from "../helpers/cli.js";

// small.yaml: one stream, 3 d retention, no localRetention: tiered with the default 1 d local.
// At 2 d retention nothing can be tiered (3-day minimum): standard-tiered becomes infeasible.
const small = parseWorkloadInput(parse(readFileSync("fixtures/workloads/small.yaml", "utf8")));
const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });

describe("whatif: an option that becomes infeasible", () => {
  it("standard-tiered at 2 d retention: infeasible with its reason, no difference, no line items", () => {
    const r = whatIf(small, ["retention=2d"], planner);
    const d = r.differences.find((x) => x.option === "standard-tiered");
    expect(d).toMatchObject({
      baselineFeasible: true,
      changedFeasible: false,
      changedUsd: null,
      deltaUsd: null,
      lineItems: [],
      baselineReasons: [],
    });
    expect(d?.baselineUsd).toBeGreaterThan(0);
    expect(d?.changedReasons[0]).toMatch(/^retention 2 days < 3 days \(tiered storage needs/);
    // An option feasible on both sides keeps its line-item differences.
    const std = r.differences.find((x) => x.option === "standard");
    expect(std?.changedFeasible).toBe(true);
    expect(std?.lineItems.length).toBeGreaterThan(0);
    expect(std?.changedReasons).toEqual([]);
  });
  it("the table shows it infeasible with the reason, and no line item table for it", () => {
    const t = runCli(["whatif", "fixtures/workloads/small.yaml", "--set", "retention=2d"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/│ standard-tiered +│ +\$[\d,.]+ │ +infeasible │ +— │/);
    expect(t.stdout).toMatch(
      /standard-tiered: infeasible after the change: retention 2 days < 3 days \(tiered storage needs/,
    );
    expect(t.stdout).not.toMatch(/^standard-tiered:\n/m);
    expect(t.stdout).not.toMatch(/\$0\.00/);
  });
});
