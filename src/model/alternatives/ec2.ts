/**
 * EC2 capability rows for self-managed Kafka brokers, gp3 volume limits and KRaft controller facts
 * (docs/billing-rules.md). Figures are stored as published
 * (Gbps, MB/s, MiB/s) and converted once by the accessors below: 1 Gbps = 125e6 B/s (docs/sizing-model.md),
 * EBS-optimised MB/s = 1e6 B/s (docs/billing-rules.md: AWS divides Mbps by 8, decimal), MiB/s = 2^20 B/s.
 *
 * The m5 and m7g rows are the same EC2 hardware MSK runs on: they are read from the MSK instance
 * table (src/model/instances.ts, docs/sizing-model.md) rather than written a second time. Only the
 * families MSK does not offer are written here, each row citing `ec2-general-purpose-instances`.
 */
import { BYTES_PER_MB, BYTES_PER_MIB } from "../conventions.js";
import { STANDARD_INSTANCES } from "../instances.js";
import { citeInWords } from "../sources.js";

/** One EC2 instance type as a Kafka broker host. */
export interface Ec2Capability {
  /** EC2 instance type, e.g. `m5.large`. */
  name: string;
  /** vCPU and memory where the reference gives them (`ec2-general-purpose-instances`); null otherwise. */
  vcpu: number | null;
  memoryGiB: number | null;
  /** Sustained network: the baseline for burstable ("up to") sizes, else the published figure, Gbps. */
  networkBaselineGbps: number;
  /** Sustained EBS-optimised bandwidth (baseline), MB/s as published (`ec2-general-purpose-instances` ebs-optimized.md). */
  ebsBaselineMBps: number;
  /** Baseline EBS IOPS at 16 KiB I/O. */
  ebsBaselineIops: number;
  source: string;
}

/** Where every capability row comes from (network and EBS baselines). */
const CAPABILITY_SOURCES = citeInWords("ec2-general-purpose-instances", "ec2-ebs-optimized");

// [name, vcpu, memoryGiB, network baseline Gbps, EBS baseline MB/s, EBS baseline IOPS]
type Row = [string, number | null, number | null, number, number, number];

/** Rows not in the MSK table. docs/billing-rules.md (vCPU, memory), (network), (EBS). */
const OWN_ROWS: readonly Row[] = [
  ["m6i.large", 2, 8, 0.781, 81.25, 3_600],
  ["m6i.xlarge", null, null, 1.562, 156.25, 6_000],
  ["m6i.2xlarge", null, null, 3.125, 312.5, 12_000],
  ["m6i.4xlarge", null, null, 6.25, 625, 20_000],
  ["m6i.8xlarge", null, null, 12.5, 1_250, 40_000],
  ["m6i.12xlarge", null, null, 18.75, 1_875, 60_000],
  ["m6i.16xlarge", null, null, 25, 2_500, 80_000],
  // r5.* EBS figures are "the same as m5.* of the same size"; network docs/sizing-model.md
  ["r5.large", 2, 16, 0.75, 81.25, 3_600],
];

/** EBS baseline IOPS of the m5 / m7g sizes, which the MSK table does not carry. */
const MSK_FAMILY_IOPS: Readonly<Record<string, number>> = {
  "m5.large": 3_600,
  "m5.xlarge": 6_000,
  "m5.2xlarge": 12_000,
  "m5.4xlarge": 18_750,
  "m5.8xlarge": 30_000,
  "m5.12xlarge": 40_000,
  "m5.16xlarge": 60_000,
  "m5.24xlarge": 80_000,
  "m7g.large": 3_600,
  "m7g.xlarge": 6_000,
  "m7g.2xlarge": 12_000,
  "m7g.4xlarge": 20_000,
  "m7g.8xlarge": 40_000,
  "m7g.12xlarge": 60_000,
  "m7g.16xlarge": 80_000,
};

