// What the live option sheets take from outside the plan (src/report/live-context.ts): the unit
// price rows of the Prices sheet (names, values, labels, units, sources), the line wording per
// option from the pricing calculators, the candidate instance types, and the line-item
// expressions. Called directly, without building a workbook: every value is read from the
// bundled catalog (us-east-1) or written out by hand below.
import { beforeEach, describe, expect, it } from "vitest";
import type { PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { describeProvenance, lookupUsdPrice } from "../../src/pricing/catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import type { DimensionId } from "../../src/pricing/dimensions.js";
import { num, ref, render } from "../../src/report/expr.js";
import {
  CAP,
  candidateTypes,
  declaredQuantity,
  type LiveContext,
  lineOf,
  pricedLines,
  templates,
  unitPriceRows,
} from "../../src/report/live-context.js";
import { planFor, workload } from "./fixture.js";

const PST_COMPONENT = "Provisioned storage throughput (full provisioned MiB/s; basis unverified)";

let catalog: Catalog;
let p: PlanResult;
/** The same plan without any option: every wording comes from the calculators. */
let bare: PlanResult;
beforeEach(() => {
  catalog = bundledCatalog();
  p = planFor(workload());
  bare = { ...p, options: [] };
});

/** The catalog's own source words for a us-east-1 price. */
function sourceOf(d: DimensionId): { source: string; sourceUrl: string | null } {
  const found = lookupUsdPrice(catalog, "us-east-1", d);
  if (!found.price) throw new Error(`no price for ${d}`);
  const prov = describeProvenance(catalog, found.price);
  return { source: prov.source, sourceUrl: prov.sourceUrl };
}

describe("CAP: capability cell names", () => {
  it("every character other than a letter or a digit becomes _", () => {
    expect(CAP("kafka.m5.large")("network_Gbps")).toBe("kafka_m5_large_network_Gbps");
    expect(CAP("express.m7g-x/l")("partitions")).toBe("express_m7g_x_l_partitions");
  });
});

describe("unitPriceRows", () => {
  it("the options' dimensions in plan order (Standard tiered, Express, Standard, Serverless; none for self-managed), then each broker type", () => {
    const rows = unitPriceRows(p, catalog, new Map(), ["kafka.m5.large", "express.m7g.large"]);
    expect(rows.map((r) => [r.dimension, r.name, r.usd])).toEqual([
      ["storage", "price_storage", 0.1],
      ["pst", "price_pst", 0.08],
      ["tieredStorage", "price_tieredStorage", 0.06],
      ["tieredRetrieval", "price_tieredRetrieval", null],
      ["crossAz", "price_crossAz", 0.02],
      ["expressDataWritten", "price_expressDataWritten", 0.01],
      ["expressStorage", "price_expressStorage", 0.1],
      ["serverlessCluster", "price_serverlessCluster", 0.75],
      ["serverlessPartition", "price_serverlessPartition", 0.0015],
      ["serverlessDataIn", "price_serverlessDataIn", 0.1],
      ["serverlessDataOut", "price_serverlessDataOut", 0.05],
      ["serverlessStorage", "price_serverlessStorage", 0.1],
      ["broker:kafka.m5.large", "price_broker_kafka_m5_large", 0.21],
      ["broker:express.m7g.large", "price_broker_express_m7g_large", 0.408],
    ]);
  });

  it("labels and units in words: 'USD per' the unit, a plural s dropped (MiB/s keeps its s)", () => {
    const rows = unitPriceRows(p, catalog, new Map(), ["kafka.m5.large"]);
    const by = new Map(rows.map((r) => [r.dimension, [r.label, r.unit]]));
    expect(by.get("storage")).toEqual(["Broker storage (EBS), per GB-month provisioned", "USD per GB-month"]);
    expect(by.get("pst")).toEqual([
      "Provisioned storage throughput, per MiB/s-month per broker",
      "USD per MiB/s-month",
    ]);
    expect(by.get("crossAz")?.[1]).toBe("USD per GB");
    expect(by.get("serverlessPartition")).toEqual(["Serverless partition-hour", "USD per hour"]);
    expect(by.get("broker:kafka.m5.large")).toEqual(["Broker-hour, kafka.m5.large", "USD per broker-hour"]);
  });

  it("a priced row names the catalog's source; a missing one says why, with no link", () => {
    const rows = unitPriceRows(p, catalog, new Map(), []);
    const storage = rows.find((r) => r.dimension === "storage");
    expect({ source: storage?.source, sourceUrl: storage?.sourceUrl }).toEqual(sourceOf("storage"));
    expect(storage?.sourceUrl).toMatch(/^https:\/\//);
    const retrieval = rows.find((r) => r.dimension === "tieredRetrieval");
    expect(retrieval?.usd).toBeNull();
    expect(retrieval?.sourceUrl).toBeNull();
    expect(retrieval?.source).toMatch(
      /^missing: the bundled catalog \(2026-09-11\) has no sourced price for Tiered storage retrieval, per GB read back in us-east-1;/,
    );
  });

  it("the plan's own name for a dimension at that price is reused; a taken name gets _2, _3; a missing price never takes a plan name", () => {
    const onlyStandard = { ...p, options: p.options.filter((o) => o.option === "standard") };
    const planNames = new Map([
      ["storage|0.1", "price_storage"],
      ["pst|0.5", "price_pst"],
      ["pst|0.7", "price_pst_2"],
      ["crossAz|0.03", "price_crossAz"],
    ]);
    const rows = unitPriceRows(onlyStandard, catalog, planNames, []);
    expect(rows.map((r) => [r.dimension, r.name])).toEqual([
      ["storage", "price_storage"],
      ["pst", "price_pst_3"],
      ["crossAz", "price_crossAz_2"],
    ]);
    const tiered = { ...p, options: p.options.filter((o) => o.option === "standard-tiered") };
    const withNull = new Map([["tieredRetrieval|null", "price_from_plan"]]);
    expect(unitPriceRows(tiered, catalog, withNull, []).map((r) => r.name)).toEqual([
      "price_storage",
      "price_pst",
      "price_tieredStorage",
      "price_tieredRetrieval",
      "price_crossAz",
    ]);
  });

  it("two types spelled alike apart from punctuation get distinct names (each new name is taken)", () => {
    const none = { ...p, options: [] };
    const rows = unitPriceRows(none, catalog, new Map(), ["kafka.m5.large", "kafka-m5.large"]);
    expect(rows.map((r) => r.name)).toEqual(["price_broker_kafka_m5_large", "price_broker_kafka_m5_large_2"]);
    expect(rows.map((r) => r.usd)).toEqual([0.21, null]);
    expect(rows[1]?.label).toBe("Broker-hour, kafka-m5.large");
    expect(rows[1]?.unit).toBe("USD per broker-hour");
  });
});

describe("templates: line wording per option", () => {
  it("Standard tiered from the calculators: the type's broker line, tiered storage priced, retrieval missing (its name, capitalised)", () => {
    const t = templates("standard-tiered", bare, catalog, "kafka.m5.xlarge");
    expect(t("broker")).toEqual({
      component: "Broker instances (kafka.m5.xlarge)",
      unit: "broker-hours",
      ...sourceOf("broker:kafka.m5.xlarge"),
    });
    expect(t("tieredStorage")).toEqual({
      component: "Tiered storage",
      unit: "GB-months",
      ...sourceOf("tieredStorage"),
    });
    const r = t("tieredRetrieval");
    expect([r.component, r.unit, r.sourceUrl]).toEqual(["Tiered storage retrieval", "GB", null]);
    expect(r.source).toMatch(
      /^missing: the bundled catalog \(2026-09-11\) has no sourced price for Tiered storage retrieval/,
    );
    expect(t("storage")).toEqual({
      component: "Broker storage (EBS, provisioned)",
      unit: "GB-months",
      ...sourceOf("storage"),
    });
    expect(t("crossAz")).toEqual({ component: "Cross-AZ data transfer", unit: "GB", ...sourceOf("crossAz") });
  });

  it("PST: its declared wording, with the storage price's source", () => {
    const t = templates("standard", bare, catalog, "kafka.m5.large");
    expect(t("pst")).toEqual({ component: PST_COMPONENT, unit: "MiB/s-months", ...sourceOf("storage") });
  });

  it("plain Standard writes no tiered lines: their wording is the dimension's name and unit, with no source", () => {
    const t = templates("standard", bare, catalog, "kafka.m5.large");
    expect(t("tieredStorage")).toEqual({
      component: "tiered storage",
      unit: "GB-months",
      source: "",
      sourceUrl: null,
    });
    expect(t("tieredRetrieval")).toEqual({
      component: "tiered storage retrieval",
      unit: "GB",
      source: "",
      sourceUrl: null,
    });
    expect(t("zz")).toEqual({ component: "zz", unit: "units", source: "", sourceUrl: null });
  });

  it("Express: data written and storage from the calculator; no broker storage line", () => {
    const t = templates("express", bare, catalog, "express.m7g.large");
    expect(t("expressDataWritten")).toEqual({
      component: "Express data written (producer bytes, before replication)",
      unit: "GB",
      ...sourceOf("expressDataWritten"),
    });
    expect(t("expressStorage")).toEqual({
      component: "Express storage",
      unit: "GB-months",
      ...sourceOf("expressStorage"),
    });
    expect(t("crossAz")).toEqual({ component: "Cross-AZ data transfer", unit: "GB", ...sourceOf("crossAz") });
    expect(t("storage")).toEqual({
      component: "broker storage",
      unit: "GB-months",
      source: "",
      sourceUrl: null,
    });
  });

  it("Serverless: its lines without a type; no broker-hour price; PST has no storage source", () => {
    const t = templates("serverless", bare, catalog, undefined);
    expect(t("serverlessCluster")).toEqual({
      component: "Serverless cluster",
      unit: "cluster-hours",
      ...sourceOf("serverlessCluster"),
    });
    expect(t("broker")).toEqual({
      component: "Broker instances",
      unit: "broker-hours",
      source: "missing: no broker-hour price",
      sourceUrl: null,
    });
    expect(t("pst")).toEqual({ component: PST_COMPONENT, unit: "MiB/s-months", source: "", sourceUrl: null });
  });

  it("a Standard option without a type: no calculator lines at all", () => {
    const t = templates("standard", bare, catalog, undefined);
    expect(t("storage")).toEqual({
      component: "broker storage",
      unit: "GB-months",
      source: "",
      sourceUrl: null,
    });
    expect(t("broker").component).toBe("Broker instances");
  });

  it("the plan's own lines of that option win (its chosen type), not another option's", () => {
    // The plan's Standard option runs kafka.m5.large, its Standard tiered option kafka.m7g.large.
    const t = templates("standard", p, catalog, "kafka.m5.xlarge");
    expect(t("broker")).toEqual({
      component: "Broker instances (kafka.m5.large)",
      unit: "broker-hours",
      ...sourceOf("broker:kafka.m5.large"),
    });
    // Nor a later option's: the Standard option comes after Standard tiered in the plan, and
    // Serverless after both.
    const tiered = templates("standard-tiered", p, catalog, "kafka.m7g.xlarge");
    expect(tiered("broker").component).toBe("Broker instances (kafka.m7g.large)");
    expect(t("serverlessCluster")).toEqual({
      component: "Serverless cluster-hours",
      unit: "hours",
      source: "",
      sourceUrl: null,
    });
  });

  it("a missing broker-hour price leaves the broker line to its fallback, under no other key", () => {
    const cat = structuredClone(catalog);
    delete (cat.regions["us-east-1"] as Record<string, unknown>)["broker:kafka.m5.xlarge"];
    const t = templates("standard", bare, cat, "kafka.m5.xlarge");
    expect(t("broker")).toEqual({
      component: "Broker instances",
      unit: "broker-hours",
      source: "missing: no broker-hour price",
      sourceUrl: null,
    });
    expect(t("broker:kafka.m5.xlarge")).toEqual({
      component: "broker-hours (kafka.m5.xlarge)",
      unit: "units",
      source: "",
      sourceUrl: null,
    });
  });
});

describe("line items", () => {
  let ctx: LiveContext;
  let priceNames: string[];
  beforeEach(() => {
    priceNames = [];
    ctx = {
      key: "standard",
      brokersName: "brokers_standard",
      streams: 2,
      sizingModel: "aws-script",
      standardTypes: [],
      expressTypes: [],
      priceName: (d) => {
        priceNames.push(d);
        return `price_${d}`;
      },
      template: (d) => ({
        component: `C ${d}`,
        unit: `U ${d}`,
        source: `S ${d}`,
        sourceUrl: `https://x/${d}`,
      }),
    };
  });

  it("lineOf: the dimension's template and price cell; the price reads −1 when the cell is empty, and the line is billed only when priced", () => {
    const l = lineOf(ctx, "storage", { quantity: num(5), exists: num(1) });
    expect(l.dimension).toBe("storage");
    expect([l.component, l.unit, l.source, l.sourceUrl]).toEqual([
      "C storage",
      "U storage",
      "S storage",
      "https://x/storage",
    ]);
    expect(render(l.quantity)).toBe("5");
    expect(render(l.exists)).toBe("1");
    expect(render(l.price)).toBe("IF(ISNUMBER(price_storage),price_storage,-1)");
    expect(render(l.priced)).toBe("IF(ISNUMBER(price_storage),1,0)");
  });

  it("lineOf: the broker line takes the broker template and no dimension price cell; given parts win", () => {
    const l = lineOf(ctx, "broker", { quantity: num(2), exists: num(1) });
    expect(priceNames).toEqual([]);
    expect(l.component).toBe("C broker");
    expect(render(l.price)).toBe("IF(ISNUMBER(),,-1)");
    const component = { formula: "broker_component", value: () => "Broker instances (kafka.m5.large)" };
    const g = lineOf(ctx, "broker", {
      quantity: num(2),
      exists: num(0),
      component,
      price: ref("p"),
      priced: ref("q"),
    });
    expect([g.component, render(g.price), render(g.priced), render(g.exists)]).toEqual([
      component,
      "p",
      "q",
      "0",
    ]);
  });

  it("pricedLines: the declared quantity, billed when above 0, or always", () => {
    const [cross] = pricedLines(ctx, ["crossAz"]);
    const q = "demand_cross_az_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb";
    expect(render(cross?.quantity ?? num(NaN))).toBe(q);
    expect(render(cross?.exists ?? num(NaN))).toBe(`(${q})>0`);
    expect(cross?.component).toBe("C crossAz");
    const [cluster] = pricedLines(ctx, ["serverlessCluster"], true);
    expect(render(cluster?.quantity ?? num(NaN))).toBe("1*hours");
    expect(render(cluster?.exists ?? num(NaN))).toBe("1");
  });

  it("declaredQuantity: over the workload and the sheet's own cells; none without them", () => {
    expect(
      render(declaredQuantity("storage", { brokers: () => ref("B"), storagePerBrokerGB: () => ref("S") })),
    ).toBe("B*S*(hours/hours_per_month)");
    expect(render(declaredQuantity("serverlessCluster", { hours: () => ref("H") }))).toBe("1*H");
    expect(() => declaredQuantity("storage")).toThrow("report: no quantity formula for storage");
  });
});

describe("candidateTypes", () => {
  it("the plan's types in capacity-table order, Standard and Express apart; unknown names dropped", () => {
    const c = candidateTypes({
      ...p,
      instanceTypes: ["express.m7g.large", "kafka.m7g.large", "kafka.m5.large", "nope"],
    });
    expect(c.standard.map((x) => x.name)).toEqual(["kafka.m5.large", "kafka.m7g.large"]);
    expect(c.express.map((x) => x.name)).toEqual(["express.m7g.large"]);
  });
});
