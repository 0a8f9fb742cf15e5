/**
 * Live feasibility of the `serverless` option, as formulas: the per-cluster quotas declared in
 * src/model/sizing/rules.ts (SERVERLESS_QUOTA_RULES: each demand ÷ its quota; feasible when every
 * demand is within its quota) and the line items of src/plan/serverless-option.ts. One cluster: the planner never splits a workload.
 */
import {
  SERVERLESS_DEMAND_FIELDS,
  SERVERLESS_QUOTA_RULES,
  type ServerlessDemand,
  type ServerlessQuotaRule,
  type ServerlessQuotaValues,
  serverlessFitsAll,
  serverlessShare,
} from "../model/sizing/rules.js";
import { resourceLabel } from "../plan/infeasibility.js";
import { N } from "./assumptions.js";
import { type Expr, iff, num, ref } from "./expr.js";
import { sentence } from "./labels.js";
import { bindingText, type LiveCell, type LiveSizing } from "./live.js";
import { type LiveContext, pricedLines } from "./live-context.js";
import { SIZING_FORMULAS as F } from "./sizing-formulas.js";
import { demand as workloadFigure } from "./workload-demand.js";

/** Quota cells on the Instance types sheet, per published quota: name, label, unit. */
export const SERVERLESS_QUOTA_CELLS: Readonly<
  Record<ServerlessQuotaRule["quota"], readonly [string, string, string]>
> = {
  maxIngressMBps: ["serverless_max_ingress_MBps", "Ingress per cluster", "MB/s"],
  maxEgressMBps: ["serverless_max_egress_MBps", "Egress per cluster", "MB/s"],
  maxPartitions: ["serverless_max_partitions", "Partitions per cluster (leaders)", "partitions"],
  maxIngressPerPartitionMBps: ["serverless_max_ingress_per_partition_MBps", "Ingress per partition", "MB/s"],
  maxEgressPerPartitionMBps: ["serverless_max_egress_per_partition_MBps", "Egress per partition", "MB/s"],
  maxClientConnections: ["serverless_max_connections", "Client connections per cluster", "connections"],
  maxMessageSizeMiB: ["serverless_max_message_MiB", "Message size", "MiB"],
  maxConsumerGroups: ["serverless_max_consumer_groups", "Consumer groups per cluster", "groups"],
};

/** `ingressPerPartition` → `ingress_per_partition` (the demand and share cells' names). */
const snake = (resource: string) => resource.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function liveServerless(ctx: LiveContext): LiveSizing {
  const k = ctx.key;
  const mib = ref(N.bytesPerMiB);
  // The workload's demand at peak: its figures on the Assumptions sheet (src/report/workload-demand.ts).
  const x: ServerlessDemand<Expr> = {
    peakIngress: workloadFigure("peakIngressBytesPerSec"),
    peakEgress: workloadFigure("peakEgressBytesPerSec"),
    partitions: workloadFigure("partitions"),
    maxPeakIngressPerPartition: workloadFigure("maxPeakIngressPerPartitionBytesPerSec"),
    maxPeakEgressPerPartition: workloadFigure("maxPeakEgressPerPartitionBytesPerSec"),
    connections: ref("client_connections"),
    maxMessageSize: workloadFigure("maxMessageSizeBytes"),
    consumerGroups: workloadFigure("consumerGroups"),
  };
  const q = Object.fromEntries(
    Object.entries(SERVERLESS_QUOTA_CELLS).map(([quota, [name]]) => [quota, ref(name)]),
  ) as Record<ServerlessQuotaRule["quota"], Expr>;
  const quotas: ServerlessQuotaValues<Expr> = { ...q, bytesPerMB: ref("bytes_per_mb"), bytesPerMiB: mib };
  // Per quota (SERVERLESS_QUOTA_RULES, src/model/sizing/rules.ts): its demand cell and its share.
  const demandName = (r: ServerlessQuotaRule) => `${k}_demand_${snake(r.resource)}`;
  const cellOf = new Map(
    SERVERLESS_QUOTA_RULES.map((r) => [r.demand(SERVERLESS_DEMAND_FIELDS), ref(demandName(r))]),
  );
  const xCells = Object.fromEntries(
    Object.keys(SERVERLESS_DEMAND_FIELDS).map((f) => [
      f,
      cellOf.get(f as keyof typeof SERVERLESS_DEMAND_FIELDS) as Expr,
    ]),
  ) as unknown as ServerlessDemand<Expr>;
  const demand: LiveCell[] = SERVERLESS_QUOTA_RULES.map((r) => ({
    name: demandName(r),
    expr: r.demand(x),
    format: "number",
  }));
  const cells: LiveCell[] = SERVERLESS_QUOTA_RULES.map((r) => ({
    name: `${k}_use_${snake(r.resource)}`,
    expr: serverlessShare(F, r, xCells, quotas),
    format: "fraction",
  }));
  const feasibleName = `${k}_feasible`;
  const feasible: LiveCell = {
    name: feasibleName,
    expr: iff(serverlessFitsAll(F, xCells, quotas), num(1), num(0)),
    format: "flag",
  };
  const clusters: LiveCell = { name: ctx.brokersName, expr: num(1), format: "int" };
  const partitions: LiveCell = {
    name: `${k}_partitions`,
    expr: workloadFigure("partitions"),
    format: "int",
  };
  const most = bindingText(
    `${k}_binding_resource`,
    SERVERLESS_QUOTA_RULES.map((r, i) => [(cells[i] as LiveCell).name, r.resource] as const),
  );
  return {
    config: [
      { key: "clusters", label: "Serverless clusters (the planner uses one)", entry: clusters },
      { key: "partitions", label: "Partitions", entry: partitions },
      { key: "feasible", label: "Feasible: every quota at most 100% (1 = yes)", entry: feasible },
    ],
    feasible: feasibleName,
    binding: {
      formula: `IF(${feasibleName}=1,${most.formula},"")`,
      value: (env) => (env.get(feasibleName) === 1 ? most.value(env) : ""),
    },
    lines: pricedLines(
      ctx,
      [
        "serverlessCluster",
        "serverlessPartition",
        "serverlessDataIn",
        "serverlessDataOut",
        "serverlessStorage",
      ],
      true,
    ),
    tables: [
      {
        title: "Per-cluster quotas: demand ÷ quota at peak (per-partition figures assume an even spread)",
        note: "Serverless is feasible when every share is at most 100%; the quotas are on the Instance types sheet.",
        header: ["Quota", "Demand (bytes/s, or a count)", "Share used"],
        rows: SERVERLESS_QUOTA_RULES.map((r, i) => ({
          label: sentence(resourceLabel(r.resource)),
          cells: [demand[i] as LiveCell, cells[i] as LiveCell],
        })),
      },
    ],
  };
}
