/**
 * Read a running MSK cluster's metrics from CloudWatch (@aws-sdk/client-cloudwatch, AWS JSON 1.0,
 * query-compatible; docs/design.md): ListMetrics discovers brokers and topics
 * (namespace AWS/Kafka, dimensions "Cluster Name", "Broker ID", "Topic"), then GetMetricData
 * fetches the series in batches of at most 500 queries, every page followed and
 * concatenated by query Id (the same Id comes back on every page). The SDK is imported
 * dynamically, only here. What the numbers mean is worked out in derive-workload.ts (pure).
 */
import { AwsCallError, InputError } from "../model/errors.js";
import { boundedRequestHandler } from "./bounded-handler.js";
import { awsError } from "./errors.js";
import { quietSdkNodeWarning } from "./sdk-env.js";

export const KAFKA_NAMESPACE = "AWS/Kafka";
export const DIM_CLUSTER = "Cluster Name";
export const DIM_BROKER = "Broker ID";
export const DIM_TOPIC = "Topic";

/** Per-broker metrics read at the series period (MSK DEFAULT monitoring level, except Replication*). */
export const BROKER_METRICS = [
  "BytesInPerSec",
  "BytesOutPerSec",
  "MessagesInPerSec",
  "KafkaDataLogsDiskUsed",
  "PartitionCount",
  "ClientConnectionCount",
  "ReplicationBytesInPerSec",
] as const;
/** Per-topic metrics: throughput per topic (per broker on provisioned clusters; per cluster on Serverless). */
export const TOPIC_METRICS = ["BytesInPerSec", "BytesOutPerSec", "MessagesInPerSec"] as const;
export type BrokerMetric = (typeof BROKER_METRICS)[number];

/**
 * The largest value a datapoint of each metric may plausibly hold; anything above it (or negative,
 * or not finite) is data we will not size from. Rates: 1 TB/s is hundreds of times the throughput
 * of the largest MSK cluster (60 brokers); a percentage is at most 100.
 */
const PLAUSIBLE_MAX: Record<BrokerMetric | TopicMetric, number> = {
  BytesInPerSec: 1e12,
  BytesOutPerSec: 1e12,
  ReplicationBytesInPerSec: 1e12,
  MessagesInPerSec: 1e10,
  KafkaDataLogsDiskUsed: 100,
  PartitionCount: 1e7,
  ClientConnectionCount: 1e8,
};
export type TopicMetric = (typeof TOPIC_METRICS)[number];

/** GetMetricData accepts at most 500 queries per call (docs/design.md). */
export const MAX_QUERIES_PER_CALL = 500;
const MAX_PAGES = 100_000;

/** One time series: epoch seconds and values, same length, ascending. */
export interface Series {
  timestamps: number[];
  values: number[];
}

/** A cluster's CloudWatch metrics over a window, as read by {@link fetchClusterMetrics}. */
export interface ClusterMetrics {
  cluster: string;
  region: string;
  kind: "provisioned" | "serverless";
  startSeconds: number;
  endSeconds: number;
  periodSeconds: number;
  brokers: string[];
  topics: string[];
  /** Provisioned: per-broker series of each metric (a metric with extra dimensions has several per broker). */
  broker: Partial<Record<BrokerMetric, { broker: string; series: Series }[]>>;
  /** Serverless: per-topic series of each topic metric. */
  topic: Partial<Record<TopicMetric, { topic: string; series: Series }[]>>;
  /** Average over the whole window per topic (provisioned: summed over brokers), bytes/s. */
  topicAverages: Partial<Record<"BytesInPerSec" | "BytesOutPerSec", Record<string, number>>>;
  /** Requests made, for the record: ListMetrics pages and GetMetricData calls (pages included). */
  calls: { listMetrics: number; getMetricData: number };
}

/**
 * Which cluster and window {@link fetchClusterMetrics} reads, and how to reach CloudWatch (region,
 * endpoint, time-out and retries).
 */
