/**
 * Live sizing of the `standard` and `standard-tiered` options, as formulas over the Assumptions
 * inputs and the Instance types sheet: the sizing rules declared in src/model/sizing/rules.ts
 * (loads, brokers per constraint, PST and storage per broker) rendered as formulas, and the search
 * of src/model/sizing/standard.ts and src/plan/standard-option.ts (the PST counts tried, the
 * cheapest feasible type with priced types first, the line items), operation for operation. The
 * workload's figures it reads are the Assumptions sheet's derived cells (src/report/workload-demand.ts).
 *
 * The two choices here — the PST count per type and the cheapest type — are searches: a table of
 * candidates and MIN/first-index formulas (`cheapest`, src/report/live.ts) where the planner has a
 * loop. That is deliberate (a choice is a search; what it searches over is declared once), and the
 * live-edit tests hold the sheet's choice equal to the planner's.
 */
import { PST_MIN_VOLUME_GIB } from "../model/instances.js";
import {
  partitionBrokers,
  pstPerBroker,
  standardBlogLoads,
  standardScriptLoads,
  storagePerBroker,
  throughputBrokers,
} from "../model/sizing/rules.js";
import { N } from "./assumptions.js";
import {
  add,
  and,
  choose,
  cmp,
  div,
  type Expr,
  iff,
  isNumber,
  max,
  min,
  mul,
  num,
  orZero,
  ref,
  sub,
} from "./expr.js";
import {
  azLossFactor,
  bindingText,
  brokersFor,
  cheapest,
  chooseText,
  chosenBinding,
  type LiveCell,
  type LiveLine,
  type LiveSizing,
  type LiveTable,
  NOT_A_CANDIDATE,
  orMissing,
  roundUpToMultiple,
  SHOWN_IN_GB,
  SHOWN_IN_MB,
  typeKey,
} from "./live.js";
import { CAP, declaredQuantity, type LiveContext, lineOf, pricedLines } from "./live-context.js";
import type { QuantityInputs } from "./quantities.js";
import { SIZING_FORMULAS as F } from "./sizing-formulas.js";
import { demand } from "./workload-demand.js";

/** Candidate brokers with PST tried per type: every multiple of the AZ count up to the 60-broker quota with 2 AZs. */
export const PST_CANDIDATES = 30;

