/**
 * Plain words for the planner's keys, as a finance reader sees them on the workbook and in the
 * Markdown report: configuration keys (`storagePerBrokerGiB` → "Storage per broker (GiB)") and the
 * resources that bind a size or carry a utilisation (`networkOut` → "outbound network").
 * One table per kind; a key not in it is split from camelCase, so a new key still reads as words.
 */

const CONFIG: Record<string, string> = {
  instanceType: "Instance type",
  brokers: "Brokers",
  brokersPerAz: "Brokers per availability zone",
  azs: "Availability zones",
  storagePerBrokerGiB: "Storage per broker (GiB)",
  provisionedThroughputMiBps: "Provisioned storage throughput per broker (MiB/s)",
  tieredStorage: "Tiered storage",
  replicationFactor: "Replication factor",
  clusters: "Serverless clusters",
  partitions: "Partitions",
};

const RESOURCE: Record<string, string> = {
  networkIn: "inbound network",
  networkOut: "outbound network",
  storageThroughput: "storage throughput",
  storage: "storage",
  partitions: "partitions",
  connections: "client connections",
  brokers: "broker quota",
  minimumBrokers: "minimum broker count",
  ingress: "ingress throughput",
  egress: "egress throughput",
  ingressPerPartition: "ingress per partition",
  egressPerPartition: "egress per partition",
  messageSize: "message size",
  consumerGroups: "consumer groups",
};

const UNIT_SUFFIX = /(TiB|GiB|MiBps|MiB|KiB|Usd)$/;
const UNIT_WORD: Record<string, string> = { MiBps: "MiB/s", Usd: "USD" };

/** `storagePerBrokerGiB` → `storage per broker (GiB)`; acronyms (AZ) and units kept whole. */
export function words(key: string): string {
  const unit = UNIT_SUFFIX.exec(key)?.[1];
  const stem = unit ? key.slice(0, -unit.length) : key;
  const parts = stem.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [stem];
  const text = parts.map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w)).join(" ");
  return unit ? `${text} (${UNIT_WORD[unit] ?? unit})` : text;
}

/** First letter upper-case. */
export const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Label of a configuration key, capitalised. */
export function configLabel(key: string): string {
  return CONFIG[key] ?? sentence(words(key));
}

/** A resource (binding or utilisation key) in plain words, lower case. */
export function resourceLabel(key: string): string {
  return RESOURCE[key] ?? words(key);
}
