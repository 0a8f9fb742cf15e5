// Catalog look-ups as a user meets them: a mistyped region is named and put right, a region the
// catalog lacks lists what it holds and how to supply prices (refresh, a catalog file, or neither
// for the alternatives' bundled tables), and every line's provenance words say where the price
// came from (src/pricing/catalog.ts). The CLI tests show the same messages; these run at library
// level so that mutation testing sees them.
import { describe, expect, it } from "vitest";
import { PriceUnavailableError } from "../../src/model/errors.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import {
  describeProvenance,
  howToSupplyPrices,
  layerCatalog,
  provenanceWords,
  refreshable,
  regionPrices,
  supplyKind,
  usdPriceOf,
} from "../../src/pricing/catalog.js";
import { Catalog, type Price } from "../../src/pricing/catalog-schema.js";
import { thrownInputError } from "../helpers/thrown.js";

const cat = bundledCatalog();
const FILE = `--catalog FILE (YAML or JSON in the catalog schema; README "Pricing: where prices come from")`;
const REFRESH = (r: string) =>
  `fetch them with \`msk-planner pricing refresh --regions ${r}\` (saved in the default cache, which every command reads) or supply ${FILE}`;

describe("regions", () => {
  it.each([
    ["us-east1", "us-east-1"],
    ["US_EAST_1", "us-east-1"],
    ["useast1", "us-east-1"],
    [" ap-southeast1 ", "ap-southeast-1"],
    ["us gov west 1", "us-gov-west-1"],
    ["usgovwest1", "us-gov-west-1"],
    ["us-isob-east1", "us-isob-east-1"],
  ])("%j is not a region code: did you mean %s?", (typed, meant) => {
    const e = thrownInputError(() => regionPrices(cat, typed, "workload.region"));
    expect(e.code).toBe("unknown_region");
    expect(e.path).toBe("workload.region");
    expect(e.message).toBe(
      `workload.region: ${JSON.stringify(typed)} is not an AWS region code (such as us-east-1); did you mean ${meant}?`,
    );
  });

  // The repair's table: case, runs of separators (dash, underscore, space, mixed), a missing dash
  // before the number or after a gov/iso prefix, several digits, and a direction typo on top.
  it.each([
    ["us  east  1", "us-east-1"],
    ["us__east__1", "us-east-1"],
    ["us_-_east_-_1", "us-east-1"],
    [" US-EAST-1 ", "us-east-1"],
    ["useast12", "us-east-12"],
    ["eu-central1", "eu-central-1"],
    ["apsoutheast 1", "ap-southeast-1"],
    ["us-gov-east1", "us-gov-east-1"],
    ["us gov  east 1", "us-gov-east-1"],
    ["usgov-east-1", "us-gov-east-1"],
    ["us-gov_east_1", "us-gov-east-1"],
    ["us-iso-east1", "us-iso-east-1"],
    ["us iso east 1", "us-iso-east-1"],
    ["usisobeast1", "us-isob-east-1"],
    // the iso letter is optional: "isoeast" is iso + east, "isoewest" isoe + west, "isofsouth" isof + south
    ["usisoeast1", "us-iso-east-1"],
    ["euisoewest1", "eu-isoe-west-1"],
    ["usisofsouth1", "us-isof-south-1"],
    ["usisowest1", "us-iso-west-1"],
    ["us-eats1", "us-east-1"],
    ["usgovwset1", "us-gov-west-1"],
    ["us-iso-wset-1", "us-iso-west-1"],
    ["us-westt-2", "us-west-2"],
    ["cn-nortwest-1", "cn-northwest-1"],
    ["US-WEST-9", "us-west-9"],
    ["US-GOV-WEST-9", "us-gov-west-9"],
    [" us-west-9", "us-west-9"],
    ["us-iso--east-1", "us-iso-east-1"],
    ["us-isob-wset-1", "us-isob-west-1"],
    ["us-eats-12", "us-east-12"],
    // a separator after "iso" ends the prefix: iso + beast (a direction typo), not isob + east
    ["us_iso_beast_1", "us-iso-east-1"],
    // gov/iso only as the first letters of the middle part: "xgovwest" is reshaped, not split
    ["usxgovwest1", "us-xgovwest-1"],
    // Nothing to repair (a one-letter prefix, no number, a leading digit, trailing letters): the
    // nearest region the catalog holds.
    ["u-east-1", "us-east-1"],
    ["us-east-", "us-east-1"],
    ["1us-east-1", "us-east-1"],
    ["us-east-1x", "us-east-1"],
    ["us-east-2x", "us-east-1"],
  ])("the repair table: %j → did you mean %s?", (typed, meant) => {
    expect(thrownInputError(() => regionPrices(cat, typed)).message).toBe(
      `region: ${JSON.stringify(typed)} is not an AWS region code (such as us-east-1); did you mean ${meant}?`,
    );
  });

  it.each(["us-isoeast-1", "us-isof-south-1", "ap-south-east-1", "us-foo-eats-1"])(
    "%j has the shape of a region code: a region without prices, no repair",
    (typed) => {
      expect(thrownInputError(() => regionPrices(cat, typed)).message).toMatch(
        new RegExp(`^region: region "${typed}" has no prices in the bundled catalog`),
      );
    },
  );

  it("a string that cannot be put right gets no suggestion; the default path is `region`", () => {
    const e = thrownInputError(() => regionPrices(cat, "xx"));
    expect(e.path).toBe("region");
    expect(e.message).toBe(`region: "xx" is not an AWS region code (such as us-east-1)`);
  });

  it("a real region without prices lists the catalog's regions and how to fetch them", () => {
    const e = thrownInputError(() => regionPrices(cat, "eu-west-1"));
    expect(e.code).toBe("unknown_region");
    expect(e.message).toBe(
      `region: region "eu-west-1" has no prices in the bundled catalog (${cat.date}); it holds: ap-northeast-2, ap-south-1, ap-southeast-1, ap-southeast-5, cn-north-1, us-east-1; ${REFRESH("eu-west-1")}`,
    );
  });

  it("a held region returns its own prices", () => {
    expect(regionPrices(cat, "ap-southeast-1").storage?.amount).toBe(0.12);
    expect(regionPrices(cat, "us-east-1").storage?.amount).toBe(0.1);
  });
});

