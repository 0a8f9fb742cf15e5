/**
 * From a cluster's CloudWatch series to a workload (pure): average, P95 and peak ingress; egress
 * and the fan-out it implies; replication factor from ReplicationBytesInPerSec where present;
 * leader partitions from PartitionCount (which counts replicas); retention implied by the disk
 * used (KafkaDataLogsDiskUsed is a percentage, so it needs the provisioned storage per broker);
 * message size = bytes ÷ messages; client connections. Every value says which metric, statistic
 * and window it came from; the YAML written from it carries that as comments.
 *
 * Metric meanings (Amazon MSK Developer Guide, "Amazon MSK metrics for monitoring"): BytesInPerSec
 * and BytesOutPerSec are client bytes (replication has its own Replication* metrics), so the
 * per-broker sum is producer ingress and consumer egress before replication.
 */
import { BYTES_PER_MIB, SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../model/conventions.js";
import { RuntimeError } from "../model/errors.js";
import type { ClusterMetrics, Series } from "./cloudwatch.js";

/** The replication factor assumed when ReplicationBytesInPerSec is absent (MSK's default, docs/sizing-model.md). */
export const DEFAULT_REPLICATION_FACTOR = 3;
/** Disk used is averaged over the window's last day: retention is a steady state, not a ramp. */
const DISK_WINDOW_SECONDS = SECONDS_PER_DAY;
/** Topics listed by name in the workload file's comments. */
const TOP_TOPICS = 10;

/** A value derived from metrics, with the metric, statistic and window it comes from. */
export interface DerivedValue<T> {
  value: T;
  /** Which metric and statistic, over which window: "BytesInPerSec, Average per 300 s, summed over 6 brokers; mean". */
  from: string;
}

/**
 * A workload derived from a cluster's metrics by {@link deriveWorkload}, each value with where it
 * comes from.
 */
export interface ImportedWorkload {
  cluster: string;
  region: string;
  kind: "provisioned" | "serverless";
  window: { start: string; end: string; days: number; periodSeconds: number };
  brokers: number;
  topics: number;
  azs: DerivedValue<2 | 3>;
  clientConnections: DerivedValue<number> | null;
  ingress: { mean: DerivedValue<number>; p95: DerivedValue<number>; peak: DerivedValue<number> };
  egress: { mean: DerivedValue<number>; p95: DerivedValue<number>; peak: DerivedValue<number> };
  /** Egress ÷ ingress (means); null when there is no ingress. */
  fanOut: number | null;
  replicationFactor: DerivedValue<number>;
  partitions: DerivedValue<number>;
  retentionSeconds: DerivedValue<number> | null;
  messageSizeBytes: DerivedValue<number> | null;
  /** Largest topics by average ingress, with their share. */
  topTopics: { topic: string; ingressBytesPerSec: number; share: number }[];
  /** Things the user should check. */
  notes: string[];
}

/**
 * Options of {@link deriveWorkload}: storage per broker (to turn disk-used % into bytes) and which
 * statistic becomes the peak.
 */
export interface DeriveOptions {
  /** Provisioned storage per broker, bytes: turns KafkaDataLogsDiskUsed (%) into bytes retained. */
  storagePerBrokerBytes?: number;
  /** Which ingress/egress statistic becomes peakIngress/peakEgress. Default "max". */
  peak?: "max" | "p95";
}

/** Sum series point by point on their timestamps (a point missing from one series adds nothing). */
export function sumSeries(series: readonly Series[]): Series {
  const acc = new Map<number, number>();
  for (const s of series) {
    for (let i = 0; i < s.timestamps.length; i++) {
      const t = s.timestamps[i] as number;
      acc.set(t, (acc.get(t) ?? 0) + (s.values[i] as number));
    }
  }
  const timestamps = [...acc.keys()].sort((a, b) => a - b);
  return { timestamps, values: timestamps.map((t) => acc.get(t) as number) };
}

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Nearest-rank percentile (p in (0, 100]); 0 for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function max(xs: readonly number[]): number {
  let m = 0;
  for (const x of xs) if (x > m) m = x;
  return m;
}

function iso(s: number): string {
  return new Date(s * 1000).toISOString().replace(":00.000Z", "Z");
}

/** Derive the workload. `metrics` from fetchClusterMetrics (or a test). */
export function deriveWorkload(m: ClusterMetrics, opts: DeriveOptions = {}): ImportedWorkload {
  const notes: string[] = [];
  const days = (m.endSeconds - m.startSeconds) / SECONDS_PER_DAY;
  const win = `${iso(m.startSeconds)} to ${iso(m.endSeconds)}`;
  const per = `Average per ${m.periodSeconds} s`;
  const over =
    m.kind === "provisioned"
      ? `summed over ${m.brokers.length} brokers`
      : `summed over ${m.topics.length} topics`;
  const pick = (name: "BytesInPerSec" | "BytesOutPerSec" | "MessagesInPerSec") =>
    sumSeries(
      m.kind === "provisioned"
        ? (m.broker[name] ?? []).map((x) => x.series)
        : (m.topic[name] ?? []).map((x) => x.series),
    );

  const stats = (name: "BytesInPerSec" | "BytesOutPerSec") => {
    const s = pick(name).values;
    const base = `${name}, ${per}, ${over}`;
    return {
      mean: { value: mean(s), from: `${base}; mean over ${win}` },
      p95: { value: percentile(s, 95), from: `${base}; P95 over ${win}` },
      peak: { value: max(s), from: `${base}; maximum over ${win}` },
    };
  };
  // No datapoints at all is not a zero workload: there is nothing to size from.
  if (pick("BytesInPerSec").values.length === 0 && pick("BytesOutPerSec").values.length === 0)
    throw new RuntimeError(
      `CloudWatch returned no BytesInPerSec or BytesOutPerSec datapoints for cluster "${m.cluster}" from ${win}: no workload can be derived (a cluster created after the window began? try a shorter or longer --days)`,
    );
  const ingress = stats("BytesInPerSec");
  const egress = stats("BytesOutPerSec");
  if (ingress.mean.value === 0)
    notes.push("no producer traffic in the window (BytesInPerSec is zero or absent)");

  // Replication factor: replica fetches bring RF − 1 copies of every produced byte.
  let replicationFactor: DerivedValue<number> = {
    value: DEFAULT_REPLICATION_FACTOR,
    from: "assumed (MSK default); ReplicationBytesInPerSec not available at this monitoring level",
  };
  const repl = m.broker.ReplicationBytesInPerSec;
  if (m.kind === "provisioned" && repl?.length && ingress.mean.value > 0) {
    const r = mean(sumSeries(repl.map((x) => x.series)).values) / ingress.mean.value;
    const rf = Math.min(Math.max(1, Math.round(1 + r)), Math.max(1, m.brokers.length));
    replicationFactor = {
      value: rf,
      from: `1 + ReplicationBytesInPerSec ÷ BytesInPerSec (${per}, means over ${win}) = ${(1 + r).toFixed(2)}, rounded`,
    };
  } else if (m.kind === "serverless") {
    replicationFactor = { value: 3, from: "MSK Serverless replicates every partition 3 ways" };
  }

  // Partitions: PartitionCount per broker counts leaders and followers; the latest value of each.
  let partitions: DerivedValue<number>;
  const pc = m.broker.PartitionCount ?? [];
  if (m.kind === "provisioned" && pc.length) {
    const replicas = pc.reduce((s, x) => s + (x.series.values.at(-1) ?? 0), 0);
    partitions = {
      value: Math.max(1, Math.round(replicas / replicationFactor.value)),
      from: `PartitionCount (${per}, latest value) summed over ${pc.length} brokers = ${replicas} replicas, ÷ replicationFactor ${replicationFactor.value}`,
    };
  } else {
    partitions = {
      value: Math.max(1, m.topics.length),
      from: `no PartitionCount metric: one per topic seen (${m.topics.length}); set your real count`,
    };
    notes.push("partitions is a floor (one per topic): set the real leader partition count");
  }

  // Retention implied by disk used: bytes retained = Σ disk used % × storage per broker; ÷ (ingress × RF).
  let retentionSeconds: DerivedValue<number> | null = null;
  const disk = m.broker.KafkaDataLogsDiskUsed ?? [];
  if (m.kind === "provisioned" && disk.length && opts.storagePerBrokerBytes && ingress.mean.value > 0) {
    const since = m.endSeconds - DISK_WINDOW_SECONDS;
    const used = disk.reduce((s, x) => {
      const recent = x.series.values.filter((_, i) => (x.series.timestamps[i] as number) >= since);
      return s + (mean(recent) / 100) * (opts.storagePerBrokerBytes as number);
    }, 0);
    const sec = used / (ingress.mean.value * replicationFactor.value);
    retentionSeconds = {
      value: sec,
      from: `KafkaDataLogsDiskUsed (% of ${(opts.storagePerBrokerBytes / 2 ** 30).toFixed(0)} GiB per broker, mean over the last day) summed over ${disk.length} brokers = ${(used / 2 ** 30).toFixed(1)} GiB, ÷ (mean ingress × replicationFactor)`,
    };
  } else if (m.kind === "provisioned") {
    notes.push(
      disk.length
        ? "retention not derived: KafkaDataLogsDiskUsed is a percentage; pass --storage-per-broker SIZE to turn it into bytes"
        : "retention not derived: no KafkaDataLogsDiskUsed metric",
    );
  } else {
    notes.push("retention not derived: MSK Serverless publishes no disk metric; set retention");
  }

  let messageSizeBytes: DerivedValue<number> | null = null;
  const msgs = mean(pick("MessagesInPerSec").values);
  if (msgs > 0 && ingress.mean.value > 0) {
    messageSizeBytes = {
      value: ingress.mean.value / msgs,
      from: `mean BytesInPerSec ÷ mean MessagesInPerSec (${per}, ${over}, over ${win})`,
    };
  }

  let clientConnections: DerivedValue<number> | null = null;
  const conns = m.broker.ClientConnectionCount ?? [];
  if (conns.length) {
    clientConnections = {
      value: Math.ceil(max(sumSeries(conns.map((x) => x.series)).values)),
      from: `ClientConnectionCount, ${per}, summed over brokers and authentication types; maximum over ${win}`,
    };
  }

  const brokers = m.brokers.length;
  const azs: DerivedValue<2 | 3> =
    m.kind === "serverless" || brokers % 3 === 0
      ? {
          value: 3,
          from:
            m.kind === "serverless"
              ? "MSK Serverless runs in 3 AZs"
              : `inferred: ${brokers} brokers, a multiple of 3`,
        }
      : { value: 2, from: `inferred: ${brokers} brokers, not a multiple of 3` };

  const topicIn = m.topicAverages.BytesInPerSec ?? {};
  const totalTopicIn = Object.values(topicIn).reduce((a, b) => a + b, 0);
  const topTopics = Object.entries(topicIn)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_TOPICS)
    .map(([topic, v]) => ({ topic, ingressBytesPerSec: v, share: totalTopicIn > 0 ? v / totalTopicIn : 0 }));

  return {
    cluster: m.cluster,
    region: m.region,
    kind: m.kind,
    window: { start: iso(m.startSeconds), end: iso(m.endSeconds), days, periodSeconds: m.periodSeconds },
    brokers,
    topics: m.topics.length,
    azs,
    clientConnections,
    ingress,
    egress,
    fanOut: ingress.mean.value > 0 ? egress.mean.value / ingress.mean.value : null,
    replicationFactor,
    partitions,
    retentionSeconds,
    messageSizeBytes,
    topTopics,
    notes,
  };
}

