/**
 * Self-managed Apache Kafka on EC2, sized with the same throughput model as MSK Standard: the AWS
 * Big Data Blog "Equation 1" (docs/sizing-model.md) with the EC2 network and EBS baselines of
 * docs/billing-rules.md–docs/, per broker at the Standard utilisation target, with one AZ lost when
 * the workload asks for it. gp3 volumes get the throughput the brokers write (above the free 125
 * MiB/s only when needed); three dedicated KRaft controllers; cross-AZ traffic includes
 * follower replication, which MSK does not bill and EC2 does.
 */
import {
  EC2_CAPABILITIES,
  type Ec2Capability,
  ec2EbsBytesPerSec,
  ec2NetworkBytesPerSec,
  findEc2,
  GP3_LIMITS_2023,
  type Gp3Limits,
  KRAFT_CONTROLLERS,
  mibpsToBytesPerSec,
} from "../../model/alternatives/ec2.js";
import { BYTES_PER_GIB, BYTES_PER_MIB, SECONDS_PER_HOUR } from "../../model/conventions.js";
import type { Demand } from "../../model/demand.js";
import { InputError } from "../../model/errors.js";
import { azLossFactor, brokersFor, ceilTolerant, roundUpToMultiple } from "../../model/sizing/common.js";
import { citeInWords } from "../../model/sources.js";
import type { Stream, Workload } from "../../model/workload.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
} from "../../pricing/alternatives/prices.js";
import {
  type Gp3VolumeGroup,
  type OpsLabour,
  priceSelfManaged,
  type SelfManagedConfig,
} from "../../pricing/alternatives/self-managed.js";
import { pricedUsd } from "../../pricing/line-item.js";
import type { OptionResult, Resource } from "../types.js";
import { type AlternativeContext, type AlternativeInputs, feasible, fmt, validateInputs } from "./common.js";

/** Self-managed Kafka's cost basis when no operations labour is given. */
export const INFRASTRUCTURE_ONLY = "infrastructure only";
/** Self-managed Kafka's cost basis when operations hours and an hourly rate are given. */
export const WITH_LABOUR = "infrastructure + operations labour";

/**
 * Follower copies of each produced byte that land in another AZ than the leader. Replicas are
 * spread evenly over the AZs (rack awareness): with RF ≤ AZs every follower is elsewhere (RF − 1);
 * with more replicas than AZs, RF/AZs of them share the leader's AZ on average (inferred, docs/).
 */
export function crossAzReplicaCopies(replicationFactor: number, azs: number): number {
  return replicationFactor - Math.max(1, replicationFactor / azs);
}

/** Average bytes/s of follower replication crossing AZs, all streams. */
export function crossAzReplicationBytesPerSec(workload: Workload): number {
  let t = 0;
  const streams = workload.streams;
  for (let i = 0; i < streams.length; i++) {
    const s = streams[i] as Stream;
    t += s.ingressBytesPerSec * crossAzReplicaCopies(s.replicationFactor, workload.azs);
  }
  return t;
}

/**
 * The controller type: given; or the cheapest type priced in the region with the memory
 * `confluent-kraft` asks for; or, with no such price, the first such type in table order (its
 * instance-hours then listed as a missing price).
 */
export function controllerType(
  region: string,
  given: string | undefined,
  prices: AlternativePriceTables,
): { type: string; priced: boolean } {
  if (given !== undefined) {
    if (!findEc2(given))
      throw new InputError(
        "--controller-instance-type",
        `expected an EC2 type from ${EC2_CAPABILITIES.map((c) => c.name).join(", ")}, got "${given}"`,
      );
    return { type: given, priced: true };
  }
  const hourly = prices.ec2Hourly[region] ?? {};
  const big = EC2_CAPABILITIES.filter(
    (c) => c.memoryGiB !== null && c.memoryGiB >= KRAFT_CONTROLLERS.minMemoryGiB,
  );
  let best: string | undefined;
  for (const c of big) {
    const p = hourly[c.name];
    if (p && (best === undefined || p.amount < (hourly[best]?.amount ?? Number.POSITIVE_INFINITY)))
      best = c.name;
  }
  if (best !== undefined) return { type: best, priced: true };
  return { type: (big[0] as (typeof big)[number]).name, priced: false };
}

