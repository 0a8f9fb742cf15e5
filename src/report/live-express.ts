/**
 * Live sizing of the `express` option, as formulas: the sizing rules declared in
 * src/model/sizing/rules.ts (the rules Express cannot meet at any size, brokers per constraint, a
 * multiple of 3 within the quota) and src/plan/express-option.ts (the cheapest feasible size with
 * priced sizes first, the line items), over the workload's figures on the Assumptions sheet
 * (src/report/workload-demand.ts). The choice of size is a search (`cheapest`, src/report/live.ts):
 * a table and MIN where the planner loops, held to the planner's choice by the live-edit tests.
 */
import { EXPRESS_AZS, EXPRESS_MAX_PARTITION_MBPS, EXPRESS_REPLICATION_FACTOR } from "../model/quotas.js";
import {
  expressEgressCapacity,
  expressFixedRulesMet,
  partitionBrokers,
  throughputBrokers,
} from "../model/sizing/rules.js";
import { N } from "./assumptions.js";
import { and, choose, cmp, type Expr, iff, isNumber, max, mul, num, orZero, ref } from "./expr.js";
import {
  azLossFactor,
  bindingText,
  brokersFor,
  cheapest,
  chooseText,
  chosenBinding,
  type LiveCell,
  type LiveSizing,
  type LiveTable,
  orMissing,
  roundUpToMultiple,
  SHOWN_IN_MB,
  typeKey,
} from "./live.js";
import { CAP, declaredQuantity, type LiveContext, lineOf, pricedLines } from "./live-context.js";
import { SIZING_FORMULAS as F } from "./sizing-formulas.js";
import { demand } from "./workload-demand.js";

