// Pins the public pricing API's types (STYLE.md "Schema first": a few expectTypeOf tests).
import { describe, expectTypeOf, it } from "vitest";
import {
  bundledCatalog,
  type Catalog,
  type ClusterConfig,
  configFromInput,
  type InstanceSpec,
  instanceSpec,
  type LineItem,
  type PriceResult,
  priceConfiguration,
} from "../../src/index.js";
import type { HumanClusterConfig } from "../../src/pricing/configuration-file.js";

describe("public pricing API types", () => {
  it("priceConfiguration(config, catalog, { hours }) returns the price --json shape", () => {
    expectTypeOf(priceConfiguration).parameters.toEqualTypeOf<
      [ClusterConfig, Catalog, ({ hours?: number; hoursPerMonth?: number } | undefined)?]
    >();
    expectTypeOf(priceConfiguration).returns.toEqualTypeOf<PriceResult>();
    expectTypeOf<PriceResult["lineItems"]>().toEqualTypeOf<LineItem[]>();
    expectTypeOf<keyof LineItem>().toEqualTypeOf<
      "component" | "quantity" | "unit" | "unitPriceUsd" | "costUsd" | "source" | "sourceUrl" | "dimension"
    >();
    expectTypeOf<LineItem["sourceUrl"]>().toEqualTypeOf<string | null>();
  });
  it("bundledCatalog returns a Catalog; instanceSpec an InstanceSpec discriminated by kind", () => {
    expectTypeOf(bundledCatalog).returns.toEqualTypeOf<Catalog>();
    expectTypeOf(instanceSpec).returns.toEqualTypeOf<InstanceSpec>();
    expectTypeOf<InstanceSpec["kind"]>().toEqualTypeOf<"standard" | "express">();
  });
  it("configFromInput yields a ClusterConfig and hours; the file type comes from its zod schema", () => {
    expectTypeOf(configFromInput).returns.toHaveProperty("config").toEqualTypeOf<ClusterConfig>();
    expectTypeOf(configFromInput).returns.toHaveProperty("hours").toEqualTypeOf<number>();
    expectTypeOf<HumanClusterConfig["brokers"]>().toEqualTypeOf<string | number | undefined>();
  });
});
