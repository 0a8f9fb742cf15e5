/**
 * The bundled price snapshot: every MSK price ../shared/reference/pricing.md sources, with its
 * provenance (source keys, date, status, flags, usage type), and nothing else. A region or
 * dimension the reference marks ✘ is absent: it is never filled by extrapolation or by the
 * regional-uplift patterns (pricing.md §8 #13). Values that look like prices but are not
 * (pricing.md §2 "not prices": Grafana/EUC1 test mocks, fake `Kafka.Throughput` rows) are not loaded.
 *
 * Status (pricing.md "Status tags"): V1 AWS-authored, V2 two independent copies, S one third party
 * (bundled with the `unverified` flag). Usage types: suffix per pricing.md §7.3, region prefix per
 * §7.4 only where a prefix was seen for MSK (USE1, APS1, APS3); elsewhere the bare suffix.
 */
import { newestDate } from "./catalog.js";
import type { Catalog, Price, PriceFlag, PriceStatus } from "./catalog-schema.js";
import { brokerDimension, DIMENSIONS, type DimensionId, type FixedDimensionId } from "./dimensions.js";

/**
 * Dates of the sources (pricing.md §10): publication or effective date where the source gives
 * one, else its capture date. Sources with no full date ([T1] pages without one, [U10] "2026-04",
 * [P1], [P2]) are absent here; a price's date is the newest date among its keys.
 */
const SOURCE_DATES: Record<string, string> = {
  A1: "2026-08-20", // aws/agent-toolkit-for-aws msk_sizing.py at d6ad2e44 (2026-08-20)
  T1: "2026-08-21", // infracost at 95ba4f49 (2026-08-21)
  T2: "2026-07-23", // grafana/cloudcost-exporter at 68b7680f (2026-07-23)
  T3: "2023-12-14", // Gilgamech/OfferingOverview notes/MSK.md (2023-12-14)
  U1: "2026-08-12", // ap-southeast-1 price reference, collected 2026-08-12
  U2: "2026-09-11", // AmazonMSK Price List publicationDate 2026-09-11T12:44:56Z
  U3: "2026-08-26", // captured 2026-08-26 from the Price List API and pricing pages
  U4: "2026-09-11", // cites the AmazonMSK us-east-1 Price List, publication 2026-09-11
  U5: "2026-07-01", // ap-northeast-2: MSK prices effective 2026-07-01 (as of 2026-09-23)
  U6: "2026-09-08", // Singapore rate card fetched 2026-09-08
};

/** Price List region prefixes seen for MSK (pricing.md §7.4); other regions get the bare suffix. */
const USAGE_PREFIX: Record<string, string> = {
  "us-east-1": "USE1",
  "ap-southeast-1": "APS1",
  "ap-south-1": "APS3",
};

interface Entry {
  amount: number;
  keys: readonly string[];
  status: PriceStatus;
  flags?: PriceFlag[];
  currency?: "USD" | "CNY";
}

const SUSPECT: PriceFlag[] = ["suspect"]; // pricing.md §8 #11
const BASIS: PriceFlag[] = ["basis-unverified"]; // PST billed on full provisioned MiB/s, pricing.md §8 #2

// ── us-east-1 ──────────────────────────────────────────────────────────────────────────────
// Broker-hours: pricing.md §3.1 (Standard), §4.1 (Express).
const USE1_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0456, keys: ["T3", "U2", "U3"], status: "V2" },
  "kafka.m5.large": { amount: 0.21, keys: ["A1", "U10", "U3"], status: "V1" },
  "kafka.m5.xlarge": { amount: 0.42, keys: ["A1"], status: "V1" },
  "kafka.m5.2xlarge": { amount: 0.84, keys: ["A1"], status: "V1" },
  "kafka.m5.4xlarge": { amount: 1.68, keys: ["A1"], status: "V1" },
  "kafka.m5.8xlarge": { amount: 3.36, keys: ["A1"], status: "V1" },
  "kafka.m5.12xlarge": { amount: 5.04, keys: ["A1"], status: "V1" },
  "kafka.m5.16xlarge": { amount: 6.72, keys: ["A1"], status: "V1" },
  "kafka.m5.24xlarge": { amount: 10.08, keys: ["A1", "T3"], status: "V1" },
  "kafka.m7g.large": { amount: 0.204, keys: ["A1", "U2", "U3", "U4"], status: "V1" },
  "kafka.m7g.xlarge": { amount: 0.408, keys: ["A1", "U3"], status: "V1" },
  "kafka.m7g.2xlarge": { amount: 0.816, keys: ["A1"], status: "V1" },
  "kafka.m7g.4xlarge": { amount: 1.632, keys: ["A1"], status: "V1" },
  "kafka.m7g.8xlarge": { amount: 3.264, keys: ["A1"], status: "V1" },
  "kafka.m7g.12xlarge": { amount: 4.896, keys: ["A1"], status: "V1" },
  "kafka.m7g.16xlarge": { amount: 6.528, keys: ["A1"], status: "V1" },
  "express.m7g.large": { amount: 0.408, keys: ["A1", "U3", "U4"], status: "V1" },
  "express.m7g.xlarge": { amount: 0.816, keys: ["A1"], status: "V1" },
  "express.m7g.2xlarge": { amount: 1.632, keys: ["A1"], status: "V1" },
  "express.m7g.4xlarge": { amount: 3.264, keys: ["A1"], status: "V1" },
  "express.m7g.8xlarge": { amount: 6.528, keys: ["A1"], status: "V1" },
  "express.m7g.12xlarge": { amount: 9.792, keys: ["A1"], status: "V1" },
  "express.m7g.16xlarge": { amount: 13.056, keys: ["A1"], status: "V1" },
};

