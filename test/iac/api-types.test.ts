// Pins the public IaC API's types (STYLE.md "Schema first": a few expectTypeOf tests).
import { describe, expectTypeOf, it } from "vitest";
import {
  type Catalog,
  type IacDocument,
  type IacPriceOptions,
  type IacPriceResult,
  type LineItem,
  loadIac,
  priceIac,
  type Usage,
} from "../../src/index.js";

describe("public IaC API types", () => {
  it("loadIac(paths) → documents; priceIac(documents, catalog, options) → result of line items", () => {
    expectTypeOf(loadIac).parameters.toEqualTypeOf<[readonly string[]]>();
    expectTypeOf(loadIac).returns.toEqualTypeOf<Promise<IacDocument[]>>();
    expectTypeOf(priceIac).parameters.toEqualTypeOf<
      [readonly IacDocument[], Catalog, (IacPriceOptions | undefined)?]
    >();
    expectTypeOf<IacPriceOptions["usage"]>().toEqualTypeOf<Usage | undefined>();
    expectTypeOf<IacPriceResult["resources"][number]["lineItems"]>().toEqualTypeOf<LineItem[]>();
    expectTypeOf<IacPriceResult["priced"]>().toEqualTypeOf<"complete" | "partial" | "none">();
  });
});
