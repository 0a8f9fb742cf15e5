/**
 * Plain words for the planner's keys, as a finance reader sees them on the workbook and in the
 * Markdown report: configuration keys (`storagePerBrokerGiB` → "Storage per broker (GiB)") and the
 * resources that bind a size or carry a utilisation (`networkOut` → "network out").
 * One table per kind; a key not in it is split from camelCase, so a new key still reads as words.
 */
import { RESOURCE_LABELS } from "../plan/infeasibility.js";

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

/**
 * A binding or utilisation key in plain words, lower case: the planner's one table of resource
 * words (src/plan/infeasibility.ts), so the workbook, Markdown and terminal say the same thing.
 */
export function resourceLabel(key: string): string {
  return (RESOURCE_LABELS as Readonly<Record<string, string>>)[key] ?? words(key);
}