export function liveExpress(ctx: LiveContext): LiveSizing | null {
  const types = ctx.expressTypes;
  if (types.length === 0) return null;
  const k = ctx.key;
  const hours = ref(N.hours);
  const three = num(EXPRESS_AZS);
  const cells: LiveCell[] = [];
  const cell = (name: string, expr: Expr, format: LiveCell["format"]): LiveCell => {
    const c = { name: `${k}_${name}`, expr, format };
    cells.push(c);
    return c;
  };
  const R = (c: LiveCell) => ref(c.name);
  // Rules no size can meet (rules.ts expressFixedRulesMet): 3 AZs, RF ≤ 3, per-partition ingress.
  const perPartition = cell(
    "max_ingress_per_partition_Bps",
    demand("maxPeakIngressPerPartitionBytesPerSec"),
    "bytesPerSecAsMB",
  );
  const rules = cell(
    "fixed_rules_met",
    iff(
      expressFixedRulesMet(
        F,
        {
          azs: ref(N.azs),
          maxReplicationFactor: demand("maxReplicationFactor"),
          maxPeakIngressPerPartition: R(perPartition),
        },
        {
          azs: three,
          replicationFactor: num(EXPRESS_REPLICATION_FACTOR),
          partitionMBps: num(EXPRESS_MAX_PARTITION_MBPS),
          bytesPerMB: ref("bytes_per_mb"),
        },
      ),
      num(1),
      num(0),
    ),
    "flag",
  );
  const aws = ctx.sizingModel === "aws-script";
  const f = cell("az_loss_factor", aws ? num(1) : azLossFactor(three, ref("tolerate_az_loss")), "number");
  // The workload's figures (src/report/workload-demand.ts); Express keeps 3 replicas of each partition.
  const ingress = cell("ingress_Bps", demand("peakIngressBytesPerSec"), "bytesPerSecAsMB");
  const egress = cell("egress_Bps", demand("peakEgressBytesPerSec"), "bytesPerSecAsMB");
  const replicas = cell(
    "partition_replicas",
    mul(demand("partitions"), num(EXPRESS_REPLICATION_FACTOR)),
    "int",
  );
  const connections = cell("connections", mul(ref("client_connections"), R(f)), "number");
  const u = ref("max_util_express");
  const share = ref("max_util_partitions");
  const loads: LiveTable = {
    title: "Loads on the cluster (at peak)",
    note: "Express runs in 3 AZs with RF 3; its recommended sustained rates already leave room for one AZ's loss, so throughput carries no AZ-loss factor (connections do).",
    header: ["Load", "Value", "Unit"],
    rows: [
      ["Highest ingress per partition", perPartition, SHOWN_IN_MB],
      [
        `3 AZs, RF at most 3, at most ${EXPRESS_MAX_PARTITION_MBPS} MB/s per partition (1 = met)`,
        rules,
        "1 = yes",
      ],
      ["AZ-loss factor (connections)", f, "×"],
      ["Ingress", ingress, SHOWN_IN_MB],
      ["Egress", egress, SHOWN_IN_MB],
      ["Partition replicas (partitions × 3)", replicas, "replicas"],
      ["Client connections (× AZ-loss factor)", connections, "connections"],
    ].map(([label, c, unit]) => ({
      label: label as string,
      cells: [c as LiveCell, { text: unit as string }],
    })),
  };
  const rows: LiveTable["rows"] = [];
  const perType = types.map((t) => {
    const c = CAP(t.name);
    const tk = `${k}_${typeKey(t.name)}`;
    const p = ctx.priceName(`broker:${t.name}`);
    const tc = (name: string, expr: Expr, format: LiveCell["format"]): LiveCell => ({
      name: `${tk}_${name}`,
      expr,
      format,
    });
    const inBps = mul(ref(c("ingress_MBps")), ref("bytes_per_mb"));
    const outBps = mul(ref(c("egress_MBps")), ref("bytes_per_mb"));
    const priced = tc("priced", iff(isNumber(ref(p)), num(1), num(0)), "flag");
    const needIn = tc("need_in", throughputBrokers(F, R(ingress), inBps, u), "int");
    const needOut = tc(
      "need_out",
      brokersFor(R(egress), expressEgressCapacity(F, inBps, outBps, u, aws)),
      "int",
    );
    const needPart = tc(
      "need_part",
      partitionBrokers(F, R(replicas), ref(c("partitions_recommended")), share, ref(c("partitions_max"))),
      "int",
    );
    const needConn = tc("need_conn", brokersFor(R(connections), ref(c("connections_max"))), "int");
    const brokers = tc(
      "brokers",
      roundUpToMultiple(max(three, R(needIn), R(needOut), R(needPart), R(needConn)), three),
      "int",
    );
    const feasible = tc(
      "feasible",
      iff(cmp("<=", R(brokers), ref(c("max_brokers"))), num(1), num(0)),
      "flag",
    );
    const cost = tc("cost", mul(R(brokers), mul(orZero(ref(p)), hours)), "usd");
    const binding = bindingText(`${tk}_binding`, [
      [needIn.name, "ingress"],
      [needOut.name, "egress"],
      [needPart.name, "partitions"],
      [needConn.name, "connections"],
      [`${k}_three`, "minimumBrokers"],
    ]);
    rows.push({
      label: t.name,
      cells: [priced, needIn, needOut, needPart, needConn, brokers, cost, feasible, binding],
    });
    return { t, p, priced, brokers, feasible, cost, binding };
  });
  const three3: LiveCell = cell("three", three, "int");
  loads.rows.push({ label: "Minimum brokers (one per AZ)", cells: [three3, { text: "brokers" }] });
  const costs = perType.map((x) => R(x.cost));
  const ok = (x: (typeof perType)[number], priced: number) =>
    and(cmp("=", R(x.feasible), num(1)), cmp("=", R(x.priced), num(priced)));
  const first = cheapest(
    costs,
    perType.map((x) => ok(x, 1)),
  );
  const second = cheapest(
    costs,
    perType.map((x) => ok(x, 0)),
  );
  const leastP: LiveCell = { name: `${k}_least_priced`, expr: first.least, format: "usdOrNone" };
  const leastU: LiveCell = { name: `${k}_least_unpriced`, expr: second.least, format: "usdOrNone" };
  const chosenName = `${k}_chosen`;
  const chosen: LiveCell = {
    name: chosenName,
    expr: iff(
      cmp("=", R(rules), num(1)),
      iff(cmp(">", first.index(R(leastP)), num(0)), first.index(R(leastP)), second.index(R(leastU))),
      num(0),
    ),
    format: "int",
  };
  const feasibleName = `${k}_feasible`;
  const feasible: LiveCell = {
    name: feasibleName,
    expr: iff(cmp(">", ref(chosenName), num(0)), num(1), num(0)),
    format: "flag",
  };
  const at = max(ref(chosenName), num(1));
  const pickOf = (f: (x: (typeof perType)[number]) => Expr) => choose(at, ...perType.map(f));
  const brokersCell: LiveCell = {
    name: ctx.brokersName,
    expr: iff(
      cmp("=", ref(feasibleName), num(1)),
      pickOf((x) => R(x.brokers)),
      num(0),
    ),
    format: "int",
  };
  const brokerPrice: LiveCell = {
    name: `${k}_broker_price`,
    expr: pickOf((x) => orMissing(ref(x.p))),
    format: "usdRateOrMissing",
  };
  const brokerPriced: LiveCell = {
    name: `${k}_broker_priced`,
    expr: pickOf((x) => R(x.priced)),
    format: "flag",
  };
  const typeText = chooseText(
    chosenName,
    types.map((t) => t.name),
    `${k}_instance_type`,
  );
  const binding = chosenBinding(
    feasibleName,
    chosenName,
    perType.map((x) => x.binding),
  );
  return {
    config: [
      { key: "instanceType", label: "Instance type", entry: typeText },
      { key: "brokers", label: "Brokers", entry: brokersCell },
      {
        key: "leastPriced",
        label: "Least broker cost among feasible priced sizes (USD)",
        entry: leastP,
      },
      {
        key: "leastUnpriced",
        label: "Least broker cost among feasible sizes without a broker price (USD)",
        entry: leastU,
      },
      { key: "chosen", label: "Chosen row of the sizing table (0 = none fits)", entry: chosen },
      { key: "feasible", label: "Feasible (1 = yes)", entry: feasible },
      { key: "brokerPrice", label: "Broker-hour price of the chosen type (USD)", entry: brokerPrice },
      { key: "brokerPriced", label: "Chosen type has a broker-hour price (1 = yes)", entry: brokerPriced },
    ],
    feasible: feasibleName,
    binding,
    lines: [
      lineOf(ctx, "broker", {
        component: {
          formula: `"Broker instances ("&${k}_instance_type&")"`,
          value: (env) => `Broker instances (${typeText.value(env)})`,
        },
        quantity: declaredQuantity("broker", { brokers: () => ref(ctx.brokersName) }),
        price: ref(brokerPrice.name),
        priced: ref(brokerPriced.name),
        exists: num(1),
      }),
      ...pricedLines(ctx, ["expressDataWritten", "expressStorage"], true),
      ...pricedLines(ctx, ["crossAz"]),
    ],
    tables: [
      loads,
      {
        title: "Brokers each constraint needs, per candidate Express size",
        note: "Each need is ⌈load ÷ (per-broker sustained rate × max utilisation)⌉ (partitions: the recommended count × max utilisation, never above the maximum); the count is the largest need rounded up to a multiple of 3, within the broker quota. The cheapest feasible size is chosen, among sizes with a broker-hour price first.",
        header: [
          "Instance type",
          "Priced",
          "Ingress",
          "Egress",
          "Partitions",
          "Connections",
          "Brokers",
          "Broker cost (USD)",
          "Feasible",
          "Binding resource",
        ],
        rows,
      },
    ],
  };
}
