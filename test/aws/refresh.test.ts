// Price refresh end to end at the library level: the offer-file fetcher (Node fetch) and the real
// @aws-sdk/client-pricing client against the loopback fake, serving the recorded fixtures, plus
// every failure the issue lists. Each ends in a correct catalog or a clear one-line AwsCallError.
import { describe, expect, it } from "vitest";
import { refreshCatalog } from "../../src/aws/refresh.js";
import { AwsCallError, InputError } from "../../src/model/errors.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { useFakeServer } from "./fakes/harness.js";
import { getProductsRoute, offersRoute } from "./fakes/price-list.js";
import { type Handler, pricingError, pricingReply } from "./fakes/server.js";

const NOW = new Date("2026-11-25T06:00:00Z");
const FAST = { attempts: 3, backoffMs: 0 };
const fake = useFakeServer({ credentials: true });
const { serve } = fake;

const offers: Handler = (req) => offersRoute(req) ?? { status: 404, body: "not found" };

function amounts(c: {
  regions: Record<
    string,
    Record<string, { amount: number; currency: string; unit: string; usageType?: string }>
  >;
}) {
  return Object.fromEntries(
    Object.entries(c.regions).map(([r, ps]) => [
      r,
      Object.fromEntries(
        Object.entries(ps).map(([d, p]) => [d, [p.amount, p.currency, p.unit, p.usageType]]),
      ),
    ]),
  );
}

describe("refresh from the public offer files", () => {
  it("all regions: the region index, then each region's file; a valid catalog dated with the fetch", async () => {
    const host = await serve(offers);
    const r = await refreshCatalog({
      source: "offers",
      regions: "all",
      now: NOW,
      offersHost: host,
      http: FAST,
    });
    expect(r.catalog.source).toBe("offers");
    expect(r.catalog.date).toBe("2026-11-25");
    expect(Object.keys(r.catalog.regions)).toEqual(["ap-southeast-1", "us-east-1"]);
    expect(r.catalog.regions["us-east-1"]?.["broker:kafka.m5.large"]).toMatchObject({
      source: "AWS Price List offer file for Amazon MSK, us-east-1",
      sourceUrl: `${host}/offers/v1.0/aws/AmazonMSK/20260911124456/us-east-1/index.json`,
      status: "published by AWS",
    });
    expect(r.unrecognised).toHaveLength(2);
    expect(fake.server?.requests.map((q) => q.path).sort()).toEqual([
      "/offers/v1.0/aws/AmazonMSK/20260911124456/ap-southeast-1/index.json",
      "/offers/v1.0/aws/AmazonMSK/20260911124456/us-east-1/index.json",
      "/offers/v1.0/aws/AmazonMSK/current/region_index.json",
    ]);
    // Every bundled price with a usage type is reproduced exactly.
    const bundled = bundledCatalog();
    for (const region of ["us-east-1", "ap-southeast-1"]) {
      for (const [dim, p] of Object.entries(bundled.regions[region] ?? {})) {
        if (p.usageType) expect(r.catalog.regions[region]?.[dim]?.amount, `${region} ${dim}`).toBe(p.amount);
      }
    }
  });

  it("a 500 and a truncated transfer are retried, then the refresh succeeds", async () => {
    let n = 0;
    const host = await serve((req) => {
      if (req.path.endsWith("us-east-1/index.json")) {
        n++;
        if (n === 1) return { status: 500, body: "boom" };
        if (n === 2) return { ...(offersRoute(req) as object), truncateAt: 500 };
      }
      return offers(req);
    });
    const r = await refreshCatalog({
      source: "offers",
      regions: ["us-east-1"],
      now: NOW,
      offersHost: host,
      http: FAST,
    });
    expect(n).toBe(3);
    expect(r.catalog.regions["us-east-1"]?.storage?.amount).toBe(0.1);
  });

  it("malformed JSON every time: a clear error naming the URL, after the bounded attempts", async () => {
    const host = await serve((req) =>
      req.path.endsWith("us-east-1/index.json") ? { body: '{"products": {' } : offers(req),
    );
    await expect(
      refreshCatalog({ source: "offers", regions: ["us-east-1"], now: NOW, offersHost: host, http: FAST }),
    ).rejects.toThrow(
      /^GET http:\/\/127\.0\.0\.1:\d+\/offers\/.*us-east-1\/index\.json: not valid JSON, truncated\? .*\(after 3 attempts\)$/,
    );
  });

  it("a hung server: times out per request, bounded attempts, then fails", async () => {
    const host = await serve((req) => (req.path.endsWith("region_index.json") ? "hang" : offers(req)));
    await expect(
      refreshCatalog({
        source: "offers",
        regions: "all",
        now: NOW,
        offersHost: host,
        timeoutSeconds: 0.2,
        http: { attempts: 2, backoffMs: 0 },
      }),
    ).rejects.toThrow(/region_index\.json: no answer within 0\.2 s \(after 2 attempts\)/);
    // Bounded: exactly the two attempts reached the server (each abandoned on its timeout, not
    // waited out), and nothing was asked for after the index failed.
    expect(fake.server?.requests.map((q) => q.path)).toEqual([
      "/offers/v1.0/aws/AmazonMSK/current/region_index.json",
      "/offers/v1.0/aws/AmazonMSK/current/region_index.json",
    ]);
  });

  it("an unknown region is bad input naming --regions", async () => {
    const host = await serve(offers);
    const p = refreshCatalog({
      source: "offers",
      regions: ["eu-west-9"],
      now: NOW,
      offersHost: host,
      http: FAST,
    });
    await expect(p).rejects.toBeInstanceOf(InputError);
    await expect(p).rejects.toThrow(
      '--regions: "eu-west-9" is not in the AmazonMSK offer region index (2 regions)',
    );
  });

  it("an empty offer file: an error, not an empty catalog", async () => {
    const host = await serve((req) =>
      req.path.endsWith("us-east-1/index.json")
        ? { body: { offerCode: "AmazonMSK", products: {}, terms: {} } }
        : offers(req),
    );
    await expect(
      refreshCatalog({ source: "offers", regions: ["us-east-1"], now: NOW, offersHost: host, http: FAST }),
    ).rejects.toThrow("us-east-1: the offer file returned no AmazonMSK prices (0 items read)");
  });

  it("a 404 is not retried", async () => {
    const host = await serve((req) =>
      req.path.endsWith("us-east-1/index.json") ? { status: 404 } : offers(req),
    );
    await expect(
      refreshCatalog({ source: "offers", regions: ["us-east-1"], now: NOW, offersHost: host, http: FAST }),
    ).rejects.toThrow(/HTTP 404 \(not found\)$/);
    expect(fake.server?.requests.filter((q) => q.path.endsWith("us-east-1/index.json"))).toHaveLength(1);
  });
});

