/**
 * The one declaration of every workload field (issue #15): its name in a workload file (also its
 * flag in kebab-case and its simulator path), where it sits, how its value is read, and the words
 * each place shows. Derived from it, never written twice:
 * - the zod schema of the workload file (src/model/workload-schema.ts: the input parsers by `input`,
 *   the descriptions by `schema`, which also feed `msk-planner schema workload`);
 * - the workload flags and their help (src/cli/plan-flags.ts, by `flag`);
 * - the simulator's settable fields (src/model/workload-fields.ts STREAM_FIELDS / CLUSTER_FIELDS,
 *   by `simulate`: the unit kind, limits and the canonical field it becomes);
 * - the report's workload inputs (src/report/workload-inputs.ts, by `report`: the workbook's defined
 *   name, label, unit and number format of the canonical value, once or once per stream).
 * Pure data with no imports: the CLI reads the flags from it at every start-up.
 *
 * Order matters and is kept: within a scope, rows are in the simulator's order (Monte Carlo draws
 * its distributions in this order, so a seeded run stays byte-identical); the schema's keys and the
 * flags' help follow it.
 */

/** How a field's written value is parsed (by the unit parsers of src/model/units.ts). */
export type InputKind =
  | "rate" // "20 MiB/s", "2 TiB/month"
  | "duration" // "7d", "24h"
  | "size" // "1 KiB"
  | "count" // a non-negative number (or ≥ min)
  | "whole" // a whole number ≥ min
  | "fraction" // "50%" or 0.5, in (0, 1]
  | "text" // a non-empty string
  | "boolean"
  | "azs" // 2 or 3
  | "sizingModel" // "blog" | "aws-script"
  | "instanceTypes"; // list of names or patterns (a comma-separated flag)

/** The unit kind of a number the simulator can set, vary, grow or draw. */
export type FieldKind = "rate" | "size" | "duration" | "count" | "fraction";

export interface SimulateSpec {
  kind: FieldKind;
  /** Whole numbers only (partitions, replication factor …): medians and samples are rounded. */
  integer?: true;
  /** Smallest allowed value in canonical units (a count ≥ 1 …); absent = 0. */
  min?: number;
  /** Largest allowed value (utilisation targets ≤ 1). */
  max?: number;
  /** The only values allowed (azs: 2 or 3). */
  allowed?: readonly number[];
  /** Stream fields: the canonical Stream field it becomes; absent when it has none (messagesPerSec). */
  canonical?: string;
  /** Cluster fields: path of the canonical value below the Workload root. */
  canonicalPath?: readonly string[];
  /** A few words for tables and messages. */
  description: string;
}

/**
 * Number formats an input is shown in, each with its unit of the canonical value: `mibps` shows
 * bytes per second in MiB/s, `hours` shows seconds in hours; `bytes`, `int`, `number` and
 * `fraction` (a percentage) show the canonical number as it is, `flag` a yes/no as 1/0, `text` a
 * string. (The report maps each to a cell format; a subset of its formats.)
 */
export type ReportFormat = "mibps" | "hours" | "bytes" | "int" | "number" | "fraction" | "flag" | "text";

/**
 * How the report shows a field on the workbook's Assumptions sheet: a cell the option sheets'
 * formulas reference by its defined name. A stream row appears once per stream and needs a
 * `canonical` stream field in `simulate` (the value shown is that field in the format's unit); a
 * cluster row appears once, its value read at `simulate.canonicalPath` or else at its own path.
 */
export interface ReportSpec {
  /**
   * The defined name: a stream field's cell is `stream<N>_<name>` (N 1-based, file order), a
   * cluster field's is `<name>`; null for text shown for reference only (region). A public
   * interface (scripts and other workbooks link to it, issue #13): never rename.
   */
  name: string | null;
  /** Plain words: a stream field's come after "Stream N (name): ". */
  label: string;
  /** The unit shown beside the value. */
  unit: string;
  format: ReportFormat;
  /** A duration in hours that also reads in days (retention): the sheet shows the days beside it. */
  days?: true;
  /**
   * Place among the scope's rows (a stream's block, or the Workload section), 1-based. The table's
   * own order is the simulator's (kept for seeded Monte Carlo runs); the sheet's is kept apart so
   * neither moves the other.
   */
  position: number;
}

export interface FieldRow {
  /**
   * The field as written: a stream field's name (`peakIngress`), or a cluster field's dotted path
   * below the workload root (`targets.storageHeadroom`).
   */
  name: string;
  scope: "cluster" | "stream";
  input: InputKind;
  /** Smallest value the file accepts, for count and whole inputs (default: count 0, whole 1). */
  min?: number;
  /** The workload file must give it (partitions); all others are optional. */
  required?: true;
  /** The file's description (JSON Schema `description`); absent = none. */
  schema?: string;
  /** The example shown in the JSON Schema, when not the kind's own. */
  example?: string;
  /** The flag (kebab-case of the last name segment) and its help; absent = no flag. */
  flag?: string;
  simulate?: SimulateSpec;
  report?: ReportSpec;
}

