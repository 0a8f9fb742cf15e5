// The Price List normaliser against the recorded fixtures (fixtures/aws/, built from the real item
// shape of docs/billing-rules.md / docs/design.md) and against hand-made edge cases.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalisePriceList } from "../../src/aws/normalise.js";
import { type OfferFile, offerFileToItems } from "../../src/aws/price-list-item.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { Catalog } from "../../src/pricing/catalog-schema.js";
import { FIXTURE_REGIONS, fixture } from "./fakes/price-list.js";

const OPTS = { source: "test", sourceUrl: "https://example/offer.json", fallbackDate: "2026-11-25" };

function offerItems(region: string) {
  return offerFileToItems(fixture(`offers/${region}.index.json`) as OfferFile);
}
function apiItems(region: string): unknown[] {
  const out: unknown[] = [];
  for (let i = 1; i < 10; i++) {
    try {
      const page = fixture(`getproducts/${region}.page${i}.json`) as { PriceList: string[] };
      out.push(...page.PriceList.map((s) => JSON.parse(s)));
    } catch {
      break;
    }
  }
  return out;
}

/** A minimal valid item. */
function item(
  usagetype: string,
  price: Record<string, string>,
  unit: string,
  extra: Record<string, string> = {},
  sku = usagetype,
) {
  return {
    product: { sku, attributes: { servicecode: "AmazonMSK", regionCode: "us-east-1", usagetype, ...extra } },
    terms: {
      OnDemand: { [`${sku}.T`]: { priceDimensions: { [`${sku}.T.R`]: { unit, pricePerUnit: price } } } },
    },
    publicationDate: "2026-09-11T12:44:56Z",
  };
}

describe("normalisePriceList on the recorded offer files (docs/billing-rules.md prices)", () => {
  for (const region of FIXTURE_REGIONS) {
    it(`reproduces bundledCatalog()'s ${region} prices exactly, for every dimension with a usage type`, () => {
      const r = normalisePriceList(offerItems(region), OPTS);
      const bundled = bundledCatalog().regions[region] ?? {};
      // Dimensions without a sourced usage type (PST, Express data written, Connect, …: docs/billing-rules.md
      // docs/sizing-model.md ✘) cannot come from the Price List; every other bundled price must.
      const expected = Object.fromEntries(
        Object.entries(bundled)
          .filter(([, p]) => p.usageType)
          .map(([d, p]) => [
            d,
            { amount: p.amount, currency: p.currency, unit: p.unit, usageType: p.usageType },
          ]),
      );
      const got = Object.fromEntries(
        Object.entries(r.regions[region] ?? {}).map(([d, p]) => [
          d,
          { amount: p.amount, currency: p.currency, unit: p.unit, usageType: p.usageType },
        ]),
      );
      expect(got).toEqual(expected);
      expect(Object.keys(got).length).toBeGreaterThan(14);
    });
  }

  it("carries provenance: publication date, usage type, SKU, source", () => {
    const r = normalisePriceList(offerItems("us-east-1"), {
      source: "AWS Price List offer file for Amazon MSK, us-east-1",
      sourceUrl: "https://example/offer.json",
      fallbackDate: "2026-11-25",
    });
    const p = r.regions["us-east-1"]?.["broker:kafka.m5.large"];
    expect(p).toMatchObject({
      amount: 0.21,
      unit: "hours",
      date: "2026-09-11",
      usageType: "USE1-Kafka.m5.large",
      source: "AWS Price List offer file for Amazon MSK, us-east-1",
      sourceUrl: "https://example/offer.json",
      status: "published by AWS",
    });
    expect(p?.sku).toMatch(/^[0-9A-F]{16}$/);
  });

  it("lists the item it does not recognise, with the reason (never drops it silently)", () => {
    const r = normalisePriceList(offerItems("us-east-1"), OPTS);
    expect(r.unrecognised).toEqual([
      expect.objectContaining({
        region: "us-east-1",
        usageType: "USE1-Kafka.FakeMeter-Example",
        reason: "usage type not in the dimension table",
      }),
    ]);
    expect(r.itemCount).toBe(33);
  });

  it("the offer file and the GetProducts pages give the same catalog", () => {
    for (const region of FIXTURE_REGIONS) {
      expect(normalisePriceList(apiItems(region), OPTS)).toEqual(
        normalisePriceList(offerItems(region), OPTS),
      );
    }
  });

  it("a normalised region validates against the catalog schema", () => {
    const regions = normalisePriceList(
      [...offerItems("us-east-1"), ...offerItems("ap-southeast-1")],
      OPTS,
    ).regions;
    expect(() =>
      Catalog.parse({ schemaVersion: 1, source: "offers", date: "2026-11-25", regions }),
    ).not.toThrow();
  });
});

