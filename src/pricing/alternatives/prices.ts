/**
 * Price tables for the alternatives to MSK (self-managed Kafka on EC2, Kinesis Data Streams, SQS),
 * keyed by region, each price citing the sources table (sources.ts). A region or item absent here
 * has no sourced price: callers report it unpriced, never extrapolate. Status in words as in the
 * MSK catalog (catalog-schema.ts).
 */

import { citePrice, type SourceKey } from "../../model/sources.js";
import { provenanceWords } from "../catalog.js";
import type { Price } from "../catalog-schema.js";
import type { MissingPrice, Provenance } from "../line-item.js";

const IC_2024 = "2024-07-01"; // Infracost goldens' regeneration date (EC2, EBS, Kinesis, SQS)
const IC_DT_2024 = "2024-09-25"; // Infracost data-transfer golden

const TWO: Price["status"] = "confirmed by two sources";
const ONE: Price["status"] = "one secondary source";

/** A price in `region` citing `keys`; every price here is a region's. */
function price(
  region: string,
  amount: number,
  unit: string,
  keys: readonly SourceKey[],
  date: string,
  status: Price["status"],
  usageType?: string,
): Price {
  const price: Price = { amount, currency: "USD", unit, ...citePrice(keys, region, date), date, status };
  if (status === ONE) price.flags = ["unverified"];
  if (usageType) price.usageType = usageType;
  return price;
}

/** A LineItem's provenance: the price's source in words with its status and flags, and its URL. */
export function priceSource(price: Price): Provenance {
  return { source: provenanceWords(price), sourceUrl: price.sourceUrl ?? null };
}

