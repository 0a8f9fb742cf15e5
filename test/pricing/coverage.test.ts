// The README's table of bundled regions is the bundled catalog, rendered (src/pricing/coverage.ts,
// written by scripts/readme-regions.mjs --write): the two never disagree.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import {
  COVERAGE_BEGIN,
  COVERAGE_END,
  coverageMarkdown,
  regionCoverage,
} from "../../src/pricing/coverage.js";

describe("README regions table", () => {
  it("README.md holds exactly the table rendered from the bundled catalog", () => {
    const readme = readFileSync("README.md", "utf8");
    const a = readme.indexOf(COVERAGE_BEGIN);
    const b = readme.indexOf(COVERAGE_END);
    expect(a).toBeGreaterThan(0);
    expect(readme.slice(a + COVERAGE_BEGIN.length + 1, b)).toBe(coverageMarkdown(bundledCatalog()));
  });

  it("counts what the catalog holds: us-east-1 every type and dimension; ap-south-1 no cross-AZ; cn-north-1 no USD", () => {
    const cat = bundledCatalog();
    const us = regionCoverage(cat, "us-east-1");
    expect([us.standard.length, us.express.length]).toEqual([16, 7]);
    expect(us.columns.map((c) => c.priced === c.of)).toEqual([true, false, true, true, true]); // no tier retrieval in us-east-1
    const mumbai = regionCoverage(cat, "ap-south-1");
    expect(mumbai.standard).toEqual(["kafka.t3.small", "kafka.m7g.large", "kafka.m7g.xlarge"]);
    expect(mumbai.columns.find((c) => c.header === "Cross-AZ transfer")?.priced).toBe(0);
    const beijing = regionCoverage(cat, "cn-north-1");
    expect([beijing.express, beijing.currencies]).toEqual([[], ["CNY"]]);
    expect(coverageMarkdown(cat)).toContain("| cn-north-1 (prices in CNY: not used in USD totals) |");
  });

  it("a region with prices in two other currencies names both, sorted, with a comma between", () => {
    // A catalog file may mix currencies: cn-north-1's first price given in EUR, the rest in CNY.
    const cat = structuredClone(bundledCatalog()) as Catalog;
    const prices = cat.regions["cn-north-1"] as Record<string, { currency: string }>;
    const first = Object.keys(prices)[0] as string;
    (prices[first] as { currency: string }).currency = "EUR";
    expect(regionCoverage(cat, "cn-north-1").currencies).toEqual(["CNY", "EUR"]);
    expect(coverageMarkdown(cat)).toContain("| cn-north-1 (prices in CNY, EUR: not used in USD totals) |");
  });
});
