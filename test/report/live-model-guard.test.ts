// The live sheet's guard (src/report/live-model.ts): an option keeps its live sheet only when the
// sheet, evaluated here, is the planner's result — feasibility, brokers, every configuration cell,
// every billed line's quantity, the count of missing prices and the total — and the catalog is the
// one the plan was priced with. Each check is shown with a plan that fails it (the planner's result
// altered in one field: the sheet no longer reproduces it, so the option falls back to fixed
// values) beside the unaltered plan that passes. Plans come from the real planner (small.yaml,
// bundled prices), built inside each test.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionId, OptionResult, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { templates, unitPriceRows } from "../../src/report/live-context.js";
import {
  instanceEnv,
  instanceSheet,
  type LiveView,
  liveOption,
  matchingCatalog,
} from "../../src/report/live-model.js";
import { buildReportModel } from "../../src/report/model.js";
import { REPORT_OPTS } from "./fixture.js";

const R = "us-east-1";
const small = () => parse(readFileSync("fixtures/workloads/small.yaml", "utf8")) as Record<string, unknown>;
const planOf = (
  input: Record<string, unknown>,
  options: OptionId[],
  catalog: Catalog = bundledCatalog(),
  instanceTypes?: string[],
) => plan(parseWorkload(input), { catalog, options, ...(instanceTypes ? { instanceTypes } : {}) });
const liveOf = (p: PlanResult, id: OptionId, catalog: Catalog = bundledCatalog()): LiveView | null =>
  buildReportModel(p, { ...REPORT_OPTS, catalog }).options.find((o) => o.id === id)?.live ?? null;
/** A copy of the plan with one option's result changed by `f`. */
const altered = (p: PlanResult, id: OptionId, f: (o: OptionResult & Record<string, unknown>) => void) => {
  const q = structuredClone(p);
  f(q.options.find((o) => o.option === id) as OptionResult & Record<string, unknown>);
  return q;
};
const config = (o: OptionResult) => o.configuration as unknown as Record<string, unknown>;
const value = (v: LiveView, name: string) => v.env.get(name);
const catalogWith = (f: (prices: Record<string, { amount: number }>) => void) => {
  const c = structuredClone(bundledCatalog()) as Catalog;
  f(c.regions[R] as unknown as Record<string, { amount: number }>);
  return c;
};

