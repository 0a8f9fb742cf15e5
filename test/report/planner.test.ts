// The report over the real planner: every fixture workload, every option, every line item's
// quantity is a live formula that reproduces the planner's number.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel } from "../../src/report/model.js";
import { REPORT_OPTS } from "./fixture.js";

const FIXTURES = ["small", "typical", "heavy", "long-retention", "many-partitions"];

describe("report model over the real planner", () => {
  for (const f of FIXTURES) {
    it(`${f}.yaml: every line item quantity is a formula over the assumptions`, () => {
      const w = parseWorkload(parse(readFileSync(`fixtures/workloads/${f}.yaml`, "utf8")));
      const p = plan(w, { catalog: bundledCatalog() });
      const m = buildReportModel(p, REPORT_OPTS);
      const fallback = m.options.flatMap((o) =>
        o.lines.filter((l) => !l.quantityExpr).map((l) => `${o.id}:${l.dimension}`),
      );
      expect(fallback).toEqual([]);
      for (const o of p.options) {
        const s = m.options.find((x) => x.id === o.option);
        if (o.feasible) expect(s?.totalUsd).toBeCloseTo(o.monthlyUsd as number, 2);
        else expect(s?.totalName).toBeNull();
      }
    });
  }
});

describe("tiered storage formulas (issue #12)", () => {
  it("ap-southeast-1, one tiered stream with tierReads and one not tiered: tier GB-months and retrieval GB are live formulas equal to the plan", () => {
    const w = parseWorkload({
      region: "ap-southeast-1",
      streams: [
        {
          name: "a",
          ingress: "10 MiB/s",
          partitions: 60,
          retention: "7d",
          localRetention: "1d",
          tierReads: "2 TiB/month",
        },
        { name: "b", ingress: "5 MiB/s", partitions: 30, retention: "2d", tierReads: "1 TiB/month" },
      ],
    });
    const p = plan(w, { catalog: bundledCatalog(), options: ["standard-tiered"] });
    const m = buildReportModel(p, REPORT_OPTS);
    const sheet = m.options.find((x) => x.id === "standard-tiered");
    const tier = sheet?.lines.find((l) => l.dimension === "tieredStorage");
    const retrieval = sheet?.lines.find((l) => l.dimension === "tieredRetrieval");
    // Tier: only stream a, whole retention: 10 × 604,800 ÷ 1,024 = 5,906.25 GB-months (b is not tiered).
    // The quantities read the workload's derived cells; those hold the per-stream condition.
    expect(tier?.quantityFormula).toBe(
      "(demand_tiered_stored_bytes/bytes_per_billed_gb)*(hours/hours_per_month)",
    );
    const derived = (name: string) => m.derived?.find((d) => d.name === name)?.formula;
    expect(derived("demand_tiered_stored_bytes")).toMatch(
      /^IF\(stream1_retention_h\*seconds_per_hour>stream1_local_retention_h\*seconds_per_hour,/,
    );
    expect(tier?.quantity).toBe(5906.25);
    // Retrieval: only stream a's 2 TiB = 2,048 GB (b reads from EBS).
    expect(retrieval?.quantityFormula).toBe(
      "demand_tier_read_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
    expect(derived("demand_tier_read_bytes_per_sec")).toMatch(/^IF\(.*\+IF\(/);
    expect(retrieval?.quantity).toBeCloseTo(2048, 6);
  });
});
