/**
 * The `serverless` option: one MSK Serverless cluster, feasible when the workload fits every
 * per-cluster quota (src/model/sizing/serverless.ts); an option above a quota is never priced.
 * Cost: cluster-hours + partition-hours + data in + data out + storage (one copy of the retention).
 */

import type { Demand } from "../model/demand.js";
import { SERVERLESS_LIMITS } from "../model/quotas.js";
import { serverlessFits, serverlessUtilisation } from "../model/sizing/serverless.js";
import type { Workload } from "../model/workload.js";
import {
  numbers,
  BILLED_QUANTITIES as Q,
  type QuantityInput,
  quantityInputs,
} from "../pricing/billed-quantities.js";
import type { ServerlessConfig } from "../pricing/configuration.js";
import type { DimensionId } from "../pricing/dimensions.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import { exceeds, type Infeasibility } from "./infeasibility.js";
import { infeasibleResult } from "./option-results.js";
import type { OptionContext, OptionEvaluation, OptionEvaluator, PreparedOption } from "./options.js";
import { PricedSum } from "./priced-sum.js";
import type { OptionResult, Resource } from "./types.js";
import { UnitPrices } from "./unit-prices.js";

const OPTION = "serverless" as const;
const DIMS: DimensionId[] = [
  "serverlessCluster",
  "serverlessPartition",
  "serverlessDataIn",
  "serverlessDataOut",
  "serverlessStorage",
];

interface Prepared {
  prices: UnitPrices;
  /** USD per unit of each meter (cluster-hour, partition-hour, GB in, GB out, GB-month); NaN when missing. */
  cluster: number;
  partition: number;
  dataIn: number;
  dataOut: number;
  storage: number;
  /** The billed quantities' inputs and the total `evaluate` refills per workload. */
  inputs: Record<QuantityInput, number>;
  sum: PricedSum;
}

function prepare(ctx: OptionContext): Prepared {
  const prices = new UnitPrices(ctx.catalog, ctx.region, ctx.hours);
  const [cluster, partition, dataIn, dataOut, storage] = DIMS.map((d) => prices.usd(d)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    prices,
    cluster,
    partition,
    dataIn,
    dataOut,
    storage,
    inputs: quantityInputs(),
    sum: new PricedSum(),
  };
}

function evaluate(p: Prepared, _w: Workload, d: Demand): OptionEvaluation {
  if (!serverlessFits(d)) return { option: OPTION, feasible: false, monthlyUsd: null, priced: "none" };
  // The lines priceConfiguration builds (price-serverless.ts), each quantity its declaration
  // (src/pricing/billed-quantities.ts) over the same inputs, in the same order, a missing price
  // skipped, so evaluate (the sweep path) equals plan to the last bit.
  const { hours, months, seconds } = p.prices;
  const x = p.inputs;
  const t = p.sum.reset();
  x.hours = hours;
  x.months = months;
  x.clusters = 1;
  x.partitions = d.partitions;
  x.dataInBytes = d.ingressBytesPerSec * seconds;
  x.dataOutBytes = d.egressBytesPerSec * seconds;
  x.storedBytes = d.retainedBytes;
  t.add(Q.serverlessCluster.of(numbers, x), p.cluster);
  t.add(Q.serverlessPartition.of(numbers, x), p.partition);
  t.add(Q.serverlessDataIn.of(numbers, x), p.dataIn);
  t.add(Q.serverlessDataOut.of(numbers, x), p.dataOut);
  t.add(Q.serverlessStorage.of(numbers, x), p.storage);
  return t.evaluation(OPTION);
}

/** One problem per quota the demand exceeds. */
function quotaProblems(d: Demand): Infeasibility[] {
  const r: Infeasibility[] = [];
  const L = SERVERLESS_LIMITS;
  const basis = "Serverless quota";
  const add = (
    resource: Resource,
    actual: number,
    limit: number,
    unit: "MBps" | "count" | "MiB",
    b = basis,
  ) => {
    if (actual > limit) r.push(exceeds(resource, actual, limit, unit, { basis: b }));
  };
  add("ingress", d.peakIngressBytesPerSec, L.ingressBytesPerSec, "MBps");
  add("egress", d.peakEgressBytesPerSec, L.egressBytesPerSec, "MBps");
  add("partitions", d.partitions, L.partitions, "count");
  add(
    "ingressPerPartition",
    d.maxPeakIngressPerPartitionBytesPerSec,
    L.ingressPerPartitionBytesPerSec,
    "MBps",
    `${basis}; add partitions`,
  );
  add(
    "egressPerPartition",
    d.maxPeakEgressPerPartitionBytesPerSec,
    L.egressPerPartitionBytesPerSec,
    "MBps",
    `${basis}; add partitions`,
  );
  add("connections", d.clientConnections, L.clientConnections, "count");
  add("messageSize", d.maxMessageSizeBytes, L.messageSizeBytes, "MiB");
  add("consumerGroups", d.consumerGroups, L.consumerGroups, "count");
  return r;
}

function plan(p: Prepared, ctx: OptionContext, _w: Workload, d: Demand): OptionResult {
  if (!serverlessFits(d))
    return infeasibleResult(OPTION, { clusters: 1, partitions: d.partitions }, quotaProblems(d), []);
  const s = p.prices.seconds;
  const config: ServerlessConfig = {
    kind: "serverless",
    region: ctx.region,
    partitions: d.partitions,
    dataInBytes: d.ingressBytesPerSec * s,
    dataOutBytes: d.egressBytesPerSec * s,
    storedBytes: d.retainedBytes,
  };
  const priced = priceConfiguration(config, ctx.catalog, { hours: ctx.hours });
  const utilisation = serverlessUtilisation(d);
  let binding: keyof typeof utilisation = "ingress";
  for (const k of Object.keys(utilisation) as (keyof typeof utilisation)[])
    if (utilisation[k] > utilisation[binding]) binding = k;
  return {
    option: OPTION,
    family: "msk",
    feasible: true,
    configuration: { clusters: 1, partitions: d.partitions },
    monthlyUsd: priced.totalUsd,
    priced: priced.priced,
    missingPrices: priced.missingPrices,
    lineItems: priced.lineItems,
    utilisation,
    binding,
    reasons: [],
    problems: [],
    notes: [
      "utilisation is the share of each per-cluster quota at peak (per-partition figures assume an even spread)",
      "cross-AZ transfer is not charged separately for Serverless in this model; storage billed on one copy of the retention",
    ],
  };
}

export const serverlessOption: OptionEvaluator = {
  option: OPTION,
  family: "msk",
  description: "MSK Serverless (one cluster within the per-cluster quotas)",
  prepare(ctx: OptionContext): PreparedOption {
    const p = prepare(ctx);
    return {
      option: OPTION,
      family: "msk",
      evaluate: (w, d) => evaluate(p, w, d),
      plan: (w, d) => plan(p, ctx, w, d),
    };
  },
};
