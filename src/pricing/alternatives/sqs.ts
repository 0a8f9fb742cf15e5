/**
 * Amazon SQS request pricing (docs/billing-rules.md): tiered per-request prices, tiers per
 * month (scaled to the billing period), the optional free tier of 1 M requests per month taken
 * from the first tier. Requests here are already billed requests (64 KB chunks counted,
 * sqsBilledRequests in src/model/alternatives/sqs.ts).
 */
import { PriceUnavailableError } from "../../model/errors.js";
import { hoursToMonths } from "../billing.js";
import { type LineItem, lineItem } from "../line-item.js";
import { priceSource, type RequestTier, SQS_PRICES, type SqsPrices } from "./prices.js";

export type SqsQueueType = "standard" | "fifo";

export function sqsPrices(region: string): SqsPrices {
  const prices = SQS_PRICES[region];
  if (!prices)
    throw new PriceUnavailableError("region", `no sourced SQS price in ${region}: priced in us-east-1 only`);
  return prices;
}

function fmtCount(n: number): string {
  return n >= 1e9 ? `${n / 1e9} B` : `${n / 1e6} M`;
}

/** Line items for `billedRequests` over `hours`. */
export function priceSqsRequests(
  region: string,
  queueType: SqsQueueType,
  billedRequests: number,
  hours: number,
  freeTier: boolean,
): LineItem[] {
  const prices = sqsPrices(region);
  const months = hoursToMonths(hours);
  const tiers = queueType === "fifo" ? prices.fifo : prices.standard;
  const free = freeTier ? Math.min(billedRequests, prices.freeRequestsPerMonth * months) : 0;
  const items: LineItem[] = [];
  const label = queueType === "fifo" ? "SQS FIFO requests" : "SQS standard requests";
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i] as RequestTier;
    const from = tier.fromRequests * months;
    const to =
      i + 1 < tiers.length ? (tiers[i + 1] as RequestTier).fromRequests * months : Number.POSITIVE_INFINITY;
    let inTier = Math.max(0, Math.min(billedRequests, to) - from);
    const next = tiers[i + 1];
    let suffix =
      tiers.length === 1
        ? ""
        : !next
          ? ` (over ${fmtCount(tier.fromRequests)}/month)`
          : i === 0
            ? ` (first ${fmtCount(next.fromRequests)}/month)`
            : ` (${fmtCount(tier.fromRequests)} to ${fmtCount(next.fromRequests)}/month)`;
    if (i === 0 && free > 0) {
      inTier -= free;
      suffix += ` after ${fmtCount(prices.freeRequestsPerMonth)}/month free tier`;
    }
    if (inTier > 0 || i === 0)
      items.push(
        lineItem(
          `${label}${suffix}`,
          Math.max(0, inTier),
          "requests",
          tier.price.amount,
          priceSource(tier.price),
          `sqs:${queueType}`,
        ),
      );
  }
  return items;
}
