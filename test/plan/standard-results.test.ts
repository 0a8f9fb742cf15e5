// The Standard options' results beyond the totals (issue #16: pinned only by CLI tests, which
// mutation testing cannot see): provisioned storage throughput priced on both paths, the notes,
// no candidate type, a type without a broker-hour price used only when no priced type fits, and
// the tier-read note when retrieval has no price.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan, preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { thrownInputError } from "../helpers/thrown.js";
import { smallWorkload } from "./small-stream.js";

const R = "us-east-1";
const MODEL_NOTE =
  "sized with the AWS blog Equation 1 flows (sizingModel blog); utilisation is at peak with one of 3 AZs lost";

function both(
  raw: Record<string, unknown>,
  id: string,
  opts: { hours?: number; catalog?: Catalog; types?: string[] } = {},
) {
  const p = preparePlanner({
    catalog: opts.catalog ?? bundledCatalog(),
    region: R,
    ...(opts.hours === undefined ? {} : { hours: opts.hours }),
    ...(opts.types ? { instanceTypes: opts.types } : {}),
  });
  const w = parseWorkload(raw);
  const o = p.plan(w).options.find((x) => x.option === id) as OptionResult;
  expect(p.evaluate(w).find((x) => x.option === id)).toEqual({
    option: id,
    feasible: o.feasible,
    monthlyUsd: o.monthlyUsd,
    priced: o.priced,
  });
  return o;
}
const lines = (o: OptionResult) => o.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd]);

describe("provisioned storage throughput, on the plan and the sweep paths", () => {
  // 1,200 MiB/s in, no consumers, kept 1 hour: 39 × kafka.m7g.2xlarge with 277 MiB/s PST each
  // (the sizer's choice; test/limits/standard-storage.test.ts pins its rules).
  const raw = {
    region: R,
    streams: [{ name: "s", ingress: "1200 MiB/s", consumerGroups: 0, partitions: 60, retention: "1h" }],
  };
  it("730 h: 39 × 277 = 10,803 MiB/s-months × $0.08 beside the broker-hours, storage and cross-AZ", () => {
    const o = both(raw, "standard");
    expect(o.configuration).toMatchObject({
      instanceType: "kafka.m7g.2xlarge",
      brokers: 39,
      provisionedThroughputMiBps: 277,
    });
    expect(o.feasible && o.binding).toBe("storageThroughput");
    // Cross-AZ: ⅔ of 1,200 MiB/s = 800 MiB/s × 2,628,000 s ÷ 1,024 = 2,053,125 GB.
    expect(lines(o)).toEqual([
      ["broker:kafka.m7g.2xlarge", 39 * 730, 0.816],
      ["storage", 39 * 650, 0.1],
      ["pst", 39 * 277, 0.08],
      ["crossAz", 2_053_125, 0.02],
    ]);
    expect(o.monthlyUsd).toBeCloseTo(28_470 * 0.816 + 25_350 * 0.1 + 10_803 * 0.08 + 2_053_125 * 0.02, 6);
  });

  it("365 h: the PST line is per month, so it halves (5,401.5 MiB/s-months), as every other line", () => {
    const o = both(raw, "standard", { hours: 365 });
    expect(o.configuration).toMatchObject({ brokers: 39, provisionedThroughputMiBps: 277 });
    expect(lines(o)).toEqual([
      ["broker:kafka.m7g.2xlarge", 39 * 365, 0.816],
      ["storage", (39 * 650) / 2, 0.1],
      ["pst", (39 * 277) / 2, 0.08],
      ["crossAz", 2_053_125 / 2, 0.02],
    ]);
  });

  it("without a PST price: listed missing, the total a lower bound on both paths", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    delete (c.regions[R] as Record<string, unknown>).pst;
    const o = both(raw, "standard", { catalog: c });
    expect(o.priced).toBe("partial");
    expect(o.missingPrices.map((m) => m.dimension)).toEqual(["pst"]);
  });
});

describe("Standard notes", () => {
  it("us-east-1 prices every type: the model note only (no unpriced-type note, no tier notes)", () => {
    expect(both(smallWorkload(R), "standard").notes).toEqual([MODEL_NOTE]);
  });

  it("tier reads where retrieval has no price (us-east-1): the note says it is listed as a missing price", () => {
    const o = both(
      {
        region: R,
        streams: [
          {
            name: "s",
            ingress: "10 MiB/s",
            partitions: 60,
            retention: "7d",
            localRetention: "1d",
            tierReads: "2 TiB/month",
          },
        ],
      },
      "standard-tiered",
    );
    expect(o.notes).toContain(
      "tier reads: 2,048 GiB read back from the tier over the period (tierReads), retrieval listed as a missing price and fetched by the brokers (network in)",
    );
  });

  it("exactly 3 days, all kept locally: the rule, not a retention below 3 days", () => {
    const o = both(
      {
        region: R,
        streams: [{ name: "s", ingress: "1 MiB/s", partitions: 6, retention: "3d", localRetention: "3d" }],
      },
      "standard-tiered",
    );
    expect(o.reasons).toEqual([
      "no stream can use tiered storage: each keeps all of its retention locally (give a localRetention below retention): retention 3 days, rule 3 days",
    ]);
  });
});