// ── the workload file ──────────────────────────────────────────────────────────────────────────

function rate(bps: number): string {
  return `${+(bps / BYTES_PER_MIB).toPrecision(6)} MiB/s`;
}
function duration(s: number): string {
  return s >= SECONDS_PER_DAY
    ? `${+(s / SECONDS_PER_DAY).toPrecision(8)}d`
    : `${+(s / SECONDS_PER_HOUR).toPrecision(8)}h`;
}
function bytes(b: number): string {
  return `${Math.max(1, Math.round(b))} B`;
}
/**
 * A string this module did not construct (cluster, region and topic names come from the user or
 * from AWS), as a double-quoted YAML scalar: JSON's escaping is valid YAML, so a name holding a
 * newline, `#`, `:` or `!tag` can neither end a comment nor add a key.
 */
function q(s: string): string {
  return JSON.stringify(s);
}

/**
 * The workload as a commented YAML file that `msk-planner plan` accepts (issue #4 field names):
 * one stream for the whole cluster; each value's comment names its metric, statistic and window.
 */
export function workloadYaml(w: ImportedWorkload, opts: DeriveOptions = {}): string {
  const peakKey = opts.peak ?? "max";
  const peakIn = peakKey === "p95" ? w.ingress.p95 : w.ingress.peak;
  const peakOut = peakKey === "p95" ? w.egress.p95 : w.egress.peak;
  const L: string[] = [
    `# Workload imported from CloudWatch by \`msk-planner import cloudwatch\``,
    `# cluster ${q(w.cluster)} (${w.kind}, ${w.brokers} brokers, ${w.topics} topics), region ${q(w.region)}`,
    `# window ${w.window.start} to ${w.window.end} (${+w.window.days.toFixed(3)} days, ${w.window.periodSeconds} s periods)`,
    ...w.notes.map((n) => `# NOTE: ${n}`),
    `region: ${q(w.region)}`,
    `azs: ${w.azs.value}  # ${w.azs.from}`,
  ];
  if (w.clientConnections)
    L.push(`clientConnections: ${w.clientConnections.value}  # ${w.clientConnections.from}`);
  L.push(
    "streams:",
    `  - name: ${q(w.cluster)}`,
    `    description: ${q(`all topics of ${w.cluster}, from CloudWatch`)}`,
    `    ingress: ${rate(w.ingress.mean.value)}  # ${w.ingress.mean.from}`,
    `    # P95 ingress: ${rate(w.ingress.p95.value)} (${w.ingress.p95.from})`,
    `    peakIngress: ${rate(peakIn.value)}  # ${peakIn.from}`,
    `    egress: ${rate(w.egress.mean.value)}  # ${w.egress.mean.from}${w.fanOut !== null ? `; fan-out ${w.fanOut.toFixed(2)}× ingress` : ""}`,
    `    # P95 egress: ${rate(w.egress.p95.value)} (${w.egress.p95.from})`,
    `    peakEgress: ${rate(peakOut.value)}  # ${peakOut.from}`,
    `    partitions: ${w.partitions.value}  # ${w.partitions.from}`,
    `    replicationFactor: ${w.replicationFactor.value}  # ${w.replicationFactor.from}`,
  );
  if (w.retentionSeconds)
    L.push(`    retention: ${duration(w.retentionSeconds.value)}  # ${w.retentionSeconds.from}`);
  else L.push("    # retention: not derived (see NOTE above); the default 7d applies");
  if (w.messageSizeBytes)
    L.push(`    messageSize: ${bytes(w.messageSizeBytes.value)}  # ${w.messageSizeBytes.from}`);
  if (w.topTopics.length) {
    L.push(
      `# Largest topics by mean BytesInPerSec over the window (Average over the whole window, summed over brokers):`,
    );
    for (const t of w.topTopics)
      L.push(`#   ${q(t.topic)}: ${rate(t.ingressBytesPerSec)} (${(t.share * 100).toFixed(1)}%)`);
  }
  return `${L.join("\n")}\n`;
}
