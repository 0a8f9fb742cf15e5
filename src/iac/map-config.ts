/**
 * The pure mapper from a typed IaC resource (plus its usage) to what the existing calculators
 * price: a {@link ClusterConfig} for a cluster, {@link AddOns} for Connect, Replicator and private
 * connectivity. A usage-based dimension without usage is not guessed: it is listed in `missing`
 * ("needs usage") and its line is left out, never priced at $0.
 */
import { BYTES_PER_GIB, BYTES_PER_MIB } from "../model/conventions.js";
import { dimensionLabel } from "../pricing/catalog.js";
import type { AddOns, ClusterConfig } from "../pricing/configuration.js";
import type { DimensionId } from "../pricing/dimensions.js";
import type {
  ConnectorResource,
  MskClusterResource,
  ReplicatorResource,
  VpcConnectionResource,
} from "./types.js";
import type { UsageField } from "./usage.js";

/** A dimension left unpriced: its id, its name in words, and why. */
export interface MissingPrice {
  dimension: DimensionId;
  name: string;
  reason: string;
}

export type Mapped =
  | { kind: "cluster"; config: ClusterConfig; missing: MissingPrice[] }
  | { kind: "add-ons"; addOns: AddOns; missing: MissingPrice[] };

type UsageValues = Partial<Record<UsageField, number>>;

/** Each usage field a kind needs: the configuration key it fills and the dimension it prices. */
const NEEDS: Record<
  "standard" | "tiered" | "express" | "serverless" | "replicator" | "vpc-connection",
  readonly [UsageField, string, DimensionId][]
> = {
  standard: [["crossAz", "crossAzBytes", "crossAz"]],
  tiered: [
    ["tieredStored", "tieredStoredBytes", "tieredStorage"],
    ["tieredRetrieved", "tieredRetrievedBytes", "tieredRetrieval"],
  ],
  express: [
    ["dataWritten", "dataWrittenBytes", "expressDataWritten"],
    ["stored", "storedBytes", "expressStorage"],
    ["crossAz", "crossAzBytes", "crossAz"],
  ],
  serverless: [
    ["partitions", "partitions", "serverlessPartition"],
    ["dataIn", "dataInBytes", "serverlessDataIn"],
    ["dataOut", "dataOutBytes", "serverlessDataOut"],
    ["stored", "storedBytes", "serverlessStorage"],
  ],
  replicator: [["replicated", "replicatedBytes", "replicatorData"]],
  "vpc-connection": [["privateData", "privateDataBytes", "privateConnectivityData"]],
};

/** Fill the usage keys of `needs` from `usage`; list the rest as missing. Zero stands in for the calculators. */
function fill(
  needs: readonly (readonly [UsageField, string, DimensionId])[],
  usage: UsageValues,
  address: string,
) {
  const values: Record<string, number> = {};
  const missing: MissingPrice[] = [];
  for (const [field, key, dimension] of needs) {
    const v = usage[field];
    if (v !== undefined) values[key] = v;
    else {
      values[key] = 0;
      missing.push({
        dimension,
        name: dimensionLabel(dimension),
        reason: `needs usage: give ${field} for ${address} in the usage file`,
      });
    }
  }
  return { values, missing };
}

export function mapCluster(
  r: MskClusterResource,
  region: string,
  usage: UsageValues,
  storageGiB?: number,
): Mapped {
  if (r.instanceType.startsWith("express.")) {
    const { values, missing } = fill(NEEDS.express, usage, r.address);
    return {
      kind: "cluster",
      config: {
        kind: "express",
        region,
        instanceType: r.instanceType,
        brokers: r.brokers,
        dataWrittenBytes: values.dataWrittenBytes as number,
        storedBytes: values.storedBytes as number,
        ...(values.crossAzBytes ? { crossAzBytes: values.crossAzBytes } : {}),
      },
      missing,
    };
  }
  const { values, missing } = fill([...NEEDS.standard, ...(r.tiered ? NEEDS.tiered : [])], usage, r.address);
  return {
    kind: "cluster",
    config: {
      kind: "standard",
      region,
      instanceType: r.instanceType,
      brokers: r.brokers,
      storagePerBrokerBytes: (storageGiB ?? r.volumeSizeGiB ?? 0) * BYTES_PER_GIB,
      ...(r.provisionedThroughputMiBps !== undefined
        ? { throughputPerBrokerBytesPerSec: r.provisionedThroughputMiBps * BYTES_PER_MIB }
        : {}),
      ...(values.tieredStoredBytes ? { tieredStoredBytes: values.tieredStoredBytes } : {}),
      ...(values.tieredRetrievedBytes ? { tieredRetrievedBytes: values.tieredRetrievedBytes } : {}),
      ...(values.crossAzBytes ? { crossAzBytes: values.crossAzBytes } : {}),
    },
    missing,
  };
}

export function mapServerless(address: string, region: string, usage: UsageValues): Mapped {
  const { values, missing } = fill(NEEDS.serverless, usage, address);
  return {
    kind: "cluster",
    config: {
      kind: "serverless",
      region,
      partitions: values.partitions as number,
      dataInBytes: values.dataInBytes as number,
      dataOutBytes: values.dataOutBytes as number,
      storedBytes: values.storedBytes as number,
    },
    missing,
  };
}

/** MSK Connect: MCUs per worker × workers (the minimum, for an autoscaling connector). */
export function mapConnector(r: ConnectorResource): Mapped {
  const workers = "fixed" in r.workers ? r.workers.fixed : r.workers.min;
  return { kind: "add-ons", addOns: { connectMcus: r.mcuPerWorker * workers }, missing: [] };
}

export function mapReplicator(r: ReplicatorResource, usage: UsageValues): Mapped {
  const { values, missing } = fill(NEEDS.replicator, usage, r.address);
  return { kind: "add-ons", addOns: { replicators: 1, ...values }, missing };
}

/** One multi-VPC connection: one authentication scheme, billed per scheme-hour, plus data processed. */
export function mapVpcConnection(r: VpcConnectionResource, usage: UsageValues): Mapped {
  const { values, missing } = fill(NEEDS["vpc-connection"], usage, r.address);
  return { kind: "add-ons", addOns: { privateConnectivitySchemes: 1, ...values }, missing };
}