describe("the planner's own result reproduces", () => {
  it("small.yaml Standard: 3 × kafka.m7g.large, 507 GiB each; lines and total as the planner's", () => {
    const p = planOf(small(), ["standard"]);
    const v = liveOf(p, "standard") as LiveView;
    expect(v).not.toBeNull();
    expect(value(v, "brokers_standard")).toBe(3);
    expect(value(v, "standard_storagePerBrokerGiB")).toBe(507);
    // Broker-hours: 3 brokers × 730 h = 2,190, × $0.204 = $446.76.
    // Storage: 3 × 507 GiB = 1,521 GB-months, × $0.10 = $152.10.
    // Cross-AZ: 5,132.8125 GB × $0.02 = $102.65625. PST is not bought: its line is not billed.
    const lines = v.lines.map((l) => [l.dimension, value(v, l.quantity.name), value(v, l.cost.name)]);
    expect(lines).toEqual([
      ["broker", 2190, expect.closeTo(446.76, 9)],
      ["storage", 1521, expect.closeTo(152.1, 9)],
      ["pst", 0, 0],
      ["crossAz", 5132.8125, expect.closeTo(102.65625, 9)],
    ]);
    // Total: 446.76 + 152.10 + 102.65625 = $701.51625, the planner's.
    expect(p.options[0]?.monthlyUsd).toBeCloseTo(701.51625, 9);
    // Three billed lines, all priced: 0 without a price, 3 with one. The two counts are the last
    // configuration rows, whole numbers.
    const [missing, priced] = v.sizing.config.slice(-2);
    expect(missing).toEqual({
      key: "missing",
      label: "Billed lines without a price (0 = completely priced)",
      entry: { name: "standard_missing_prices", expr: expect.anything(), format: "int" },
    });
    expect(priced).toEqual({
      key: "priced",
      label: "Billed lines with a price",
      entry: { name: "standard_priced_lines", expr: expect.anything(), format: "int" },
    });
    expect([value(v, v.missingName), value(v, v.pricedName)]).toEqual([0, 3]);
  });

  it("a zero price is still a billed line: cross-AZ at $0 reproduces, the total $446.76 + $152.10 = $598.86", () => {
    const c = catalogWith((r) => {
      (r.crossAz as { amount: number }).amount = 0;
    });
    const p = planOf(small(), ["standard"], c);
    const o = p.options[0] as OptionResult;
    expect(o.lineItems.map((l) => [l.dimension, l.unitPriceUsd])).toContainEqual(["crossAz", 0]);
    expect(o.monthlyUsd).toBeCloseTo(598.86, 9);
    const v = liveOf(p, "standard", c) as LiveView;
    expect(v).not.toBeNull();
    const total = v.lines.reduce((t, l) => t + (value(v, l.cost.name) ?? 0), 0);
    expect(total).toBeCloseTo(598.86, 9);
    expect(value(v, v.pricedName)).toBe(3);
  });

  it("a missing storage price: the line is billed without a price (1 missing, 2 priced) and the partial total reproduces", () => {
    const c = catalogWith((r) => {
      delete r.storage;
    });
    const p = planOf(small(), ["standard"], c);
    const o = p.options[0] as OptionResult;
    expect([o.priced, o.missingPrices.map((m) => m.dimension)]).toEqual(["partial", ["storage"]]);
    const v = liveOf(p, "standard", c) as LiveView;
    expect(v).not.toBeNull();
    expect([value(v, v.missingName), value(v, v.pricedName)]).toEqual([1, 2]);
    // $446.76 + $102.65625 = $549.41625, a lower bound.
    expect(o.monthlyUsd).toBeCloseTo(549.41625, 9);
  });

  it("nothing priced (no broker-hour, storage, PST or cross-AZ price): no total, and the sheet still reproduces", () => {
    const c = catalogWith((r) => {
      for (const d of ["broker:kafka.m7g.large", "storage", "pst", "crossAz"]) delete r[d];
    });
    const p = planOf(small(), ["standard"], c, ["kafka.m7g.large"]);
    const o = p.options[0] as OptionResult;
    expect([o.feasible, o.priced, o.monthlyUsd]).toEqual([true, "none", null]);
    const v = liveOf(p, "standard", c) as LiveView;
    expect(v).not.toBeNull();
    expect([value(v, v.missingName), value(v, v.pricedName)]).toEqual([3, 0]);
  });

  it("with provisioned storage throughput: 1,200 MiB/s kept 1 hour, 39 × kafka.m7g.2xlarge at 277 MiB/s each", () => {
    const raw = {
      region: R,
      streams: [{ name: "s", ingress: "1200 MiB/s", consumerGroups: 0, partitions: 60, retention: "1h" }],
    };
    const p = planOf(raw, ["standard"]);
    expect(config(p.options[0] as OptionResult)).toMatchObject({
      brokers: 39,
      provisionedThroughputMiBps: 277,
    });
    const v = liveOf(p, "standard") as LiveView;
    expect(value(v, "standard_provisionedThroughputMiBps")).toBe(277);
    // The planner saying "no PST" where the sheet buys 277 MiB/s: not reproduced.
    const none = altered(p, "standard", (o) => {
      config(o).provisionedThroughputMiBps = null;
    });
    expect(liveOf(none, "standard")).toBeNull();
  });
});

