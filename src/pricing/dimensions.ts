/**
 * Every MSK price dimension the catalog can hold: one table, from which the catalog schema, the
 * Price List normaliser's classification, `pricing show` and the docs are derived.
 * Usage-type suffixes: docs/billing-rules.md (match on the part after the first `-`).
 * Broker-hours are per instance type: their dimension id is `broker:<instanceType>`.
 */

export const DIMENSIONS = {
  storage: {
    name: "broker storage",
    unit: "GB-Mo",
    label: "Broker storage (EBS), per GB-month provisioned",
    usageTypeSuffix: "Kafka.Storage.GP2",
  },
  pst: {
    name: "provisioned storage throughput",
    unit: "MiBps-Mo",
    label: "Provisioned storage throughput, per MiB/s-month per broker",
    usageTypeSuffix: undefined,
  },
  tieredStorage: {
    name: "tiered storage",
    unit: "GB-Mo",
    label: "Tiered storage, per GB-month held",
    usageTypeSuffix: "Kafka.Storage.Tiered",
  },
  tieredRetrieval: {
    name: "tiered storage retrieval",
    unit: "GB",
    label: "Tiered storage retrieval, per GB read back",
    usageTypeSuffix: "Kafka.DataRetrieval.Tiered",
  },
  expressDataWritten: {
    name: "Express data written",
    unit: "GB",
    label: "Express data written, per GB",
    usageTypeSuffix: undefined,
  },
  expressStorage: {
    name: "Express storage",
    unit: "GB-Mo",
    label: "Express storage, per GB-month stored",
    usageTypeSuffix: "Express.Storage",
  },
  serverlessCluster: {
    name: "Serverless cluster-hours",
    unit: "hours",
    label: "Serverless cluster-hour",
    usageTypeSuffix: "KafkaServerless-ClusterHours",
  },
  serverlessPartition: {
    name: "Serverless partition-hours",
    unit: "hours",
    label: "Serverless partition-hour",
    usageTypeSuffix: "KafkaServerless-PartitionHours",
  },
  serverlessDataIn: {
    name: "Serverless data in",
    unit: "GB",
    label: "Serverless data in, per GB",
    usageTypeSuffix: "KafkaServerless-In-Bytes",
  },
  serverlessDataOut: {
    name: "Serverless data out",
    unit: "GB",
    label: "Serverless data out, per GB",
    usageTypeSuffix: "KafkaServerless-Out-Bytes",
  },
  serverlessStorage: {
    name: "Serverless storage",
    unit: "GB-Mo",
    label: "Serverless storage, per GB-month",
    usageTypeSuffix: "KafkaServerless-StorageHours",
  },
  connectMcu: {
    name: "MSK Connect",
    unit: "hours",
    label: "MSK Connect, per MCU-hour",
    usageTypeSuffix: undefined,
  },
  replicatorHour: {
    name: "MSK Replicator hours",
    unit: "hours",
    label: "MSK Replicator, per replicator-hour",
    usageTypeSuffix: undefined,
  },
  replicatorData: {
    name: "MSK Replicator data",
    unit: "GB",
    label: "MSK Replicator, per GB replicated",
    usageTypeSuffix: undefined,
  },
  privateConnectivityHour: {
    name: "multi-VPC private connectivity hours",
    unit: "hours",
    label: "Multi-VPC private connectivity, per authentication scheme-hour",
    usageTypeSuffix: "Kafka.PrivateConnectivityHours",
  },
  privateConnectivityData: {
    name: "multi-VPC private connectivity data",
    unit: "GB",
    label: "Multi-VPC private connectivity, per GB processed",
    usageTypeSuffix: undefined,
  },
  crossAz: {
    name: "cross-AZ transfer",
    unit: "GB",
    label: "Cross-AZ data transfer, per GB crossing (0.01 each direction)",
    usageTypeSuffix: undefined,
  },
} as const;

export type FixedDimensionId = keyof typeof DIMENSIONS;
/** `broker:kafka.m5.large`, `broker:express.m7g.large`. */
export type BrokerDimensionId = `broker:${string}`;
/**
 * A catalog dimension: one of {@link DIMENSIONS} or a broker-hour dimension (`broker:<instance
 * type>`).
 */
export type DimensionId = FixedDimensionId | BrokerDimensionId;

export const FIXED_DIMENSION_IDS = Object.keys(DIMENSIONS) as FixedDimensionId[];

/** The catalog dimension of an instance type's broker-hour price: `broker:kafka.m5.large`. */
export function brokerDimension(instanceType: string): BrokerDimensionId {
  return `broker:${instanceType}`;
}

/** A dimension in a few words, for "not priced: …": "cross-AZ transfer", "broker-hours (kafka.m5.large)". */
export function dimensionName(dimension: DimensionId | string): string {
  if (dimension.startsWith("broker:")) return `broker-hours (${dimension.slice(7)})`;
  return dimension in DIMENSIONS ? DIMENSIONS[dimension as FixedDimensionId].name : dimension;
}

export function isDimensionId(s: string): s is DimensionId {
  return s.startsWith("broker:") ? s.length > 7 : s in DIMENSIONS;
}