interface Candidate {
  config: SelfManagedConfig;
  cost: number;
  utilisation: Partial<Record<Resource, number>>;
  binding: Resource;
}

/**
 * The peak flows and targets every broker type is sized against, once per workload (Equation 1's
 * t × r for storage, t × (c + r − 1) out, t × r in), and the prices and limits the sizing reads.
 */
export interface SelfManagedFlows {
  /** Standard utilisation target; AZ-loss factor (× azs/(azs − 1) when tolerated, else 1). */
  u: number;
  f: number;
  azs: number;
  /** Bytes kept on gp3 (every byte retained: tiered storage is not modelled) × storage headroom. */
  storedBytes: number;
  storageWrite: number;
  netOut: number;
  netIn: number;
  minBrokers: number;
  gp3: Gp3Limits;
  gp3MaxTput: number;
}

export function selfManagedFlows(workload: Workload, demand: Demand, gp3: Gp3Limits): SelfManagedFlows {
  return selfManagedFlowsInto(workload, demand, gp3, {} as SelfManagedFlows);
}

/** selfManagedFlows written into `out` (the cost path reuses one per scenario); returns `out`. */
export function selfManagedFlowsInto(
  workload: Workload,
  demand: Demand,
  gp3: Gp3Limits,
  out: SelfManagedFlows,
): SelfManagedFlows {
  out.u = workload.targets.maxUtilisation.standard;
  out.f = azLossFactor(workload.azs, workload.targets.tolerateAzLoss);
  out.azs = workload.azs;
  out.storedBytes = demand.fullyLocalStoredBytes * workload.targets.storageHeadroom;
  out.storageWrite = demand.peakStorageWriteBytesPerSec; // Σ peak ingress × RF (Equation 1's t × r)
  out.netOut = demand.peakEgressBytesPerSec + demand.peakReplicationBytesPerSec; // t × (c + r − 1)
  out.netIn = demand.peakIngressBytesPerSec + demand.peakReplicationBytesPerSec;
  out.minBrokers = roundUpToMultiple(Math.max(workload.azs, demand.maxReplicationFactor), workload.azs);
  out.gp3 = gp3;
  out.gp3MaxTput = mibpsToBytesPerSec(gp3.maxThroughputMiBps);
  return out;
}

/** Brokers of one EC2 type (a multiple of the AZs), what binds, and each broker's gp3 volume. */
export interface BrokerSizing {
  brokers: number;
  binding: Resource;
  tputMiBps: number;
  iops: number;
  sizeGiB: number;
}

/**
 * Size the brokers on a type of `net` network and `ebs` EBS bytes/s: the most brokers any flow
 * needs at the utilisation target, then the gp3 throughput the brokers write (above the free
 * baseline only when needed), the IOPS that throughput needs, and the size the data needs.
 */
export function sizeSelfManaged(x: SelfManagedFlows, net: number, ebs: number): BrokerSizing {
  return sizeSelfManagedInto(x, net, ebs, {} as BrokerSizing);
}

/** Brokers (a multiple of the AZs) the storage writes need on a type of `ebs` EBS bytes/s. */
export function storageThroughputBrokers(x: SelfManagedFlows, ebs: number): number {
  return roundUpToMultiple(brokersFor(x.storageWrite * x.f, x.u * Math.min(ebs, x.gp3MaxTput)), x.azs);
}

/** Brokers (a multiple of the AZs) the outbound network needs on a type of `net` bytes/s. */
export function networkOutBrokers(x: SelfManagedFlows, net: number): number {
  return roundUpToMultiple(brokersFor(x.netOut * x.f, x.u * net), x.azs);
}

/**
 * sizeSelfManaged written into `out` (the cost path reuses one for every type and scenario);
 * returns `out`. Plain arithmetic, no closure: it runs once per broker type per scenario.
 */
