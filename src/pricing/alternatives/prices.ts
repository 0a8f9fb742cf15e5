/**
 * Price tables for the alternatives to MSK, keyed by region, each price with its provenance
 * (../shared/reference/alternatives.md §1.1, §1.6, §1.7, §2.1, §3.1). A region or item absent here
 * has no sourced price: callers report it unpriced, never extrapolate.
 * Status: V1 AWS-authored, V2 two sources agree, S a single non-AWS source (catalog-schema.ts).
 */
import type { Price } from "../catalog-schema.js";

const IC_2024 = "2024-07-01"; // Infracost goldens' regeneration date (EC2, EBS, Kinesis, SQS)
const IC_DT_2024 = "2024-09-25"; // Infracost data-transfer golden

function p(
  amount: number,
  unit: string,
  source: string,
  date: string,
  status: Price["status"],
  usageType?: string,
): Price {
  const price: Price = { amount, currency: "USD", unit, source, date, status };
  if (status === "S") price.flags = ["unverified"];
  if (usageType) price.usageType = usageType;
  return price;
}

/** One line of provenance for a LineItem: "[IC-EC2], [CT-PRICING] (2024-07-01, V2)". */
export function priceSource(price: Price): string {
  return `${price.source} (${price.date}${price.status ? `, ${price.status}` : ""})`;
}

/** EC2 Linux on-demand, USD per instance-hour (§1.1). Only us-east-1 is sourced. */
export const EC2_HOURLY: Readonly<Record<string, Readonly<Record<string, Price>>>> = {
  "us-east-1": {
    "m5.large": p(0.096, "hours", "[IC-EC2], [CT-PRICING]", IC_2024, "V2"),
    "m5.xlarge": p(0.192, "hours", "[IC-EC2] eks_node_group_test", IC_2024, "S"),
    "m5.2xlarge": p(0.384, "hours", "[IC-EC2]", IC_2024, "S"),
    "m5.4xlarge": p(0.768, "hours", "[IC-EC2]", IC_2024, "S"),
    "m5.8xlarge": p(1.536, "hours", "[IC-EC2]", IC_2024, "S"),
    "m5.16xlarge": p(3.072, "hours", "[IC-EC2]", IC_2024, "S"),
    "m6i.large": p(0.096, "hours", "[IC-EC2]", IC_2024, "S"),
    "m7g.large": p(0.0816, "hours", "[FM-EC2]", "2026-06-01", "S"),
    "r5.large": p(0.126, "hours", "[CT-PRICING]", IC_2024, "S"),
  },
};

/** EBS gp3 (§1.6): storage per GB-month; IOPS above 3,000 per IOPS-month; throughput above 125 per MiB/s-month. */
export interface Gp3Prices {
  storage: Price;
  iops: Price;
  throughput: Price;
}
const GP3_SOURCES = "[IC-EBS], [GP3-PRICE-DOC]";
export const GP3_PRICES: Readonly<Record<string, Gp3Prices>> = {
  "us-east-1": {
    storage: p(0.08, "GB-Mo", "[IC-EC2], [IC-EBS], [GP3-PRICE-DOC]", IC_2024, "V2"),
    iops: p(0.005, "IOPS-Mo", GP3_SOURCES, IC_2024, "V2"),
    throughput: p(0.04, "MiBps-Mo", GP3_SOURCES, IC_2024, "V2"),
  },
  // [IC-EBS]'s gp3 volume is in us-west-2 at the same prices.
  "us-west-2": {
    storage: p(0.08, "GB-Mo", "[IC-EBS]", IC_2024, "S"),
    iops: p(0.005, "IOPS-Mo", "[IC-EBS]", IC_2024, "S"),
    throughput: p(0.04, "MiBps-Mo", "[IC-EBS]", IC_2024, "S"),
  },
};

/**
 * EC2↔EC2 across AZs in one Region: $0.01 per GB, charged on each side (§1.7). The quantity billed
 * is twice the GB crossing ([IC-DT-RES]). Regions: every Region in the [IC-DT] golden.
 */
const CROSS_AZ_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-central-1",
  "eu-north-1",
  "eu-south-1",
  "ca-central-1",
  "ca-west-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-5",
  "ap-south-1",
  "ap-south-2",
  "ap-east-1",
  "af-south-1",
  "me-south-1",
  "il-central-1",
  "sa-east-1",
  "us-gov-east-1",
  "us-gov-west-1",
];
export const CROSS_AZ_PER_GB_EACH_WAY: Readonly<Record<string, Price>> = Object.fromEntries(
  CROSS_AZ_REGIONS.map((r) =>
    r === "us-east-1"
      ? [
          r,
          p(0.01, "GB", "[IC-DT], [BASAVYTIX], [COURSEIVA]", IC_DT_2024, "V2", "DataTransfer-Regional-Bytes"),
        ]
      : [r, p(0.01, "GB", "[IC-DT]", IC_DT_2024, "S", "DataTransfer-Regional-Bytes")],
  ),
);