describe("which types are candidates", () => {
  it("no Standard type allowed (express.* only): both Standard options infeasible, saying so", () => {
    const types = ["express.m7g.large"];
    expect(both(smallWorkload(R), "standard", { types }).reasons).toEqual([
      "candidate broker types 0 < 1 (the allow-list instanceTypes / --instance-types leaves no Standard type)",
    ]);
    const tiered = both(smallWorkload(R), "standard-tiered", { types });
    expect([tiered.feasible, tiered.notes]).toEqual([false, []]);
    expect(tiered.reasons).toEqual([
      "candidate broker types 0 < 1 (the allow-list instanceTypes / --instance-types leaves no tiered-storage-capable Standard type)",
    ]);
  });

  it("only kafka.m7g.large priced and 3,000 MiB/s needs more than 60 of them: an unpriced type is used, noted, priced partial", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    const prices = c.regions[R] as Record<string, unknown>;
    for (const d of Object.keys(prices))
      if (d.startsWith("broker:kafka.") && d !== "broker:kafka.m7g.large") delete prices[d];
    const o = both(
      {
        region: R,
        streams: [{ name: "s", ingress: "3000 MiB/s", consumerGroups: 1, partitions: 600, retention: "1h" }],
      },
      "standard",
      { catalog: c },
    );
    expect(o.feasible).toBe(true);
    expect(o.priced).toBe("partial");
    expect((o.configuration as { instanceType: string }).instanceType).not.toBe("kafka.m7g.large");
    expect(o.notes[1]).toMatch(
      /^no instance type with a broker-hour price in us-east-1 fits; sized with one that has none, chosen on its priced costs \(types without a price: kafka\.m5\.large, /,
    );
  });
});

describe("more Standard edges", () => {
  const onlyLarge = () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    const prices = c.regions[R] as Record<string, unknown>;
    for (const d of Object.keys(prices))
      if (d.startsWith("broker:kafka.") && d !== "broker:kafka.m7g.large") delete prices[d];
    return c;
  };
  it("no Standard type priced at all: the first unpriced type is chosen and the note says none with a price fits", () => {
    // Every kafka.* broker-hour price taken out: the unpriced types are chosen on their priced
    // costs (storage), and the one chosen is the first of them (index 0 = the count of priced types).
    const c = structuredClone(bundledCatalog()) as Catalog;
    const prices = c.regions[R] as Record<string, unknown>;
    for (const d of Object.keys(prices)) if (d.startsWith("broker:kafka.")) delete prices[d];
    const o = both(smallWorkload(R), "standard", { catalog: c });
    expect([o.feasible, o.priced, (o.configuration as { instanceType: string }).instanceType]).toEqual([
      true,
      "partial",
      "kafka.m5.large",
    ]);
    expect(o.notes[1]).toMatch(
      /^no instance type with a broker-hour price in us-east-1 fits; sized with one that has none, chosen on its priced costs \(types without a price: kafka\.m5\.large, /,
    );
  });

  it("the priced type fits: the unpriced types are only mentioned as considered in case none did", () => {
    const o = both(smallWorkload(R), "standard", { catalog: onlyLarge() });
    expect(o.priced).toBe("complete");
    expect(o.notes[1]).toMatch(
      /^types without a broker-hour price in us-east-1 \(kafka\.m5\.large, .*\) were considered only in case no priced type fits$/,
    );
  });

  it("the closest configuration names storage only when storage needs more brokers than the quota (kept 1 hour: it does not)", () => {
    const o = both(
      {
        region: R,
        clientConnections: 10,
        streams: [{ name: "s", ingress: "20000 MB/s", partitions: 6000, retention: "1h" }],
      },
      "standard",
    );
    expect(o.feasible).toBe(false);
    expect(o.reasons.some((r) => r.startsWith("storage per broker"))).toBe(false);
    expect(o.reasons.some((r) => r.startsWith("network out per broker"))).toBe(true);
  });

  it("tiered with nothing to hold (0 B/s in) where the tier has no price: no tier line, nothing missing", () => {
    const c = structuredClone(bundledCatalog()) as Catalog;
    delete (c.regions[R] as Record<string, unknown>).tieredStorage;
    const o = both(
      {
        region: R,
        streams: [{ name: "s", ingress: "0 MiB/s", partitions: 6, retention: "7d", localRetention: "1d" }],
      },
      "standard-tiered",
      { catalog: c },
    );
    expect(o.priced).toBe("complete");
    expect(o.lineItems.map((l) => l.dimension)).not.toContain("tieredStorage");
  });
});

describe("plan(): a workload object built by hand", () => {
  it("an instanceTypes entry naming no type is refused, the path instanceTypes", () => {
    const w = { ...parseWorkload(smallWorkload(R)), instanceTypes: ["kafka.zz9.large"] };
    expect(thrownInputError(() => plan(w, { catalog: bundledCatalog() })).path).toBe("instanceTypes");
  });
});
