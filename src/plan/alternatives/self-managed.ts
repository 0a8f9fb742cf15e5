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
  ec2EbsBytesPerSec,
  ec2NetworkBytesPerSec,
  findEc2,
  GP3_LIMITS_2023,
  KRAFT_CONTROLLERS,
  mibpsToBytesPerSec,
} from "../../model/alternatives/ec2.js";
import { BYTES_PER_GIB, BYTES_PER_MIB, SECONDS_PER_HOUR } from "../../model/conventions.js";
import { InputError } from "../../model/errors.js";
import { azLossFactor, brokersFor, ceilTolerant, roundUpToMultiple } from "../../model/sizing/common.js";
import type { Workload } from "../../model/workload.js";
import { EC2_HOURLY } from "../../pricing/alternatives/prices.js";
import {
  type Gp3VolumeGroup,
  priceSelfManaged,
  type SelfManagedConfig,
} from "../../pricing/alternatives/self-managed.js";
import { totalUsd } from "../../pricing/line-item.js";
import { citeInWords } from "../../pricing/sources.js";
import { unpriced } from "../infeasibility.js";
import type { OptionResult, Resource } from "../types.js";
import { type AlternativeContext, feasible, fmt, infeasible, validateInputs } from "./common.js";

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
  for (const s of workload.streams)
    t += s.ingressBytesPerSec * crossAzReplicaCopies(s.replicationFactor, workload.azs);
  return t;
}

/** The controller type: given, or the cheapest priced type with the memory `confluent-kraft` asks for. */
function controllerType(region: string, given: string | undefined): string | undefined {
  const priced = EC2_HOURLY[region] ?? {};
  if (given !== undefined) {
    if (!findEc2(given))
      throw new InputError(
        "--controller-instance-type",
        `expected an EC2 type from ${EC2_CAPABILITIES.map((c) => c.name).join(", ")}, got "${given}"`,
      );
    return given;
  }
  let best: string | undefined;
  for (const c of EC2_CAPABILITIES) {
    const p = priced[c.name];
    if (!p || c.memoryGiB === null || c.memoryGiB < KRAFT_CONTROLLERS.minMemoryGiB) continue;
    if (best === undefined || p.amount < (priced[best]?.amount ?? Number.POSITIVE_INFINITY)) best = c.name;
  }
  return best;
}

interface Candidate {
  config: SelfManagedConfig;
  cost: number;
  utilisation: Partial<Record<Resource, number>>;
  binding: Resource;
}

export function evaluateSelfManaged(ctx: AlternativeContext): OptionResult {
  const { workload, demand, hours, region } = ctx;
  const inputs = ctx.inputs ?? {};
  validateInputs(inputs);
  const labour =
    inputs.opsHoursPerMonth !== undefined && inputs.opsHourlyRateUsd !== undefined
      ? { hoursPerMonth: inputs.opsHoursPerMonth, hourlyRateUsd: inputs.opsHourlyRateUsd }
      : undefined;
  const costBasis = labour ? WITH_LABOUR : INFRASTRUCTURE_ONLY;
  const notes: string[] = [];
  notes.push(
    labour
      ? `includes operations labour: ${fmt(labour.hoursPerMonth)} h/month × $${fmt(labour.hourlyRateUsd, 2)}/h (user input)`
      : `${INFRASTRUCTURE_ONLY}: operations labour not included (give --ops-hours-per-month and --ops-hourly-rate)`,
  );

  const priced = EC2_HOURLY[region];
  const ctlType = controllerType(region, inputs.controllerInstanceType);
  if (!priced || ctlType === undefined) {
    return infeasible(
      "self-managed",
      { costBasis },
      [
        unpriced(
          `no sourced EC2 on-demand prices in ${region}: self-managed Kafka is priced in ${Object.keys(EC2_HOURLY).join(", ")} only`,
        ),
      ],
      notes,
    );
  }
  const gp3 = inputs.gp3Limits ?? GP3_LIMITS_2023;
  const u = workload.targets.maxUtilisation.standard;
  const f = azLossFactor(workload.azs, workload.targets.tolerateAzLoss);
  // Every byte retained stays on gp3 (tiered storage to S3 is not modelled for self-managed Kafka).
  const storedBytes = demand.fullyLocalStoredBytes * workload.targets.storageHeadroom;
  const storageWrite = demand.peakStorageWriteBytesPerSec; // Σ peak ingress × RF (Equation 1's t × r)
  const netOut = demand.peakEgressBytesPerSec + demand.peakReplicationBytesPerSec; // t × (c + r − 1)
  const netIn = demand.peakIngressBytesPerSec + demand.peakReplicationBytesPerSec;
  const seconds = hours * SECONDS_PER_HOUR;
  const gp3MaxTput = mibpsToBytesPerSec(gp3.maxThroughputMiBps);
  const minBrokers = roundUpToMultiple(Math.max(workload.azs, demand.maxReplicationFactor), workload.azs);

  let best: Candidate | undefined;
  for (const cap of EC2_CAPABILITIES) {
    if (!priced[cap.name]) continue;
    const net = ec2NetworkBytesPerSec(cap);
    const ebs = ec2EbsBytesPerSec(cap);
    const perBrokerStorageTput = Math.min(ebs, gp3MaxTput);
    const needs: [Resource, number][] = [
      ["storageThroughput", brokersFor(storageWrite * f, u * perBrokerStorageTput)],
      ["networkOut", brokersFor(netOut * f, u * net)],
      ["networkIn", brokersFor(netIn * f, u * net)],
      ["storageCapacity", brokersFor(storedBytes, gp3.maxSizeGiB * BYTES_PER_GIB)],
    ];
    let n = minBrokers;
    let binding: Resource = "minimumBrokers";
    for (const [name, need] of needs)
      if (roundUpToMultiple(need, workload.azs) > n)
        [n, binding] = [roundUpToMultiple(need, workload.azs), name];
    const tputMiBps = Math.max(
      gp3.baselineThroughputMiBps,
      ceilTolerant((storageWrite * f) / n / u / BYTES_PER_MIB),
    );
    const iops = Math.max(gp3.baselineIops, Math.ceil(tputMiBps / gp3.maxThroughputMiBpsPerIops));
    const sizeGiB = Math.max(
      1,
      ceilTolerant(storedBytes / n / BYTES_PER_GIB),
      Math.ceil(iops / gp3.maxIopsPerGiB),
    );
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
    const cost = totalUsd(priceSelfManaged(config, hours));
    if (best === undefined || cost < best.cost) {
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
  if (!best)
    return infeasible(
      "self-managed",
      { costBasis },
      [unpriced(`no EC2 type with both a sourced price in ${region} and a capability row`)],
      notes,
    );
  const c = best.config;
  const broker = c.volumes[0] as Gp3VolumeGroup;
  notes.push(
    `KRaft controllers: ${c.controllers} × ${c.controllerInstanceType}${inputs.controllerInstanceType ? "" : ` (assumed: no source names a controller type; cheapest priced type with ≥ 4 GiB memory, ${citeInWords("confluent-kraft")})`}, ${KRAFT_CONTROLLERS.volumeGiB} GiB gp3 each`,
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
    priceSelfManaged(c, hours),
    best.utilisation,
    best.binding,
    notes,
  );
}