export function sizeSelfManagedInto(
  x: SelfManagedFlows,
  net: number,
  ebs: number,
  out: BrokerSizing,
): BrokerSizing {
  const { u, f, azs, gp3 } = x;
  let n = x.minBrokers;
  let binding: Resource = "minimumBrokers";
  // In this order; a later need replaces an earlier one only when strictly larger.
  let m = storageThroughputBrokers(x, ebs);
  if (m > n) {
    n = m;
    binding = "storageThroughput";
  }
  m = networkOutBrokers(x, net);
  if (m > n) {
    n = m;
    binding = "networkOut";
  }
  m = roundUpToMultiple(brokersFor(x.netIn * f, u * net), azs);
  if (m > n) {
    n = m;
    binding = "networkIn";
  }
  m = roundUpToMultiple(brokersFor(x.storedBytes, gp3.maxSizeGiB * BYTES_PER_GIB), azs);
  if (m > n) {
    n = m;
    binding = "storageCapacity";
  }
  const tputMiBps = Math.max(
    gp3.baselineThroughputMiBps,
    ceilTolerant((x.storageWrite * f) / n / u / BYTES_PER_MIB),
  );
  const iops = Math.max(gp3.baselineIops, Math.ceil(tputMiBps / gp3.maxThroughputMiBpsPerIops));
  out.brokers = n;
  out.binding = binding;
  out.tputMiBps = tputMiBps;
  out.iops = iops;
  out.sizeGiB = Math.max(
    1,
    ceilTolerant(x.storedBytes / n / BYTES_PER_GIB),
    Math.ceil(iops / gp3.maxIopsPerGiB),
  );
  return out;
}

/** Operations labour when both inputs are given. */
export function labourOf(inputs: AlternativeInputs): OpsLabour | undefined {
  return inputs.opsHoursPerMonth !== undefined && inputs.opsHourlyRateUsd !== undefined
    ? { hoursPerMonth: inputs.opsHoursPerMonth, hourlyRateUsd: inputs.opsHourlyRateUsd }
    : undefined;
}

/**
 * The broker types to size: those with an EC2 price in the region; with none, every type, chosen
 * on the priced costs (gp3, transfer) and then the fewest brokers. Capacity decides feasibility,
 * never which prices exist.
 */
export function brokerCandidates(region: string, prices: AlternativePriceTables): readonly Ec2Capability[] {
  const hourly = prices.ec2Hourly[region] ?? {};
  const priced = EC2_CAPABILITIES.filter((c) => hourly[c.name]);
  return priced.length ? priced : EC2_CAPABILITIES;
}

