// A price the catalog lacks is listed with the resource's missing prices — never dropped, never
// $0 — beside the usage lines that need usage, and the total stays a lower bound.
import { describe, expect, it } from "vitest";
import { loadIac } from "../../src/iac/load.js";
import { priceIac } from "../../src/iac/price-iac.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

describe("price --iac with a price missing from the catalog", () => {
  it("the Standard cluster without a provisioned-throughput price: 3,679.20 + 300.00 = $3,979.20, pst and crossAz listed", async () => {
    const catalog = bundledCatalog();
    const prices = { ...catalog.regions["us-east-1"] };
    delete prices.pst;
    catalog.regions["us-east-1"] = prices;
    const r = priceIac(await loadIac(["fixtures/iac/plan.json"]), catalog);
    const standard = r.resources
      .filter((x) => x.kind === "msk-cluster")
      .sort((a, b) => b.totalUsd - a.totalUsd)[0];
    // 3 × 730 h × $1.68 (kafka.m5.4xlarge) + 3 × 1,000 GB-months × $0.10; the 3 × 500 MiB/s of PST is not priced.
    expect(standard?.totalUsd).toBeCloseTo(3 * 730 * 1.68 + 3 * 1000 * 0.1, 6);
    expect(standard?.priced).toBe("partial");
    expect(standard?.missingPrices.map((m) => m.dimension).sort()).toEqual(["crossAz", "pst"]);
    expect(standard?.lineItems.some((l) => l.costUsd === 0)).toBe(false);
    expect(r.priced).toBe("partial");
  });
});