describe("a planner's result the sheet does not reproduce keeps fixed values", () => {
  const cases: [string, (o: OptionResult & Record<string, unknown>) => void][] = [
    [
      "feasibility (the planner says infeasible, the sheet feasible)",
      (o) => {
        o.feasible = false;
      },
    ],
    [
      "brokers 4 (the sheet: 3)",
      (o) => {
        config(o).brokers = 4;
      },
    ],
    [
      "instance type kafka.m5.large (the sheet: kafka.m7g.large)",
      (o) => {
        config(o).instanceType = "kafka.m5.large";
      },
    ],
    [
      "storage 508 GiB per broker (the sheet: 507)",
      (o) => {
        config(o).storagePerBrokerGiB = 508;
      },
    ],
    [
      "PST 0 MiB/s written as a number 1 (the sheet: 0)",
      (o) => {
        config(o).provisionedThroughputMiBps = 1;
      },
    ],
    [
      "a storage quantity of 1,522 GB-months (the sheet: 1,521)",
      (o) => {
        (o.lineItems[1] as { quantity: number }).quantity = 1522;
      },
    ],
    [
      "a storage line named as tiered storage (no such billed line on the sheet)",
      (o) => {
        (o.lineItems[1] as { dimension: string }).dimension = "tieredStorage";
      },
    ],
    [
      "one line fewer (no cross-AZ line; the sheet bills 3)",
      (o) => {
        o.lineItems.pop();
      },
    ],
    [
      "one missing price more (the sheet: none)",
      (o) => {
        o.missingPrices.push({
          ...(o.lineItems[0] as object),
          name: "x",
          dimension: "storage",
          reason: "x",
        } as never);
      },
    ],
    [
      "a total $0.000001 above (more than one part in 10⁹ of $701.52)",
      (o) => {
        o.monthlyUsd = (o.monthlyUsd as number) + 1e-6;
      },
    ],
  ];
  for (const [what, change] of cases)
    it(what, () => {
      const p = planOf(small(), ["standard"]);
      expect(liveOf(p, "standard"), "unaltered").not.toBeNull();
      expect(liveOf(altered(p, "standard", change), "standard")).toBeNull();
    });

  it("a total $0.0000001 above still reproduces: within one part in 10⁹ of $701.52 (a sum in another order)", () => {
    const p = planOf(small(), ["standard"]);
    // Tolerance: 10⁻⁹ × $701.51625 ≈ $0.0000007; the change is $0.0000001.
    const q = altered(p, "standard", (o) => {
      o.monthlyUsd = (o.monthlyUsd as number) + 1e-7;
    });
    expect(liveOf(q, "standard")).not.toBeNull();
  });

  it("every price $0: a total 10⁻⁹ off the sheet's $0 still reproduces (the tolerance, inclusive); 2 × 10⁻⁹ off does not", () => {
    // Below $1 the tolerance is absolute: 10⁻⁹ × max(1, |total|) = 10⁻⁹.
    const c = catalogWith((r) => {
      for (const d of ["broker:kafka.m7g.large", "storage", "pst", "crossAz"])
        (r[d] as { amount: number }).amount = 0;
    });
    const p = planOf(small(), ["standard"], c, ["kafka.m7g.large"]);
    expect([p.options[0]?.priced, p.options[0]?.monthlyUsd]).toEqual(["complete", 0]);
    expect(liveOf(p, "standard", c)).not.toBeNull();
    const off = (usd: number) =>
      altered(p, "standard", (o) => {
        o.monthlyUsd = usd;
      });
    expect(liveOf(off(1e-9), "standard", c)).not.toBeNull();
    expect(liveOf(off(2e-9), "standard", c)).toBeNull();
  });

  it("an infeasible option reproduces on feasibility alone", () => {
    const input = small();
    ((input.streams as Record<string, unknown>[])[0] as Record<string, unknown>).partitions = 5_000_000;
    const p = planOf(input, ["standard", "express"]);
    expect(p.options.map((o) => o.feasible)).toEqual([false, false]);
    expect(liveOf(p, "standard")).not.toBeNull();
    expect(liveOf(p, "express")).not.toBeNull();
    // The planner saying feasible where the sheet finds nothing: not reproduced.
    expect(
      liveOf(
        altered(p, "express", (o) => {
          o.feasible = true;
        }),
        "express",
      ),
    ).toBeNull();
  });
});

