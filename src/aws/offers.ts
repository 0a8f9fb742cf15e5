/**
 * The public bulk offer files for AmazonMSK (no credentials; plain HTTPS GET). Layout:
 * docs/design.md — the MSK region index
 * `/offers/v1.0/aws/AmazonMSK/current/region_index.json` (regions keyed by code, each with a
 * `currentVersionUrl` relative to the host), then each region's `index.json`.
 */
import { AwsCallError, InputError } from "../model/errors.js";
import { DEFAULT_HTTP_POLICY, getJson, type HttpPolicy } from "./http.js";
import { type OfferFile, OfferFile as OfferFileSchema, RegionIndex } from "./price-list-item.js";

/** AWS's public price list host (docs/design.md; docs/billing-rules.md). */
export const OFFERS_HOST = "https://pricing.us-east-1.amazonaws.com";
export const MSK_OFFER_PATH = "/offers/v1.0/aws/AmazonMSK/current";

export interface OfferFetchOptions {
  /** Replaces {@link OFFERS_HOST} (tests point it at a loopback server). */
  host?: string;
  http?: HttpPolicy;
}

function hostOf(opts: OfferFetchOptions): string {
  return (opts.host ?? OFFERS_HOST).replace(/\/+$/, "");
}

/** The region index: region code → absolute URL of that region's current offer file. */
export async function fetchRegionIndex(opts: OfferFetchOptions = {}): Promise<Map<string, string>> {
  const host = hostOf(opts);
  const url = `${host}${MSK_OFFER_PATH}/region_index.json`;
  const parsed = RegionIndex.safeParse(await getJson(url, opts.http ?? DEFAULT_HTTP_POLICY));
  if (!parsed.success)
    throw new AwsCallError(`GET ${url}: not an offer region index (${parsed.error.issues[0]?.message})`);
  const out = new Map<string, string>();
  for (const [code, r] of Object.entries(parsed.data.regions)) {
    const rel = r.currentVersionUrl;
    out.set(code, /^https?:\/\//.test(rel) ? rel : `${host}${rel.startsWith("/") ? "" : "/"}${rel}`);
  }
  return out;
}

/** One region's offer file, validated. */
export async function fetchOfferFile(url: string, opts: OfferFetchOptions = {}): Promise<OfferFile> {
  const parsed = OfferFileSchema.safeParse(await getJson(url, opts.http ?? DEFAULT_HTTP_POLICY));
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AwsCallError(
      `GET ${url}: not an AmazonMSK offer file (${i ? `${i.path.join(".")}: ${i.message}` : "invalid"})`,
    );
  }
  return parsed.data;
}

/** Choose regions from the index: `all`, or each requested code (unknown → InputError naming it). */
export function pickRegions(index: Map<string, string>, wanted: readonly string[] | "all"): string[] {
  if (wanted === "all") return [...index.keys()].sort();
  for (const r of wanted) {
    if (!index.has(r))
      throw new InputError(
        "--regions",
        `"${r}" is not in the AmazonMSK offer region index (${index.size} regions)`,
        "unknown_region",
      );
  }
  return [...wanted];
}
