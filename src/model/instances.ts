/**
 * THE instance capability table: every MSK broker type, Standard (kafka.*) and Express (express.*),
 * with the figures the sizing, planning and pricing code need. One row per instance; every figure
 * carries its source key (docs/sizing-model.md; docs/billing-rules.md).
 *
 * Figures are stored as their source publishes them (Gbps, MB/s, MiB/s, "MBps") and converted in
 * code, once, by the accessors at the bottom: 1 Gbps = 125e6 B/s (C8), 1 MB/s = 1e6 B/s,
 * Express "MBps" = 1e6 B/s (C7), MiB/s = 2^20 B/s.
 *
 * Source keys (docs/sizing-model.md): `ec2-general-purpose-instances` EC2 User Guide vCPU/memory/network, `ec2-ebs-optimized` EC2 EBS-optimised
 * bandwidth (both archived at e3707c43, 2023-06-15); `msk-standard-best-practices` MSK best practices (partitions per
 * broker); `msk-quotas` MSK quotas (storage per broker, Express throughput and partitions); `msk-storage-throughput-management` MSK
 * provisioned storage throughput management; `msk-tiered-storage`/`msk-tiered-storage` MSK tiered storage; `msk-broker-sizes` t3 CPU credits;
 * `cfn-msk-broker-node-group` CloudFormation BrokerNodeGroupInfo (t3.small not selectable with KRaft); `awslabs-msk-best-practices` a third-party
 * sizing table (Express vCPU/memory only).
 */
import { BYTES_PER_GIB, BYTES_PER_MB, BYTES_PER_MIB } from "./conventions.js";
import { InputError } from "./errors.js";
import { citeInWords } from "./sources.js";
import { didYouMean } from "./suggest.js";

/** Broker family: Standard (`kafka.*`) or Express (`express.*`). */
export type InstanceKind = "standard" | "express";

/** Size rank within a family: a larger rank is a larger instance ("small" only exists for t3). */
export const SIZE_RANK = {
  small: 0,
  large: 1,
  xlarge: 2,
  "2xlarge": 3,
  "4xlarge": 4,
  "8xlarge": 5,
  "12xlarge": 6,
  "16xlarge": 7,
  "24xlarge": 8,
} as const;
export type InstanceSize = keyof typeof SIZE_RANK;

/** Storage per Standard broker: 1 GiB to 16,384 GiB (`msk-quotas`; docs/billing-rules.md `msk-quotas``msk-quotas`). */
export const STANDARD_STORAGE_MIN_GIB = 1;
export const STANDARD_STORAGE_MAX_GIB = 16_384;
/** Provisioned storage throughput: default and floor 250 MiB/s; volume must be ≥ 10 GiB (`msk-storage-throughput-management`). */
export const PST_MIN_MIB_PER_SEC = 250;
export const PST_MIN_VOLUME_GIB = 10;
/** Default broker volume throughput without PST, MiB/s (`msk-storage-throughput-management`). */
export const DEFAULT_VOLUME_THROUGHPUT_MIB_PER_SEC = 250;

interface InstanceCommon {
  /** The MSK instance type, e.g. `kafka.m5.large`, `express.m7g.large`. */
  name: string;
  kind: InstanceKind;
  /** `t3`, `m5`, `m7g`: compare sizes only within a family and kind. */
  family: string;
  size: InstanceSize;
  /** {@link SIZE_RANK} of `size`. */
  sizeRank: number;
  vcpu: number;
  memoryGiB: number;
  /** Partitions per broker, leaders + followers: recommended (best practice) and maximum. */
  recommendedPartitionsPerBroker: number;
  maxPartitionsPerBroker: number;
  /** Caveats a planner should show when it picks this type. */
  notes: readonly string[];
  /**
   * A burstable type (EC2 T family: baseline CPU plus credits; sources `msk-broker-types`,
   * `ec2-general-purpose-instances`), which AWS positions for
   * development and test: sized only when the instance-type allow-list asks for it.
   */
  burstable: boolean;
}

