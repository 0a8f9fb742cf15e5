// The Assumptions sheet's conventions and unit-price rows (src/report/assumptions.ts): names,
// labels, units, values and sources a reader sees, and the cells formulas read.
import { describe, expect, it } from "vitest";
import type { PlanResult } from "../../src/plan/types.js";
import { assumptionEnv, buildAssumptions, priceNameOf, priceNames } from "../../src/report/assumptions.js";
import { planFor, workload } from "./fixture.js";

const plan = planFor(workload());
// Built inside each test (mutation testing switches a mutant on per test).
const rowsOf = () => buildAssumptions(plan);
const row = (name: string) => rowsOf().find((r) => r.name === name);

/** A plan whose options bill only these lines (dimension, component, unit, price). */
function planWith(lines: [string, string, string, number][][]): PlanResult {
  const base = plan.options[0] as PlanResult["options"][number];
  return {
    ...plan,
    options: lines.map((ls, i) => ({
      ...base,
      option: `o${i}`,
      lineItems: ls.map(([dimension, component, unit, unitPriceUsd]) => ({
        dimension,
        component,
        unit,
        unitPriceUsd,
        quantity: 1,
        costUsd: unitPriceUsd,
        source: `src ${dimension}`,
        sourceUrl: null,
      })),
    })),
  } as unknown as PlanResult;
}

describe("billing conventions", () => {
  it("the period, 730 hours a month, 3,600 s an hour, 2^30 bytes a billed GB, 2^20 a MiB, each sourced", () => {
    expect(
      rowsOf()
        .slice(0, 5)
        .map((r) => [r.section, r.name, r.label, r.value, r.unit, r.format]),
    ).toEqual([
      ["Billing conventions", "hours", "Billing period", 730, "hours", "hours"],
      ["Billing conventions", "hours_per_month", "Hours per month", 730, "hours", "hours"],
      ["Billing conventions", "seconds_per_hour", "Seconds per hour", 3600, "s", "int"],
      ["Billing conventions", "bytes_per_billed_gb", "Bytes per billed GB (a GiB)", 2 ** 30, "bytes", "int"],
      ["Billing conventions", "bytes_per_mib", "Bytes per MiB", 2 ** 20, "bytes", "int"],
    ]);
    expect(row("hours")?.source).toBe("the --hours flag (default: one month)");
    expect(row("hours_per_month")?.source).toBe(
      "AWS prices a month as 730 hours (Amazon MSK pricing page (AWS))",
    );
    expect(row("hours_per_month")?.sourceUrl).toBe("https://aws.amazon.com/msk/pricing/");
    expect(row("bytes_per_billed_gb")?.source).toBe(
      "AWS bills storage and data per GB of 2^30 bytes (Amazon MSK pricing page (AWS))",
    );
    expect([row("seconds_per_hour")?.source, row("bytes_per_mib")?.source]).toEqual([
      "definition",
      "definition (2^20 bytes)",
    ]);
    expect(buildAssumptions(planFor(workload(), undefined, 365))[0]?.value).toBe(365);
  });
});

describe("streams", () => {
  it("a name row per stream, a description row only when there is one, then its inputs", () => {
    const labels = rowsOf()
      .filter((r) => r.section === "Stream")
      .map((r) => r.label);
    expect(labels.slice(0, 3)).toEqual([
      "Stream 1: name",
      "Stream 1 (orders): description",
      "Stream 1 (orders): ingress (average)",
    ]);
    const second = labels.indexOf("Stream 2: name");
    expect(labels[second + 1]).toBe("Stream 2 (+clicks): ingress (average)");
    expect(row("stream1_retention_h")).toMatchObject({ value: 72, days: true, source: "workload" });
    expect(row("stream1_partitions")).not.toHaveProperty("days");
    for (const label of ["Stream 1: name", "Stream 1 (orders): description"])
      expect(rowsOf().find((r) => r.label === label)).toMatchObject({
        name: null,
        unit: "",
        format: "text",
        source: "workload",
        sourceUrl: null,
      });
  });
});

