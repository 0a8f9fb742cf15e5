// The MSK options against a catalog with prices taken out (a catalog file with fewer prices is
// what `--catalog FILE` gives): what is missing is listed and never counted as $0 or as
// infeasible, on both the plan and the sweep (evaluate) paths. The bundled us-east-1 prices are
// copied and some removed, so each rule is seen on its own.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";

const R = "us-east-1";
/** The bundled catalog without the us-east-1 prices whose dimension `drop` accepts. */
function without(drop: (dimension: string) => boolean): Catalog {
  const c = structuredClone(bundledCatalog()) as Catalog;
  const prices = c.regions[R] as Record<string, unknown>;
  for (const d of Object.keys(prices)) if (drop(d)) delete prices[d];
  return c;
}
function planBoth(catalog: Catalog, stream: Record<string, unknown>, clientConnections = 10) {
  const w = parseWorkload({
    region: R,
    clientConnections,
    streams: [{ name: "s", partitions: 6, ...stream }],
  });
  const p = preparePlanner({ catalog, region: R });
  const planned = p.plan(w).options;
  const evaluated = p.evaluate(w);
  return (id: string) => {
    const o = planned.find((x) => x.option === id) as OptionResult;
    expect(evaluated.find((x) => x.option === id)).toEqual({
      option: id,
      feasible: o.feasible,
      monthlyUsd: o.monthlyUsd,
      priced: o.priced,
    });
    return o;
  };
}

describe("no cross-AZ price", () => {
  it("0 MiB/s in moves nothing across AZs: no cross-AZ line, nothing missing, complete", () => {
    // Express: 3 × express.m7g.large × 730 h × $0.408 = $893.52; 0 GB written, 0 GB-months held.
    const get = planBoth(
      without((d) => d === "crossAz"),
      { ingress: "0 MiB/s" },
    );
    const e = get("express");
    expect(e.priced).toBe("complete");
    expect(e.lineItems.map((l) => l.dimension)).toEqual([
      "broker:express.m7g.large",
      "expressDataWritten",
      "expressStorage",
    ]);
    expect(e.monthlyUsd).toBeCloseTo(3 * 730 * 0.408, 9);
    for (const id of ["standard", "standard-tiered", "serverless"]) expect(get(id).priced).toBe("complete");
  });

  it("1 MiB/s in: cross-AZ is missing (listed), the rest priced: partial", () => {
    const get = planBoth(
      without((d) => d === "crossAz"),
      { ingress: "1 MiB/s" },
    );
    for (const id of ["standard", "express"]) {
      expect(get(id).priced).toBe("partial");
      expect(get(id).missingPrices.map((m) => m.dimension)).toEqual(["crossAz"]);
    }
  });
});

describe("no Express price at all", () => {
  it("Express stays feasible, priced none, its total null (never $0), each missing price listed once", () => {
    const get = planBoth(
      without((d) => d.startsWith("broker:express.") || d.startsWith("express") || d === "crossAz"),
      { ingress: "1 MiB/s" },
    );
    const e = get("express");
    expect(e.feasible).toBe(true);
    expect(e.priced).toBe("none");
    expect(e.monthlyUsd).toBeNull();
    expect(e.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 3 });
    expect(e.missingPrices.map((m) => m.dimension)).toEqual([
      "broker:express.m7g.large",
      "expressDataWritten",
      "expressStorage",
      "crossAz",
    ]);
    expect(e.notes[1]).toMatch(
      /^no instance type with a broker-hour price in us-east-1 fits; sized with one that has none/,
    );
  });
});

describe("Express's closest configuration is its largest size, wherever the priced sizes are listed", () => {
  it("express.m7g.large unpriced (listed after the priced sizes): 60,000 MB/s is still compared on express.m7g.16xlarge", () => {
    const get = planBoth(
      without((d) => d === "broker:express.m7g.large"),
      { ingress: "60000 MB/s", partitions: 500_000, replicationFactor: 3 },
    );
    expect(get("express").configuration).toMatchObject({ instanceType: "express.m7g.16xlarge", brokers: 60 });
  });
});
