/**
 * Price refresh: fetch AmazonMSK prices from the public offer files (default, no credentials) or
 * the Price List API, normalise them (src/aws/normalise.ts) and return a validated catalog. Any
 * failure — network, throttling beyond retries, malformed data, a region with no prices, a price
 * that is not a finite non-negative number — rejects the whole refresh: callers write nothing, so
 * the previous catalog stays as it was. Only with `acceptPartial` are dimensions with invalid
 * prices left out (and listed in the result) while the rest is kept.
 */

import { AwsCallError } from "../model/errors.js";
import { SOURCES } from "../model/sources.js";
import { Catalog } from "../pricing/catalog-schema.js";
import { PriceListError } from "./errors.js";
import { DEFAULT_HTTP_POLICY, type HttpPolicy } from "./http.js";
import { type InvalidPrice, normalisePriceList, type UnrecognisedItem } from "./normalise.js";
import { fetchOfferFile, fetchRegionIndex, pickRegions } from "./offers.js";
import { offerFileToItems } from "./price-list-item.js";
import { getProducts } from "./pricing-api.js";

/** Provenance of prices fetched through the Query API (source `price-list-getproducts`). */
export const PRICE_LIST_API_SOURCE = "AWS Price List API (GetProducts, AmazonMSK)";
const PRICE_LIST_API_URL = SOURCES["price-list-getproducts"].url;

/**
 * Where {@link refreshCatalog} reads prices: AWS's public offer files (`offers`, no credentials)
 * or the Price List API (`api`).
 */
export type RefreshSource = "offers" | "api";

/**
 * Options of {@link refreshCatalog}: where to read prices (public offer files or the Price List
 * API), which regions, and the fetch time.
 */
export interface RefreshOptions {
  source: RefreshSource;
  /** Region codes, or "all". */
  regions: readonly string[] | "all";
  /** The fetch time (the catalog's date); passed in, never read from the clock here. */
  now: Date;
  /** Offer-file host override (`--offers-url`). */
  offersHost?: string;
  /** Price List API endpoint override (`--endpoint`). */
  endpoint?: string;
  /** Per-request timeout, seconds (default 30). */
  timeoutSeconds?: number;
  /** Offer-file retry policy (tests inject zero back-off). */
  http?: Partial<HttpPolicy>;
  /** SDK attempts per request for the API source. */
  maxAttempts?: number;
  /** Keep the valid prices when some are invalid (the invalid dimensions are left out and listed). */
  acceptPartial?: boolean;
  /** Regions fetched at once. */
  concurrency?: number;
  /** Progress: called with the total once known, then after each region. */
  onProgress?: (done: number, total: number, region?: string) => void;
}

/**
 * Result of {@link refreshCatalog}: the new catalog, the items not loaded, and the dimensions left
 * out.
 */
export interface RefreshResult {
  catalog: Catalog;
  /** Items read but not loaded (shown with `--verbose`; their count always). */
  unrecognised: UnrecognisedItem[];
  /** Dimensions left out because their price was invalid (only with `acceptPartial`; else it throws). */
  invalid: InvalidPrice[];
  itemCount: number;
}

/** How many invalid prices to name in the one-line error. */
const INVALID_SHOWN = 3;

function describeInvalid(list: readonly InvalidPrice[]): string {
  const shown = list
    .slice(0, INVALID_SHOWN)
    .map((x) => `${x.region} ${x.dimension} (sku ${x.sku}): ${x.reason}`)
    .join("; ");
  return `${shown}${list.length > INVALID_SHOWN ? `; and ${list.length - INVALID_SHOWN} more` : ""}`;
}

async function mapLimit<T, R>(xs: readonly T[], limit: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(xs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < xs.length) {
      const i = next++;
      out[i] = await fn(xs[i] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, worker));
  return out;
}

