// Law: the lean per-scenario path (planner.evaluate, what sweeps and Monte Carlo call) and the full
// plan agree exactly — same feasibility, same pricing completeness, and monthlyUsd strictly equal
// (===, to the last bit; with missing prices too: test/plan/pricing-completeness.property.test.ts) —
// for every registered option, the MSK options and the alternatives (issue #5: "sweep rows equal
// individual plan calls"). The case that used to differ in the last digit: standard on
// fixtures/workloads/typical.yaml (19291.676220703128 vs …124, when evaluate summed the sizer's
// cost plus extras instead of the priced line items).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { beforeEach, describe, expect, test } from "vitest";
import { parse } from "yaml";
import type { Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { registeredOptions } from "../../src/plan/options.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { totalUsd } from "../../src/pricing/line-item.js";
import { workloadArb } from "./arbitraries.js";

const catalog = bundledCatalog();
// registeredOptions() after the planner module registered every option (it imports them all).
let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog, region: "us-east-1", options: registeredOptions() });
});

function expectAgree(w: Workload): void {
  const full = new Map(planner.plan(w).options.map((o) => [o.option, o]));
  const lean = planner.evaluate(w);
  expect(lean.map((e) => e.option)).toEqual(planner.options);
  for (const e of lean) {
    const o = full.get(e.option);
    expect(e.feasible, e.option).toBe(o?.feasible);
    expect(e.priced, e.option).toBe(o?.priced);
    if (e.feasible)
      expect(Object.is(e.monthlyUsd, o?.monthlyUsd), `${e.option}: ${e.monthlyUsd} vs ${o?.monthlyUsd}`).toBe(
        true,
      );
    else expect(e.monthlyUsd, e.option).toBeNull();
  }
}

describe("evaluate === plan", () => {
  test("covers the MSK options and the alternatives", () => {
    expect(planner.options).toEqual(
      expect.arrayContaining(["standard", "standard-tiered", "express", "serverless", "self-managed"]),
    );
  });

  for (const name of ["small", "typical", "heavy", "long-retention", "many-partitions"]) {
    test(`fixtures/workloads/${name}.yaml: every option, strictly equal`, () => {
      const raw = parse(
        readFileSync(new URL(`../../fixtures/workloads/${name}.yaml`, import.meta.url), "utf8"),
      );
      expectAgree(parseWorkload(raw));
    });
  }

  test("typical.yaml standard: the cost that used to differ in the last bit", () => {
    const raw = parse(
      readFileSync(new URL("../../fixtures/workloads/typical.yaml", import.meta.url), "utf8"),
    );
    const w = parseWorkload(raw);
    const std = planner.evaluate(w).find((e) => e.option === "standard");
    const planned = planner.plan(w).options.find((o) => o.option === "standard");
    expect(std?.feasible).toBe(true);
    expect(std?.monthlyUsd).toBe(planned?.monthlyUsd);
    // …and that cost is the sum of its line items in their order (the `plan --json` contract).
    expect(std?.monthlyUsd).toBe(totalUsd(planned?.lineItems ?? []));
  });

  test("random workloads (2 and 3 AZs, tiered and not, 1-3 streams): every option, strictly equal", () => {
    fc.assert(
      fc.property(workloadArb, (w) => expectAgree(w)),
      { numRuns: 200 },
    );
  });
});
