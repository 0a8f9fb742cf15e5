/**
 * The one table of configuration fields: the human field name (= the CLI flag in camelCase, and
 * the key in a configuration file), the canonical ClusterConfig key it becomes, how it is parsed
 * and which deployment kinds it belongs to. The file schema, the flag adapter, the calculators'
 * "does not belong to this kind" check and error paths are all derived from it.
 */
import type { ClusterConfig, DeploymentKind } from "./configuration.js";

export type FieldParse = "string" | "size" | "rate" | "count" | "wholeCount" | "positiveWholeCount";

export interface ConfigField {
  /** Canonical key in {@link ClusterConfig}. */
  key: string;
  parse: FieldParse;
  kinds: readonly DeploymentKind[];
  /** One line for --help and docs. */
  describe: string;
}

const ALL: readonly DeploymentKind[] = ["standard", "express", "serverless"];
const PROVISIONED: readonly DeploymentKind[] = ["standard", "express"];

/** Fields that become ClusterConfig values (the billing period, `hours`/`days`, is separate). */
export const CONFIG_FIELDS = {
  region: { key: "region", parse: "string", kinds: ALL, describe: "AWS region (default us-east-1)" },
  instance: {
    key: "instanceType",
    parse: "string",
    kinds: PROVISIONED,
    describe: "broker instance type: kafka.* (Standard) or express.* (Express)",
  },
  brokers: { key: "brokers", parse: "positiveWholeCount", kinds: PROVISIONED, describe: "number of brokers" },
  storagePerBroker: {
    key: "storagePerBrokerBytes",
    parse: "size",
    kinds: ["standard"],
    describe: "provisioned EBS storage per broker, e.g. 1000GiB (1 GiB to 16,384 GiB)",
  },
  throughputPerBroker: {
    key: "throughputPerBrokerBytesPerSec",
    parse: "rate",
    kinds: ["standard"],
    describe: "provisioned storage throughput per broker, e.g. 500MiB/s (250 up to the instance's maximum)",
  },
  tieredStored: {
    key: "tieredStoredBytes",
    parse: "size",
    kinds: ["standard"],
    describe: "average data held in tiered storage over the period, e.g. 5000GiB",
  },
  tieredRetrieved: {
    key: "tieredRetrievedBytes",
    parse: "size",
    kinds: ["standard"],
    describe: "data read back from tiered storage over the period",
  },
  dataWritten: {
    key: "dataWrittenBytes",
    parse: "size",
    kinds: ["express"],
    describe: "data written by producers over the period (before replication)",
  },
  stored: {
    key: "storedBytes",
    parse: "size",
    kinds: ["express", "serverless"],
    describe: "average data stored over the period",
  },
  partitions: {
    key: "partitions",
    parse: "wholeCount",
    kinds: ["serverless"],
    describe: "partitions (Serverless partition-hours)",
  },
  dataIn: {
    key: "dataInBytes",
    parse: "size",
    kinds: ["serverless"],
    describe: "data into the Serverless cluster over the period",
  },
  dataOut: {
    key: "dataOutBytes",
    parse: "size",
    kinds: ["serverless"],
    describe: "data out of the Serverless cluster over the period",
  },
  connectMcus: {
    key: "connectMcus",
    parse: "count",
    kinds: ALL,
    describe: "MSK Connect MCUs running the whole period",
  },
  replicators: {
    key: "replicators",
    parse: "wholeCount",
    kinds: ALL,
    describe: "MSK Replicators running the whole period",
  },
  replicated: {
    key: "replicatedBytes",
    parse: "size",
    kinds: ALL,
    describe: "data replicated by MSK Replicator over the period",
  },
  privateConnectivity: {
    key: "privateConnectivitySchemes",
    parse: "wholeCount",
    kinds: ALL,
    describe: "multi-VPC private connectivity: authentication schemes enabled",
  },
  privateData: {
    key: "privateDataBytes",
    parse: "size",
    kinds: ALL,
    describe: "data processed by multi-VPC private connectivity over the period",
  },
  crossAz: {
    key: "crossAzBytes",
    parse: "size",
    kinds: ALL,
    describe: "client data crossing an AZ boundary over the period",
  },
} as const satisfies Record<string, ConfigField>;

export type ConfigFieldName = keyof typeof CONFIG_FIELDS;

/** Human field name of each canonical key (`storagePerBrokerBytes` → `storagePerBroker`). */
export const FIELD_OF_KEY: Readonly<Record<string, ConfigFieldName>> = Object.fromEntries(
  Object.entries(CONFIG_FIELDS).map(([name, f]) => [f.key, name as ConfigFieldName]),
);

/** `storagePerBroker` → `--storage-per-broker`. */
export function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Human field names that belong to `kind`. */
export function fieldsOfKind(kind: DeploymentKind): ConfigFieldName[] {
  return (Object.keys(CONFIG_FIELDS) as ConfigFieldName[]).filter((n) =>
    (CONFIG_FIELDS[n].kinds as readonly string[]).includes(kind),
  );
}

/** The human field name to report for a canonical key (the key itself if unknown). */
export function fieldName(key: keyof ClusterConfig | string): string {
  return FIELD_OF_KEY[key] ?? key;
}
