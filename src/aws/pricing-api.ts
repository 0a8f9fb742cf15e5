/**
 * The Price List Query API: @aws-sdk/client-pricing GetProducts for ServiceCode AmazonMSK, every
 * page followed. Wire facts: docs/design.md (awsJson1_1; `PriceList` entries
 * come back as boxed `String`s, so they are parsed with `JSON.parse(String(x))`; the paginator loops
 * forever on a repeated token, so pages are followed here with a repeated-token guard), (errors,
 * retries: the SDK's standard mode retries throttling and 5xx with back-off), (a hung server
 * hangs forever unless the whole response has a deadline: src/aws/bounded-handler.ts). The SDK is imported dynamically, only here.
 */
import { AwsCallError } from "../model/errors.js";
import { boundedRequestHandler } from "./bounded-handler.js";
import { awsError } from "./errors.js";
import { quietSdkNodeWarning } from "./sdk-env.js";

/** The Price List API is served from us-east-1 (docs/billing-rules.md); the priced region is a filter. */
export const PRICE_LIST_API_REGION = "us-east-1";
/** Page size: GetProducts accepts 1–100 (docs/billing-rules.md). */
const PAGE_SIZE = 100;
/** A bound on pages, so a server that never stops paging cannot loop forever. */
const MAX_PAGES = 10_000;

export interface PriceListApiOptions {
  /** Region code to filter on (`regionCode`), or undefined for every region. */
  region?: string;
  /** Client endpoint (tests: a loopback server). */
  endpoint?: string;
  /** Deadline for each attempt's whole response (headers and body), ms. */
  timeoutMs: number;
  /** SDK attempts per request (default: the SDK's, which honours AWS_MAX_ATTEMPTS; 3). */
  maxAttempts?: number;
  /** Called after each page with the number of items so far. */
  onPage?: (items: number) => void;
}

/** Every AmazonMSK Price List item for a region (or all regions), JSON-parsed. */
export async function getProducts(opts: PriceListApiOptions): Promise<unknown[]> {
  const what = `Price List API GetProducts${opts.region ? ` (${opts.region})` : ""}`;
  quietSdkNodeWarning();
  const { PricingClient, GetProductsCommand } = await import("@aws-sdk/client-pricing");
  const client = new PricingClient({
    region: PRICE_LIST_API_REGION,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
    requestHandler: await boundedRequestHandler(opts.timeoutMs),
  });
  const items: unknown[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      let out: { PriceList?: unknown; NextToken?: string };
      try {
        out = await client.send(
          new GetProductsCommand({
            ServiceCode: "AmazonMSK",
            Filters: opts.region
              ? [{ Type: "TERM_MATCH", Field: "regionCode", Value: opts.region }]
              : undefined,
            FormatVersion: "aws_v1",
            MaxResults: PAGE_SIZE,
            NextToken: token,
          }),
        );
      } catch (e) {
        throw awsError(e, what, "pricing:GetProducts", opts.endpoint);
      }
      const list = out.PriceList;
      if (list !== undefined && !Array.isArray(list))
        throw new AwsCallError(`${what}: PriceList is not a list`);
      for (const entry of (list ?? []) as unknown[]) {
        try {
          items.push(JSON.parse(String(entry)));
        } catch (e) {
          throw new AwsCallError(
            `${what}: a PriceList entry is not valid JSON (${(e as Error).message.split("\n")[0]})`,
          );
        }
      }
      opts.onPage?.(items.length);
      token = out.NextToken || undefined;
      if (!token) return items;
      if (seen.has(token))
        throw new AwsCallError(
          `${what}: the server repeated page token "${token}"; stopping rather than looping`,
        );
      seen.add(token);
    }
    throw new AwsCallError(`${what}: more than ${MAX_PAGES} pages; stopping`);
  } finally {
    client.destroy();
  }
}
