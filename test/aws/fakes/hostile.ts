// Replies of a hostile AWS server and the check that no secret leaked, shared by the library-level
// and CLI tests of hostile servers.
import { expect } from "vitest";
import { FAKE_CREDENTIALS, type FakeReply } from "./server.js";

/** A reply whose error message echoes every request header (Authorization, security token). */
export function echoCredentials(
  headers: Record<string, unknown>,
  contentType: Record<string, string>,
): FakeReply {
  return {
    status: 400,
    headers: contentType,
    body: {
      __type: "InvalidParameterException",
      Message: `bad request; headers were ${JSON.stringify(headers)} token=${String(headers["x-amz-security-token"])}`,
      message: `bad request; Authorization: ${String(headers.authorization)}`,
    },
  };
}

/** No credential, signature or token the SDK sent appears in `text`. */
export function expectNoSecret(text: string): void {
  expect(text).not.toContain(FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID);
  expect(text).not.toContain(FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY);
  expect(text).not.toContain(FAKE_CREDENTIALS.AWS_SESSION_TOKEN);
  expect(text).not.toMatch(/Signature=[0-9a-f]{16}/);
}

/**
 * The reply with the price of every item of `dimension` (by its usage type) replaced by `price`:
 * an offer file (products + terms) or a GetProducts page (PriceList of JSON strings).
 */
export function withPrice(reply: FakeReply, dimension: string, price: string): FakeReply {
  const usage = dimensionUsage(dimension);
  const body = reply.body as Record<string, unknown> | undefined;
  if (!body) return reply;
  const setItem = (item: PriceItem): PriceItem => {
    if (!usage.test(item.product?.attributes?.usagetype ?? "")) return item;
    for (const term of Object.values(item.terms?.OnDemand ?? {}))
      for (const pd of Object.values(term.priceDimensions)) pd.pricePerUnit.USD = price;
    return item;
  };
  if (Array.isArray(body.PriceList)) {
    const list = (body.PriceList as string[]).map((s) => JSON.stringify(setItem(JSON.parse(s))));
    return { ...reply, body: { ...body, PriceList: list } };
  }
  if (body.products && body.terms) {
    const copy = structuredClone(body) as unknown as OfferFileLike;
    for (const [sku, product] of Object.entries(copy.products)) {
      if (!usage.test(product.attributes?.usagetype ?? "")) continue;
      for (const term of Object.values(copy.terms.OnDemand?.[sku] ?? {}))
        for (const pd of Object.values(term.priceDimensions)) pd.pricePerUnit.USD = price;
    }
    return { ...reply, body: copy };
  }
  return reply;
}

interface Term {
  priceDimensions: Record<string, { pricePerUnit: Record<string, string> }>;
}
interface PriceItem {
  product?: { attributes?: { usagetype?: string } };
  terms?: { OnDemand?: Record<string, Term> };
}
interface OfferFileLike {
  products: Record<string, { attributes?: { usagetype?: string } }>;
  terms: { OnDemand?: Record<string, Record<string, Term>> };
}

/** Usage types of a dimension id: `broker:kafka.m5.large` → `…-Kafka.m5.large`. */
function dimensionUsage(dimension: string): RegExp {
  const m = /^broker:(kafka|express)\.(.+)$/.exec(dimension);
  if (!m) throw new Error(`withPrice: only broker dimensions, got ${dimension}`);
  const kind = m[1] === "kafka" ? "Kafka" : "Express";
  return new RegExp(`(^|-)${kind}\\.${(m[2] as string).replace(/\./g, "\\.")}$`);
}
