// The report model's option sheets and recommendation (src/report/model.ts) with hand-worked
// numbers: totals over a period other than a month, the recommendation's saving, the names and
// formats of configuration cells, and a quantity no formula reproduces kept as the planner's.
// Models are built inside each test (mutation testing switches a mutant on per test).
// Fixture (test/report/fixture.ts): Standard 3 × kafka.m5.large ($0.21/h), 1,000 GiB each ($0.10/GB-month).
import { describe, expect, it } from "vitest";
import { plan } from "../../src/plan/planner.js";
import type { OptionResult, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildReportModel, type OptionSheet } from "../../src/report/model.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";

const opts = { ...REPORT_OPTS, live: false };
const sheet = (p: PlanResult, id: string) =>
  buildReportModel(p, opts).options.find((o) => o.id === id) as OptionSheet;
const line = (s: OptionSheet, dimension: string) => s.lines.find((l) => l.dimension === dimension);
/** The plan with option `id` changed. */
const withOption = (p: PlanResult, id: string, change: (o: OptionResult) => OptionResult): PlanResult => ({
  ...p,
  options: p.options.map((o) => (o.option === id ? change(o) : o)),
});

describe("totals", () => {
  it("over 365 hours: brokers 3 × 365 × $0.21 = $229.95, storage 3 × 1,000 × 365/730 × $0.10 = $150; a month is 730/365 × the period", () => {
    const p = planFor(workload(), bundledCatalog(), 365);
    const std = sheet(p, "standard");
    expect(line(std, "broker:kafka.m5.large")?.quantity).toBe(1095);
    expect(line(std, "broker:kafka.m5.large")?.costUsd).toBeCloseTo(229.95, 10);
    expect(line(std, "storage")?.quantity).toBe(1500);
    expect(line(std, "storage")?.costUsd).toBeCloseTo(150, 10);
    const total = std.lines.reduce((s, l) => s + l.costUsd, 0);
    expect(std.totalUsd).toBe(total);
    expect(std.monthlyUsd).toBe((total * 730) / 365);
    expect(std.annualUsd).toBe(std.monthlyUsd === null ? null : std.monthlyUsd * 12);
    expect(std.totalName).toBe("total_standard");
  });

  it("an option with nothing priced has no total cell and no totals; an infeasible one no lines either", () => {
    const p = withOption(planFor(workload()), "express", (o) => ({ ...o, priced: "none" }) as OptionResult);
    const ex = sheet(p, "express");
    expect([ex.totalName, ex.totalUsd, ex.monthlyUsd, ex.annualUsd]).toEqual([null, null, null, null]);
    expect(ex.lines.length).toBeGreaterThan(0);
    const sm = sheet(p, "self-managed");
    expect([sm.totalName, sm.totalUsd, sm.lines]).toEqual([null, null, []]);
  });
});

describe("line quantities", () => {
  it("a quantity its formula reproduces to 1 part in 10⁹ is the formula's; one further off is kept as the planner's number", () => {
    const bump = (f: number) =>
      withOption(
        planFor(workload()),
        "standard",
        (o) =>
          ({
            ...o,
            lineItems: o.lineItems.map((li) =>
              li.dimension === "storage" ? { ...li, quantity: 3000 * f } : li,
            ),
          }) as OptionResult,
      );
    const near = line(sheet(bump(1 + 5e-10), "standard"), "storage");
    expect(near?.quantityFormula).toBe(
      "brokers_standard*standard_storagePerBrokerGiB*(hours/hours_per_month)",
    );
    expect(near?.quantity).toBe(3000);
    const off = line(sheet(bump(1 + 2e-9), "standard"), "storage");
    expect(off?.quantityFormula).toBeNull();
    expect(off?.quantityExpr).toBeNull();
    expect(off?.quantity).toBe(3000 * (1 + 2e-9));
    expect(off?.costUsd).toBe(3000 * (1 + 2e-9) * 0.1);
    expect(off?.quantityName).toBe("standard_q2");
  });
});