/** Kinesis Data Streams (§2.1); us-east-2 equals us-east-1 in [IC-KIN]. */
export interface KinesisPrices {
  shardHour: Price;
  putPayloadUnit: Price; // per unit (the list price is $0.014 per 1,000,000)
  extendedRetentionShardHour: Price;
  longTermRetentionGbMonth: Price;
  longTermRetrievalGb: Price;
  efoConsumerShardHour: Price;
  efoDataGb: Price;
  onDemandStreamHour: Price;
  onDemandDataInGb: Price;
  onDemandDataOutGb: Price;
  onDemandEfoDataOutGb: Price;
  onDemandExtendedRetentionGbMonth: Price;
  onDemandLongTermRetentionGbMonth: Price;
}
function kinesis(): KinesisPrices {
  const s = "[IC-KIN]";
  return {
    shardHour: p(
      0.015,
      "shard-hours",
      "[IC-KIN], [CT-KIN-BLOG], [KINDATECH]",
      IC_2024,
      "V2",
      "Storage-ShardHour",
    ),
    putPayloadUnit: p(0.014 / 1e6, "units", s, IC_2024, "S", "PutRequestPayloadUnits"),
    // Unit trap (§2.1 note): Infracost labels it GB, the usage type is a shard-hour add-on.
    extendedRetentionShardHour: p(0.02, "shard-hours", s, IC_2024, "S", "Extended-ShardHour"),
    longTermRetentionGbMonth: p(0.023, "GB-Mo", s, IC_2024, "S", "LongTermRetention-ByteHrs"),
    longTermRetrievalGb: p(0.021, "GB", s, IC_2024, "S", "LongTermRetention-ReadBytes"),
    efoConsumerShardHour: p(0.015, "consumer-shard-hours", s, IC_2024, "S", "EnhancedFanoutHour"),
    efoDataGb: p(0.013, "GB", s, IC_2024, "S", "ReadBytes"),
    onDemandStreamHour: p(0.04, "stream-hours", s, IC_2024, "S", "OnDemand-StreamHour"),
    onDemandDataInGb: p(0.08, "GB", s, IC_2024, "S", "OnDemand-BilledIncomingBytes"),
    onDemandDataOutGb: p(0.04, "GB", s, IC_2024, "S", "OnDemand-BilledOutgoingBytes"),
    onDemandEfoDataOutGb: p(0.05, "GB", s, IC_2024, "S", "OnDemand-BilledOutgoingEFOBytes"),
    onDemandExtendedRetentionGbMonth: p(0.1, "GB-Mo", s, IC_2024, "S", "OnDemand-ExtendedRetention-ByteHrs"),
    onDemandLongTermRetentionGbMonth: p(
      0.023,
      "GB-Mo",
      s,
      IC_2024,
      "S",
      "OnDemand-LongTermRetention-ByteHrs",
    ),
  };
}
export const KINESIS_PRICES: Readonly<Record<string, KinesisPrices>> = {
  "us-east-1": kinesis(),
  "us-east-2": kinesis(),
};

/** One tier of a monthly request price: applies to requests from `fromRequests` (per month). */
export interface RequestTier {
  fromRequests: number;
  price: Price; // per request
}
export interface SqsPrices {
  standard: readonly RequestTier[];
  fifo: readonly RequestTier[];
  /** Requests per month free (standard and FIFO together), not time-limited. */
  freeRequestsPerMonth: number;
  freeTierSource: string;
}
const PER_M = 1e6;
const B = 1e9;
/** SQS us-east-1 (§3.1). The AWS pricing page itself is MISSING; these are third-party and Infracost. */
export const SQS_PRICES: Readonly<Record<string, SqsPrices>> = {
  "us-east-1": {
    standard: [
      {
        fromRequests: 0,
        price: p(
          0.4 / PER_M,
          "requests",
          "[IC-SQS], [CLOUDBURN-SQS], [UNANSWERED-SQS], [FM-SQS]",
          IC_2024,
          "V2",
        ),
      },
      { fromRequests: 100 * B, price: p(0.3 / PER_M, "requests", "[CLOUDBURN-SQS]", "2026-03-01", "S") },
      {
        fromRequests: 200 * B,
        price: p(0.24 / PER_M, "requests", "[CLOUDBURN-SQS], [UNANSWERED-SQS]", "2026-03-01", "V2"),
      },
    ],
    // FIFO higher tiers conflict (§3.1, unresolved): the flat rate of [CLOUDBURN-SQS] is used, as
    // it never prices below a sourced figure; the $0.35 tier of [UNANSWERED-SQS] is not applied.
    fifo: [
      {
        fromRequests: 0,
        price: p(0.5 / PER_M, "requests", "[IC-SQS], [CLOUDBURN-SQS], [UNANSWERED-SQS]", IC_2024, "V2"),
      },
    ],
    freeRequestsPerMonth: 1_000_000,
    freeTierSource: "[CLOUDBURN-SQS], [UNANSWERED-SQS]",
  },
};

/** The Regions with a sourced price for each alternative (for reasons and docs). */
export function pricedRegions(table: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(table).sort();
}
