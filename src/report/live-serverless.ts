/**
 * Live feasibility of the `serverless` option, as formulas: the per-cluster quotas of
 * src/model/sizing/serverless.ts (each demand ÷ its quota; feasible when none is above 1) and the
 * line items of src/plan/serverless-option.ts. One cluster: the planner never splits a workload.
 */
import { resourceLabel } from "../plan/infeasibility.js";
import type { Resource } from "../plan/types.js";
import { N, streamName } from "./assumptions.js";
import { and, cmp, div, type Expr, iff, max, mul, num, ref } from "./expr.js";
import { sentence } from "./labels.js";
import { bindingText, ceilTolerant, type LiveCell, type LiveSizing, sum } from "./live.js";
import { type LiveContext, pricedLines } from "./live-context.js";

/** Quota cells on the Instance types sheet: name, label, unit, and the demand each bounds. */
export const SERVERLESS_QUOTA_CELLS = [
  ["serverless_max_ingress_MBps", "Ingress per cluster", "MB/s"],
  ["serverless_max_egress_MBps", "Egress per cluster", "MB/s"],
  ["serverless_max_partitions", "Partitions per cluster (leaders)", "partitions"],
  ["serverless_max_ingress_per_partition_MBps", "Ingress per partition", "MB/s"],
  ["serverless_max_egress_per_partition_MBps", "Egress per partition", "MB/s"],
  ["serverless_max_connections", "Client connections per cluster", "connections"],
  ["serverless_max_message_MiB", "Message size", "MiB"],
  ["serverless_max_consumer_groups", "Consumer groups per cluster", "groups"],
] as const;

export function liveServerless(ctx: LiveContext): LiveSizing {
  const k = ctx.key;
  const idx = Array.from({ length: ctx.streams }, (_, i) => i);
  const st = (i: number, f: Parameters<typeof streamName>[1]) => ref(streamName(i, f));
  const mib = ref(N.bytesPerMiB);
  const mb = ref("bytes_per_mb");
  const pin = (i: number) => mul(st(i, "peak_ingress_MiBps"), mib);
  const pout = (i: number) => mul(st(i, "peak_egress_MiBps"), mib);
  const q = (n: (typeof SERVERLESS_QUOTA_CELLS)[number][0]) => ref(n);
  // Demand ÷ quota, in serverlessUtilisation's order (src/model/sizing/serverless.ts).
  const ratios: [string, Resource, Expr][] = [
    ["ingress", "ingress", div(sum(idx.map(pin)), mul(q("serverless_max_ingress_MBps"), mb))],
    ["egress", "egress", div(sum(idx.map(pout)), mul(q("serverless_max_egress_MBps"), mb))],
    [
      "partitions",
      "partitions",
      div(sum(idx.map((i) => st(i, "partitions"))), q("serverless_max_partitions")),
    ],
    [
      "ingress_per_partition",
      "ingressPerPartition",
      div(
        max(num(0), ...idx.map((i) => div(pin(i), st(i, "partitions")))),
        mul(q("serverless_max_ingress_per_partition_MBps"), mb),
      ),
    ],
    [
      "egress_per_partition",
      "egressPerPartition",
      div(
        max(num(0), ...idx.map((i) => div(pout(i), st(i, "partitions")))),
        mul(q("serverless_max_egress_per_partition_MBps"), mb),
      ),
    ],
    ["connections", "connections", div(ref("client_connections"), q("serverless_max_connections"))],
    [
      "message_size",
      "messageSize",
      div(max(num(0), ...idx.map((i) => st(i, "message_size_B"))), mul(q("serverless_max_message_MiB"), mib)),
    ],
    [
      "consumer_groups",
      "consumerGroups",
      div(
        max(num(0), ...idx.map((i) => ceilTolerant(st(i, "consumer_groups")))),
        q("serverless_max_consumer_groups"),
      ),
    ],
  ];
  // Demand and share per quota; feasible when each demand is within its quota (serverlessFits).
  const demand: LiveCell[] = ratios.map(([n, , e]) => ({
    name: `${k}_demand_${n}`,
    expr: (e as { a: Expr }).a,
    format: "number",
  }));
  const limit = (i: number) => (ratios[i]?.[2] as { b: Expr }).b;
  const cells: LiveCell[] = ratios.map(([n], i) => ({
    name: `${k}_use_${n}`,
    expr: div(ref(`${k}_demand_${n}`), limit(i)),
    format: "fraction",
  }));
  const feasibleName = `${k}_feasible`;
  const feasible: LiveCell = {
    name: feasibleName,
    expr: iff(and(...demand.map((c, i) => cmp("<=", ref(c.name), limit(i)))), num(1), num(0)),
    format: "flag",
  };
  const clusters: LiveCell = { name: ctx.brokersName, expr: num(1), format: "int" };
  const partitions: LiveCell = {
    name: `${k}_partitions`,
    expr: sum(idx.map((i) => st(i, "partitions"))),
    format: "int",
  };
  const most = bindingText(
    `${k}_binding_resource`,
    ratios.map(([n, label]) => [`${k}_use_${n}`, label] as const),
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
        rows: ratios.map(([, r], i) => ({
          label: sentence(resourceLabel(r)),
          cells: [demand[i] as LiveCell, cells[i] as LiveCell],
        })),
      },
    ],
  };
}