describe("unit prices", () => {
  it("one row per dimension and price, in first-use order: a broker-hour by type, a fixed dimension by its label, else the line's component", () => {
    const p = planWith([
      [
        ["broker:kafka.m5.large", "Broker instances", "broker-hours", 0.21],
        ["storage", "Broker storage", "GB-months", 0.1],
      ],
      [
        ["storage", "Broker storage", "GB-months", 0.1],
        ["kinesis:shard", "Kinesis shard-hours", "shard-hours", 0.015],
        ["x:gb", "Something per GB", "GB", 0.09],
      ],
    ]);
    const prices = buildAssumptions(p).filter((r) => r.section === "Unit prices");
    expect(prices.map((r) => [r.name, r.label, r.value, r.unit, r.format, r.source])).toEqual([
      [
        "price_broker_kafka_m5_large",
        "Broker-hour, kafka.m5.large",
        0.21,
        "USD per broker-hour",
        "usdRate",
        "src broker:kafka.m5.large",
      ],
      [
        "price_storage",
        "Broker storage (EBS), per GB-month provisioned",
        0.1,
        "USD per GB-month",
        "usdRate",
        "src storage",
      ],
      [
        "price_kinesis_shard",
        "Kinesis shard-hours",
        0.015,
        "USD per shard-hour",
        "usdRate",
        "src kinesis:shard",
      ],
      ["price_x_gb", "Something per GB", 0.09, "USD per GB", "usdRate", "src x:gb"],
    ]);
  });

  it("a dimension at two prices gets two cells, _2 and _3 after the first", () => {
    const p = planWith([
      [["storage", "s", "GB-months", 0.1]],
      [["storage", "s", "GB-months", 0.12]],
      [["storage", "s", "GB-months", 0.15]],
      [["storage", "s", "GB-months", 0.12]],
    ]);
    const names = priceNames(p);
    expect([...names.values()]).toEqual(["price_storage", "price_storage_2", "price_storage_3"]);
    expect(priceNameOf(names, "storage", 0.12)).toBe("price_storage_2");
    expect(() => priceNameOf(names, "storage", 0.2)).toThrow("report: no price cell for storage");
    expect(
      buildAssumptions(p)
        .filter((r) => r.section === "Unit prices")
        .map((r) => [r.name, r.value]),
    ).toEqual([
      ["price_storage", 0.1],
      ["price_storage_2", 0.12],
      ["price_storage_3", 0.15],
    ]);
  });

  it("further prices for the live sheets: added once, after the plan's, a missing one empty (NaN to formulas)", () => {
    const p = planWith([[["storage", "s", "GB-months", 0.1]]]);
    const extra = [
      { name: "price_storage", usd: 0.5, label: "dup", unit: "u", source: "s", sourceUrl: null },
      {
        name: "price_pst",
        usd: null,
        label: "PST",
        unit: "USD per MiB/s-month",
        source: "missing",
        sourceUrl: null,
      },
      { name: "price_pst", usd: 1, label: "again", unit: "u", source: "s", sourceUrl: null },
      {
        name: "price_broker_kafka_m7g_large",
        usd: 0.204,
        label: "b",
        unit: "u",
        source: "s",
        sourceUrl: "https://x",
      },
    ];
    const a = buildAssumptions(p, extra).filter((r) => r.section === "Unit prices");
    expect(a.every((r) => r.format === "usdRate")).toBe(true);
    expect(a.map((r) => [r.name, r.value, r.label, r.sourceUrl])).toEqual([
      ["price_storage", 0.1, "Broker storage (EBS), per GB-month provisioned", null],
      ["price_pst", null, "PST", null],
      ["price_broker_kafka_m7g_large", 0.204, "b", "https://x"],
    ]);
    const env = assumptionEnv(buildAssumptions(p, extra));
    expect(env.get("price_storage")).toBe(0.1);
    expect(env.get("price_pst")).toBeNaN();
    expect(env.get("hours")).toBe(730);
    // Text rows and unnamed rows are not in the environment.
    expect([...env.keys()].some((k) => k.startsWith("Stream"))).toBe(false);
    expect(env.has("")).toBe(false);
    expect([...env.keys()].every((k) => typeof k === "string" && k.length > 0)).toBe(true);
  });
});
