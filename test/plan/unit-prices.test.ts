// The planner's unit prices (src/plan/unit-prices.ts): the period as months and seconds, a price
// the catalog lacks as NaN with the catalog's own words (never $0), an unknown region refused.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { rateToBilledGB, UnitPrices } from "../../src/plan/unit-prices.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const cat = bundledCatalog();

describe("UnitPrices", () => {
  it("365 h is 365 ÷ 730 = ½ month and 365 × 3,600 = 1,314,000 s", () => {
    const p = new UnitPrices(cat, "us-east-1", 365);
    expect([p.region, p.hours, p.months, p.seconds]).toEqual(["us-east-1", 365, 0.5, 1_314_000]);
  });

  it("a held price is its USD amount; a missing one is NaN with the catalog's reason, asked twice the same", () => {
    const p = new UnitPrices(cat, "us-east-1", 730);
    expect(p.usd("storage")).toBe(0.1);
    expect(p.get("storage")).toEqual({ usd: 0.1 });
    const missing = p.get("tieredRetrieval");
    expect(missing.usd).toBeNaN();
    expect(missing.missing).toMatch(
      /^tieredRetrieval: the bundled catalog .* no sourced price for Tiered storage retrieval.* in us-east-1/,
    );
    expect(p.get("tieredRetrieval")).toBe(missing);
    expect(new UnitPrices(cat, "ap-southeast-1", 730).usd("tieredRetrieval")).toBe(0.0018);
  });

  it("an unknown region is refused at once, naming region", () => {
    expect(() => new UnitPrices(cat, "eu-west-1", 730)).toThrow(InputError);
    expect(() => new UnitPrices(cat, "eu-west-1", 730)).toThrow(/^region: region "eu-west-1" has no prices/);
  });

  it("rateToBilledGB: 1 MiB/s for 1,024 s is 1 GB (GiB)", () => {
    expect(rateToBilledGB(2 ** 20, 1024)).toBe(1);
  });
});