export const WORKLOAD_TABLE = [
  // ── cluster-wide, at the root and under targets ──
  {
    name: "region",
    scope: "cluster",
    input: "text",
    schema: "AWS region; default us-east-1",
    flag: "AWS region (default us-east-1)",
    report: {
      name: null,
      label: "Region",
      unit: "",
      format: "text",
      position: 1,
    },
  },
  {
    name: "azs",
    scope: "cluster",
    input: "azs",
    schema: "Availability zones, 2 or 3; default 3",
    flag: "Availability zones: 2 or 3 (default 3)",
    simulate: {
      kind: "count",
      integer: true,
      min: 2,
      allowed: [2, 3],
      canonicalPath: ["azs"],
      description: "availability zones (2 or 3)",
    },
    report: {
      name: "azs",
      label: "Availability zones",
      unit: "AZs",
      format: "int",
      position: 2,
    },
  },
  {
    name: "clientConnections",
    scope: "cluster",
    input: "whole",
    min: 0,
    schema: "Client connections to the cluster; default 100",
    flag: "Client connections, all clients (default 100)",
    simulate: {
      kind: "count",
      integer: true,
      canonicalPath: ["clientConnections"],
      description: "client connections",
    },
    report: {
      name: "client_connections",
      label: "Client connections",
      unit: "connections",
      format: "int",
      position: 3,
    },
  },
  {
    name: "sizingModel",
    scope: "cluster",
    input: "sizingModel",
    schema: "Standard throughput model; default blog",
    flag: "Standard throughput model: blog (default) or aws-script",
    report: {
      name: null,
      label: "Sizing model",
      unit: "",
      format: "text",
      position: 4,
    },
  },
  {
    name: "instanceTypes",
    scope: "cluster",
    input: "instanceTypes",
    schema:
      "Broker types the planner may size: names or patterns such as kafka.m7g.*, express.*, kafka.t3.small; default every non-burstable type",
    flag: "Broker types to size, comma-separated names or patterns (kafka.m7g.*, express.*, kafka.t3.small); default every non-burstable type",
  },
  {
    name: "targets.maxUtilisation.standard",
    scope: "cluster",
    input: "fraction",
    schema: "Standard brokers: highest network/storage throughput use at peak; default 50%",
    simulate: {
      kind: "fraction",
      max: 1,
      canonicalPath: ["targets", "maxUtilisation", "standard"],
      description: "Standard utilisation target",
    },
    report: {
      name: "max_util_standard",
      label: "Max utilisation, Standard brokers",
      unit: "of capacity",
      format: "fraction",
      position: 5,
    },
  },
  {
    name: "targets.maxUtilisation.express",
    scope: "cluster",
    input: "fraction",
    schema:
      "Express brokers: highest share of AWS's recommended sustained throughput at peak (already one-AZ-lost safe); default 100%, lower for extra margin",
    simulate: {
      kind: "fraction",
      max: 1,
      canonicalPath: ["targets", "maxUtilisation", "express"],
      description: "Express utilisation target",
    },
    report: {
      name: "max_util_express",
      label: "Max utilisation, Express brokers",
      unit: "of capacity",
      format: "fraction",
      position: 6,
    },
  },
  {
    name: "targets.maxUtilisation.partitions",
    scope: "cluster",
    input: "count",
    schema: "Partitions per broker as a share of the recommended count; default 100%",
    simulate: {
      kind: "fraction",
      canonicalPath: ["targets", "maxUtilisation", "partitions"],
      description: "partitions utilisation target",
    },
    report: {
      name: "max_util_partitions",
      label: "Max utilisation, partitions per broker",
      unit: "of limit",
      format: "fraction",
      position: 7,
    },
  },
  {
    name: "targets.tieredLocalRetention",
    scope: "cluster",
    input: "duration",
    schema: "Local retention assumed by standard-tiered for streams without localRetention; default 1d",
    simulate: {
      kind: "duration",
      canonicalPath: ["targets", "tieredLocalRetentionSeconds"],
      description: "local retention assumed by standard-tiered",
    },
    report: {
      name: "tiered_local_retention_h",
      label: "Default local retention, tiered option",
      unit: "hours",
      format: "hours",
      days: true,
      position: 11,
    },
  },
  {
    name: "targets.storageHeadroom",
    scope: "cluster",
    input: "count",
    min: 1,
    schema: "Provisioned storage ÷ bytes retained; default 2",
    flag: "Provisioned storage ÷ bytes retained (default 2)",
    simulate: {
      kind: "count",
      min: 1,
      canonicalPath: ["targets", "storageHeadroom"],
      description: "provisioned storage ÷ stored bytes",
    },
    report: {
      name: "storage_headroom",
      label: "Storage head-room",
      unit: "× retained",
      format: "number",
      position: 8,
    },
  },
  {
    name: "targets.tolerateAzLoss",
    scope: "cluster",
    input: "boolean",
    schema: "Keep serving with one AZ lost; default true",
    flag: "Size to keep serving with one AZ lost (default true; --no-tolerate-az-loss)",
    report: {
      name: "tolerate_az_loss",
      label: "Tolerate the loss of one AZ",
      unit: "1 = yes, 0 = no",
      format: "flag",
      position: 9,
    },
  },
  {
    name: "targets.fetchFromNearestReplica",
    scope: "cluster",
    input: "boolean",
    schema: "Consumers read from a replica in their AZ; default false",
    flag: "Consumers fetch from a replica in their own AZ (default false)",
    report: {
      name: "fetch_from_nearest_replica",
      label: "Consumers fetch from nearest replica",
      unit: "1 = yes, 0 = no",
      format: "flag",
      position: 10,
    },
  },
  // ── per stream ──
  {
    name: "name",
    scope: "stream",
    input: "text",
    schema: "Stream (topic or group of topics) name, unique in the workload",
    flag: "Stream name when no file is given (default stream)",
    required: true,
  },
  { name: "description", scope: "stream", input: "text" },
  {
    name: "ingress",
    scope: "stream",
    input: "rate",
    schema: "Average producer throughput, as sent (compressed), e.g. 20 MiB/s",
    flag: "Average producer rate, e.g. 20MiB/s",
    simulate: {
      kind: "rate",
      canonical: "ingressBytesPerSec",
      description: "average producer rate into the stream",
    },
    report: {
      name: "ingress_MiBps",
      label: "ingress (average)",
      unit: "MiB/s",
      format: "mibps",
      position: 1,
    },
  },
  {
    name: "peakIngress",
    scope: "stream",
    input: "rate",
    schema: "Peak producer throughput; default: ingress",
    flag: "Peak producer rate (default: ingress)",
    simulate: { kind: "rate", canonical: "peakIngressBytesPerSec", description: "peak producer rate" },
    report: {
      name: "peak_ingress_MiBps",
      label: "ingress (peak)",
      unit: "MiB/s",
      format: "mibps",
      position: 2,
    },
  },
  {
    name: "egress",
    scope: "stream",
    input: "rate",
    schema: "Average consumer throughput, all groups; default consumerGroups × ingress",
    flag: "Average consumer rate, all groups (default consumer-groups × ingress)",
    simulate: {
      kind: "rate",
      canonical: "egressBytesPerSec",
      description: "average consumer rate out of the stream",
    },
    report: {
      name: "egress_MiBps",
      label: "egress (average)",
      unit: "MiB/s",
      format: "mibps",
      position: 3,
    },
  },
  {
    name: "peakEgress",
    scope: "stream",
    input: "rate",
    schema: "Peak consumer throughput; default: egress (or consumerGroups × peakIngress)",
    flag: "Peak consumer rate (default: egress)",
    simulate: { kind: "rate", canonical: "peakEgressBytesPerSec", description: "peak consumer rate" },
    report: {
      name: "peak_egress_MiBps",
      label: "egress (peak)",
      unit: "MiB/s",
      format: "mibps",
      position: 4,
    },
  },
  {
    name: "retention",
    scope: "stream",
    input: "duration",
    schema: "Total retention; default 7d",
    flag: "Retention, e.g. 7d (default 7d)",
    simulate: { kind: "duration", canonical: "retentionSeconds", description: "total retention" },
    report: {
      name: "retention_h",
      label: "retention",
      unit: "hours",
      format: "hours",
      days: true,
      position: 5,
    },
  },
  {
    name: "localRetention",
    scope: "stream",
    input: "duration",
    schema: "Retention on broker storage when tiered (rest in tiered storage); default: retention",
    flag: "Local (EBS) retention when tiered, e.g. 1d",
    simulate: {
      kind: "duration",
      canonical: "localRetentionSeconds",
      description: "retention on broker storage",
    },
    report: {
      name: "local_retention_h",
      label: "local retention (tiered storage)",
      unit: "hours",
      format: "hours",
      days: true,
      position: 6,
    },
  },
  {
    name: "replicationFactor",
    scope: "stream",
    input: "whole",
    schema: "Replication factor; default 3",
    flag: "Replication factor (default 3)",
    simulate: {
      kind: "count",
      integer: true,
      min: 1,
      canonical: "replicationFactor",
      description: "replication factor",
    },
    report: {
      name: "replication_factor",
      label: "replication factor",
      unit: "copies",
      format: "int",
      position: 8,
    },
  },
  {
    name: "partitions",
    scope: "stream",
    input: "whole",
    required: true,
    schema: "Leader partitions (replicas = partitions × replicationFactor)",
    flag: "Leader partitions (replicas = partitions × RF)",
    simulate: {
      kind: "count",
      integer: true,
      min: 1,
      canonical: "partitions",
      description: "leader partitions",
    },
    report: {
      name: "partitions",
      label: "partitions (leaders)",
      unit: "partitions",
      format: "int",
      position: 9,
    },
  },
  {
    name: "messagesPerSec",
    scope: "stream",
    input: "count",
    schema: "Average messages per second (instead of ingress: × messageSize ÷ compressionRatio)",
    flag: "Messages per second (instead of --ingress)",
    simulate: { kind: "count", description: "average messages per second (instead of ingress)" },
  },
  {
    name: "messageSize",
    scope: "stream",
    input: "size",
    schema: "Average message size before compression; default 1 KiB",
    flag: "Average message size (default 1KiB)",
    simulate: { kind: "size", canonical: "messageSizeBytes", min: 1, description: "average message size" },
    report: {
      name: "message_size_B",
      label: "average message size",
      unit: "bytes",
      format: "bytes",
      position: 10,
    },
  },
  {
    name: "compressionRatio",
    scope: "stream",
    input: "count",
    min: 1,
    schema: "Uncompressed ÷ compressed size; default 1",
    flag: "Uncompressed ÷ compressed (default 1)",
    simulate: { kind: "count", canonical: "compressionRatio", min: 1, description: "compression ratio" },
    report: {
      name: "compression_ratio",
      label: "compression ratio",
      unit: "×",
      format: "number",
      position: 11,
    },
  },
  {
    name: "consumerGroups",
    scope: "stream",
    input: "count",
    schema: "Consumer groups reading the whole stream; default 1 (or egress ÷ ingress)",
    flag: "Consumer groups reading the whole stream (default 1)",
    simulate: {
      kind: "count",
      canonical: "consumerGroups",
      description: "consumer groups reading the stream",
    },
    report: {
      name: "consumer_groups",
      label: "consumer groups",
      unit: "groups",
      format: "number",
      position: 12,
    },
  },
  {
    name: "tierReads",
    scope: "stream",
    input: "rate",
    schema:
      "Part of egress that reads data older than localRetention (read back from tiered storage on the tiered option), e.g. 2 TiB/month; default 0",
    example: "2 TiB/month",
    flag: "Part of egress reading data older than --local-retention, read back from tiered storage, e.g. 2TiB/month (default 0)",
    simulate: {
      kind: "rate",
      canonical: "tierReadBytesPerSec",
      description: "part of egress read back from tiered storage",
    },
    report: {
      name: "tier_reads_MiBps",
      label: "tier reads (part of egress older than local retention)",
      unit: "MiB/s",
      format: "mibps",
      position: 7,
    },
  },
] as const satisfies readonly FieldRow[];