const USE1: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.1, keys: ["T1", "T2", "T3", "A1", "U2", "U10"], status: "V1" }, // §3.2
  pst: { amount: 0.08, keys: ["T3", "A1", "U2"], status: "V1", flags: BASIS }, // §3.2
  tieredStorage: { amount: 0.06, keys: ["U3", "U4"], status: "S" }, // §3.2, decision §8 #1 (not A1's 0.023)
  // tieredRetrieval: ✘ in us-east-1 (§3.2)
  expressDataWritten: { amount: 0.01, keys: ["A1", "U4"], status: "V1" }, // §4.1
  expressStorage: { amount: 0.1, keys: ["U4", "A1"], status: "V2" }, // §4.1
  serverlessCluster: { amount: 0.75, keys: ["T3", "U2", "U3", "U4"], status: "V2" }, // §5.1
  serverlessPartition: { amount: 0.0015, keys: ["T3", "U2", "U3", "U4"], status: "V2" },
  serverlessStorage: { amount: 0.1, keys: ["T3", "U2", "U3", "U4"], status: "V2" },
  serverlessDataIn: { amount: 0.1, keys: ["T3", "U2", "U3", "U4"], status: "V2" },
  serverlessDataOut: { amount: 0.05, keys: ["T3", "U2", "U3", "U4"], status: "V2" },
  connectMcu: { amount: 0.11, keys: ["T3", "U3"], status: "V2" }, // §6.1
  replicatorHour: { amount: 0.3, keys: ["U3"], status: "S" }, // §6.2
  replicatorData: { amount: 0.08, keys: ["U3"], status: "S" },
  privateConnectivityHour: { amount: 0.0225, keys: ["U3"], status: "S" }, // §6.3
  privateConnectivityData: { amount: 0.006, keys: ["U3"], status: "S" },
  crossAz: { amount: 0.02, keys: ["P2", "A1"], status: "V2" }, // §6.4: $0.01 each direction
};

// ── ap-southeast-1 (Singapore): §3.3, §4.1, §5.1, §6 ───────────────────────────────────────
const APS1_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0578, keys: ["U1", "U6"], status: "V2" },
  "kafka.m5.large": { amount: 0.263, keys: ["U1"], status: "S" },
  "kafka.m7g.large": { amount: 0.255, keys: ["U1"], status: "S" },
  "kafka.m7g.xlarge": { amount: 0.51, keys: ["U1"], status: "S" },
  "express.m7g.large": { amount: 0.51, keys: ["U1", "U6"], status: "V2" },
};
const APS1: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.12, keys: ["U1", "U6"], status: "V2" },
  tieredStorage: { amount: 0.0652, keys: ["U1"], status: "S" },
  tieredRetrieval: { amount: 0.0018, keys: ["U1"], status: "S" },
  expressDataWritten: { amount: 0.0125, keys: ["U6"], status: "S" },
  expressStorage: { amount: 0.12, keys: ["U1", "U6"], status: "V2" },
  serverlessCluster: { amount: 0.9375, keys: ["U1", "U6"], status: "V2" },
  serverlessPartition: { amount: 0.001875, keys: ["U1", "U6"], status: "V2" },
  serverlessStorage: { amount: 0.12, keys: ["U6"], status: "S" },
  serverlessDataIn: { amount: 0.125, keys: ["U6"], status: "S" },
  serverlessDataOut: { amount: 0.0625, keys: ["U6"], status: "S" },
  connectMcu: { amount: 0.138, keys: ["U6"], status: "S" },
  privateConnectivityHour: { amount: 0.0252, keys: ["U1"], status: "S" }, // per-GB ✘
  crossAz: { amount: 0.02, keys: ["P2", "U6"], status: "V2" },
};

