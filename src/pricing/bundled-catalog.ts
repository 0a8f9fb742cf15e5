/**
 * The bundled price snapshot: every MSK price the project can cite from a public source (the
 * sources table, sources.ts), with its provenance (source keys, date, status, flags, usage type),
 * and nothing else. A region or dimension no source prices is absent: it is never filled by
 * extrapolation or by a regional uplift. Figures that look like prices but are not (test mocks
 * in public code, fake usage types) are not loaded. See docs/billing-rules.md.
 *
 * Status: "published by AWS" (an AWS-authored source: the pricing page, the Price List, code AWS
 * published), "confirmed by two sources" (two or more independent public copies of the Price List
 * or pricing page agree), "one secondary source" (a single third-party copy; bundled with the
 * `unverified` flag and re-checked first at refresh). Usage types: `<region prefix>-<suffix>`,
 * with the prefix only where one was seen for MSK (USE1, APS1, APS3); elsewhere the bare suffix.
 */

import { citePrice, fullDateOf, type SourceKey } from "../model/sources.js";
import { newestDate } from "./catalog.js";
import type { Catalog, Price, PriceFlag, PriceStatus } from "./catalog-schema.js";
import { brokerDimension, DIMENSIONS, type DimensionId, type FixedDimensionId } from "./dimensions.js";

/** Price List region prefixes seen for MSK; other regions get the bare suffix. */
const USAGE_PREFIX: Record<string, string> = {
  "us-east-1": "USE1",
  "ap-southeast-1": "APS1",
  "ap-south-1": "APS3",
};

interface Entry {
  amount: number;
  keys: readonly SourceKey[];
  status: PriceStatus;
  flags?: PriceFlag[];
  currency?: "USD" | "CNY";
}

const AWS: PriceStatus = "published by AWS";
const TWO: PriceStatus = "confirmed by two sources";
const ONE: PriceStatus = "one secondary source";
/** ap-south-1 kafka.m7g.large is below us-east-1's price, unlike every other size and region. */
const SUSPECT: PriceFlag[] = ["suspect"];
/** Storage throughput: whether AWS bills the full provisioned MiB/s or only above 250 is not stated (docs/billing-rules.md). */
const BASIS: PriceFlag[] = ["basis-unverified"];

