// A synthetic MSK cluster behind a fake CloudWatch (AWS JSON 1.0, query-compatible; docs/design.md):
// ListMetrics (paged) and GetMetricData (≤ 500 queries, paged by datapoints, timestamps as epoch
// seconds, ScanBy honoured, the same Id on every page). Plain JS so both the tests and
// bench/aws.bench.mjs use it. `handle(req)` takes { operation, body } and returns
// { status, headers, body } — the shape of test/aws/fakes/server.ts replies.

const CW_JSON = { "content-type": "application/x-amz-json-1.0" };
export const BASE_PERIOD = 300;
/** Raw datapoints per base period: MSK publishes one per minute. */
export const RAW_PER_BASE = 5;

/** The unit CloudWatch stores each MSK metric with; a query naming another unit gets no data. */
export const METRIC_UNITS = {
  BytesInPerSec: "Bytes/Second",
  BytesOutPerSec: "Bytes/Second",
  ReplicationBytesInPerSec: "Bytes/Second",
  MessagesInPerSec: "Count/Second",
  KafkaDataLogsDiskUsed: "Percent",
  PartitionCount: "Count",
  ClientConnectionCount: "Count",
  GlobalPartitionCount: "Count",
  CpuUser: "Percent",
};

/**
 * A statistic over raw datapoints, as CloudWatch computes it: Average, Sum, Minimum, Maximum,
 * SampleCount, or a percentile pNN (nearest rank over the raw values). Anything else is an error.
 */
export function statistic(stat, raw) {
  if (stat === "Average") return raw.reduce((a, b) => a + b, 0) / raw.length;
  if (stat === "Sum") return raw.reduce((a, b) => a + b, 0);
  if (stat === "Minimum") return Math.min(...raw);
  if (stat === "Maximum") return Math.max(...raw);
  if (stat === "SampleCount") return raw.length;
  const p = /^p(\d+(?:\.\d+)?)$/.exec(stat ?? "");
  if (p) {
    const sorted = [...raw].sort((a, b) => a - b);
    return sorted[Math.max(0, Math.ceil((Number(p[1]) / 100) * sorted.length) - 1)];
  }
  return undefined;
}

/**
 * @param {object} spec
 * @param {string} spec.cluster
 * @param {number} spec.brokers            broker count (ids "1".."N"); 0 for a Serverless cluster
 * @param {number} spec.topics             topic count (names "topic-0001" …)
 * @param {(metric: string, dims: Record<string,string>, t: number) => number} spec.value  value at epoch second t (a 300-s average)
 * @param {number[]} [spec.jitter]         the 5 per-minute raw datapoints of a base period are value × (1 + jitter[i]);
 *                                          jitters summing to 0 keep the Average and move Sum, Minimum, Maximum, pNN apart
 * @param {boolean} [spec.replication]     publish ReplicationBytesInPerSec (PER_BROKER level)
 * @param {number} [spec.topicBrokers]     brokers each topic has metrics on (default min(3, brokers))
 * @param {number} [spec.listPageSize]     ListMetrics page size (real: 500)
 * @param {number} [spec.pointsPerPage]    GetMetricData datapoints per page (real: 100,800)
 */
