/**
 * Kinesis Data Streams calculators, provisioned and on-demand (docs/billing-rules.md).
 * Inputs are quantities over the billing period in canonical units (hours, counts, bytes; "stored"
 * bytes are the average held); GB are billed GB (GiB, bytesToBilledGB). Zero-quantity usage lines
 * are left out; the capacity line (shard-hours or stream-hours) is always present. A price the
 * tables lack in the region is a missing-price line (never zero).
 */
import { bytesToBilledGB, hoursToMonths } from "../billing.js";
import { lineItem, type PriceLine } from "../line-item.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
  KINESIS_DIMENSIONS,
  type KinesisPrices,
  missingAlternativePrice,
  priceSource,
  regionsWith,
} from "./prices.js";

export interface KinesisProvisionedUsage {
  shardHours: number;
  putPayloadUnits: number;
  /** Shard-hours with retention above 24 h (the add-on is per shard-hour, docs/sizing-model.md unit note). */
  extendedRetentionShardHours: number;
  longTermStoredBytes: number;
  longTermRetrievedBytes: number;
  efoConsumerShardHours: number;
  efoBytes: number;
}

export interface KinesisOnDemandUsage {
  streamHours: number;
  /** Bytes written and read as billed: each record rounded up to 1,024 bytes. */
  billedBytesIn: number;
  billedBytesOut: number;
  billedEfoBytesOut: number;
  extendedStoredBytes: number;
  longTermStoredBytes: number;
}

/**
 * One billed dimension of a Kinesis mode: its price key, line wording, and billed quantity from the
 * usage over the period (`months` = hours ÷ 730). Written once, read by the line-item calculators
 * below and by the planner's cost-only path (src/plan/alternatives/kinesis-cost.ts), so the two
 * bill the same quantities in the same order. `always`: the line is written even at quantity 0
 * (the capacity line); any other line only when its quantity is positive.
 */
export interface KinesisLine<U> {
  key: keyof KinesisPrices;
  component: string;
  unit: string;
  quantity: (u: U, months: number) => number;
  always?: boolean;
}

/** Provisioned mode's lines, in the order they are written. */
export const KINESIS_PROVISIONED_LINES: readonly KinesisLine<KinesisProvisionedUsage>[] = [
  {
    key: "shardHour",
    component: "Kinesis shards (provisioned)",
    unit: "shard-hours",
    quantity: (u) => u.shardHours,
    always: true,
  },
  {
    key: "putPayloadUnit",
    component: "PUT payload units (25 KB)",
    unit: "units",
    quantity: (u) => u.putPayloadUnits,
  },
  {
    key: "extendedRetentionShardHour",
    component: "Extended retention (24 h to 7 days)",
    unit: "shard-hours",
    quantity: (u) => u.extendedRetentionShardHours,
  },
  {
    key: "longTermRetentionGbMonth",
    component: "Long-term retention (beyond 7 days)",
    unit: "GB-months",
    quantity: (u, months) => bytesToBilledGB(u.longTermStoredBytes) * months,
  },
  {
    key: "longTermRetrievalGb",
    component: "Long-term retention retrieval",
    unit: "GB",
    quantity: (u) => bytesToBilledGB(u.longTermRetrievedBytes),
  },
  {
    key: "efoConsumerShardHour",
    component: "Enhanced fan-out consumers",
    unit: "consumer-shard-hours",
    quantity: (u) => u.efoConsumerShardHours,
  },
  {
    key: "efoDataGb",
    component: "Enhanced fan-out data retrieval",
    unit: "GB",
    quantity: (u) => bytesToBilledGB(u.efoBytes),
  },
];

/** On-demand mode's lines, in the order they are written. */
export const KINESIS_ON_DEMAND_LINES: readonly KinesisLine<KinesisOnDemandUsage>[] = [
  {
    key: "onDemandStreamHour",
    component: "Kinesis on-demand streams",
    unit: "stream-hours",
    quantity: (u) => u.streamHours,
    always: true,
  },
  {
    key: "onDemandDataInGb",
    component: "Data written (records rounded up to 1 KB)",
    unit: "GB",
    quantity: (u) => bytesToBilledGB(u.billedBytesIn),
  },
  {
    key: "onDemandDataOutGb",
    component: "Data read, shared throughput",
    unit: "GB",
    quantity: (u) => bytesToBilledGB(u.billedBytesOut),
  },
  {
    key: "onDemandEfoDataOutGb",
    component: "Data read, enhanced fan-out",
    unit: "GB",
    quantity: (u) => bytesToBilledGB(u.billedEfoBytesOut),
  },
  {
    key: "onDemandExtendedRetentionGbMonth",
    component: "Extended retention (24 h to 7 days)",
    unit: "GB-months",
    quantity: (u, months) => bytesToBilledGB(u.extendedStoredBytes) * months,
  },
  {
    key: "onDemandLongTermRetentionGbMonth",
    component: "Long-term retention (beyond 7 days)",
    unit: "GB-months",
    quantity: (u, months) => bytesToBilledGB(u.longTermStoredBytes) * months,
  },
];

/** A mode's line items: priced from the region's table, or the price listed as missing. */
function priceLines<U>(
  region: string,
  table: readonly KinesisLine<U>[],
  u: U,
  hours: number,
  prices: AlternativePriceTables,
): PriceLine[] {
  const k = prices.kinesis[region] ?? {};
  const months = hoursToMonths(hours);
  const items: PriceLine[] = [];
  for (const l of table) {
    const quantity = l.quantity(u, months);
    if (!(quantity > 0 || l.always)) continue;
    const { usageType, name } = KINESIS_DIMENSIONS[l.key];
    const dimension = `kinesis:${usageType}`;
    const price = k[l.key];
    items.push(
      price
        ? lineItem(l.component, quantity, l.unit, price.amount, priceSource(price), dimension)
        : missingAlternativePrice(
            dimension,
            name,
            region,
            regionsWith(prices.kinesis, (t) => t[l.key] !== undefined),
          ),
    );
  }
  return items;
}

/**
 * Line items of Kinesis Data Streams in provisioned mode (shard-hours, PUT payload units,
 * retention, enhanced fan-out) for the given usage over `hours` in `region`.
 */
export function priceKinesisProvisioned(
  region: string,
  u: KinesisProvisionedUsage,
  hours: number,
  prices: AlternativePriceTables = BUNDLED_ALTERNATIVE_PRICES,
): PriceLine[] {
  return priceLines(region, KINESIS_PROVISIONED_LINES, u, hours, prices);
}

/**
 * Line items of Kinesis Data Streams on-demand for the given usage over `hours` in `region`; a
 * price the region lacks is listed as missing (never zero).
 */
export function priceKinesisOnDemand(
  region: string,
  u: KinesisOnDemandUsage,
  hours: number,
  prices: AlternativePriceTables = BUNDLED_ALTERNATIVE_PRICES,
): PriceLine[] {
  return priceLines(region, KINESIS_ON_DEMAND_LINES, u, hours, prices);
}
