// The bundled catalog as bundledCatalog() builds it on each call: each price's unit, currency, date,
// status, flags and Price List usage type (the fields `pricing show --json`, the workbook's price
// sheet and every line item's provenance carry). Built inside each test: a mutation run switches a
// mutant on only once the tests start.
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { Catalog } from "../../src/pricing/catalog-schema.js";

describe("bundledCatalog", () => {
  it("the catalog's own fields: schema 1, source bundled, dated by its newest full-dated source", () => {
    const c = bundledCatalog();
    expect(c.schemaVersion).toBe(1);
    expect(c.source).toBe("bundled");
    expect(c.date).toBe("2026-09-11");
    expect(c.description).toBe(
      "Bundled snapshot of every MSK price the project can cite from a public source (msk-planner pricing sources); prices from one secondary source are unverified third-party copies",
    );
    expect(Object.keys(c.regions)).toEqual([
      "us-east-1",
      "ap-southeast-1",
      "ap-south-1",
      "ap-northeast-2",
      "ap-southeast-5",
      "cn-north-1",
    ]);
    expect(Catalog.safeParse(c).success).toBe(true);
  });

  it("a broker-hour price: unit hours, USD, usage type with the region's prefix; no flags when AWS-published", () => {
    const use1 = bundledCatalog().regions["us-east-1"] ?? {};
    const m5 = use1["broker:kafka.m5.large"];
    expect(m5).toMatchObject({
      amount: 0.21,
      currency: "USD",
      unit: "hours",
      date: "2026-08-26",
      status: "published by AWS",
      usageType: "USE1-Kafka.m5.large",
    });
    expect(m5).not.toHaveProperty("flags");
    expect(use1["broker:express.m7g.large"]?.usageType).toBe("USE1-Express.m7g.large");
    expect(use1["broker:kafka.m7g.16xlarge"]?.usageType).toBe("USE1-Kafka.m7g.16xlarge");
    // Dated by the newest of its own sources (2026-09-11), not the oldest.
    expect(use1["broker:express.m7g.large"]?.date).toBe("2026-09-11");
  });

  it("a fixed dimension takes its unit and usage-type suffix from the dimension table; its flags are kept", () => {
    const use1 = bundledCatalog().regions["us-east-1"] ?? {};
    expect(use1.pst).toMatchObject({
      amount: 0.08,
      unit: "MiBps-Mo",
      status: "published by AWS",
      flags: ["basis-unverified"],
    });
    expect(use1.storage?.unit).toBe("GB-Mo");
    // A dimension with no Price List usage type (cross-AZ transfer is billed by EC2) carries none.
    expect(use1.crossAz?.unit).toBe("GB");
    expect(use1.crossAz).not.toHaveProperty("usageType");
  });

  it("one secondary source: flagged unverified first, then its own flags", () => {
    const regions = bundledCatalog().regions;
    expect(regions["ap-southeast-1"]?.["broker:kafka.m7g.large"]).toMatchObject({
      amount: 0.255,
      date: "2026-08-12",
      status: "one secondary source",
      flags: ["unverified"],
      usageType: "APS1-Kafka.m7g.large",
    });
    expect(regions["ap-south-1"]?.["broker:kafka.m7g.large"]?.flags).toEqual(["unverified", "suspect"]);
    expect(regions["ap-south-1"]?.["broker:kafka.m7g.large"]?.usageType).toBe("APS3-Kafka.m7g.large");
  });

  it("a region without a known usage-type prefix carries the bare usage type", () => {
    const apn2 = bundledCatalog().regions["ap-northeast-2"] ?? {};
    expect(apn2["broker:kafka.t3.small"]?.usageType).toBe("Kafka.t3.small");
    expect(apn2.storage?.usageType).toBe("Kafka.Storage.GP2");
    expect(apn2.storage?.date).toBe("2026-07-01");
  });

  it("cn-north-1: prices in CNY from an undated copy, dated with the snapshot's date", () => {
    const cn = bundledCatalog().regions["cn-north-1"] ?? {};
    expect(Object.keys(cn)).toEqual([
      "broker:express.m7g.large",
      "broker:express.m7g.xlarge",
      "broker:express.m7g.2xlarge",
      "broker:express.m7g.4xlarge",
    ]);
    expect(cn["broker:express.m7g.large"]).toMatchObject({
      amount: 4.306,
      currency: "CNY",
      unit: "hours",
      date: "2026-09-11",
      status: "one secondary source",
      flags: ["unverified"],
      usageType: "Express.m7g.large",
    });
  });

  it("a fresh object on every call", () => {
    const a = bundledCatalog();
    const b = bundledCatalog();
    expect(a).toEqual(b);
    expect(a.regions).not.toBe(b.regions);
  });
});