export interface ImportOptions {
  cluster: string;
  region: string;
  /** Window length in days, ending at `now` floored to the period. */
  days: number;
  now: Date;
  endpoint?: string;
  timeoutSeconds?: number;
  maxAttempts?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The period of the series: 300 s while CloudWatch keeps 5-minute data (63 days), else 3600 s
 * (CloudWatch retention: 1-minute data 15 days, 5-minute 63 days, 1-hour 455 days).
 */
export function periodFor(days: number): number {
  return days <= 63 ? 300 : 3600;
}

interface Query {
  id: string;
  metric: string;
  dims: { Name: string; Value: string }[];
  period: number;
  onResult: (s: Series) => void;
}

type Dim = { Name?: string; Value?: string };

function dimsOf(ds: Dim[] | undefined): Map<string, string> {
  return new Map((ds ?? []).map((d) => [d.Name ?? "", d.Value ?? ""]));
}

/** Discover and fetch. Throws InputError when the cluster has no AWS/Kafka metrics (likely a wrong name or region). */
export async function fetchClusterMetrics(opts: ImportOptions): Promise<ClusterMetrics> {
  const what = `CloudWatch (${opts.region}, cluster "${opts.cluster}")`;
  quietSdkNodeWarning();
  const cw = await import("@aws-sdk/client-cloudwatch");
  const client = new cw.CloudWatchClient({
    region: opts.region,
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
    requestHandler: await boundedRequestHandler((opts.timeoutSeconds ?? 30) * 1000),
  });
  const calls = { listMetrics: 0, getMetricData: 0 };
  const send = async <T>(op: string, action: string, f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      throw awsError(e, `${what} ${op}`, action, opts.endpoint);
    }
  };
  try {
    // ── discovery ──
    const metrics: { name: string; dims: Dim[] }[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    for (let page = 0; page < MAX_PAGES; page++) {
      calls.listMetrics++;
      const out = await send("ListMetrics", "cloudwatch:ListMetrics", () =>
        client.send(
          new cw.ListMetricsCommand({
            Namespace: KAFKA_NAMESPACE,
            Dimensions: [{ Name: DIM_CLUSTER, Value: opts.cluster }],
            NextToken: token,
          }),
        ),
      );
      for (const m of out.Metrics ?? [])
        if (m.MetricName) metrics.push({ name: m.MetricName, dims: m.Dimensions ?? [] });
      token = out.NextToken || undefined;
      if (!token) break;
      if (seen.has(token))
        throw new AwsCallError(`${what} ListMetrics: the server repeated page token "${token}"`);
      seen.add(token);
    }
    if (metrics.length === 0) {
      throw new InputError(
        "--cluster",
        `no ${KAFKA_NAMESPACE} metrics for cluster "${opts.cluster}" in ${opts.region}: check the cluster name and --region`,
      );
    }

    const periodSeconds = periodFor(opts.days);
    const endSeconds = Math.floor(opts.now.getTime() / 1000 / periodSeconds) * periodSeconds;
    const startSeconds = endSeconds - Math.round(opts.days * 86_400);
    // One datapoint per topic for its window average: the whole window as one period (a multiple of 60 s).
    const windowPeriod = Math.ceil((endSeconds - startSeconds) / 60) * 60;

    const brokers = new Set<string>();
    const topics = new Set<string>();
    const queries: Query[] = [];
    const result: ClusterMetrics = {
      cluster: opts.cluster,
      region: opts.region,
      kind: "provisioned",
      startSeconds,
      endSeconds,
      periodSeconds,
      brokers: [],
      topics: [],
      broker: {},
      topic: {},
      topicAverages: {},
      calls,
    };
    const add = (metric: string, dims: Dim[], period: number, onResult: (s: Series) => void) =>
      queries.push({
        id: `q${queries.length}`,
        metric,
        dims: dims.map((d) => ({ Name: d.Name ?? "", Value: d.Value ?? "" })),
        period,
        onResult,
      });

    const hasBrokerLevel = metrics.some((m) => dimsOf(m.dims).has(DIM_BROKER));
    result.kind = hasBrokerLevel ? "provisioned" : "serverless";
    for (const m of metrics) {
      const d = dimsOf(m.dims);
      const broker = d.get(DIM_BROKER);
      const topic = d.get(DIM_TOPIC);
      if (broker !== undefined) brokers.add(broker);
      if (topic !== undefined) topics.add(topic);
      if (
        broker !== undefined &&
        topic === undefined &&
        (BROKER_METRICS as readonly string[]).includes(m.name)
      ) {
        const name = m.name as BrokerMetric;
        add(name, m.dims, periodSeconds, (series) => {
          const list = result.broker[name] ?? [];
          list.push({ broker, series });
          result.broker[name] = list;
        });
      } else if (topic !== undefined && (TOPIC_METRICS as readonly string[]).includes(m.name)) {
        const name = m.name as TopicMetric;
        if (!hasBrokerLevel) {
          add(name, m.dims, periodSeconds, (series) => {
            const list = result.topic[name] ?? [];
            list.push({ topic, series });
            result.topic[name] = list;
          });
        }
        if (name === "BytesInPerSec" || name === "BytesOutPerSec") {
          add(name, m.dims, windowPeriod, (series) => {
            const avgs = result.topicAverages[name] ?? {};
            const v = series.values[0];
            if (v !== undefined) avgs[topic] = (avgs[topic] ?? 0) + v;
            result.topicAverages[name] = avgs;
          });
        }
      }
    }
    result.brokers = [...brokers].sort((a, b) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
    result.topics = [...topics].sort();

    // ── data, ≤ 500 queries per call, pages concatenated by Id ──
    const batches = Math.ceil(queries.length / MAX_QUERIES_PER_CALL);
    opts.onProgress?.(0, batches);
    for (let b = 0; b < batches; b++) {
      const batch = queries.slice(b * MAX_QUERIES_PER_CALL, (b + 1) * MAX_QUERIES_PER_CALL);
      const byId = new Map(
        batch.map((q) => [q.id, { q, series: { timestamps: [] as number[], values: [] as number[] } }]),
      );
      let next: string | undefined;
      const seenTokens = new Set<string>();
      for (let page = 0; page < MAX_PAGES; page++) {
        calls.getMetricData++;
        const out = await send("GetMetricData", "cloudwatch:GetMetricData", () =>
          client.send(
            new cw.GetMetricDataCommand({
              MetricDataQueries: batch.map((q) => ({
                Id: q.id,
                MetricStat: {
                  Metric: { Namespace: KAFKA_NAMESPACE, MetricName: q.metric, Dimensions: q.dims },
                  Period: q.period,
                  Stat: "Average",
                },
                ReturnData: true,
              })),
              StartTime: new Date(startSeconds * 1000),
              EndTime: new Date(endSeconds * 1000),
              ScanBy: "TimestampAscending",
              NextToken: next,
            }),
          ),
        );
        for (const r of out.MetricDataResults ?? []) {
          const slot = r.Id ? byId.get(r.Id) : undefined;
          if (!slot) continue;
          if (r.StatusCode === "Forbidden")
            throw new AwsCallError(
              `${what} GetMetricData: access denied to ${slot.q.metric} (StatusCode Forbidden)`,
            );
          if (r.StatusCode === "InternalError")
            throw new AwsCallError(
              `${what} GetMetricData: CloudWatch reported InternalError for ${slot.q.metric}`,
            );
          const ts = r.Timestamps ?? [];
          const vs = r.Values ?? [];
          if (ts.length !== vs.length)
            throw new AwsCallError(
              `${what} GetMetricData: ${ts.length} timestamps but ${vs.length} values for ${slot.q.metric}`,
            );
          const max = PLAUSIBLE_MAX[slot.q.metric as BrokerMetric];
          for (let i = 0; i < ts.length; i++) {
            const v = vs[i] as number;
            const t = (ts[i] as Date).getTime() / 1000;
            if (!Number.isFinite(t) || !(typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= max))
              throw new AwsCallError(
                `${what} GetMetricData: ${slot.q.metric} ${slot.q.dims.map((d) => `${d.Name}=${d.Value}`).join(", ")} has the value ${v} at ${Number.isFinite(t) ? new Date(t * 1000).toISOString() : "an invalid time"}; expected a finite number from 0 to ${max}`,
              );
            slot.series.timestamps.push(t);
            slot.series.values.push(v);
          }
        }
        next = out.NextToken || undefined;
        if (!next) break;
        if (seenTokens.has(next))
          throw new AwsCallError(`${what} GetMetricData: the server repeated page token "${next}"`);
        seenTokens.add(next);
      }
      for (const { q, series } of byId.values()) q.onResult(series);
      opts.onProgress?.(b + 1, batches);
    }
    return result;
  } finally {
    client.destroy();
  }
}