export function syntheticCluster(spec) {
  const metrics = [];
  const cl = { Name: "Cluster Name", Value: spec.cluster };
  const brokerIds = Array.from({ length: spec.brokers }, (_, i) => String(i + 1));
  const topicNames = Array.from({ length: spec.topics }, (_, i) => `topic-${String(i + 1).padStart(4, "0")}`);
  const brokerMetrics = [
    "BytesInPerSec",
    "BytesOutPerSec",
    "MessagesInPerSec",
    "KafkaDataLogsDiskUsed",
    "PartitionCount",
  ];
  if (spec.replication) brokerMetrics.push("ReplicationBytesInPerSec");
  for (const b of brokerIds) {
    for (const name of brokerMetrics)
      metrics.push({
        Namespace: "AWS/Kafka",
        MetricName: name,
        Dimensions: [cl, { Name: "Broker ID", Value: b }],
      });
    metrics.push({
      Namespace: "AWS/Kafka",
      MetricName: "ClientConnectionCount",
      Dimensions: [cl, { Name: "Broker ID", Value: b }, { Name: "Client Authentication", Value: "IAM" }],
    });
    metrics.push({
      Namespace: "AWS/Kafka",
      MetricName: "CpuUser",
      Dimensions: [cl, { Name: "Broker ID", Value: b }],
    }); // not read
  }
  const per = spec.topicBrokers ?? Math.min(3, spec.brokers);
  topicNames.forEach((topic, i) => {
    const tdim = { Name: "Topic", Value: topic };
    for (const name of ["BytesInPerSec", "BytesOutPerSec", "MessagesInPerSec"]) {
      if (spec.brokers === 0)
        metrics.push({ Namespace: "AWS/Kafka", MetricName: name, Dimensions: [cl, tdim] });
      else
        for (let k = 0; k < per; k++) {
          const b = brokerIds[(i + k) % spec.brokers];
          metrics.push({
            Namespace: "AWS/Kafka",
            MetricName: name,
            Dimensions: [cl, { Name: "Broker ID", Value: b }, tdim],
          });
        }
    }
  });
  metrics.push({ Namespace: "AWS/Kafka", MetricName: "GlobalPartitionCount", Dimensions: [cl] }); // cluster level: not read

  const listPageSize = spec.listPageSize ?? 500;
  const pointsPerPage = spec.pointsPerPage ?? 100_800;
  const stats = { listMetrics: 0, getMetricData: 0, maxQueries: 0, datapoints: 0 };

  function dimsRecord(ds) {
    return Object.fromEntries((ds ?? []).map((d) => [d.Name, d.Value]));
  }

  const jitter = spec.jitter ?? Array(RAW_PER_BASE).fill(0);
  const jSum = jitter.reduce((a, b) => a + b, 0);
  const jMin = Math.min(...jitter);
  const jMax = Math.max(...jitter);

  /** Datapoints of one query, honouring Period, Stat and Unit as CloudWatch does. */
  function points(q, start, end) {
    const period = q.MetricStat.Period;
    const name = q.MetricStat.Metric.MetricName;
    const dims = dimsRecord(q.MetricStat.Metric.Dimensions);
    const ts = [];
    const vs = [];
    // A unit that is not the metric's matches no stored datapoint: no data, not an error.
    if (q.MetricStat.Unit !== undefined && q.MetricStat.Unit !== METRIC_UNITS[name]) return { ts, vs };
    const stat = q.MetricStat.Stat;
    const exact = /^p\d/.test(stat ?? ""); // percentiles need every raw datapoint
    for (let t = start; t < end; t += period) {
      // The raw (per-minute) datapoints of a period are v × (1 + jitter[i]) for each 5-minute
      // value v in it. Average, Sum, SampleCount and the extremes follow from Σv, the count and the
      // extreme v (a bilinear form's extremes are at the corners), without listing every datapoint.
      const raw = [];
      let sumV = 0;
      let nV = 0;
      let loV = Number.POSITIVE_INFINITY;
      let hiV = Number.NEGATIVE_INFINITY;
      for (let u = t; u < Math.min(t + period, end); u += BASE_PERIOD) {
        const v = spec.value(name, dims, u);
        if (exact) for (const j of jitter) raw.push(v * (1 + j));
        sumV += v;
        nV++;
        if (v < loV) loV = v;
        if (v > hiV) hiV = v;
      }
      const corners = [loV * (1 + jMin), loV * (1 + jMax), hiV * (1 + jMin), hiV * (1 + jMax)];
      ts.push(t);
      vs.push(
        exact
          ? statistic(stat, raw)
          : {
              Average: (sumV / nV) * (1 + jSum / jitter.length),
              Sum: sumV * (jitter.length + jSum),
              SampleCount: nV * jitter.length,
              Minimum: Math.min(...corners),
              Maximum: Math.max(...corners),
            }[stat],
      );
    }
    return { ts, vs };
  }

  /** CloudWatch's checks on a query's Period and Stat: a 400 InvalidParameterValue, or undefined. */
  function invalidQuery(qs) {
    for (const [i, q] of qs.entries()) {
      const at = `MetricDataQueries.member.${i + 1}.MetricStat`;
      const period = q.MetricStat?.Period;
      if (!Number.isInteger(period) || period < 60 || period % 60 !== 0)
        return `The parameter ${at}.Period must be a multiple of 60 for standard-resolution metrics.`;
      if (statistic(q.MetricStat.Stat, [1]) === undefined)
        return `The parameter ${at}.Stat must be a valid statistic, got ${q.MetricStat.Stat}.`;
    }
    return undefined;
  }

  function handle(req) {
    const body = req.body ?? {};
    if (req.operation === "ListMetrics") {
      stats.listMetrics++;
      const want = body.Dimensions ?? [];
      const matching = metrics.filter(
        (m) =>
          (!body.Namespace || m.Namespace === body.Namespace) &&
          (!body.MetricName || m.MetricName === body.MetricName) &&
          want.every((w) =>
            m.Dimensions.some((d) => d.Name === w.Name && (w.Value === undefined || d.Value === w.Value)),
          ),
      );
      const offset = body.NextToken ? Number(body.NextToken.slice(3)) : 0;
      const page = matching.slice(offset, offset + listPageSize);
      const next = offset + listPageSize < matching.length ? `lm-${offset + listPageSize}` : undefined;
      return { status: 200, headers: CW_JSON, body: { Metrics: page, ...(next ? { NextToken: next } : {}) } };
    }
    if (req.operation === "GetMetricData") {
      stats.getMetricData++;
      const qs = body.MetricDataQueries ?? [];
      stats.maxQueries = Math.max(stats.maxQueries, qs.length);
      if (qs.length > 500) {
        return {
          status: 400,
          headers: { ...CW_JSON, "x-amzn-query-error": "InvalidParameterValue;Sender" },
          body: {
            __type: "com.amazonaws.monitoring#InvalidParameterValueException",
            message: "The collection MetricDataQueries must not have a size greater than 500.",
          },
        };
      }
      const invalid = invalidQuery(qs);
      if (invalid) {
        return {
          status: 400,
          headers: { ...CW_JSON, "x-amzn-query-error": "InvalidParameterValue;Sender" },
          body: { __type: "com.amazonaws.monitoring#InvalidParameterValueException", message: invalid },
        };
      }
      const start = Math.ceil(body.StartTime / BASE_PERIOD) * BASE_PERIOD;
      const end = body.EndTime;
      const all = qs.map((q) => ({ q, ...points(q, start, end) }));
      if ((body.ScanBy ?? "TimestampDescending") === "TimestampDescending")
        for (const a of all) {
          a.ts.reverse();
          a.vs.reverse();
        }
      const offset = body.NextToken ? Number(body.NextToken.slice(3)) : 0;
      const total = all.reduce((s, a) => s + a.ts.length, 0);
      let base = 0;
      const results = all.map((a) => {
        const from = Math.max(0, offset - base);
        const to = Math.max(0, Math.min(a.ts.length, offset + pointsPerPage - base));
        base += a.ts.length;
        return {
          Id: a.q.Id,
          Label: a.q.Label ?? a.q.Id,
          Timestamps: a.ts.slice(from, to),
          Values: a.vs.slice(from, to),
        };
      });
      const next = offset + pointsPerPage < total ? `md-${offset + pointsPerPage}` : undefined;
      for (const r of results) {
        r.StatusCode = next ? "PartialData" : "Complete";
        stats.datapoints += r.Values.length;
      }
      return {
        status: 200,
        headers: CW_JSON,
        body: { MetricDataResults: results, Messages: [], ...(next ? { NextToken: next } : {}) },
      };
    }
    return {
      status: 400,
      headers: { ...CW_JSON, "x-amzn-query-error": "InvalidAction;Sender" },
      body: { __type: "InvalidAction", message: `unknown operation ${req.operation}` },
    };
  }

  return { handle, stats, brokerIds, topicNames, metricCount: metrics.length };
}
