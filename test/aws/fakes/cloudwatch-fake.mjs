// A synthetic MSK cluster behind a fake CloudWatch (AWS JSON 1.0, query-compatible; aws-wire.md §5):
// ListMetrics (paged) and GetMetricData (≤ 500 queries, paged by datapoints, timestamps as epoch
// seconds, ScanBy honoured, the same Id on every page). Plain JS so both the tests and
// bench/aws.bench.mjs use it. `handle(req)` takes { operation, body } and returns
// { status, headers, body } — the shape of test/aws/fakes/server.ts replies.

const CW_JSON = { "content-type": "application/x-amz-json-1.0" };
export const BASE_PERIOD = 300;

/**
 * @param {object} spec
 * @param {string} spec.cluster
 * @param {number} spec.brokers            broker count (ids "1".."N"); 0 for a Serverless cluster
 * @param {number} spec.topics             topic count (names "topic-0001" …)
 * @param {(metric: string, dims: Record<string,string>, t: number) => number} spec.value  value at epoch second t (a 300-s average)
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

  function points(q, start, end) {
    const period = q.MetricStat.Period;
    const dims = dimsRecord(q.MetricStat.Metric.Dimensions);
    const ts = [];
    const vs = [];
    for (let t = start; t < end; t += period) {
      // A period longer than the base is the mean of its base periods (what Average over it is).
      let sum = 0;
      let n = 0;
      for (let u = t; u < Math.min(t + period, end); u += BASE_PERIOD) {
        sum += spec.value(q.MetricStat.Metric.MetricName, dims, u);
        n++;
      }
      ts.push(t);
      vs.push(sum / n);
    }
    return { ts, vs };
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
