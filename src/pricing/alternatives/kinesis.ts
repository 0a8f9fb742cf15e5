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

/** Adds one line per call: priced from the region's table, or the price listed as missing. */
function lines(region: string, prices: AlternativePriceTables) {
  const k = prices.kinesis[region] ?? {};
  const items: PriceLine[] = [];
  const add = (
    key: keyof KinesisPrices,
    component: string,
    quantity: number,
    unit: string,
    always = false,
  ): void => {
    if (!(quantity > 0 || always)) return;
    const { usageType, name } = KINESIS_DIMENSIONS[key];
    const dimension = `kinesis:${usageType}`;
    const price = k[key];
    items.push(
      price
        ? lineItem(component, quantity, unit, price.amount, priceSource(price), dimension)
        : missingAlternativePrice(
            dimension,
            name,
            region,
            regionsWith(prices.kinesis, (t) => t[key] !== undefined),
          ),
    );
  };
  return { items, add };
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
  const months = hoursToMonths(hours);
  const { items, add } = lines(region, prices);
  add("shardHour", "Kinesis shards (provisioned)", u.shardHours, "shard-hours", true);
  add("putPayloadUnit", "PUT payload units (25 KB)", u.putPayloadUnits, "units");
  add(
    "extendedRetentionShardHour",
    "Extended retention (24 h to 7 days)",
    u.extendedRetentionShardHours,
    "shard-hours",
  );
  add(
    "longTermRetentionGbMonth",
    "Long-term retention (beyond 7 days)",
    bytesToBilledGB(u.longTermStoredBytes) * months,
    "GB-months",
  );
  add(
    "longTermRetrievalGb",
    "Long-term retention retrieval",
    bytesToBilledGB(u.longTermRetrievedBytes),
    "GB",
  );
  add("efoConsumerShardHour", "Enhanced fan-out consumers", u.efoConsumerShardHours, "consumer-shard-hours");
  add("efoDataGb", "Enhanced fan-out data retrieval", bytesToBilledGB(u.efoBytes), "GB");
  return items;
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
  const months = hoursToMonths(hours);
  const { items, add } = lines(region, prices);
  add("onDemandStreamHour", "Kinesis on-demand streams", u.streamHours, "stream-hours", true);
  add(
    "onDemandDataInGb",
    "Data written (records rounded up to 1 KB)",
    bytesToBilledGB(u.billedBytesIn),
    "GB",
  );
  add("onDemandDataOutGb", "Data read, shared throughput", bytesToBilledGB(u.billedBytesOut), "GB");
  add("onDemandEfoDataOutGb", "Data read, enhanced fan-out", bytesToBilledGB(u.billedEfoBytesOut), "GB");
  add(
    "onDemandExtendedRetentionGbMonth",
    "Extended retention (24 h to 7 days)",
    bytesToBilledGB(u.extendedStoredBytes) * months,
    "GB-months",
  );
  add(
    "onDemandLongTermRetentionGbMonth",
    "Long-term retention (beyond 7 days)",
    bytesToBilledGB(u.longTermStoredBytes) * months,
    "GB-months",
  );
  return items;
}
