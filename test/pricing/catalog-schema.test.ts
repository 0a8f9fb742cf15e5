// The catalog schema's own rules (src/pricing/catalog-schema.ts) and the dimension names
// (src/pricing/dimensions.ts), at library level: a legacy status code read as its words, an
// unknown dimension refused by name, a broker dimension needing an instance type.
import { describe, expect, it } from "vitest";
import { PriceStatus, RegionPrices } from "../../src/pricing/catalog-schema.js";
import { dimensionName, isDimensionId } from "../../src/pricing/dimensions.js";

const price = { amount: 1, unit: "hours", source: "s", date: "2026-01-01" };

describe("PriceStatus", () => {
  it("reads the legacy codes as their words and keeps the words", () => {
    expect(PriceStatus.parse("V1")).toBe("published by AWS");
    expect(PriceStatus.parse("V2")).toBe("confirmed by two sources");
    expect(PriceStatus.parse("S")).toBe("one secondary source");
    expect(PriceStatus.parse("published by AWS")).toBe("published by AWS");
    expect(PriceStatus.parse("one secondary source")).toBe("one secondary source");
  });
  it("refuses anything else, an inherited property name included", () => {
    expect(PriceStatus.safeParse("V3").success).toBe(false);
    expect(PriceStatus.safeParse("toString").success).toBe(false);
    expect(PriceStatus.safeParse(1).success).toBe(false);
    // Only a string is read as a legacy code: a list whose text is "V1" is not one.
    expect(PriceStatus.safeParse(["V1"]).success).toBe(false);
  });
});

describe("RegionPrices", () => {
  it("accepts known dimensions and broker dimensions with an instance type", () => {
    expect(RegionPrices.safeParse({ storage: price, "broker:kafka.m5.large": price }).success).toBe(true);
  });
  it("refuses an unknown dimension, naming it at its path", () => {
    const r = RegionPrices.safeParse({ storage: price, storag: price, "broker:": price });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.code, i.path.join("."), i.message])).toEqual([
      ["custom", "storag", 'unknown price dimension "storag"'],
      ["custom", "broker:", 'unknown price dimension "broker:"'],
    ]);
  });
});

describe("dimensions", () => {
  it("isDimensionId: a broker dimension needs at least one character after 'broker:'", () => {
    expect(isDimensionId("broker:")).toBe(false);
    expect(isDimensionId("broker:x")).toBe(true);
    expect(isDimensionId("crossAz")).toBe(true);
    expect(isDimensionId("crossaz")).toBe(false);
  });
  it("dimensionName: broker-hours with the type, a fixed dimension's name, anything else as given", () => {
    expect(dimensionName("broker:kafka.m5.large")).toBe("broker-hours (kafka.m5.large)");
    expect(dimensionName("kafka.m5.large broker:")).toBe("kafka.m5.large broker:");
    expect(dimensionName("crossAz")).toBe("cross-AZ transfer");
    expect(dimensionName("nothing")).toBe("nothing");
  });
});
