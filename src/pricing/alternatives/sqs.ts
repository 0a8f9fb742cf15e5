/**
 * Amazon SQS request pricing (docs/billing-rules.md): tiered per-request prices, tiers per
 * month (scaled to the billing period), the optional free tier of 1 M requests per month taken
 * from the first tier. Requests here are already billed requests (64 KB chunks counted,
 * sqsBilledRequests in src/model/alternatives/sqs.ts). Without a sourced price for the queue type
 * in the region, the requests are one missing-price line (never zero).
 */
import { hoursToMonths } from "../billing.js";
import { lineItem, type PriceLine } from "../line-item.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
  missingAlternativePrice,
  priceSource,
  type RequestTier,
  regionsWith,
} from "./prices.js";

export type SqsQueueType = "standard" | "fifo";

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
  tables: AlternativePriceTables = BUNDLED_ALTERNATIVE_PRICES,
): PriceLine[] {
  const label = queueType === "fifo" ? "SQS FIFO requests" : "SQS standard requests";
  const prices = tables.sqs[region];
  const tiers = prices?.[queueType];
  if (!prices || !tiers?.length)
    return [
      missingAlternativePrice(
        `sqs:${queueType}`,
        label,
        region,
        regionsWith(tables.sqs, (t) => (t[queueType]?.length ?? 0) > 0),
      ),
    ];
  const months = hoursToMonths(hours);
  const free = freeTier ? Math.min(billedRequests, prices.freeRequestsPerMonth * months) : 0;
  const items: PriceLine[] = [];
  forEachSqsTierLine(tiers, billedRequests, months, free, (i, quantity) => {
    const tier = tiers[i] as RequestTier;
    const next = tiers[i + 1];
    let suffix =
      tiers.length === 1
        ? ""
        : !next
          ? ` (over ${fmtCount(tier.fromRequests)}/month)`
          : i === 0
            ? ` (first ${fmtCount(next.fromRequests)}/month)`
            : ` (${fmtCount(tier.fromRequests)} to ${fmtCount(next.fromRequests)}/month)`;
    if (i === 0 && free > 0) suffix += ` after ${fmtCount(prices.freeRequestsPerMonth)}/month free tier`;
    items.push(
      lineItem(
        `${label}${suffix}`,
        quantity,
        "requests",
        tier.price.amount,
        priceSource(tier.price),
        `sqs:${queueType}`,
      ),
    );
  });
  return items;
}

/**
 * The billed requests in each tier that gets a line (the first always, the others when they hold
 * any): tiers are per month, scaled to the period (`months`); the free requests come off the first.
 * Read by priceSqsRequests and by the planner's cost-only path (src/plan/alternatives/sqs-cost.ts).
 */
export function forEachSqsTierLine(
  tiers: readonly RequestTier[],
  billedRequests: number,
  months: number,
  free: number,
  line: (tierIndex: number, quantity: number) => void,
): void {
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i] as RequestTier;
    const from = tier.fromRequests * months;
    const to =
      i + 1 < tiers.length ? (tiers[i + 1] as RequestTier).fromRequests * months : Number.POSITIVE_INFINITY;
    let inTier = Math.max(0, Math.min(billedRequests, to) - from);
    if (i === 0 && free > 0) inTier -= free;
    if (inTier > 0 || i === 0) line(i, Math.max(0, inTier));
  }
}