/** A Standard (provisioned, customer EBS) broker type. */
export interface StandardInstance extends InstanceCommon {
  kind: "standard";
  /** EC2 network baseline, Gbps as published (`ec2-general-purpose-instances`); not the "up to" burst figure. */
  networkBaselineGbps: number;
  /** EC2 instance-to-EBS baseline bandwidth, MB/s as published (`ec2-ebs-optimized`). */
  ebsBaselineMBps: number;
  /** Storage per broker, GiB (`msk-quotas`). */
  storageMinGiB: number;
  storageMaxGiB: number;
  /** Provisioned storage throughput: null when the type cannot use it (`msk-storage-throughput-management`, conflict C2). */
  pst: { minMiBps: number; maxMiBps: number } | null;
  /** Tiered storage available (`msk-tiered-storage`; not on t3.small `msk-tiered-storage`). */
  tieredStorage: boolean;
}

/** An Express broker type: storage is managed and unlimited, throughput quotas are published. */
export interface ExpressInstance extends InstanceCommon {
  kind: "express";
  /** Storage is managed by MSK and unlimited (`msk-quotas`): no per-broker bounds. */
  storageMinGiB: null;
  storageMaxGiB: null;
  /** No customer EBS: no PST and no tiered-storage option (`msk-quotas`, docs/sizing-model.md). */
  pst: null;
  tieredStorage: false;
  /** Per-broker throughput, "MBps" as published in `msk-quotas` (= 1e6 B/s, conflict C7). */
  sustainedIngressMBps: number;
  maxIngressMBps: number;
  sustainedEgressMBps: number;
  maxEgressMBps: number;
}

/** A broker type's capabilities: a Standard or an Express instance (narrow on `kind`). */
export type InstanceSpec = StandardInstance | ExpressInstance;

const ZK_ONLY_NOTE = `kafka.t3.small: development and test only (CPU credits, ${citeInWords("msk-broker-sizes")}); ZooKeeper mode only, not selectable with KRaft (${citeInWords("cfn-msk-broker-node-group")}); availability for new clusters uncertain`;

type StdRow = [
  name: string,
  vcpu: number,
  memoryGiB: number,
  netGbps: number,
  ebsMBps: number,
  recPartitions: number,
  maxPartitions: number,
  pstMaxMiBps: number | null,
  tiered: boolean,
];

// Standard brokers. vCPU, memory, network baseline: `ec2-general-purpose-instances`; EBS baseline MB/s: `ec2-ebs-optimized` (docs/sizing-model.md).
// Partitions rec/max: `msk-standard-best-practices` (m5.24xlarge max 6,000 per the docs, conflict C3).
// PST max MiB/s: `msk-storage-throughput-management` (m7g.2xlarge eligible at 312.5 per the docs, conflict C2; m5.4xlarge
// "593" as the docs state it, `aws-msk-sizing-script` has 593.75). Tiered storage: `msk-tiered-storage`, not t3.small `msk-tiered-storage`.
const STANDARD_ROWS: readonly StdRow[] = [
  ["kafka.t3.small", 2, 2, 0.128, 21.75, 300, 300, null, false],
  ["kafka.m5.large", 2, 8, 0.75, 81.25, 1000, 1500, null, true],
  ["kafka.m5.xlarge", 4, 16, 1.25, 143.75, 1000, 1500, null, true],
  ["kafka.m5.2xlarge", 8, 32, 2.5, 287.5, 2000, 3000, null, true],
  ["kafka.m5.4xlarge", 16, 64, 5.0, 593.75, 4000, 6000, 593, true],
  ["kafka.m5.8xlarge", 32, 128, 10, 850, 4000, 6000, 850, true],
  ["kafka.m5.12xlarge", 48, 192, 12, 1187.5, 4000, 6000, 1000, true],
  ["kafka.m5.16xlarge", 64, 256, 20, 1700, 4000, 6000, 1000, true],
  ["kafka.m5.24xlarge", 96, 384, 25, 2375, 4000, 6000, 1000, true],
  ["kafka.m7g.large", 2, 8, 0.937, 78.75, 1000, 1500, null, true],
  ["kafka.m7g.xlarge", 4, 16, 1.876, 156.25, 1000, 1500, null, true],
  ["kafka.m7g.2xlarge", 8, 32, 3.75, 312.5, 2000, 3000, 312.5, true],
  ["kafka.m7g.4xlarge", 16, 64, 7.5, 625, 4000, 6000, 625, true],
  ["kafka.m7g.8xlarge", 32, 128, 15, 1250, 4000, 6000, 1000, true],
  ["kafka.m7g.12xlarge", 48, 192, 22.5, 1875, 4000, 6000, 1000, true],
  ["kafka.m7g.16xlarge", 64, 256, 30, 2500, 4000, 6000, 1000, true],
];

