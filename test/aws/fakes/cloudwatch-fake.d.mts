// Types for cloudwatch-fake.mjs (plain JS so the benchmark can use it too).
export declare const BASE_PERIOD: number;
export declare const RAW_PER_BASE: number;
export declare const METRIC_UNITS: Record<string, string>;
export declare function statistic(stat: string | undefined, raw: number[]): number | undefined;
export interface SyntheticSpec {
  cluster: string;
  brokers: number;
  topics: number;
  value: (metric: string, dims: Record<string, string>, t: number) => number;
  replication?: boolean;
  topicBrokers?: number;
  listPageSize?: number;
  pointsPerPage?: number;
  jitter?: number[];
}
export interface SyntheticCluster {
  handle(req: { operation: string; body: unknown }): {
    status: number;
    headers: Record<string, string>;
    body: unknown;
  };
  stats: { listMetrics: number; getMetricData: number; maxQueries: number; datapoints: number };
  brokerIds: string[];
  topicNames: string[];
  metricCount: number;
}
export declare function syntheticCluster(spec: SyntheticSpec): SyntheticCluster;
