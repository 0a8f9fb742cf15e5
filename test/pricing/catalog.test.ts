// The bundled catalog (docs/billing-rules.md) and catalog lookups (src/pricing/catalog.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, PriceUnavailableError } from "../../src/model/errors.js";
import { INSTANCES } from "../../src/model/instances.js";
import { editDistance } from "../../src/model/suggest.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import {
  catalogRegions,
  describeProvenance,
  lookupUsdPrice,
  newestDate,
  usdPriceOf,
} from "../../src/pricing/catalog.js";
import { Catalog } from "../../src/pricing/catalog-schema.js";
import { brokerDimension } from "../../src/pricing/dimensions.js";

const cat = bundledCatalog();

describe("bundled catalog", () => {
  it("validates against the zod catalog schema unchanged", () => {
    expect(Catalog.parse(cat)).toEqual(cat);
  });

  it("holds exactly the regions docs/billing-rules.md sources", () => {
    expect(catalogRegions(cat)).toEqual([
      "ap-northeast-2",
      "ap-south-1",
      "ap-southeast-1",
      "ap-southeast-5",
      "cn-north-1",
      "us-east-1",
    ]);
  });

  it("prices every Standard and Express instance in us-east-1 (docs/billing-rules.md)", () => {
    for (const i of INSTANCES)
      expect(cat.regions["us-east-1"]?.[brokerDimension(i.name)]?.amount).toBeGreaterThan(0);
  });

  it("prices only instance types that exist", () => {
    const names = new Set(INSTANCES.map((i) => i.name));
    for (const prices of Object.values(cat.regions)) {
      for (const dim of Object.keys(prices))
        if (dim.startsWith("broker:")) expect(names.has(dim.slice(7))).toBe(true);
    }
  });

  it("bundles the reference's decisions: tiered us-east-1 0.06, suspect ap-south-1 m7g.large, PST basis", () => {
    expect(cat.regions["us-east-1"]?.tieredStorage).toMatchObject({
      amount: 0.06,
      status: "one secondary source",
      flags: ["unverified"],
    });
    expect(cat.regions["ap-south-1"]?.["broker:kafka.m7g.large"]?.flags).toEqual(["unverified", "suspect"]);
    expect(cat.regions["us-east-1"]?.pst?.flags).toEqual(["basis-unverified"]);
    expect(cat.regions["us-east-1"]?.["broker:kafka.m5.large"]).toMatchObject({
      amount: 0.21,
      unit: "hours",
      usageType: "USE1-Kafka.m5.large",
      status: "published by AWS",
      sourceUrl: expect.stringMatching(/^https:\/\//),
    });
    expect(cat.regions["us-east-1"]?.storage).toMatchObject({
      amount: 0.1,
      unit: "GB-Mo",
      usageType: "USE1-Kafka.Storage.GP2",
    });
    expect(cat.regions["ap-southeast-1"]?.privateConnectivityHour?.usageType).toBe(
      "APS1-Kafka.PrivateConnectivityHours",
    );
  });

  it("leaves ✘ dimensions absent, never extrapolated", () => {
    expect(cat.regions["us-east-1"]?.tieredRetrieval).toBeUndefined();
    expect(cat.regions["ap-south-1"]?.serverlessStorage).toBeUndefined();
    expect(cat.regions["ap-southeast-1"]?.pst).toBeUndefined();
    expect(cat.regions["ap-southeast-1"]?.privateConnectivityData).toBeUndefined();
    expect(cat.regions["ap-northeast-2"]?.["broker:kafka.m5.large"]).toBeUndefined();
    expect(cat.regions["eu-west-1"]).toBeUndefined();
  });

  it("carries CNY for cn-north-1 Express", () => {
    expect(cat.regions["cn-north-1"]?.["broker:express.m7g.large"]).toMatchObject({
      amount: 4.306,
      currency: "CNY",
    });
  });

  it("every price from one secondary source is flagged unverified", () => {
    for (const prices of Object.values(cat.regions))
      for (const p of Object.values(prices))
        if (p.status === "one secondary source") expect(p.flags).toContain("unverified");
  });

  it("is a fresh object per call", () => {
    const a = bundledCatalog();
    (a.regions["us-east-1"] as Record<string, unknown>).storage = undefined;
    expect(bundledCatalog().regions["us-east-1"]?.storage?.amount).toBe(0.1);
  });
});

describe("usdPriceOf / lookupUsdPrice", () => {
  it("an unknown region lists the known ones and names both ways to supply prices, exactly", () => {
    expect(() => usdPriceOf(cat, "eu-west-1", "storage", "storagePerBroker")).toThrow(InputError);
    expect(() => lookupUsdPrice(cat, "eu-west-1", "storage")).toThrow(
      /^region: region "eu-west-1" has no prices .* it holds: ap-northeast-2, .*us-east-1; fetch them with `msk-planner pricing refresh --regions eu-west-1` \(saved in the default cache, which every command reads\) or supply --catalog FILE/,
    );
  });
  it("a missing dimension is returned as missing, with the catalog's explanation", () => {
    const r = lookupUsdPrice(cat, "ap-south-1", "crossAz");
    expect(r.price).toBeUndefined();
    // Cross-AZ transfer is not in the AWS MSK price list: only --catalog FILE supplies it.
    expect(r.missing).toMatch(
      /no sourced price for Cross-AZ data transfer.* in ap-south-1; .*cannot fetch it: supply it with --catalog FILE/,
    );
    expect(lookupUsdPrice(cat, "ap-south-1", "expressStorage").missing).toMatch(
      /; fetch them with `msk-planner pricing refresh --regions ap-south-1` \(saved in the default cache, which every command reads\) or supply --catalog FILE/,
    );
  });
  it("a missing dimension is PriceUnavailableError naming the field", () => {
    const e = (() => {
      try {
        usdPriceOf(cat, "ap-northeast-2", brokerDimension("kafka.m5.large"), "instance");
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(PriceUnavailableError);
    expect((e as Error).message).toMatch(
      /^instance: .*no sourced price for Broker-hours \(kafka.m5.large\) in ap-northeast-2/,
    );
    expect((e as Error).message).not.toMatch(/\n/);
  });
  it("a non-USD price in a USD total is refused", () => {
    expect(() => usdPriceOf(cat, "cn-north-1", brokerDimension("express.m7g.large"), "instance")).toThrow(
      /priced in CNY/,
    );
  });
});

describe("a mistyped region's direction word (the one suggestion module's distance)", () => {
  const typo = (region: string) => {
    try {
      lookupUsdPrice(cat, region, "storage");
    } catch (e) {
      return (e as InputError).message;
    }
    return "priced";
  };
  const notACode = (region: string, hint: string) =>
    `region: ${JSON.stringify(region)} is not an AWS region code (such as us-east-1); ${hint}`;

  it("one edit from a known direction word (a swap counts as one) is a typo, with what was meant", () => {
    expect(editDistance("eats", "east")).toBe(1); // swap a,s
    expect(typo("us-eats-1")).toBe(notACode("us-eats-1", "did you mean us-east-1?"));
    expect(typo("eu-wset-1")).toBe(notACode("eu-wset-1", "did you mean eu-west-1?")); // no prices there either
    expect(typo("ap-southaest-1")).toBe(notACode("ap-southaest-1", "did you mean ap-southeast-1?"));
    expect(typo("us-gov-wset-1")).toBe(notACode("us-gov-wset-1", "did you mean us-gov-west-1?"));
    expect(typo("US_EATS_1")).toBe(notACode("US_EATS_1", "did you mean us-east-1?")); // case, dashes and swap
    expect(typo("us-wast-1")).toBe(notACode("us-wast-1", "did you mean us-east-1 or us-west-1?")); // a tie
  });

  it("two edits off may be a region newer than the list: a region without prices, as before", () => {
    expect(editDistance("esta", "east")).toBe(2);
    expect(typo("us-esta-1")).toMatch(/^region: region "us-esta-1" has no prices in the bundled catalog/);
    expect(editDistance("southwest", "southeast")).toBe(2);
    expect(typo("ap-southwest-1")).toMatch(/^region: region "ap-southwest-1" has no prices/);
    // A known direction word is never a typo, whatever region it names.
    expect(typo("us-east-2")).toMatch(/^region: region "us-east-2" has no prices/);
    expect(typo("cn-northwest-1")).toMatch(/^region: region "cn-northwest-1" has no prices/);
    expect(typo("us-east-1")).toBe("priced");
  });
});

describe("newestDate", () => {
  it("law: the newest date is the last one in sorted order, whatever the input order; none → empty", () => {
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(fc.array(day, { minLength: 1 }), (ds) => newestDate(ds) === [...ds].sort().at(-1)));
    expect(newestDate([])).toBe("");
  });

  it("no bundled price is dated after the catalog itself", () => {
    const dates = Object.values(cat.regions).flatMap((ps) => Object.values(ps).map((p) => p.date));
    expect(newestDate(dates) <= cat.date).toBe(true);
  });
});

describe("provenance in words", () => {
  const base = { amount: 1, unit: "hours", source: "x", date: "2026-01-01" };
  const parse = (status: string) =>
    Catalog.parse({
      schemaVersion: 1,
      source: "file",
      date: "2026-01-01",
      regions: { r: { storage: { ...base, status } } },
    }).regions.r?.storage?.status;

  it("reads the codes of older catalog files as words", () => {
    expect(parse("V1")).toBe("published by AWS");
    expect(parse("V2")).toBe("confirmed by two sources");
    expect(parse("S")).toBe("one secondary source");
    expect(parse("one secondary source")).toBe("one secondary source");
    expect(() => parse("V3")).toThrow();
  });

  it("a line item from a catalog file says so, with the date, status and flags in words", () => {
    const file = Catalog.parse({
      schemaVersion: 1,
      source: "file",
      date: "2026-01-01",
      regions: {
        "us-east-1": {
          storage: { ...base, status: "S", flags: ["unverified"], sourceUrl: "https://example.com/p" },
        },
      },
    });
    const p = file.regions["us-east-1"]?.storage as NonNullable<(typeof file.regions)[string]["storage"]>;
    expect(describeProvenance(file, p)).toEqual({
      source: "your catalog file: x, as of 2026-01-01; one secondary source; not checked against AWS",
      sourceUrl: "https://example.com/p",
    });
    const { sourceUrl: _, ...noUrl } = p;
    expect(describeProvenance(file, noUrl).sourceUrl).toBeNull();
  });
});