describe("normalisePriceList rules", () => {
  it("two different prices for one dimension is an error naming both SKUs, never a guess", () => {
    const items = [
      item("USE1-Kafka.m5.large", { USD: "0.2100000000" }, "hours", { operation: "RunBroker" }, "A"),
      item("USE1-Kafka.m5.large", { USD: "0.2200000000" }, "hours", { operation: "RunBroker" }, "B"),
    ];
    expect(() => normalisePriceList(items, OPTS)).toThrow(
      /us-east-1 broker:kafka\.m5\.large: 2 different prices \(A .*; B .*refusing to guess/,
    );
  });

  it("an item with two price dimensions of different amounts is an error", () => {
    const it2 = item("USE1-Kafka.Storage.GP2", { USD: "0.10" }, "GB-Mo");
    (
      it2.terms.OnDemand["USE1-Kafka.Storage.GP2.T"] as { priceDimensions: Record<string, unknown> }
    ).priceDimensions.other = {
      unit: "GB-Mo",
      pricePerUnit: { USD: "0.08" },
    };
    expect(() => normalisePriceList([it2], OPTS)).toThrow(/2 different prices/);
  });

  it("keeps a CNY price in CNY, marked by its currency", () => {
    const cn = item("CNN1-Express.m7g.large", { CNY: "4.3060000000" }, "hours");
    cn.product.attributes.regionCode = "cn-north-1";
    const r = normalisePriceList([cn], OPTS);
    expect(r.regions["cn-north-1"]?.["broker:express.m7g.large"]).toMatchObject({
      amount: 4.306,
      currency: "CNY",
    });
  });

  it("lists (does not load) a currency the catalog cannot carry, a wrong unit, a wrong operation; a non-decimal price is invalid", () => {
    const r = normalisePriceList(
      [
        item("USE1-Kafka.m5.large", { EUR: "0.2" }, "hours"),
        item("USE1-Kafka.m5.xlarge", { USD: "1e-1" }, "hours"),
        item("USE1-Kafka.Storage.GP2", { USD: "0.10" }, "GB"),
        item("USE1-Kafka.m7g.large", { USD: "0.204" }, "hours", { operation: "RunVolume" }),
      ],
      OPTS,
    );
    expect(r.regions).toEqual({});
    // Sorted by region, usage type, SKU.
    expect(r.unrecognised.map((u) => u.reason)).toEqual([
      'unit "GB", expected "GB-Mo" for storage',
      "price in EUR, which the catalog does not carry",
      "operation RunVolume, expected RunBroker for USE1-Kafka.m7g.large",
    ]);
    // A price of a known dimension that is not a plain decimal fails the refresh for that dimension.
    expect(r.invalid.map((u) => [u.dimension, u.reason])).toEqual([
      ["broker:kafka.m5.xlarge", 'price "1e-1" is not a finite, non-negative decimal number'],
    ]);
  });

  it("classifies by the suffix after the first '-', whatever the prefix; storage without `group` included", () => {
    const r = normalisePriceList(
      [
        item("XYZ9-Kafka.Storage.GP2", { USD: "0.1000000000" }, "GB-Mo", { operation: "RunVolume" }),
        item("EU-KafkaServerless-In-Bytes", { USD: "0.1" }, "GB"),
      ],
      OPTS,
    );
    expect(Object.keys(r.regions["us-east-1"] ?? {})).toEqual(["serverlessDataIn", "storage"]);
  });

  it("skips regions not asked for without listing them", () => {
    const r = normalisePriceList(offerItems("us-east-1"), { ...OPTS, regions: new Set(["eu-west-1"]) });
    expect(r).toEqual({ regions: {}, unrecognised: [], invalid: [], itemCount: 0 });
  });

  it("a malformed item is listed, not thrown", () => {
    const r = normalisePriceList([{ product: { sku: "S" } }], OPTS);
    expect(r.unrecognised[0]).toMatchObject({
      sku: "S",
      reason: expect.stringMatching(/^not a Price List item/),
    });
  });

  it("law: a price string with up to 10 fractional digits is loaded as exactly the number it spells", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 9_999_999_999 }), (i, f) => {
        const text = `${i}.${String(f).padStart(10, "0")}`;
        const r = normalisePriceList([item("USE1-Kafka.m5.large", { USD: text }, "hours")], OPTS);
        return r.regions["us-east-1"]?.["broker:kafka.m5.large"]?.amount === Number.parseFloat(text);
      }),
    );
  });

  it("law: the catalog does not depend on the order of the items", () => {
    const items = offerItems("ap-southeast-1");
    const base = normalisePriceList(items, OPTS);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
        (shuffled) => {
          expect(normalisePriceList(shuffled, OPTS)).toEqual(base);
        },
      ),
      { numRuns: 50 },
    );
  });
});