type Row = (typeof WORKLOAD_TABLE)[number];
/** Names of the stream fields the simulator can set (`ingress`, `partitions` …). */
export type SimulatedStreamName = Extract<Row, { scope: "stream"; simulate: object }>["name"];
/** Dotted paths of the cluster fields the simulator can set (`azs`, `targets.storageHeadroom` …). */
export type SimulatedClusterName = Extract<Row, { scope: "cluster"; simulate: object }>["name"];

/** Suffixes of the stream inputs' defined names in the report (`ingress_MiBps` …). */
export type ReportedStreamName = Extract<Row, { scope: "stream"; report: object }>["report"]["name"];
/** Defined names of the cluster-wide inputs in the report (`azs`, `storage_headroom` …). */
export type ReportedClusterName = NonNullable<
  Extract<Row, { scope: "cluster"; report: object }>["report"]["name"]
>;

/** The rows of one scope whose name is below `prefix` (`targets.`), in table order. */
export function rowsOf(scope: FieldRow["scope"], prefix = ""): FieldRow[] {
  return (WORKLOAD_TABLE as readonly FieldRow[]).filter(
    (r) => r.scope === scope && r.name.startsWith(prefix),
  );
}

/** The flag of a row: camelCase of its last name segment (`targets.storageHeadroom` → storageHeadroom). */
export function flagName(row: FieldRow): string {
  return row.name.slice(row.name.lastIndexOf(".") + 1);
}