// ── us-east-1 ──────────────────────────────────────────────────────────────────────────────
const USE1_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": {
    amount: 0.0456,
    keys: ["offering-overview-msk", "msk-price-list-us-east-1-2026-09-11", "msk-pricing-copy-2026-08-26"],
    status: TWO,
  },
  "kafka.m5.large": {
    amount: 0.21,
    keys: ["aws-msk-sizing-script", "msk-price-list-us-east-1-2026-04", "msk-pricing-copy-2026-08-26"],
    status: AWS,
  },
  "kafka.m5.xlarge": { amount: 0.42, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.2xlarge": { amount: 0.84, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.4xlarge": { amount: 1.68, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.8xlarge": { amount: 3.36, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.12xlarge": { amount: 5.04, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.16xlarge": { amount: 6.72, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m5.24xlarge": {
    amount: 10.08,
    keys: ["aws-msk-sizing-script", "offering-overview-msk"],
    status: AWS,
  },
  "kafka.m7g.large": {
    amount: 0.204,
    keys: [
      "aws-msk-sizing-script",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: AWS,
  },
  "kafka.m7g.xlarge": {
    amount: 0.408,
    keys: ["aws-msk-sizing-script", "msk-pricing-copy-2026-08-26"],
    status: AWS,
  },
  "kafka.m7g.2xlarge": { amount: 0.816, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m7g.4xlarge": { amount: 1.632, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m7g.8xlarge": { amount: 3.264, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m7g.12xlarge": { amount: 4.896, keys: ["aws-msk-sizing-script"], status: AWS },
  "kafka.m7g.16xlarge": { amount: 6.528, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.large": {
    amount: 0.408,
    keys: ["aws-msk-sizing-script", "msk-pricing-copy-2026-08-26", "msk-pricing-copy-2026-09-11"],
    status: AWS,
  },
  "express.m7g.xlarge": { amount: 0.816, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.2xlarge": { amount: 1.632, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.4xlarge": { amount: 3.264, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.8xlarge": { amount: 6.528, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.12xlarge": { amount: 9.792, keys: ["aws-msk-sizing-script"], status: AWS },
  "express.m7g.16xlarge": { amount: 13.056, keys: ["aws-msk-sizing-script"], status: AWS },
};

const USE1: Partial<Record<FixedDimensionId, Entry>> = {
  storage: {
    amount: 0.1,
    keys: [
      "infracost-msk",
      "grafana-cloudcost-msk",
      "offering-overview-msk",
      "aws-msk-sizing-script",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-price-list-us-east-1-2026-04",
    ],
    status: AWS,
  },
  pst: {
    amount: 0.08,
    keys: ["offering-overview-msk", "aws-msk-sizing-script", "msk-price-list-us-east-1-2026-09-11"],
    status: AWS,
    flags: BASIS,
  },
  tieredStorage: {
    amount: 0.06,
    keys: ["msk-pricing-copy-2026-08-26", "msk-pricing-copy-2026-09-11"],
    status: ONE,
  }, // not the sizing script's 0.023: see docs/billing-rules.md
  // tieredRetrieval: no source prices it in us-east-1
  expressDataWritten: {
    amount: 0.01,
    keys: ["aws-msk-sizing-script", "msk-pricing-copy-2026-09-11"],
    status: AWS,
  },
  expressStorage: {
    amount: 0.1,
    keys: ["msk-pricing-copy-2026-09-11", "aws-msk-sizing-script"],
    status: TWO,
  },
  serverlessCluster: {
    amount: 0.75,
    keys: [
      "offering-overview-msk",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: TWO,
  },
  serverlessPartition: {
    amount: 0.0015,
    keys: [
      "offering-overview-msk",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: TWO,
  },
  serverlessStorage: {
    amount: 0.1,
    keys: [
      "offering-overview-msk",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: TWO,
  },
  serverlessDataIn: {
    amount: 0.1,
    keys: [
      "offering-overview-msk",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: TWO,
  },
  serverlessDataOut: {
    amount: 0.05,
    keys: [
      "offering-overview-msk",
      "msk-price-list-us-east-1-2026-09-11",
      "msk-pricing-copy-2026-08-26",
      "msk-pricing-copy-2026-09-11",
    ],
    status: TWO,
  },
  connectMcu: { amount: 0.11, keys: ["offering-overview-msk", "msk-pricing-copy-2026-08-26"], status: TWO },
  replicatorHour: { amount: 0.3, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  replicatorData: { amount: 0.08, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  privateConnectivityHour: { amount: 0.0225, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  privateConnectivityData: { amount: 0.006, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  crossAz: { amount: 0.02, keys: ["duckbill-cross-az", "aws-msk-sizing-script"], status: TWO }, // $0.01 each direction
};

// ── ap-southeast-1 (Singapore) ────────────────────────────────────────────────────────
const APS1_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": {
    amount: 0.0578,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
  "kafka.m5.large": { amount: 0.263, keys: ["msk-price-list-ap-southeast-1-2026-08-12"], status: ONE },
  "kafka.m7g.large": { amount: 0.255, keys: ["msk-price-list-ap-southeast-1-2026-08-12"], status: ONE },
  "kafka.m7g.xlarge": { amount: 0.51, keys: ["msk-price-list-ap-southeast-1-2026-08-12"], status: ONE },
  "express.m7g.large": {
    amount: 0.51,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
};
const APS1: Partial<Record<FixedDimensionId, Entry>> = {
  storage: {
    amount: 0.12,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
  tieredStorage: { amount: 0.0652, keys: ["msk-price-list-ap-southeast-1-2026-08-12"], status: ONE },
  tieredRetrieval: { amount: 0.0018, keys: ["msk-price-list-ap-southeast-1-2026-08-12"], status: ONE },
  expressDataWritten: { amount: 0.0125, keys: ["msk-price-list-ap-southeast-1-2026-09-08"], status: ONE },
  expressStorage: {
    amount: 0.12,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
  serverlessCluster: {
    amount: 0.9375,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
  serverlessPartition: {
    amount: 0.001875,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
  serverlessStorage: { amount: 0.12, keys: ["msk-price-list-ap-southeast-1-2026-09-08"], status: ONE },
  serverlessDataIn: { amount: 0.125, keys: ["msk-price-list-ap-southeast-1-2026-09-08"], status: ONE },
  serverlessDataOut: { amount: 0.0625, keys: ["msk-price-list-ap-southeast-1-2026-09-08"], status: ONE },
  connectMcu: { amount: 0.138, keys: ["msk-price-list-ap-southeast-1-2026-09-08"], status: ONE },
  privateConnectivityHour: {
    amount: 0.0252,
    keys: ["msk-price-list-ap-southeast-1-2026-08-12"],
    status: ONE,
  }, // no source prices the per-GB part here
  crossAz: {
    amount: 0.02,
    keys: ["duckbill-cross-az", "msk-price-list-ap-southeast-1-2026-09-08"],
    status: TWO,
  },
};

// ── ap-south-1 (Mumbai): one copy of 2026-08-26 ─────────────────────────────────────────────
const APS3_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0491, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  "kafka.m7g.large": { amount: 0.1458, keys: ["msk-pricing-copy-2026-08-26"], status: ONE, flags: SUSPECT },
  "kafka.m7g.xlarge": { amount: 0.2916, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  "express.m7g.large": { amount: 0.2916, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
};
const APS3: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.114, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  pst: { amount: 0.0912, keys: ["msk-pricing-copy-2026-08-26"], status: ONE, flags: BASIS },
  tieredStorage: { amount: 0.0652, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  serverlessCluster: { amount: 0.79, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  serverlessPartition: { amount: 0.0016, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  serverlessDataIn: { amount: 0.11, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  serverlessDataOut: { amount: 0.056, keys: ["msk-pricing-copy-2026-08-26"], status: ONE },
  // serverlessStorage: no source prices it here
};

// ── ap-northeast-2 (Seoul): one secondary source─────────────────────────────────────────────────────
const APN2_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0569, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
};
const APN2: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.114, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
  serverlessCluster: { amount: 0.92, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
  serverlessPartition: { amount: 0.0018, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
  serverlessStorage: { amount: 0.114, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
  serverlessDataIn: { amount: 0.123, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
  serverlessDataOut: { amount: 0.061, keys: ["msk-price-list-ap-northeast-2-2026-07-01"], status: ONE },
};

// ── ap-southeast-5 (Malaysia): Price List of 2026-09-11, one copy ────────────────────────
const APS5_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.05203, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
  "kafka.m7g.large": { amount: 0.21675, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
};
const APS5: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.108, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
  pst: { amount: 0.0864, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE, flags: BASIS },
  serverlessCluster: { amount: 0.796875, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
  serverlessPartition: {
    amount: 0.00159375,
    keys: ["msk-price-list-ap-southeast-5-2026-09-11"],
    status: ONE,
  },
  serverlessStorage: { amount: 0.108, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
  serverlessDataIn: { amount: 0.10625, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
  serverlessDataOut: { amount: 0.053125, keys: ["msk-price-list-ap-southeast-5-2026-09-11"], status: ONE },
};

// ── cn-north-1 (Beijing), CNY: one undated third-party copy of the China pricing page.
// Carried in CNY, never converted (docs/billing-rules.md); a USD total refuses them.
const CNN1_BROKERS: Record<string, Entry> = {
  "express.m7g.large": { amount: 4.306, keys: ["techmarmot-msk-china"], status: ONE, currency: "CNY" },
  "express.m7g.xlarge": { amount: 8.612, keys: ["techmarmot-msk-china"], status: ONE, currency: "CNY" },
  "express.m7g.2xlarge": { amount: 17.224, keys: ["techmarmot-msk-china"], status: ONE, currency: "CNY" },
  "express.m7g.4xlarge": { amount: 34.448, keys: ["techmarmot-msk-china"], status: ONE, currency: "CNY" },
};

const REGIONS: Record<
  string,
  { brokers: Record<string, Entry>; fixed: Partial<Record<FixedDimensionId, Entry>> }
> = {
  "us-east-1": { brokers: USE1_BROKERS, fixed: USE1 },
  "ap-southeast-1": { brokers: APS1_BROKERS, fixed: APS1 },
  "ap-south-1": { brokers: APS3_BROKERS, fixed: APS3 },
  "ap-northeast-2": { brokers: APN2_BROKERS, fixed: APN2 },
  "ap-southeast-5": { brokers: APS5_BROKERS, fixed: APS5 },
  "cn-north-1": { brokers: CNN1_BROKERS, fixed: {} },
};

/** Every source the snapshot cites. */
const CITED: SourceKey[] = [
  ...new Set(
    Object.values(REGIONS).flatMap(({ brokers, fixed }) =>
      [...Object.values(brokers), ...Object.values(fixed)].flatMap((e) => (e ? [...e.keys] : [])),
    ),
  ),
];

/** The snapshot's date: the newest full date among the sources it cites. */
const SNAPSHOT_DATE = newestDate(CITED.flatMap((k) => fullDateOf(k) ?? []));

/** Newest dated source among `keys`; undated-only prices take the snapshot's date. */
function dateOf(keys: readonly SourceKey[]): string {
  return newestDate(keys.flatMap((k) => fullDateOf(k) ?? [])) || SNAPSHOT_DATE;
}

/** Usage type of a broker-hour price: `Kafka.m5.large`, `Express.m7g.large`. */
function brokerUsageSuffix(instanceType: string): string {
  const [kind, ...rest] = instanceType.split(".");
  return `${kind === "express" ? "Express" : "Kafka"}.${rest.join(".")}`;
}

function toPrice(e: Entry, unit: string, region: string, usageSuffix: string | undefined): Price {
  const date = dateOf(e.keys);
  const p: Price = {
    amount: e.amount,
    currency: e.currency ?? "USD",
    unit,
    ...citePrice(e.keys, region, date),
    date,
    status: e.status,
  };
  const flags: PriceFlag[] = [
    ...(e.status === ONE ? (["unverified"] as PriceFlag[]) : []),
    ...(e.flags ?? []),
  ];
  if (flags.length) p.flags = flags;
  if (usageSuffix) {
    const prefix = USAGE_PREFIX[region];
    p.usageType = prefix ? `${prefix}-${usageSuffix}` : usageSuffix;
  }
  return p;
}

/**
 * The bundled catalog (a fresh object on every call: callers may keep or change it). Broker-hour
 * dimensions are `broker:<instanceType>`; every other dimension is a key of {@link DIMENSIONS}.
 */
export function bundledCatalog(): Catalog {
  const regions: Catalog["regions"] = {};
  for (const [region, { brokers, fixed }] of Object.entries(REGIONS)) {
    const prices: Record<string, Price> = {};
    for (const [instance, e] of Object.entries(brokers)) {
      prices[brokerDimension(instance)] = toPrice(e, "hours", region, brokerUsageSuffix(instance));
    }
    for (const [dim, e] of Object.entries(fixed) as [FixedDimensionId, Entry][]) {
      const d = DIMENSIONS[dim];
      prices[dim satisfies DimensionId] = toPrice(e, d.unit, region, d.usageTypeSuffix);
    }
    regions[region] = prices;
  }
  return {
    schemaVersion: 1,
    source: "bundled",
    date: SNAPSHOT_DATE,
    description:
      "Bundled snapshot of every MSK price the project can cite from a public source (msk-planner pricing sources); prices from one secondary source are unverified third-party copies",
    regions,
  };
}