/** Fetch, normalise and validate. Throws AwsCallError (exit 1) or InputError (unknown region, exit 2). */
export async function refreshCatalog(opts: RefreshOptions): Promise<RefreshResult> {
  const date = opts.now.toISOString().slice(0, 10);
  const timeoutMs =
    opts.timeoutSeconds !== undefined ? opts.timeoutSeconds * 1000 : DEFAULT_HTTP_POLICY.timeoutMs;
  const regions: Catalog["regions"] = {};
  const unrecognised: UnrecognisedItem[] = [];
  const invalid: InvalidPrice[] = [];
  let itemCount = 0;
  let done = 0;

  const take = (part: ReturnType<typeof normalisePriceList>, wanted: readonly string[]) => {
    itemCount += part.itemCount;
    unrecognised.push(...part.unrecognised);
    invalid.push(...part.invalid);
    for (const r of wanted) {
      const prices = { ...part.regions[r] };
      // A dimension with any invalid price is not trusted, even if another item priced it.
      for (const x of part.invalid) if (x.region === r) delete prices[x.dimension];
      if (Object.keys(prices).length === 0 && !part.invalid.some((x) => x.region === r)) {
        throw new AwsCallError(
          `${r}: the ${opts.source === "api" ? "Price List API" : "offer file"} returned no AmazonMSK prices (${part.itemCount} items read)`,
        );
      }
      regions[r] = prices;
    }
  };

  if (opts.source === "offers") {
    const http: HttpPolicy = { ...DEFAULT_HTTP_POLICY, timeoutMs, ...opts.http };
    const index = await fetchRegionIndex({ host: opts.offersHost, http });
    const wanted = pickRegions(index, opts.regions);
    opts.onProgress?.(0, wanted.length);
    const parts = await mapLimit(wanted, opts.concurrency ?? 4, async (region) => {
      const url = index.get(region) as string;
      const offer = await fetchOfferFile(url, { http });
      const part = normalisePriceList(offerFileToItems(offer), {
        source: `AWS Price List offer file for Amazon MSK, ${region}`,
        sourceUrl: url,
        fallbackDate: date,
        regions: new Set([region]),
      });
      opts.onProgress?.(++done, wanted.length, region);
      return { part, region };
    });
    for (const { part, region } of parts) take(part, [region]);
  } else if (opts.regions === "all") {
    opts.onProgress?.(0, 1);
    const items = await getProducts({ endpoint: opts.endpoint, timeoutMs, maxAttempts: opts.maxAttempts });
    const part = normalisePriceList(items, {
      source: PRICE_LIST_API_SOURCE,
      sourceUrl: PRICE_LIST_API_URL,
      fallbackDate: date,
    });
    if (Object.keys(part.regions).length === 0)
      throw new AwsCallError(`the Price List API returned no AmazonMSK prices (${items.length} items)`);
    take(part, Object.keys(part.regions));
    opts.onProgress?.(1, 1);
  } else {
    const wanted = opts.regions;
    opts.onProgress?.(0, wanted.length);
    // Two at a time: GetProducts is throttled per account (bucket 10, refill 5/s; docs/billing-rules.md).
    const parts = await mapLimit(wanted, opts.concurrency ?? 2, async (region) => {
      const items = await getProducts({
        region,
        endpoint: opts.endpoint,
        timeoutMs,
        maxAttempts: opts.maxAttempts,
      });
      const part = normalisePriceList(items, {
        source: PRICE_LIST_API_SOURCE,
        sourceUrl: PRICE_LIST_API_URL,
        fallbackDate: date,
        regions: new Set([region]),
      });
      opts.onProgress?.(++done, wanted.length, region);
      return { part, region };
    });
    for (const { part, region } of parts) take(part, [region]);
  }

  if (invalid.length > 0 && !opts.acceptPartial) {
    throw new PriceListError(
      `${invalid.length} price${invalid.length === 1 ? " is not a valid number" : "s are not valid numbers"}: ${describeInvalid(invalid)}; nothing written, the previous catalog is kept (--accept-partial writes the valid prices without these dimensions)`,
    );
  }
  for (const r of Object.keys(regions))
    if (Object.keys(regions[r] ?? {}).length === 0)
      throw new AwsCallError(`${r}: no valid AmazonMSK prices left (${describeInvalid(invalid)})`);

  const parsed = Catalog.safeParse({
    schemaVersion: 1,
    source: opts.source,
    date,
    description: `Refreshed from ${opts.source === "offers" ? "the AWS public offer files" : "the AWS Price List API"} at ${opts.now.toISOString()}`,
    regions: Object.fromEntries(
      Object.keys(regions)
        .sort()
        .map((r) => [r, regions[r]]),
    ),
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AwsCallError(
      `refreshed catalog is invalid (${i ? `${i.path.join(".")}: ${i.message}` : "schema"}); nothing written`,
    );
  }
  return { catalog: parsed.data, unrecognised, invalid, itemCount };
}

/**
 * A refresh of some regions on top of an earlier refreshed catalog: the refreshed regions replace
 * theirs, the other regions are kept (with their own provenance). The result takes the new date.
 */
export function mergeRefreshed(previous: Catalog | undefined, refreshed: Catalog): Catalog {
  if (!previous) return refreshed;
  const regions = { ...previous.regions, ...refreshed.regions };
  return {
    ...refreshed,
    regions: Object.fromEntries(
      Object.keys(regions)
        .sort()
        .map((r) => [r, regions[r] as Catalog["regions"][string]]),
    ),
  };
}