describe("the catalog check and the sheet's building", () => {
  it("matchingCatalog: the plan's own catalog; none given; a different or missing price for a plan line", () => {
    const p = planOf(small(), ["standard"]);
    const c = bundledCatalog();
    expect(matchingCatalog(p, c)).toBe(c);
    expect(matchingCatalog(p, undefined)).toBeNull();
    const dearer = catalogWith((r) => {
      (r.storage as { amount: number }).amount = 0.11;
    });
    expect(matchingCatalog(p, dearer)).toBeNull();
    const without = catalogWith((r) => {
      delete r.crossAz;
    });
    expect(matchingCatalog(p, without)).toBeNull();
    expect(liveOf(p, "standard", dearer)).toBeNull();
  });

  it("a dimension without a price cell is an error naming it", () => {
    const p = planOf(small(), ["standard"]);
    const c = bundledCatalog();
    const prices = unitPriceRows(p, c, new Map(), p.instanceTypes).filter((r) => r.dimension !== "storage");
    expect(prices.length).toBeGreaterThan(0);
    expect(() =>
      liveOption(p, p.options[0] as OptionResult, c, prices, new Map(), "standard", "brokers_standard"),
    ).toThrow("report: no price cell for storage");
  });

  it("no candidate type of an option's family: that option has no live sheet, the others keep theirs", () => {
    const onlyStandard = planOf(small(), ["standard", "express"], bundledCatalog(), ["kafka.m7g.large"]);
    expect(liveOf(onlyStandard, "express")).toBeNull();
    expect(liveOf(onlyStandard, "standard")).not.toBeNull();
    const onlyExpress = planOf(small(), ["standard", "express"], bundledCatalog(), ["express.m7g.large"]);
    expect(liveOf(onlyExpress, "standard")).toBeNull();
    expect(liveOf(onlyExpress, "express")).not.toBeNull();
  });

  it("a sheet without a configuration to word its lines by takes the first type with PST (kafka.m5.4xlarge, not kafka.m5.large)", () => {
    // Tiered storage with every stream kept 1 hour (nothing to tier): infeasible with no
    // configuration tried. kafka.m5.large (first, no PST) has no broker-hour price here,
    // kafka.m5.4xlarge (PST) has one: the broker line's source is kafka.m5.4xlarge's, not "missing".
    const c = catalogWith((r) => {
      delete r["broker:kafka.m5.large"];
    });
    const input = small();
    const stream = (input.streams as Record<string, unknown>[])[0] as Record<string, unknown>;
    stream.retention = "1h";
    delete stream.localRetention;
    const p = planOf(input, ["standard-tiered"], c, ["kafka.m5.large", "kafka.m5.4xlarge"]);
    expect([p.options[0]?.feasible, p.options[0]?.configuration]).toEqual([false, null]);
    const v = liveOf(p, "standard-tiered", c) as LiveView;
    expect(v).not.toBeNull();
    const broker = v.lines.find((l) => l.dimension === "broker");
    const expected = templates("standard-tiered", p, c, "kafka.m5.4xlarge")("broker");
    expect(expected.source).not.toMatch(/^missing/);
    expect(broker?.source).toBe(expected.source);
    expect(broker?.sourceUrl).toBe(expected.sourceUrl);
    expect(v.lines.find((l) => l.dimension === "storage")?.component).toBe(
      "Broker storage (EBS, provisioned)",
    );
  });

  it("a tiered sheet without a configuration is worded by a type with tiered storage, never kafka.t3.small", () => {
    // kafka.t3.small (first in the table, no tiered storage, no PST) and kafka.m7g.large (both):
    // 1 day's retention is within the tiered option's local minimum, so it is infeasible with no
    // configuration. Wording it by t3.small priced a tiered configuration on a type without tiered
    // storage, an input error that stopped the whole report (found in the mutation work).
    const input = small();
    const stream = (input.streams as Record<string, unknown>[])[0] as Record<string, unknown>;
    stream.retention = "1h";
    delete stream.localRetention;
    const p = planOf(input, ["standard", "standard-tiered"], bundledCatalog(), [
      "kafka.t3.small",
      "kafka.m7g.large",
    ]);
    expect([p.options[1]?.feasible, p.options[1]?.configuration]).toEqual([false, null]);
    const v = liveOf(p, "standard-tiered") as LiveView;
    const broker = v.lines.find((l) => l.dimension === "broker");
    expect(broker?.source).toBe(
      templates("standard-tiered", p, bundledCatalog(), "kafka.m7g.large")("broker").source,
    );
    // Only t3.small allowed: no type has tiered storage, so there is no tiered sheet (fixed values),
    // and the report is built rather than stopped by an error.
    const t3 = planOf(input, ["standard", "standard-tiered"], bundledCatalog(), ["kafka.t3.small"]);
    expect(liveOf(t3, "standard-tiered")).toBeNull();
    expect(liveOf(t3, "standard")).not.toBeNull();
  });

  it("the sheet's values answer a name not on the sheet with undefined, as a Map does", () => {
    const v = liveOf(planOf(small(), ["standard"]), "standard") as LiveView;
    expect(v.env.get("no_such_cell")).toBeUndefined();
    expect(v.env.get("brokers_standard")).toBe(3);
  });
});