/** EC2 Linux on-demand, USD per instance-hour. Only us-east-1 is sourced. */
export const EC2_HOURLY: Readonly<Record<string, Readonly<Record<string, Price>>>> = {
  "us-east-1": {
    "m5.large": price(
      "us-east-1",
      0.096,
      "hours",
      ["infracost-ec2", "ctaminian-cost-estimator"],
      IC_2024,
      TWO,
    ),
    "m5.xlarge": price("us-east-1", 0.192, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m5.2xlarge": price("us-east-1", 0.384, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m5.4xlarge": price("us-east-1", 0.768, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m5.8xlarge": price("us-east-1", 1.536, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m5.16xlarge": price("us-east-1", 3.072, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m6i.large": price("us-east-1", 0.096, "hours", ["infracost-ec2"], IC_2024, ONE),
    "m7g.large": price("us-east-1", 0.0816, "hours", ["factualminds-ec2"], "2026-06-01", ONE),
    "r5.large": price("us-east-1", 0.126, "hours", ["ctaminian-cost-estimator"], IC_2024, ONE),
  },
};

/** EBS gp3: storage per GB-month; IOPS above 3,000 per IOPS-month; throughput above 125 per MiB/s-month. */
export interface Gp3Prices {
  storage: Price;
  iops: Price;
  throughput: Price;
}
/**
 * EBS gp3 prices (storage per GB-month, IOPS and throughput above the free baseline) by region,
 * for self-managed Kafka; regions without a sourced price are absent.
 */
export const GP3_PRICES: Readonly<Record<string, Gp3Prices>> = {
  "us-east-1": {
    storage: price("us-east-1", 0.08, "GB-Mo", ["infracost-ec2", "infracost-ebs"], IC_2024, TWO),
    // IOPS and throughput: one citable source (a second copy agreeing has no public URL).
    iops: price("us-east-1", 0.005, "IOPS-Mo", ["infracost-ebs"], IC_2024, ONE),
    throughput: price("us-east-1", 0.04, "MiBps-Mo", ["infracost-ebs"], IC_2024, ONE),
  },
  // The gp3 volume of source `infracost-ebs` is in us-west-2, at the same prices.
  "us-west-2": {
    storage: price("us-west-2", 0.08, "GB-Mo", ["infracost-ebs"], IC_2024, ONE),
    iops: price("us-west-2", 0.005, "IOPS-Mo", ["infracost-ebs"], IC_2024, ONE),
    throughput: price("us-west-2", 0.04, "MiBps-Mo", ["infracost-ebs"], IC_2024, ONE),
  },
};

/**
 * EC2↔EC2 across AZs in one Region: $0.01 per GB, charged on each side. The quantity billed is
 * twice the GB crossing (source `infracost-data-transfer`, whose golden lists these Regions).
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
/**
 * EC2 data transfer between AZs in one region, USD per GB charged on each side (out and in), by
 * region; regions without a sourced price are absent.
 */
export const CROSS_AZ_PER_GB_EACH_WAY: Readonly<Record<string, Price>> = Object.fromEntries(
  CROSS_AZ_REGIONS.map((r) =>
    r === "us-east-1"
      ? [
          r,
          price(
            r,
            0.01,
            "GB",
            ["infracost-data-transfer", "basavytix-cross-az", "courseiva-data-transfer"],
            IC_DT_2024,
            TWO,
            "DataTransfer-Regional-Bytes",
          ),
        ]
      : [
          r,
          price(r, 0.01, "GB", ["infracost-data-transfer"], IC_DT_2024, ONE, "DataTransfer-Regional-Bytes"),
        ],
  ),
);

/** Kinesis Data Streams; us-east-2 equals us-east-1 in source `infracost-kinesis`. */
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
/** Each Kinesis price's usage type (its dimension id is `kinesis:<usage type>`) and name in words. */
export const KINESIS_DIMENSIONS: Readonly<Record<keyof KinesisPrices, { usageType: string; name: string }>> =
  {
    shardHour: { usageType: "Storage-ShardHour", name: "Kinesis shard-hours" },
    putPayloadUnit: { usageType: "PutRequestPayloadUnits", name: "Kinesis PUT payload units" },
    extendedRetentionShardHour: { usageType: "Extended-ShardHour", name: "Kinesis extended retention" },
    longTermRetentionGbMonth: { usageType: "LongTermRetention-ByteHrs", name: "Kinesis long-term retention" },
    longTermRetrievalGb: { usageType: "LongTermRetention-ReadBytes", name: "Kinesis long-term retrieval" },
    efoConsumerShardHour: {
      usageType: "EnhancedFanoutHour",
      name: "Kinesis enhanced fan-out consumer-shard-hours",
    },
    efoDataGb: { usageType: "ReadBytes", name: "Kinesis enhanced fan-out data" },
    onDemandStreamHour: { usageType: "OnDemand-StreamHour", name: "Kinesis on-demand stream-hours" },
    onDemandDataInGb: { usageType: "OnDemand-BilledIncomingBytes", name: "Kinesis on-demand data in" },
    onDemandDataOutGb: { usageType: "OnDemand-BilledOutgoingBytes", name: "Kinesis on-demand data out" },
    onDemandEfoDataOutGb: {
      usageType: "OnDemand-BilledOutgoingEFOBytes",
      name: "Kinesis on-demand enhanced fan-out data out",
    },
    onDemandExtendedRetentionGbMonth: {
      usageType: "OnDemand-ExtendedRetention-ByteHrs",
      name: "Kinesis on-demand extended retention",
    },
    onDemandLongTermRetentionGbMonth: {
      usageType: "OnDemand-LongTermRetention-ByteHrs",
      name: "Kinesis on-demand long-term retention",
    },
  };

function kinesis(region: string): KinesisPrices {
  const s: SourceKey[] = ["infracost-kinesis"];
  const p = (
    key: keyof KinesisPrices,
    amount: number,
    unit: string,
    keys: SourceKey[],
    date: string,
    st: Price["status"],
  ) => price(region, amount, unit, keys, date, st, KINESIS_DIMENSIONS[key].usageType);
  return {
    shardHour: p(
      "shardHour",
      0.015,
      "shard-hours",
      ["infracost-kinesis", "kindatechnical-kinesis"],
      IC_2024,
      TWO,
    ),
    putPayloadUnit: p("putPayloadUnit", 0.014 / 1e6, "units", s, IC_2024, ONE),
    // Unit trap: Infracost labels it GB; the usage type is a shard-hour add-on.
    extendedRetentionShardHour: p("extendedRetentionShardHour", 0.02, "shard-hours", s, IC_2024, ONE),
    longTermRetentionGbMonth: p("longTermRetentionGbMonth", 0.023, "GB-Mo", s, IC_2024, ONE),
    longTermRetrievalGb: p("longTermRetrievalGb", 0.021, "GB", s, IC_2024, ONE),
    efoConsumerShardHour: p("efoConsumerShardHour", 0.015, "consumer-shard-hours", s, IC_2024, ONE),
    efoDataGb: p("efoDataGb", 0.013, "GB", s, IC_2024, ONE),
    onDemandStreamHour: p("onDemandStreamHour", 0.04, "stream-hours", s, IC_2024, ONE),
    onDemandDataInGb: p("onDemandDataInGb", 0.08, "GB", s, IC_2024, ONE),
    onDemandDataOutGb: p("onDemandDataOutGb", 0.04, "GB", s, IC_2024, ONE),
    onDemandEfoDataOutGb: p("onDemandEfoDataOutGb", 0.05, "GB", s, IC_2024, ONE),
    onDemandExtendedRetentionGbMonth: p("onDemandExtendedRetentionGbMonth", 0.1, "GB-Mo", s, IC_2024, ONE),
    onDemandLongTermRetentionGbMonth: p("onDemandLongTermRetentionGbMonth", 0.023, "GB-Mo", s, IC_2024, ONE),
  };
}
/**
 * Kinesis Data Streams prices (provisioned and on-demand) by region; regions without a sourced
 * price are absent.
 */
export const KINESIS_PRICES: Readonly<Record<string, KinesisPrices>> = {
  "us-east-1": kinesis("us-east-1"),
  "us-east-2": kinesis("us-east-2"),
};

/** One tier of a monthly request price: applies to requests from `fromRequests` (per month). */
export interface RequestTier {
  fromRequests: number;
  price: Price; // per request
}
export interface SqsPrices {
  /** Tiers per queue type; absent when that queue type has no sourced price. */
  standard?: readonly RequestTier[];
  fifo?: readonly RequestTier[];
  /** Requests per month free (standard and FIFO together), not time-limited. */
  freeRequestsPerMonth: number;
  freeTierSources: readonly SourceKey[];
}
const PER_M = 1e6;
const B = 1e9;
/** SQS us-east-1. The AWS pricing page itself was not read; these are third-party copies and Infracost. */
export const SQS_PRICES: Readonly<Record<string, SqsPrices>> = {
  "us-east-1": {
    standard: [
      {
        fromRequests: 0,
        price: price(
          "us-east-1",
          0.4 / PER_M,
          "requests",
          ["infracost-sqs", "cloudburn-sqs", "unanswered-sqs", "factualminds-sqs"],
          IC_2024,
          TWO,
        ),
      },
      {
        fromRequests: 100 * B,
        price: price("us-east-1", 0.3 / PER_M, "requests", ["cloudburn-sqs"], "2026-03-01", ONE),
      },
      {
        fromRequests: 200 * B,
        price: price(
          "us-east-1",
          0.24 / PER_M,
          "requests",
          ["cloudburn-sqs", "unanswered-sqs"],
          "2026-03-01",
          TWO,
        ),
      },
    ],
    // FIFO higher tiers conflict between sources: the flat rate of `cloudburn-sqs` is used, as it
    // never prices below a sourced figure; the $0.35 tier of `unanswered-sqs` is not applied.
    fifo: [
      {
        fromRequests: 0,
        price: price(
          "us-east-1",
          0.5 / PER_M,
          "requests",
          ["infracost-sqs", "cloudburn-sqs", "unanswered-sqs"],
          IC_2024,
          TWO,
        ),
      },
    ],
    freeRequestsPerMonth: 1_000_000,
    freeTierSources: ["cloudburn-sqs", "unanswered-sqs"],
  },
};

/**
 * Every price the alternatives use, by region. The calculators read the bundled tables unless
 * given others (AlternativeInputs.prices: a library user's own prices, or a test removing one);
 * any price absent is listed as a missing price, never taken as zero or from another region.
 */
export interface AlternativePriceTables {
  ec2Hourly: Readonly<Record<string, Readonly<Record<string, Price>>>>;
  gp3: Readonly<Record<string, Partial<Gp3Prices>>>;
  crossAz: Readonly<Record<string, Price>>;
  kinesis: Readonly<Record<string, Partial<KinesisPrices>>>;
  sqs: Readonly<Record<string, SqsPrices>>;
}

/** The bundled price tables of the alternatives (the tables above), the calculators' default. */
export const BUNDLED_ALTERNATIVE_PRICES: AlternativePriceTables = {
  ec2Hourly: EC2_HOURLY,
  gp3: GP3_PRICES,
  crossAz: CROSS_AZ_PER_GB_EACH_WAY,
  kinesis: KINESIS_PRICES,
  sqs: SQS_PRICES,
};

/**
 * A price the alternatives lack in `region`: named in words, with the regions where the bundled
 * tables have it. `pricing refresh` and --catalog supply MSK prices only, so the reason says so.
 */
export function missingAlternativePrice(
  dimension: string,
  name: string,
  region: string,
  pricedIn: readonly string[],
): MissingPrice {
  const where = pricedIn.length
    ? `bundled for ${[...pricedIn].sort().join(", ")} only`
    : "not bundled for any region";
  return {
    dimension,
    name,
    reason: `no sourced ${name} price in ${region} (${where}); prices are never taken from another region, and \`pricing refresh\` and --catalog supply MSK prices only`,
  };
}

/** Regions of a table that hold a given entry. */
export function regionsWith<T>(table: Readonly<Record<string, T>>, has: (entry: T) => boolean): string[] {
  return Object.keys(table).filter((r) => has(table[r] as T));
}
