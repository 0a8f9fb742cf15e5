/**
 * Kinesis Data Streams calculators, provisioned and on-demand (docs/billing-rules.md).
 * Inputs are quantities over the billing period in canonical units (hours, counts, bytes; "stored"
 * bytes are the average held); GB are billed GB (GiB, bytesToBilledGB). Zero-quantity usage lines
 * are left out; the capacity line (shard-hours or stream-hours) is always present.
 */
import { PriceUnavailableError } from "../../model/errors.js";
import { bytesToBilledGB, hoursToMonths } from "../billing.js";
import type { Price } from "../catalog-schema.js";
import { type LineItem, lineItem } from "../line-item.js";
import { KINESIS_PRICES, type KinesisPrices, priceSource } from "./prices.js";

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

export function kinesisPrices(region: string): KinesisPrices {
  const prices = KINESIS_PRICES[region];
  if (!prices)
    throw new PriceUnavailableError(
      "region",
      `no sourced Kinesis Data Streams price in ${region}: priced in us-east-1 and us-east-2 only`,
    );
  return prices;
}

function add(
  items: LineItem[],
  component: string,
  quantity: number,
  unit: string,
  price: Price,
  always = false,
): void {
  if (quantity > 0 || always)
    items.push(
      lineItem(
        component,
        quantity,
        unit,
        price.amount,
        priceSource(price),
        `kinesis:${price.usageType ?? component}`,
      ),
    );
}

/**
 * Line items of Kinesis Data Streams in provisioned mode (shard-hours, PUT payload units,
 * retention, enhanced fan-out) for the given usage over `hours` in `region`.
 */
export function priceKinesisProvisioned(
  region: string,
  u: KinesisProvisionedUsage,
  hours: number,
): LineItem[] {
  const k = kinesisPrices(region);
  const months = hoursToMonths(hours);
  const items: LineItem[] = [];
  add(items, "Kinesis shards (provisioned)", u.shardHours, "shard-hours", k.shardHour, true);
  add(items, "PUT payload units (25 KB)", u.putPayloadUnits, "units", k.putPayloadUnit);
  add(
    items,
    "Extended retention (24 h to 7 days)",
    u.extendedRetentionShardHours,
    "shard-hours",
    k.extendedRetentionShardHour,
  );
  add(
    items,
    "Long-term retention (beyond 7 days)",
    bytesToBilledGB(u.longTermStoredBytes) * months,
    "GB-months",
    k.longTermRetentionGbMonth,
  );
  add(
    items,
    "Long-term retention retrieval",
    bytesToBilledGB(u.longTermRetrievedBytes),
    "GB",
    k.longTermRetrievalGb,
  );
  add(
    items,
    "Enhanced fan-out consumers",
    u.efoConsumerShardHours,
    "consumer-shard-hours",
    k.efoConsumerShardHour,
  );
  add(items, "Enhanced fan-out data retrieval", bytesToBilledGB(u.efoBytes), "GB", k.efoDataGb);
  return items;
}

/**
 * Line items of Kinesis Data Streams on-demand for the given usage over `hours` in `region`; a
 * price the region lacks is listed as missing (never zero).
 */
export function priceKinesisOnDemand(region: string, u: KinesisOnDemandUsage, hours: number): LineItem[] {
  const k = kinesisPrices(region);
  const months = hoursToMonths(hours);
  const items: LineItem[] = [];
  add(items, "Kinesis on-demand streams", u.streamHours, "stream-hours", k.onDemandStreamHour, true);
  add(
    items,
    "Data written (records rounded up to 1 KB)",
    bytesToBilledGB(u.billedBytesIn),
    "GB",
    k.onDemandDataInGb,
  );
  add(items, "Data read, shared throughput", bytesToBilledGB(u.billedBytesOut), "GB", k.onDemandDataOutGb);
  add(
    items,
    "Data read, enhanced fan-out",
    bytesToBilledGB(u.billedEfoBytesOut),
    "GB",
    k.onDemandEfoDataOutGb,
  );
  add(
    items,
    "Extended retention (24 h to 7 days)",
    bytesToBilledGB(u.extendedStoredBytes) * months,
    "GB-months",
    k.onDemandExtendedRetentionGbMonth,
  );
  add(
    items,
    "Long-term retention (beyond 7 days)",
    bytesToBilledGB(u.longTermStoredBytes) * months,
    "GB-months",
    k.onDemandLongTermRetentionGbMonth,
  );
  return items;
}