describe("the Instance types sheet", () => {
  it("headers, the Serverless quotas as labelled cells, and the unit conventions with their sources", () => {
    const p = planOf(small(), ["standard", "express"], bundledCatalog(), [
      "kafka.m5.large",
      "express.m7g.large",
    ]);
    const s = instanceSheet(p);
    expect(s.standardHeader).toEqual([
      "Network baseline (Gbps)",
      "EBS baseline (MB/s)",
      "PST minimum (MiB/s)",
      "PST maximum (MiB/s; 0 = no PST)",
      "Partitions per broker, recommended",
      "Partitions per broker, maximum",
      "Storage per broker, minimum (GiB)",
      "Storage per broker, maximum (GiB)",
      "Brokers per cluster, maximum",
      "Connections per broker",
      "Tiered storage (1 = yes)",
    ]);
    expect(s.expressHeader).toEqual([
      "Sustained ingress (MB/s)",
      "Sustained egress (MB/s)",
      "Partitions per broker, recommended",
      "Partitions per broker, maximum",
      "Brokers per cluster, maximum",
      "Connections per broker",
    ]);
    expect([s.standard.map((r) => r.type), s.express.map((r) => r.type)]).toEqual([
      ["kafka.m5.large"],
      ["express.m7g.large"],
    ]);
    // kafka.m5.large: 0.75 Gbps network baseline, tiered storage available.
    expect(s.standard[0]?.cells[0]).toEqual({
      name: "kafka_m5_large_network_Gbps",
      value: 0.75,
      format: "number",
    });
    expect(s.standard[0]?.cells[10]).toEqual({ name: "kafka_m5_large_tiered", value: 1, format: "flag" });
    // Rates and sizes with decimals, counts as whole numbers.
    expect(s.quotas.map((q) => [q.label, q.unit, q.cell.name, q.cell.format])).toEqual([
      ["Serverless: Ingress per cluster", "MB/s", "serverless_max_ingress_MBps", "number"],
      ["Serverless: Egress per cluster", "MB/s", "serverless_max_egress_MBps", "number"],
      ["Serverless: Partitions per cluster (leaders)", "partitions", "serverless_max_partitions", "int"],
      ["Serverless: Ingress per partition", "MB/s", "serverless_max_ingress_per_partition_MBps", "number"],
      ["Serverless: Egress per partition", "MB/s", "serverless_max_egress_per_partition_MBps", "number"],
      ["Serverless: Client connections per cluster", "connections", "serverless_max_connections", "int"],
      ["Serverless: Message size", "MiB", "serverless_max_message_MiB", "number"],
      ["Serverless: Consumer groups per cluster", "groups", "serverless_max_consumer_groups", "int"],
    ]);

    // 1 Gbps = 10⁹ bits/s ÷ 8 = 125,000,000 bytes/s; 1 MB = 10⁶ bytes; an EBS volume without PST
    // gives 250 MiB/s.
    expect(s.conventions).toEqual([
      {
        label: "Bytes per second per Gbps (network baselines are published in Gbps)",
        cell: { name: "bytes_per_s_per_gbps", value: 1e9 / 8, format: "int" },
        source: "definition (10^9 bits per second ÷ 8)",
      },
      {
        label: "Bytes per MB (EBS baselines and Express rates are published in MB/s)",
        cell: { name: "bytes_per_mb", value: 1e6, format: "int" },
        source: "definition (10^6 bytes)",
      },
      {
        label: "Volume throughput without PST (MiB/s)",
        cell: { name: "default_volume_MiBps", value: 250, format: "int" },
        source: expect.stringMatching(/\S/),
      },
    ]);
    const env = instanceEnv(s);
    expect([env.get("bytes_per_s_per_gbps"), env.get("kafka_m5_large_network_Gbps")]).toEqual([
      125_000_000, 0.75,
    ]);
  });
});