describe("configuration cells", () => {
  const cfg = (id: string) =>
    (buildReportModel(planFor(workload()), opts).options.find((o) => o.id === id) as OptionSheet).config;

  it("the broker count is brokers_<option>; other numbers <option>_<key>; text has no name", () => {
    expect(cfg("standard-tiered")).toEqual([
      { key: "instanceType", label: "Instance type", name: null, value: "kafka.m7g.large", format: "text" },
      { key: "brokers", label: "Brokers", name: "brokers_standard_tiered", value: 3, format: "int" },
      {
        key: "storagePerBrokerGiB",
        label: "Storage per broker (GiB)",
        name: "standard_tiered_storagePerBrokerGiB",
        value: 500,
        format: "gib",
      },
    ]);
    // Serverless's count is of partitions here (its clusters would be brokers_serverless).
    expect(cfg("serverless")).toEqual([
      { key: "partitions", label: "Partitions", name: "serverless_partitions", value: 84, format: "int" },
    ]);
  });

  it("formats by key: MiB/s, USD, counts; a non-finite number is text", () => {
    const p = withOption(
      planFor(workload()),
      "standard",
      (o) =>
        ({
          ...o,
          configuration: {
            provisionedThroughputMiBps: 300,
            hourlyUsd: 1.5,
            shards: 4,
            brokersPerAz: 2,
            replicationFactor: 3,
            ratio: 0.5,
            tieredGiBRatio: 1,
            mibpsShare: 1,
            MiBpsShare: 1,
            UsdRate: 1,
            brokersRatio: 1,
            nothing: Number.NaN,
          },
        }) as unknown as OptionResult,
    );
    expect(sheet(p, "standard").config.map((c) => [c.key, c.name, c.format])).toEqual([
      ["provisionedThroughputMiBps", "standard_provisionedThroughputMiBps", "mibps"],
      ["hourlyUsd", "standard_hourlyUsd", "usd"],
      ["shards", "standard_shards", "int"],
      ["brokersPerAz", "standard_brokersPerAz", "int"],
      ["replicationFactor", "standard_replicationFactor", "int"],
      ["ratio", "standard_ratio", "number"],
      ["tieredGiBRatio", "standard_tieredGiBRatio", "number"],
      ["mibpsShare", "standard_mibpsShare", "number"],
      ["MiBpsShare", "standard_MiBpsShare", "number"],
      ["UsdRate", "standard_UsdRate", "number"],
      ["brokersRatio", "standard_brokersRatio", "number"],
      ["nothing", null, "text"],
    ]);
  });
});

describe("titles and flags", () => {
  const model = () => buildReportModel(planFor(workload()), opts);
  const o = (id: string) => model().options.find((x) => x.id === id) as OptionSheet;

  it("MSK options by name; alternatives in words, acronyms in capitals", () => {
    expect([o("standard-tiered").sheetName, o("standard-tiered").title]).toEqual([
      "Standard tiered",
      "Standard tiered (Amazon MSK)",
    ]);
    expect([o("self-managed").sheetName, o("self-managed").title]).toEqual([
      "Self managed",
      "Self managed (alternative to MSK)",
    ]);
    const fifo = { ...planFor(workload()) };
    fifo.options = fifo.options.map((x) =>
      x.option === "self-managed" ? ({ ...x, option: "sqs-fifo" } as unknown as OptionResult) : x,
    );
    expect(sheet(fifo, "sqs-fifo").sheetName).toBe("SQS FIFO");
    // At most 31 characters, Excel's limit on a sheet name.
    const long = {
      ...fifo,
      options: fifo.options.map((x) =>
        x.option === "sqs-fifo"
          ? ({ ...x, option: "a-very-long-option-name-beyond-excel" } as unknown as OptionResult)
          : x,
      ),
    };
    expect(sheet(long, "a-very-long-option-name-beyond-excel").sheetName).toBe(
      "A very long option name beyond ",
    );
  });

  it("recommended, binding in words, and the planner's option order", () => {
    expect(
      model()
        .options.filter((x) => x.recommended)
        .map((x) => x.id),
    ).toEqual(["standard-tiered"]);
    expect(o("standard").bindingLabel).toBe("storage");
    expect(o("self-managed").bindingLabel).toBeNull();
    expect(o("standard").order).toBe(0);
    expect(o("serverless").order).toBeGreaterThan(o("express").order);
    expect(o("standard").utilisation).toEqual([["network", 0.42]]);
  });
});