type ExpRow = [
  name: string,
  vcpu: number,
  memoryGiB: number,
  sustainedIn: number,
  maxIn: number,
  sustainedOut: number,
  maxOut: number,
  recPartitions: number,
  maxPartitions: number,
];

// Express brokers. Throughput "MBps" and partitions rec/max (enforced): `msk-quotas` (docs/sizing-model.md;
// docs over `aws-msk-sizing-script`/`awslabs-msk-best-practices`, conflicts C1, C4). vCPU/memory: `awslabs-msk-best-practices` only (same as the m7g size; AWS
// publishes none for Express, docs/sizing-model.md notes; 1src).
const EXPRESS_ROWS: readonly ExpRow[] = [
  ["express.m7g.large", 2, 8, 15.6, 23.4, 31.2, 58.5, 1000, 1500],
  ["express.m7g.xlarge", 4, 16, 31.2, 46.8, 62.5, 117, 1000, 2000],
  ["express.m7g.2xlarge", 8, 32, 62.5, 93.7, 125, 234.2, 2500, 4000],
  ["express.m7g.4xlarge", 16, 64, 124.9, 187.5, 249.8, 468.7, 6000, 8000],
  ["express.m7g.8xlarge", 32, 128, 250, 375, 500, 937.5, 12000, 16000],
  ["express.m7g.12xlarge", 48, 192, 375, 562.5, 750, 1406.2, 16000, 24000],
  ["express.m7g.16xlarge", 64, 256, 500, 750, 1000, 1875, 20000, 32000],
];

function familyAndSize(name: string): { family: string; size: InstanceSize } {
  const [, family, size] = name.split(".") as [string, string, InstanceSize];
  return { family, size };
}

const STANDARD: readonly StandardInstance[] = STANDARD_ROWS.map(
  ([name, vcpu, mem, net, ebs, rec, max, pst, tiered]) => {
    const { family, size } = familyAndSize(name);
    return {
      name,
      kind: "standard" as const,
      family,
      size,
      sizeRank: SIZE_RANK[size],
      vcpu,
      memoryGiB: mem,
      recommendedPartitionsPerBroker: rec,
      maxPartitionsPerBroker: max,
      networkBaselineGbps: net,
      ebsBaselineMBps: ebs,
      storageMinGiB: STANDARD_STORAGE_MIN_GIB,
      storageMaxGiB: STANDARD_STORAGE_MAX_GIB,
      pst: pst === null ? null : { minMiBps: PST_MIN_MIB_PER_SEC, maxMiBps: pst },
      tieredStorage: tiered,
      notes: name === "kafka.t3.small" ? [ZK_ONLY_NOTE] : [],
      burstable: family.startsWith("t"),
    };
  },
);

const EXPRESS: readonly ExpressInstance[] = EXPRESS_ROWS.map(
  ([name, vcpu, mem, sIn, mIn, sOut, mOut, rec, max]) => {
    const { family, size } = familyAndSize(name);
    return {
      name,
      kind: "express" as const,
      family,
      size,
      sizeRank: SIZE_RANK[size],
      vcpu,
      memoryGiB: mem,
      recommendedPartitionsPerBroker: rec,
      maxPartitionsPerBroker: max,
      storageMinGiB: null,
      storageMaxGiB: null,
      pst: null,
      tieredStorage: false as const,
      sustainedIngressMBps: sIn,
      maxIngressMBps: mIn,
      sustainedEgressMBps: sOut,
      maxEgressMBps: mOut,
      notes: [],
      burstable: false,
    };
  },
);