describe("refresh from the Price List API (real @aws-sdk/client-pricing)", () => {
  it("follows every page (NextToken), filtered by regionCode; same prices as the offer files", async () => {
    const host = await serve((req) => offersRoute(req) ?? getProductsRoute(req));
    const api = await refreshCatalog({
      source: "api",
      regions: ["us-east-1", "ap-southeast-1"],
      now: NOW,
      endpoint: host,
    });
    const pricing = fake.server?.requests.filter((q) => q.operation === "GetProducts") ?? [];
    expect(pricing).toHaveLength(5); // 3 pages us-east-1 + 2 pages ap-southeast-1
    expect(pricing[0]?.headers["x-amz-target"]).toBe("AWSPriceListService.GetProducts");
    expect(pricing[0]?.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(pricing.map((q) => (q.body as { Filters: { Value: string }[] }).Filters[0]?.Value).sort()).toEqual(
      ["ap-southeast-1", "ap-southeast-1", "us-east-1", "us-east-1", "us-east-1"],
    );
    expect(api.catalog.source).toBe("api");
    const offersResult = await refreshCatalog({
      source: "offers",
      regions: "all",
      now: NOW,
      offersHost: host,
      http: FAST,
    });
    expect(amounts(api.catalog)).toEqual(amounts(offersResult.catalog));
  });

  it("all regions: one unfiltered scan, grouped by regionCode", async () => {
    const host = await serve(getProductsRoute);
    const r = await refreshCatalog({ source: "api", regions: "all", now: NOW, endpoint: host });
    expect(Object.keys(r.catalog.regions)).toEqual(["ap-southeast-1", "us-east-1"]);
    expect((fake.server?.requests[0]?.body as { Filters?: unknown } | undefined)?.Filters).toBeUndefined();
    expect(fake.server?.requests).toHaveLength(5);
  });

  it("throttling then success: retried by the SDK with back-off", async () => {
    let first = true;
    const host = await serve((req) => {
      if (first) {
        first = false;
        return pricingError("ThrottlingException", "Rate exceeded.");
      }
      return getProductsRoute(req);
    });
    const r = await refreshCatalog({ source: "api", regions: ["ap-southeast-1"], now: NOW, endpoint: host });
    expect(r.catalog.regions["ap-southeast-1"]?.storage?.amount).toBe(0.12);
    expect(fake.server?.requests.map((q) => q.attempt)).toEqual([1, 2, 1]);
  });

  it("a persistent 500: retried, then one clear line", async () => {
    const host = await serve(() => pricingError("InternalErrorException", "boom", 500));
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host, maxAttempts: 2 }),
    ).rejects.toThrow(
      "Price List API GetProducts (us-east-1) failed after 2 attempts: InternalErrorException (HTTP 500): boom",
    );
    expect(fake.server?.requests).toHaveLength(2);
  });

  it("malformed JSON on a 200: not retried; a clear error", async () => {
    const host = await serve(() => ({
      headers: { "content-type": "application/x-amz-json-1.1" },
      body: '{"PriceList": ["x"',
    }));
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host }),
    ).rejects.toThrow(
      /^Price List API GetProducts \(us-east-1\): malformed response at http:\/\/127\.0\.0\.1:\d+ \(not valid JSON: /,
    );
  });

  it("a truncated second page: the whole refresh fails (no partial catalog)", async () => {
    const host = await serve((req) => {
      const reply = getProductsRoute(req);
      return (req.body as { NextToken?: string }).NextToken ? { ...reply, truncateAt: 100 } : reply;
    });
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host, maxAttempts: 2 }),
    ).rejects.toBeInstanceOf(AwsCallError);
  });

  it("expired credentials and access denied: a clear message, not retried", async () => {
    let host = await serve(() =>
      pricingError("ExpiredTokenException", "The security token included in the request is expired"),
    );
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host }),
    ).rejects.toThrow(
      "Price List API GetProducts (us-east-1): AWS credentials are expired or invalid (ExpiredTokenException); refresh them and retry",
    );
    expect(fake.server?.requests).toHaveLength(1);
    await fake.close();
    host = await serve(() => pricingError("AccessDeniedException", "User is not authorized"));
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host }),
    ).rejects.toThrow(
      "access denied (AccessDeniedException); the credentials need the IAM permission pricing:GetProducts",
    );
  });

  it("an empty result: an error naming the region", async () => {
    const host = await serve(() => pricingReply({ FormatVersion: "aws_v1", PriceList: [] }));
    await expect(
      refreshCatalog({ source: "api", regions: ["eu-west-1"], now: NOW, endpoint: host }),
    ).rejects.toThrow("eu-west-1: the Price List API returned no AmazonMSK prices (0 items read)");
  });

  it("a repeated page token stops with an error instead of looping forever", async () => {
    const host = await serve(() =>
      pricingReply({ FormatVersion: "aws_v1", PriceList: [], NextToken: "same" }),
    );
    await expect(
      refreshCatalog({ source: "api", regions: ["us-east-1"], now: NOW, endpoint: host }),
    ).rejects.toThrow('the server repeated page token "same"');
    expect(fake.server?.requests).toHaveLength(2);
  });

  it("a hung server: the client times out (throwOnRequestTimeout) and fails", async () => {
    const host = await serve(() => "hang");
    await expect(
      refreshCatalog({
        source: "api",
        regions: ["us-east-1"],
        now: NOW,
        endpoint: host,
        timeoutSeconds: 0.2,
        maxAttempts: 2,
      }),
    ).rejects.toThrow(/no answer at http:\/\/127\.0\.0\.1:\d+ after 2 attempts \(timed out\)|timed out/);
  });
});