describe("where a missing price can come from", () => {
  it.each([
    ["broker:kafka.m5.large", true, "refresh"],
    ["storage", true, "refresh"],
    ["serverlessCluster", true, "refresh"],
    ["pst", false, "catalog"],
    ["crossAz", false, "catalog"],
    ["ec2:m5.large", false, "bundled"],
    ["ebs:gp3", false, "bundled"],
    ["dataTransfer:out", false, "bundled"],
    ["kinesis:shardHour", false, "bundled"],
    ["sqs:standard", false, "bundled"],
  ])("%s: refreshable %s, supplied by %s", (dimension, refresh, kind) => {
    expect(refreshable(dimension)).toBe(refresh);
    expect(supplyKind(dimension)).toBe(kind);
  });

  it("says so in words, per kind", () => {
    expect(howToSupplyPrices("eu-west-1")).toBe(REFRESH("eu-west-1"));
    expect(howToSupplyPrices("eu-west-1", "storage")).toBe(REFRESH("eu-west-1"));
    expect(howToSupplyPrices("eu-west-1", "pst")).toBe(
      `the AWS MSK price list does not carry this price, so \`msk-planner pricing refresh\` cannot fetch it: supply it with ${FILE}`,
    );
    expect(howToSupplyPrices("eu-west-1", "ec2:m5.large")).toBe(
      "the alternatives' prices (EC2, EBS, Kinesis, SQS) are bundled with msk-planner for a few regions only; `pricing refresh` and --catalog supply MSK prices, so these stay unpriced here (a library caller can pass its own in AlternativeInputs.prices)",
    );
  });

  it("usdPriceOf throws PriceUnavailableError naming the field; a held price is returned", () => {
    const e = thrownInputError(() => usdPriceOf(cat, "us-east-1", "tieredRetrieval", "tierReads"));
    expect(e).toBeInstanceOf(PriceUnavailableError);
    expect(e.path).toBe("tierReads");
    expect(e.message).toMatch(
      /^tierReads: the bundled catalog .* no sourced price for Tiered storage retrieval/,
    );
    expect(usdPriceOf(cat, "us-east-1", "storage", "storage").amount).toBe(0.1);
  });
});