export function evaluateSelfManaged(ctx: AlternativeContext): OptionResult {
  const { workload, demand, hours, region } = ctx;
  const inputs = ctx.inputs ?? {};
  validateInputs(inputs);
  const labour = labourOf(inputs);
  const costBasis = labour ? WITH_LABOUR : INFRASTRUCTURE_ONLY;
  const notes: string[] = [];
  notes.push(
    labour
      ? `includes operations labour: ${fmt(labour.hoursPerMonth)} h/month × $${fmt(labour.hourlyRateUsd, 2)}/h (user input)`
      : `${INFRASTRUCTURE_ONLY}: operations labour not included (give --ops-hours-per-month and --ops-hourly-rate)`,
  );

  const prices = inputs.prices ?? BUNDLED_ALTERNATIVE_PRICES;
  const controller = controllerType(region, inputs.controllerInstanceType, prices);
  const ctlType = controller.type;
  const candidates = brokerCandidates(region, prices);
  const gp3 = inputs.gp3Limits ?? GP3_LIMITS_2023;
  const x = selfManagedFlows(workload, demand, gp3);
  const seconds = hours * SECONDS_PER_HOUR;

  let best: Candidate | undefined;
  for (const cap of candidates) {
    const net = ec2NetworkBytesPerSec(cap);
    const ebs = ec2EbsBytesPerSec(cap);
    const { brokers: n, binding, tputMiBps, iops, sizeGiB } = sizeSelfManaged(x, net, ebs);
    const volumes: Gp3VolumeGroup[] = [
      { role: "broker", count: n, sizeGiB, iops, throughputMiBps: tputMiBps },
      {
        role: "controller",
        count: KRAFT_CONTROLLERS.count,
        sizeGiB: KRAFT_CONTROLLERS.volumeGiB,
        iops: gp3.baselineIops,
        throughputMiBps: gp3.baselineThroughputMiBps,
      },
    ];
    const config: SelfManagedConfig = {
      region,
      brokerInstanceType: cap.name,
      brokers: n,
      controllerInstanceType: ctlType,
      controllers: KRAFT_CONTROLLERS.count,
      volumes,
      crossAzReplicationBytes: crossAzReplicationBytesPerSec(workload) * seconds,
      crossAzClientBytes: demand.crossAzBytesPerSec * seconds,
      ...(labour ? { labour } : {}),
    };
    const cost = pricedUsd(priceSelfManaged(config, hours, prices));
    if (best === undefined || cost < best.cost || (cost === best.cost && n < best.config.brokers)) {
      const { f, netOut, netIn, storageWrite } = x;
      best = {
        config,
        cost,
        binding,
        // At peak (with one AZ lost when tolerated, as the MSK options report it), as a fraction
        // of the instance's (or volume's) capacity.
        utilisation: {
          networkOut: (netOut * f) / n / net,
          networkIn: (netIn * f) / n / net,
          storageThroughput: (storageWrite * f) / n / Math.min(ebs, mibpsToBytesPerSec(tputMiBps)),
          storageCapacity: demand.fullyLocalStoredBytes / n / (sizeGiB * BYTES_PER_GIB),
        },
      };
    }
  }
  if (!best) throw new Error("self-managed: no EC2 capability rows"); // the table is never empty
  const c = best.config;
  if (candidates === EC2_CAPABILITIES)
    notes.push(
      `no EC2 on-demand price in ${region}: the broker type is chosen on the priced costs, then the fewest brokers; its instance-hours are listed as a missing price`,
    );
  const broker = c.volumes[0] as Gp3VolumeGroup;
  notes.push(
    `KRaft controllers: ${c.controllers} × ${c.controllerInstanceType}${inputs.controllerInstanceType ? "" : ` (assumed: no source names a controller type; ${controller.priced ? "cheapest priced" : "first"} type with ≥ 4 GiB memory, ${citeInWords("confluent-kraft")})`}, ${KRAFT_CONTROLLERS.volumeGiB} GiB gp3 each`,
    `cross-AZ replication is billed on EC2 (free on MSK): ${fmt(c.crossAzReplicationBytes / BYTES_PER_GIB, 0)} GiB over the period, charged on both sides`,
    `gp3 limits used: ${fmt(gp3.maxIops, 0)} IOPS, ${fmt(gp3.maxThroughputMiBps, 0)} MiB/s, ${fmt(gp3.maxSizeGiB, 0)} GiB per volume (${gp3.source})`,
    "partitions per broker and client connections are not checked: no sourced limit for self-managed Kafka",
    `sized with the AWS blog Equation 1 flows on EC2 baselines; utilisation is at peak${workload.targets.tolerateAzLoss ? ` with one of ${workload.azs} AZs lost` : ""}`,
  );
  if (demand.tiered)
    notes.push("tiered storage is not modelled for self-managed Kafka: the full retention is kept on gp3");
  return feasible(
    "self-managed",
    {
      instanceType: c.brokerInstanceType,
      brokers: c.brokers,
      storagePerBrokerGiB: broker.sizeGiB,
      volumeIopsPerBroker: broker.iops,
      volumeThroughputPerBrokerMiBps: broker.throughputMiBps,
      controllerInstanceType: c.controllerInstanceType,
      controllers: c.controllers,
      costBasis,
      opsHoursPerMonth: labour?.hoursPerMonth ?? null,
      opsHourlyRateUsd: labour?.hourlyRateUsd ?? null,
    },
    priceSelfManaged(c, hours, prices),
    best.utilisation,
    best.binding,
    notes,
  );
}
