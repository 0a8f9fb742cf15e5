/**
 * `import cloudwatch` as a library call: fetch a cluster's metrics (IO, src/aws/cloudwatch.ts),
 * derive the workload (pure, derive-workload.ts) and render the commented workload file.
 */
import { type ClusterMetrics, fetchClusterMetrics, type ImportOptions } from "./cloudwatch.js";
import {
  type DeriveOptions,
  deriveWorkload,
  type ImportedWorkload,
  workloadYaml,
} from "./derive-workload.js";

/**
 * Result of {@link importCluster}: the metrics read, the workload derived, and that workload as a
 * YAML file.
 */
export interface ImportedCluster {
  metrics: ClusterMetrics;
  imported: ImportedWorkload;
  /** The workload file (YAML with comments) that `msk-planner plan` accepts. */
  yaml: string;
}

/**
 * Read a cluster's CloudWatch metrics and derive its workload (and the workload file to plan it
 * with). Calls AWS.
 */
export async function importCluster(opts: ImportOptions & DeriveOptions): Promise<ImportedCluster> {
  const metrics = await fetchClusterMetrics(opts);
  const imported = deriveWorkload(metrics, opts);
  return { metrics, imported, yaml: workloadYaml(imported, opts) };
}
