// Handlers that serve the recorded price-list fixtures (fixtures/aws/) as AWS would: the offer
// region index and per-region files by GET, GetProducts pages by NextToken.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type FakeReply, type FakeRequest, pricingReply } from "./server.js";

const FIXTURES = resolve(import.meta.dirname, "../../../fixtures/aws");

export function fixture(rel: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURES, rel), "utf8"));
}

export const FIXTURE_REGIONS = ["ap-southeast-1", "us-east-1"] as const;

/** The GET routes of the public offer files. */
export function offersRoute(req: FakeRequest): FakeReply | undefined {
  if (req.path === "/offers/v1.0/aws/AmazonMSK/current/region_index.json") {
    return { headers: { "content-type": "application/json" }, body: fixture("offers/region_index.json") };
  }
  const m = /^\/offers\/v1\.0\/aws\/AmazonMSK\/[^/]+\/([a-z0-9-]+)\/index\.json$/.exec(req.path);
  if (m && (FIXTURE_REGIONS as readonly string[]).includes(m[1] as string)) {
    return { headers: { "content-type": "application/json" }, body: fixture(`offers/${m[1]}.index.json`) };
  }
  return undefined;
}

/** The recorded GetProducts pages for the filtered region (or every region, chained), by NextToken. */
export function getProductsRoute(req: FakeRequest): FakeReply {
  const body = req.body as { Filters?: { Field: string; Value: string }[]; NextToken?: string };
  const region = body.Filters?.find((f) => f.Field === "regionCode")?.Value;
  const regions = region ? [region] : [...FIXTURE_REGIONS];
  const pages: { PriceList: string[]; NextToken?: string }[] = [];
  for (const r of regions) {
    if (!(FIXTURE_REGIONS as readonly string[]).includes(r)) continue;
    for (let i = 1; ; i++) {
      try {
        pages.push(fixture(`getproducts/${r}.page${i}.json`) as { PriceList: string[] });
      } catch {
        break;
      }
    }
  }
  if (pages.length === 0) return pricingReply({ FormatVersion: "aws_v1", PriceList: [] });
  const index = body.NextToken ? Number(/^p(\d+)$/.exec(body.NextToken)?.[1]) : 0;
  const page = pages[index];
  if (!page) return pricingReply({ __type: "InvalidNextTokenException", Message: "bad token" }, 400);
  const next = index + 1 < pages.length ? `p${index + 1}` : undefined;
  return pricingReply({
    FormatVersion: "aws_v1",
    PriceList: page.PriceList,
    ...(next ? { NextToken: next } : {}),
  });
}