export function liveStandard(ctx: LiveContext, tiered: boolean): LiveSizing | null {
  const types = ctx.standardTypes.filter((t) => !tiered || t.tieredStorage);
  if (types.length === 0) return null;
  const k = ctx.key;
  const mib = ref(N.bytesPerMiB);
  const gib = ref(N.bytesPerBilledGB);
  const azs = ref(N.azs);
  const hours = ref(N.hours);
  const months = div(hours, ref(N.hoursPerMonth));

  // Loads (src/model/sizing/standard.ts standardLoads): cluster-wide, bytes/s and bytes, from the
  // workload's figures on the Assumptions sheet (src/report/workload-demand.ts).
  const cells: LiveCell[] = [];
  const cell = (name: string, expr: Expr, format: LiveCell["format"]): Expr => {
    cells.push({ name: `${k}_${name}`, expr, format });
    return ref(`${k}_${name}`);
  };
  const f = cell("az_loss_factor", azLossFactor(azs, ref("tolerate_az_loss")), "number");
  // The sizer's load declarations (src/model/sizing/rules.ts) over the workload's figures.
  const x = {
    ingress: demand("peakIngressBytesPerSec"),
    egress: demand("peakEgressBytesPerSec"),
    replication: demand("peakReplicationBytesPerSec"),
    storageWrite: demand("peakStorageWriteBytesPerSec"),
    tierUpload: demand("peakTierUploadBytesPerSec"),
    tierReads: demand("tierReadBytesPerSec"),
    f,
  };
  let storageWrite: Expr;
  let networkOut: Expr;
  let networkIn: Expr;
  if (ctx.sizingModel === "aws-script") {
    storageWrite = standardScriptLoads.storageWrite(F, x, tiered);
    networkOut = standardScriptLoads.networkOut(F, x, tiered);
    networkIn = num(0);
  } else {
    storageWrite = standardBlogLoads.storageWrite(F, x);
    networkOut = standardBlogLoads.networkOut(F, x, tiered);
    networkIn = standardBlogLoads.networkIn(F, x, tiered);
  }
  const L = {
    out: cell("network_out_Bps", networkOut, "bytesPerSecAsMB"),
    in: cell("network_in_Bps", networkIn, "bytesPerSecAsMB"),
    write: cell("storage_write_Bps", storageWrite, "bytesPerSecAsMB"),
    // The tiered option keeps local retention on brokers; the other, the whole retention.
    local: cell("local_bytes", demand(tiered ? "localStoredBytes" : "fullyLocalStoredBytes"), "bytesAsGB"),
    replicas: cell("partition_replicas", demand("partitionReplicas"), "int"),
  };
  const provision = cell("provision_bytes", mul(L.local, ref("storage_headroom")), "bytesAsGB");
  const connections = cell("connections", mul(ref("client_connections"), f), "number");
  const minBrokers = cell("min_brokers", max(demand("maxReplicationFactor"), azs), "int");
  const u = ref("max_util_standard");
  const share = ref("max_util_partitions");
  // What the sizer trades off (standard-option.ts prepare): a missing price counts 0 here only.
  const storageGiBUsd = cell(
    "storage_usd_per_gib",
    mul(orZero(ref(ctx.priceName("storage"))), months),
    "usdRate",
  );
  const pstUsd = cell("pst_usd_per_mibps", mul(orZero(ref(ctx.priceName("pst"))), months), "usdRate");
  const loads: LiveTable = {
    title: "Loads on the cluster (at peak; × the AZ-loss factor where one AZ's loss is tolerated)",
    note: `Throughput model (the Assumptions sheet's sizing model): ${ctx.sizingModel === "aws-script" ? "the fixed factors of AWS's MSK sizing script (aws-script)" : "AWS Big Data Blog Equation 1 flows (blog)"}. From the Assumptions sheet too: each stream's peak rates, replication factor, retention and partitions.`,
    header: ["Load", "Value", "Unit"],
    rows: [
      ["AZ-loss factor (AZs ÷ (AZs − 1) when the loss of one AZ is tolerated, else 1)", 0, "×"],
      [`Outbound network (consumers, replication${tiered ? ", tier uploads)" : ")"}`, 1, SHOWN_IN_MB],
      [`Inbound network (producers, replication${tiered ? ", tier reads)" : ")"}`, 2, SHOWN_IN_MB],
      ["Storage writes (all replicas)", 3, SHOWN_IN_MB],
      [
        tiered
          ? "Bytes held on brokers (local retention, all replicas)"
          : "Bytes held on brokers (all replicas)",
        4,
        SHOWN_IN_GB,
      ],
      ["Partition replicas", 5, "replicas"],
      ["Storage to provision (× storage head-room)", 6, SHOWN_IN_GB],
      ["Client connections (× AZ-loss factor)", 7, "connections"],
      ["Minimum brokers (largest replication factor, at least one per AZ)", 8, "brokers"],
      ["Storage price over the period, per GiB (0 when missing)", 9, "USD"],
      ["PST price over the period, per MiB/s (0 when missing)", 10, "USD"],
    ].map(([label, i, unit]) => ({
      label: label as string,
      cells: [cells[i as number] as LiveCell, { text: unit as string }],
    })),
  };

  // Per type: brokers each constraint needs, the PST search, the cheapest configuration.
  const rows: LiveTable["rows"] = [];
  const pstRows: LiveTable["rows"] = [];
  const perType = types.map((t) => {
    const c = CAP(t.name);
    const p = ctx.priceName(`broker:${t.name}`);
    const tk = `${k}_${typeKey(t.name)}`;
    const tc = (name: string, expr: Expr, format: LiveCell["format"]): LiveCell => ({
      name: `${tk}_${name}`,
      expr,
      format,
    });
    const R = (x: LiveCell) => ref(x.name);
    const netBps = mul(ref(c("network_Gbps")), ref("bytes_per_s_per_gbps"));
    const ebsBps = mul(ref(c("ebs_MBps")), ref("bytes_per_mb"));
    const volumeBps = mul(ref("default_volume_MiBps"), mib);
    const pstMaxMiBps = ref(c("pst_max_MiBps"));
    const pstMaxBps = mul(pstMaxMiBps, mib);
    const maxBrokers = ref(c("max_brokers"));
    const priced = tc("priced", iff(isNumber(ref(p)), num(1), num(0)), "flag");
    const needs = {
      out: tc("need_out", throughputBrokers(F, L.out, netBps, u), "int"),
      in: tc("need_in", throughputBrokers(F, L.in, netBps, u), "int"),
      st: tc("need_st", throughputBrokers(F, L.write, min(ebsBps, volumeBps), u), "int"),
      part: tc(
        "need_part",
        partitionBrokers(F, L.replicas, ref(c("partitions_recommended")), share, ref(c("partitions_max"))),
        "int",
      ),
      storage: tc("need_storage", brokersFor(provision, mul(ref(c("storage_max_GiB")), gib)), "int"),
      conn: tc("need_conn", brokersFor(connections, ref(c("connections_max"))), "int"),
    };
    const nOther = tc(
      "n_other",
      roundUpToMultiple(
        max(minBrokers, R(needs.out), R(needs.in), R(needs.part), R(needs.storage), R(needs.conn), num(1)),
        azs,
      ),
      "int",
    );
    const nDefault = tc("n_default", roundUpToMultiple(max(R(nOther), R(needs.st)), azs), "int");
    const brokerCell = tc("broker_usd", mul(orZero(ref(p)), hours), "usd");
    const brokerUsd = R(brokerCell);
    const gibPer = (n: Expr, pst: Expr | null) =>
      storagePerBroker(F, provision, n, gib, pst ? num(PST_MIN_VOLUME_GIB) : ref(c("storage_min_GiB")));
    const clusterCost = (n: Expr, pst: Expr | null) =>
      mul(
        n,
        pst
          ? add(brokerUsd, mul(gibPer(n, pst), storageGiBUsd), mul(pst, pstUsd))
          : add(brokerUsd, mul(gibPer(n, null), storageGiBUsd)),
      );
    const costDefault = tc(
      "cost_default",
      iff(cmp("<=", R(nDefault), maxBrokers), clusterCost(R(nDefault), null), num(NOT_A_CANDIDATE)),
      "usdOrNone",
    );
    // The PST search (sizeStandardInto): fewer brokers, each with the throughput it needs.
    const ceiling = min(ebsBps, pstMaxBps);
    const pstAt = (n: Expr) => pstPerBroker(F, L.write, n, u, mib, ref(c("pst_min_MiBps")), pstMaxMiBps);
    const nAt = (j: number) => add(R(nOther), mul(num(j), azs));
    const hasPst = t.pstMaxMiBps > 0;
    const pstCells: LiveCell[] = [];
    const countCells: LiveCell[] = [];
    if (hasPst) {
      for (let j = 0; j < PST_CANDIDATES; j++) {
        const count = tc(`pst_brokers_${j + 1}`, nAt(j), "int");
        countCells.push(count);
        const n = R(count);
        pstCells.push(
          tc(
            `pst_cost_${j + 1}`,
            iff(
              and(
                cmp("<", n, R(nDefault)),
                cmp("<=", n, maxBrokers),
                cmp("<=", div(L.write, mul(n, u)), mul(ceiling, num(1 + 1e-12))),
              ),
              clusterCost(n, pstAt(n)),
              num(NOT_A_CANDIDATE),
            ),
            "usdOrNotTried",
          ),
        );
      }
    }
    const pick = cheapest(
      pstCells.map((x) => R(x)),
      null,
    );
    const bestPst = tc("best_pst_cost", hasPst ? pick.least : num(NOT_A_CANDIDATE), "usdOrNone");
    const usePst = cmp("<", R(bestPst), R(costDefault));
    const withPst = tc(
      "n_pst",
      hasPst
        ? iff(
            cmp("<", R(bestPst), num(NOT_A_CANDIDATE)),
            add(R(nOther), mul(sub(pick.index(R(bestPst)), num(1)), azs)),
            num(0),
          )
        : num(0),
      "int",
    );
    const brokers = tc("brokers", iff(usePst, R(withPst), R(nDefault)), "int");
    const pst = tc("pst_MiBps", iff(usePst, pstAt(R(withPst)), num(0)), "mibps");
    const storage = tc(
      "storage_GiB",
      iff(cmp(">", R(pst), num(0)), gibPer(R(brokers), R(pst)), gibPer(R(brokers), null)),
      "gib",
    );
    const cost = tc("cluster_cost", iff(usePst, R(bestPst), R(costDefault)), "usd");
    const feasible = tc("feasible", iff(cmp("<=", R(brokers), maxBrokers), num(1), num(0)), "flag");
    // binding (src/plan/option-results.ts): the first largest need; PST in use means storage throughput.
    const binding = bindingText(
      `${tk}_binding`,
      [
        [needs.out.name, "networkOut"],
        [needs.in.name, "networkIn"],
        [needs.st.name, "storageThroughput"],
        [needs.part.name, "partitions"],
        [needs.storage.name, "storage"],
        [needs.conn.name, "connections"],
        [`${k}_min_brokers`, "minimumBrokers"],
      ],
      { when: `${pst.name}>0`, resource: "storageThroughput" },
    );
    rows.push({
      label: t.name,
      cells: [
        priced,
        brokerCell,
        needs.out,
        needs.in,
        needs.st,
        needs.part,
        needs.storage,
        needs.conn,
        nOther,
        nDefault,
        costDefault,
        bestPst,
        withPst,
        brokers,
        pst,
        storage,
        cost,
        feasible,
        binding,
      ],
    });
    if (hasPst) {
      pstRows.push({ label: `${t.name}: brokers`, cells: countCells });
      pstRows.push({ label: `${t.name}: cost with PST (USD)`, cells: pstCells });
    }
    return { t, priced, brokers, pst, storage, cost, feasible, binding, p };
  });

  // The cheapest feasible type: among priced types first, else among unpriced (standard-option.ts choose).
  const costs = perType.map((x) => ref(x.cost.name));
  const pricedP = perType.map((x) =>
    and(cmp("=", ref(x.feasible.name), num(1)), cmp("=", ref(x.priced.name), num(1))),
  );
  const pricedU = perType.map((x) =>
    and(cmp("=", ref(x.feasible.name), num(1)), cmp("=", ref(x.priced.name), num(0))),
  );
  const first = cheapest(costs, pricedP);
  const second = cheapest(costs, pricedU);
  const anyTiered = tiered ? cmp("=", demand("tiered"), num(1)) : num(1);
  const leastP: LiveCell = { name: `${k}_least_priced`, expr: first.least, format: "usdOrNone" };
  const leastU: LiveCell = { name: `${k}_least_unpriced`, expr: second.least, format: "usdOrNone" };
  const chosenName = `${k}_chosen`;
  const chosen: LiveCell = {
    name: chosenName,
    expr: iff(
      anyTiered,
      iff(
        cmp(">", first.index(ref(leastP.name)), num(0)),
        first.index(ref(leastP.name)),
        second.index(ref(leastU.name)),
      ),
      num(0),
    ),
    format: "int",
  };
  const at = max(ref(chosenName), num(1));
  const pickOf = (f: (x: (typeof perType)[number]) => Expr) => choose(at, ...perType.map(f));
  const feasibleName = `${k}_feasible`;
  const feasible: LiveCell = {
    name: feasibleName,
    expr: iff(cmp(">", ref(chosenName), num(0)), num(1), num(0)),
    format: "flag",
  };
  const on = (x: Expr) => iff(cmp("=", ref(feasibleName), num(1)), x, num(0));
  const brokersCell: LiveCell = {
    name: ctx.brokersName,
    expr: on(pickOf((x) => ref(x.brokers.name))),
    format: "int",
  };
  const storageCell: LiveCell = {
    name: `${k}_storagePerBrokerGiB`,
    expr: on(pickOf((x) => ref(x.storage.name))),
    format: "gib",
  };
  const pstCell: LiveCell = {
    name: `${k}_provisionedThroughputMiBps`,
    expr: on(pickOf((x) => ref(x.pst.name))),
    format: "mibps",
  };
  const brokerPrice: LiveCell = {
    name: `${k}_broker_price`,
    expr: pickOf((x) => orMissing(ref(x.p))),
    format: "usdRateOrMissing",
  };
  const brokerPriced: LiveCell = {
    name: `${k}_broker_priced`,
    expr: pickOf((x) => ref(x.priced.name)),
    format: "flag",
  };
  const typeText = chooseText(
    chosenName,
    types.map((t) => t.name),
    `${k}_instance_type`,
  );
  const brokersRef = ref(ctx.brokersName);
  const sized: QuantityInputs = {
    brokers: () => brokersRef,
    storagePerBrokerGB: () => ref(storageCell.name),
    throughputPerBrokerMiBps: () => ref(pstCell.name),
  };
  const lines: LiveLine[] = [
    lineOf(ctx, "broker", {
      component: {
        formula: `"Broker instances ("&${k}_instance_type&")"`,
        value: (env) => `Broker instances (${typeText.value(env)})`,
      },
      quantity: declaredQuantity("broker", sized),
      price: ref(brokerPrice.name),
      priced: ref(brokerPriced.name),
      exists: num(1),
    }),
    lineOf(ctx, "storage", { quantity: declaredQuantity("storage", sized), exists: num(1) }),
    lineOf(ctx, "pst", {
      quantity: declaredQuantity("pst", sized),
      exists: cmp(">", ref(pstCell.name), num(0)),
    }),
    ...pricedLines(ctx, tiered ? ["tieredStorage", "tieredRetrieval", "crossAz"] : ["crossAz"]),
  ];
  const binding = chosenBinding(
    feasibleName,
    chosenName,
    perType.map((x) => x.binding),
  );
  return {
    config: [
      { key: "instanceType", label: "Instance type", entry: typeText },
      { key: "brokers", label: "Brokers", entry: brokersCell },
      { key: "storagePerBrokerGiB", label: "Storage per broker (GiB)", entry: storageCell },
      {
        key: "provisionedThroughputMiBps",
        label: "Provisioned storage throughput per broker (MiB/s; 0 = none)",
        entry: pstCell,
      },
      {
        key: "leastPriced",
        label: "Least cluster cost among feasible priced types (USD)",
        entry: leastP,
      },
      {
        key: "leastUnpriced",
        label: "Least cluster cost among feasible types without a broker price (USD)",
        entry: leastU,
      },
      { key: "chosen", label: "Chosen row of the sizing table (0 = none fits)", entry: chosen },
      { key: "feasible", label: "Feasible (1 = yes)", entry: feasible },
      { key: "brokerPrice", label: "Broker-hour price of the chosen type (USD)", entry: brokerPrice },
      { key: "brokerPriced", label: "Chosen type has a broker-hour price (1 = yes)", entry: brokerPriced },
    ],
    feasible: feasibleName,
    binding,
    lines,
    tables: [
      loads,
      {
        title: "Brokers each constraint needs, per candidate instance type",
        note: "Each need is ⌈load ÷ (per-broker capacity × max utilisation)⌉; the count is the largest need rounded up to a multiple of the AZ count. Where storage throughput sets the count and the type supports provisioned storage throughput (PST), fewer brokers with PST are priced against it (the PST table below); the cheaper wins. The cheapest feasible type is chosen, among types with a broker-hour price first.",
        header: [
          "Instance type",
          "Priced",
          "Broker cost over the period (USD; 0 when unpriced)",
          "Outbound network",
          "Inbound network",
          "Storage throughput",
          "Partitions",
          "Storage",
          "Connections",
          "Brokers (all but storage throughput)",
          "Brokers at default volume throughput",
          "Cost at that count (USD)",
          "Cheapest with PST (USD)",
          "Brokers with PST",
          "Brokers",
          "PST per broker (MiB/s)",
          "Storage per broker (GiB)",
          "Cluster cost (USD)",
          "Feasible",
          "Binding resource",
        ],
        rows,
      },
      ...(pstRows.length
        ? [
            {
              title:
                "Provisioned storage throughput: the cluster cost with PST at each broker count tried (from the all-but-storage-throughput count up, one AZ's worth at a time)",
              note: 'A count is tried when it is below the count at default volume throughput, within the broker quota, and the throughput per broker fits the type\'s EBS and PST ceiling; a count not tried reads "not tried" (the cell holds 1E+15, above any real cost, so the cheapest can be found by formula).',
              header: ["Instance type", ...Array.from({ length: PST_CANDIDATES }, (_, j) => `Try ${j + 1}`)],
              rows: pstRows,
            },
          ]
        : []),
    ],
  };
}