const FROM_MSK: Ec2Capability[] = STANDARD_INSTANCES.filter((i) => i.name.startsWith("kafka.m")).flatMap(
  (i) => {
    const name = i.name.slice("kafka.".length);
    const iops = MSK_FAMILY_IOPS[name];
    if (iops === undefined) return [];
    return [
      {
        name,
        vcpu: i.vcpu,
        memoryGiB: i.memoryGiB,
        networkBaselineGbps: i.networkBaselineGbps,
        ebsBaselineMBps: i.ebsBaselineMBps,
        ebsBaselineIops: iops,
        source: CAPABILITY_SOURCES,
      },
    ];
  },
);

const OWN: Ec2Capability[] = OWN_ROWS.map(([name, vcpu, memoryGiB, net, ebs, iops]) => ({
  name,
  vcpu,
  memoryGiB,
  networkBaselineGbps: net,
  ebsBaselineMBps: ebs,
  ebsBaselineIops: iops,
  source: CAPABILITY_SOURCES,
}));

/** Every EC2 type a self-managed broker may run on. Frozen. */
export const EC2_CAPABILITIES: readonly Ec2Capability[] = Object.freeze(
  [...FROM_MSK, ...OWN].map((r) => Object.freeze(r)),
);
const BY_NAME: ReadonlyMap<string, Ec2Capability> = new Map(EC2_CAPABILITIES.map((r) => [r.name, r]));

export function findEc2(name: string): Ec2Capability | undefined {
  return BY_NAME.get(name);
}

/** Sustained network bytes/s, each direction (inbound and outbound are separate, `ec2-network-bandwidth`). */
export function ec2NetworkBytesPerSec(c: Ec2Capability): number {
  return (c.networkBaselineGbps * 1e9) / 8;
}

/** Sustained instance-to-EBS bytes/s. */
export function ec2EbsBytesPerSec(c: Ec2Capability): number {
  return c.ebsBaselineMBps * BYTES_PER_MB;
}

/** gp3 performance limits. Both generations are kept: the planner uses one as a value. */
export interface Gp3Limits {
  baselineIops: number;
  baselineThroughputMiBps: number;
  maxIops: number;
  maxThroughputMiBps: number;
  maxIopsPerGiB: number;
  /** MiB/s of throughput allowed per provisioned IOPS. */
  maxThroughputMiBpsPerIops: number;
  maxSizeGiB: number;
  source: string;
}

/** The 2023 AWS user-guide limits (`ec2-general-purpose-instances` general-purpose.md, ebs-volume-types.md): all status AWS. */
export const GP3_LIMITS_2023: Gp3Limits = Object.freeze({
  baselineIops: 3_000,
  baselineThroughputMiBps: 125,
  maxIops: 16_000,
  maxThroughputMiBps: 1_000,
  maxIopsPerGiB: 500,
  maxThroughputMiBpsPerIops: 0.25,
  maxSizeGiB: 16_384,
  source: citeInWords("ec2-ebs-volume-types"),
});

/**
 * The raised limits: 2,000 MiB/s (source `ebs-gp3-throughput-api`, AWS), 80,000 IOPS and 64 TiB
 * (each from one copy with no public URL). Not the default because two of the three are uncitable.
 */
export const GP3_LIMITS_CURRENT: Gp3Limits = Object.freeze({
  ...GP3_LIMITS_2023,
  maxIops: 80_000,
  maxThroughputMiBps: 2_000,
  maxSizeGiB: 65_536,
  source: `${citeInWords("ebs-gp3-throughput-api")} (2,000 MiB/s); the 80,000 IOPS and 64 TiB figures come from copies with no public URL`,
});

export function mibpsToBytesPerSec(mibps: number): number {
  return mibps * BYTES_PER_MIB;
}

/**
 * KRaft controllers: a quorum of 3 tolerates one failure (`kafka-kraft`; production minimum 3,
 * `confluent-kraft`); dedicated controllers, since combined mode is not recommended for critical
 * deployments. Controller disk: SSD ≥ 64 GB (`confluent-kraft`, vendor guidance).
 * No source names an EC2 type for controllers (MISSING): the type is an input whose default,
 * the smallest priced type with ≥ 4 GB RAM (`confluent-kraft`), is echoed as an assumption.
 */
export const KRAFT_CONTROLLERS = Object.freeze({
  count: 3,
  minMemoryGiB: 4,
  volumeGiB: 64,
  source: citeInWords("kafka-kraft", "confluent-kraft"),
});