describe("provenance words", () => {
  const price = (more: Partial<Price>): Price =>
    ({ amount: 1, currency: "USD", unit: "GB-Mo", source: "src", date: "2026-02-03", ...more }) as Price;

  it("bundled: the price's own words; refreshed: with its date; a catalog file: says so", () => {
    const p = price({ status: "published by AWS", sourceUrl: "https://example.com" });
    expect(describeProvenance(cat, p)).toEqual({
      source: "src; published by AWS",
      sourceUrl: "https://example.com",
    });
    expect(describeProvenance({ ...cat, source: "api" } as Catalog, p).source).toBe(
      "src, as of 2026-02-03; published by AWS",
    );
    expect(describeProvenance({ ...cat, source: "file" } as Catalog, p).source).toBe(
      "your catalog file: src, as of 2026-02-03; published by AWS",
    );
  });

  it("no status and no flags add nothing; each flag is spelled out", () => {
    expect(provenanceWords(price({}))).toBe("src");
    expect(provenanceWords(price({ flags: ["unverified", "suspect"] }))).toBe(
      "src; not checked against AWS; suspect: out of line with other sizes and regions",
    );
  });

  it("the words kept for a price are its own, whichever lead was asked for first", () => {
    const a = price({ status: "one secondary source" });
    expect(provenanceWords(a, "lead")).toBe("lead; one secondary source");
    expect(provenanceWords(a)).toBe("src; one secondary source");
    expect(provenanceWords(a, "lead")).toBe("lead; one secondary source");
    const b = price({});
    expect(provenanceWords(b)).toBe("src");
    expect(provenanceWords(b, "other")).toBe("other");
  });
});

describe("layerCatalog", () => {
  const mk = (
    source: "file" | "api",
    regions: Record<string, Record<string, number>>,
    description?: string,
  ) =>
    Catalog.parse({
      schemaVersion: 1,
      source,
      date: "2026-01-01",
      ...(description ? { description } : {}),
      regions: Object.fromEntries(
        Object.entries(regions).map(([r, ps]) => [
          r,
          Object.fromEntries(
            Object.entries(ps).map(([d, amount]) => [
              d,
              { amount, unit: "u", source: `${source} ${d}`, date: "2026-01-01" },
            ]),
          ),
        ]),
      ),
    });

  it("each price from the top where it has one, else from the base; every region of either", () => {
    const base = mk("file", { a: { storage: 1, pst: 2 }, b: { storage: 3 } });
    const top = mk("api", { a: { storage: 10 }, c: { crossAz: 4 } });
    const l = layerCatalog(base, top);
    expect(Object.keys(l.regions).sort()).toEqual(["a", "b", "c"]);
    expect(l.regions.a?.storage?.amount).toBe(10);
    expect(l.regions.a?.pst?.amount).toBe(2);
    expect(l.regions.b?.storage?.amount).toBe(3);
    expect(l.regions.c?.crossAz?.amount).toBe(4);
    expect(l.source).toBe("api");
    expect(l.description).toBe("api catalog; over the file snapshot (2026-01-01) for prices it lacks");
    expect(layerCatalog(base, mk("api", {}, "AWS price list")).description).toBe(
      "AWS price list; over the file snapshot (2026-01-01) for prices it lacks",
    );
  });
});
