/**
 * Plain words for the planner's keys, as a finance reader sees them on the workbook and in the
 * Markdown report: configuration keys (`storagePerBrokerGiB` → "Storage per broker (GiB)") and the
 * resources that bind a size or carry a utilisation (`networkOut` → "network out").
 * One table per kind; a key not in it is split from camelCase, so a new key still reads as words.
 */
import { type FieldRow, WORKLOAD_TABLE } from "../model/workload-table.js";
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

/** Each workload field's name in a file (`peakIngress`, `targets.storageHeadroom`) → its plain words. */
const FIELD_WORDS: ReadonlyMap<string, string> = new Map(
  (WORKLOAD_TABLE as readonly FieldRow[]).map((row) => [
    row.name,
    row.report?.label ?? row.simulate?.description ?? words(row.name.slice(row.name.lastIndexOf(".") + 1)),
  ]),
);

/**
 * A workload field path as a finance reader reads it: the Assumptions sheet's words for the field
 * (`targets.storageHeadroom` → "Storage head-room"; `streams.orders.retention` → "Stream orders:
 * retention"; a bare stream field, varied in every stream: `retention` → "Retention, every stream");
 * a path that names no workload field, as written.
 */
export function fieldLabel(path: string): string {
  const own = FIELD_WORDS.get(path);
  const row = (WORKLOAD_TABLE as readonly FieldRow[]).find((r) => r.name === path);
  if (own !== undefined) return row?.scope === "stream" ? `${sentence(own)}, every stream` : sentence(own);
  const m = /^streams\.(.+)\.([A-Za-z]+)$/.exec(path);
  const field = m ? FIELD_WORDS.get(m[2] as string) : undefined;
  if (m && field !== undefined) return `Stream ${m[1]}: ${field}`;
  return path;
}

/**
 * A planner note in plain words for the workbook: a workload field named the way a file spells it
 * (`targets.maxUtilisation.express`, `sizingModel`, `tierReads`) becomes the words the Assumptions
 * sheet shows for it, in quotes (`(sizingModel blog)` → `(“Sizing model”: blog)`), and a pointer to the project's docs folder (which a workbook reader does not
 * have) becomes "msk-planner's documentation". Only dotted or camelCase names that are workload
 * fields change; every other word stays as the planner wrote it.
 */
export function plainNote(note: string): string {
  const name = /\b[a-z]+(?:\.[a-zA-Z]+)+\b|\b[a-z]+[A-Z][A-Za-z]*\b/g;
  const quoted = (n: string) => {
    const w = FIELD_WORDS.get(n);
    return w === undefined ? undefined : `“${w}”`;
  };
  return (
    note
      .replace(/\(docs\/[\w-]+\.md\)/g, "(msk-planner's documentation)")
      // "(sizingModel blog)": a setting and its value.
      .replace(/\(([a-zA-Z.]+) ([\w-]+)\)/g, (all, n: string, v: string) => {
        const q = quoted(n);
        return q === undefined ? all : `(${q}: ${v})`;
      })
      .replace(name, (n) => quoted(n) ?? n)
  );
}

/**
 * An option's plain name, as its sheet is titled and the Summary, Projection, Monte Carlo and
 * Sensitivity sheets show it (the id stays beside it where scripts read it): `standard-tiered` →
 * "Standard tiered", `sqs-fifo` → "SQS FIFO" (acronyms stay capitals, issue #15); at most 31
 * characters, Excel's limit on a sheet name.
 */
export function optionName(id: string): string {
  const own = OPTION_NAMES[id];
  if (own) return own;
  const t = id.replace(/-/g, " ").replace(/\b(sqs|fifo)\b/g, (w) => w.toUpperCase());
  return sentence(t).slice(0, 31);
}

const OPTION_NAMES: Readonly<Record<string, string>> = {
  standard: "Standard",
  "standard-tiered": "Standard tiered",
  express: "Express",
  serverless: "Serverless",
};