/** Every MSK broker type, Standard first, each family smallest first. Frozen. */
export const INSTANCES: readonly InstanceSpec[] = Object.freeze(
  [...STANDARD, ...EXPRESS].map((i) => Object.freeze(i)),
);
/** The Standard broker types (`kafka.*`) of {@link INSTANCES}, in table order. */
export const STANDARD_INSTANCES: readonly StandardInstance[] = INSTANCES.filter(
  (i): i is StandardInstance => i.kind === "standard",
);
/** The Express broker types (`express.*`) of {@link INSTANCES}, in table order. */
export const EXPRESS_INSTANCES: readonly ExpressInstance[] = INSTANCES.filter(
  (i): i is ExpressInstance => i.kind === "express",
);
export const INSTANCE_NAMES: readonly string[] = INSTANCES.map((i) => i.name);

const BY_NAME: ReadonlyMap<string, InstanceSpec> = new Map(INSTANCES.map((i) => [i.name, i]));

/** The spec for `name`, or undefined (no throw): for code that checks membership. */
export function findInstance(name: string): InstanceSpec | undefined {
  return BY_NAME.get(name);
}

/**
 * The spec of an MSK instance type. Throws InputError (code `unknown_instance`) naming `path` and
 * listing the valid names when `name` is not an MSK broker type.
 */
export function instanceSpec(name: string, path: string): InstanceSpec {
  const spec = BY_NAME.get(name);
  if (!spec) {
    throw new InputError(
      path,
      `unknown instance type ${JSON.stringify(name)}; ${didYouMean(name, INSTANCE_NAMES) ?? `expected one of: ${INSTANCE_NAMES.join(", ")}`}`,
      "unknown_instance",
    );
  }
  return spec;
}

/**
 * The kind an instance name implies from its prefix (`kafka.` → standard, `express.` → express),
 * or undefined for any other string. Does not check that the type exists: use {@link instanceSpec}.
 */
export function instanceKindOf(name: string): InstanceKind | undefined {
  if (name.startsWith("kafka.")) return "standard";
  if (name.startsWith("express.")) return "express";
  return undefined;
}

// ── unit conversions: the only place table figures become canonical bytes/s and bytes ──────────

/** 1 Gbps = 10^9 bit/s = 125e6 B/s (docs/sizing-model.md: exact SI for every family). */
const BYTES_PER_SEC_PER_GBPS = 125e6;

/** EC2 network baseline of a Standard broker, bytes/s. */
export function networkBaselineBytesPerSec(i: StandardInstance): number {
  return i.networkBaselineGbps * BYTES_PER_SEC_PER_GBPS;
}
/** EC2 instance-to-EBS baseline of a Standard broker, bytes/s. */
export function ebsBaselineBytesPerSec(i: StandardInstance): number {
  return i.ebsBaselineMBps * BYTES_PER_MB;
}
/** Highest provisioned storage throughput, bytes/s, or null when PST is not supported. */
export function pstMaxBytesPerSec(i: StandardInstance): number | null {
  return i.pst ? i.pst.maxMiBps * BYTES_PER_MIB : null;
}
/** Storage bounds of a Standard broker, bytes. */
export function storageBoundsBytes(i: StandardInstance): { min: number; max: number } {
  return { min: i.storageMinGiB * BYTES_PER_GIB, max: i.storageMaxGiB * BYTES_PER_GIB };
}
/** Express per-broker throughput quotas, bytes/s ("MBps" = 1e6 B/s, C7). */
export function expressThroughputBytesPerSec(i: ExpressInstance): {
  sustainedIngress: number;
  maxIngress: number;
  sustainedEgress: number;
  maxEgress: number;
} {
  return {
    sustainedIngress: i.sustainedIngressMBps * BYTES_PER_MB,
    maxIngress: i.maxIngressMBps * BYTES_PER_MB,
    sustainedEgress: i.sustainedEgressMBps * BYTES_PER_MB,
    maxEgress: i.maxEgressMBps * BYTES_PER_MB,
  };
}