describe("the recommendation", () => {
  it("the cheapest, its saving over the next complete option ($2,028.43 − $886.44 = $1,141.99, 56.3 %), its binding resource", () => {
    const m = buildReportModel(planFor(workload()), opts);
    expect(m.meta.recommendation).toBe(
      "Standard tiered: the cheapest feasible option at $886.44/month, $1,141.99/month (56.3%) below Express; its size is set by network.",
    );
  });

  it("the next cheapest is found by cost, whatever the plan's order; several not compared are listed", () => {
    const p = planFor(workload());
    const reversed = { ...p, options: [...p.options].reverse() };
    expect(buildReportModel(reversed, opts).meta.recommendation).toMatch(
      /, \$1,141\.99\/month \(56\.3%\) below Express;/,
    );
    const two = {
      ...p,
      options: p.options.map((o) =>
        o.option === "express" || o.option === "serverless"
          ? ({ ...o, priced: "partial" } as OptionResult)
          : o,
      ),
    };
    expect(buildReportModel(two, opts).meta.recommendation).toMatch(
      /; not compared: Express, Serverless \(not completely priced\)\.$/,
    );
  });

  it("a partly priced option is not compared, and said so", () => {
    const p = withOption(
      planFor(workload()),
      "express",
      (o) => ({ ...o, priced: "partial" }) as OptionResult,
    );
    expect(buildReportModel(p, opts).meta.recommendation).toBe(
      "Standard tiered: the cheapest feasible option at $886.44/month, $2,157.81/month (70.9%) below Standard; its size is set by network; not compared: Express (not completely priced).",
    );
  });

  it("alone, and without a binding resource: no comparison", () => {
    const p = planFor(workload());
    const only = {
      ...p,
      options: p.options
        .filter((o) => o.option === "standard" || o.option === "self-managed")
        .map((o) => ({ ...o, binding: null }) as OptionResult),
      recommended: "standard",
    } as PlanResult;
    expect(buildReportModel(only, opts).meta.recommendation).toBe(
      "Standard: the cheapest feasible option at $3,044.25/month.",
    );
  });

  it("nothing feasible, or prices needed first", () => {
    const p = planFor(workload());
    const none = { ...p, recommended: null, pricesNeeded: null } as PlanResult;
    expect(buildReportModel(none, opts).meta.recommendation).toBe(
      "No option is feasible for this workload: each option's sheet says why.",
    );
    // A recommended option without a total (nothing priced) is no recommendation either.
    const unpriced = withOption(
      { ...p, pricesNeeded: null } as PlanResult,
      "standard-tiered",
      (o) => ({ ...o, priced: "none" }) as OptionResult,
    );
    expect(buildReportModel(unpriced, opts).meta.recommendation).toBe(
      "No option is feasible for this workload: each option's sheet says why.",
    );
    const needed = {
      ...none,
      pricesNeeded: { message: "fetch prices for us-east-1" },
    } as unknown as PlanResult;
    expect(buildReportModel(needed, opts).meta.recommendation).toBe(
      "No recommendation: fetch prices for us-east-1.",
    );
  });
});

describe("the model's frame", () => {
  it("meta from the plan and the options; further tables passed through", () => {
    const t = { name: "Sweep", title: "Sweep: 1 scenarios", columns: [], rows: [] };
    const m = buildReportModel(planFor(workload()), { ...opts, tables: [t] });
    expect(m.meta).toEqual({
      title: "Amazon MSK cost plan, us-east-1",
      region: "us-east-1",
      hours: 730,
      catalog: { source: "bundled", date: bundledCatalog().date },
      generatedAt: REPORT_OPTS.generatedAt,
      version: REPORT_OPTS.version,
      recommended: "standard-tiered",
      recommendation: expect.stringMatching(/^Standard tiered: the cheapest/),
    });
    expect(m.tables).toEqual([t]);
    expect(buildReportModel(planFor(workload()), opts).tables).toEqual([]);
  });

  it("live sizing: with the plan's own catalog each MSK option sizes live and the instance sheet is there; without, none", () => {
    const p = plan(workload(), {
      catalog: bundledCatalog(),
      options: ["standard", "express", "serverless"],
    });
    // With an infeasible alternative beside them (no line items, no live sheet of its own).
    const selfManaged = planFor(workload()).options.find((o) => o.option === "self-managed") as OptionResult;
    p.options.push(selfManaged);
    const live = buildReportModel(p, REPORT_OPTS);
    expect(live.instances).not.toBeNull();
    expect(
      live.options
        .filter((o) => o.live)
        .map((o) => o.id)
        .sort(),
    ).toEqual(["express", "serverless", "standard"]);
    // The live sheets read the further prices (every candidate type's broker-hour) from the Assumptions.
    expect(live.assumptions.some((a) => a.name === "price_broker_kafka_m5_xlarge")).toBe(true);
    // An alternative to MSK has no live sheet; the instance sheet is there for the MSK ones.
    expect(live.options.find((o) => o.id === "self-managed")?.live).toBeNull();
    const fixed = buildReportModel(p, opts);
    expect(fixed.helpers).toEqual([]);
    expect(fixed.assumptions.every((a) => typeof a.label === "string" && a.label.length > 0)).toBe(true);
    expect(fixed.instances).toBeNull();
    expect(fixed.options.every((o) => o.live === null)).toBe(true);
    expect(fixed.assumptions.some((a) => a.name === "price_broker_kafka_m5_xlarge")).toBe(false);
    // A catalog whose prices are not the plan's: nothing sizes live.
    const other = structuredClone(bundledCatalog());
    const east = other.regions["us-east-1"] as Record<string, { amount: number }>;
    (east.storage as { amount: number }).amount = 9;
    const mismatched = buildReportModel(p, { ...REPORT_OPTS, catalog: other as never });
    expect(mismatched.instances).toBeNull();
    expect(mismatched.options.every((o) => o.live === null)).toBe(true);
  });
});