// ── ap-south-1 (Mumbai): [U3] 2026-08-26, all S ─────────────────────────────────────────────
const APS3_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0491, keys: ["U3"], status: "S" },
  "kafka.m7g.large": { amount: 0.1458, keys: ["U3"], status: "S", flags: SUSPECT }, // §8 #11
  "kafka.m7g.xlarge": { amount: 0.2916, keys: ["U3"], status: "S" },
  "express.m7g.large": { amount: 0.2916, keys: ["U3"], status: "S" },
};
const APS3: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.114, keys: ["U3"], status: "S" },
  pst: { amount: 0.0912, keys: ["U3"], status: "S", flags: BASIS },
  tieredStorage: { amount: 0.0652, keys: ["U3"], status: "S" },
  serverlessCluster: { amount: 0.79, keys: ["U3"], status: "S" },
  serverlessPartition: { amount: 0.0016, keys: ["U3"], status: "S" },
  serverlessDataIn: { amount: 0.11, keys: ["U3"], status: "S" },
  serverlessDataOut: { amount: 0.056, keys: ["U3"], status: "S" },
  // serverlessStorage: ✘ (§5.1)
};

// ── ap-northeast-2 (Seoul): [U5], all S ─────────────────────────────────────────────────────
const APN2_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.0569, keys: ["U5"], status: "S" },
};
const APN2: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.114, keys: ["U5"], status: "S" },
  serverlessCluster: { amount: 0.92, keys: ["U5"], status: "S" },
  serverlessPartition: { amount: 0.0018, keys: ["U5"], status: "S" },
  serverlessStorage: { amount: 0.114, keys: ["U5"], status: "S" },
  serverlessDataIn: { amount: 0.123, keys: ["U5"], status: "S" },
  serverlessDataOut: { amount: 0.061, keys: ["U5"], status: "S" },
};

// ── ap-southeast-5 (Malaysia): [U2] Price List pub. 2026-09-11, all S ────────────────────────
const APS5_BROKERS: Record<string, Entry> = {
  "kafka.t3.small": { amount: 0.05203, keys: ["U2"], status: "S" },
  "kafka.m7g.large": { amount: 0.21675, keys: ["U2"], status: "S" },
};
const APS5: Partial<Record<FixedDimensionId, Entry>> = {
  storage: { amount: 0.108, keys: ["U2"], status: "S" },
  pst: { amount: 0.0864, keys: ["U2"], status: "S", flags: BASIS },
  serverlessCluster: { amount: 0.796875, keys: ["U2"], status: "S" },
  serverlessPartition: { amount: 0.00159375, keys: ["U2"], status: "S" },
  serverlessStorage: { amount: 0.108, keys: ["U2"], status: "S" },
  serverlessDataIn: { amount: 0.10625, keys: ["U2"], status: "S" },
  serverlessDataOut: { amount: 0.053125, keys: ["U2"], status: "S" },
};

// ── cn-north-1 (Beijing), CNY: [P1] (undated third-party copy of the China pricing page), S.
// Carried in CNY, never converted (pricing.md §8 #14); a USD total refuses them.
const CNN1_BROKERS: Record<string, Entry> = {
  "express.m7g.large": { amount: 4.306, keys: ["P1"], status: "S", currency: "CNY" },
  "express.m7g.xlarge": { amount: 8.612, keys: ["P1"], status: "S", currency: "CNY" },
  "express.m7g.2xlarge": { amount: 17.224, keys: ["P1"], status: "S", currency: "CNY" },
  "express.m7g.4xlarge": { amount: 34.448, keys: ["P1"], status: "S", currency: "CNY" },
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

/** Newest dated source among `keys`; undated-only prices take the snapshot's date. */
function dateOf(keys: readonly string[], fallback: string): string {
  let best = "";
  for (const k of keys) {
    const d = SOURCE_DATES[k];
    if (d && d > best) best = d;
  }
  return best || fallback;
}

/** The snapshot's date: the newest source date in it (the AmazonMSK Price List of [U2]/[U4]). */
const SNAPSHOT_DATE = newestDate(Object.values(SOURCE_DATES));

/** Usage type of a broker-hour price: `Kafka.m5.large`, `Express.m7g.large` (pricing.md §7.3). */
function brokerUsageSuffix(instanceType: string): string {
  const [kind, ...rest] = instanceType.split(".");
  return `${kind === "express" ? "Express" : "Kafka"}.${rest.join(".")}`;
}

function toPrice(e: Entry, unit: string, region: string, usageSuffix: string | undefined): Price {
  const undated = e.keys.every((k) => !SOURCE_DATES[k]);
  const p: Price = {
    amount: e.amount,
    currency: e.currency ?? "USD",
    unit,
    source: `pricing.md ${e.keys.map((k) => `[${k}]`).join(", ")}${undated ? " (undated source)" : ""}`,
    date: dateOf(e.keys, SNAPSHOT_DATE),
    status: e.status,
  };
  const flags: PriceFlag[] = [
    ...(e.status === "S" ? (["unverified"] as PriceFlag[]) : []),
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
      "Bundled snapshot of every MSK price sourced in the project's pricing reference (pricing.md); status S prices are unverified third-party transcriptions",
    regions,
  };
}
