/**
 * Kinesis Data Streams' cost-only path, both modes: the limits, layouts and usage of
 * src/plan/alternatives/kinesis.ts (the same functions), priced line by line from the calculators'
 * own line tables (KINESIS_PROVISIONED_LINES, KINESIS_ON_DEMAND_LINES) on prices read once into
 * numbers — so the total equals the full evaluation's to the last bit, with no line-item objects.
 */
import { kinesisOnDemandCeiling } from "../../model/alternatives/kinesis.js";
import { SECONDS_PER_HOUR } from "../../model/conventions.js";
import type { Demand } from "../../model/demand.js";
import type { Stream, Workload } from "../../model/workload.js";
import {
  KINESIS_ON_DEMAND_LINES,
  KINESIS_PROVISIONED_LINES,
  type KinesisLine,
  type KinesisProvisionedUsage,
} from "../../pricing/alternatives/kinesis.js";
import {
  type AlternativePriceTables,
  BUNDLED_ALTERNATIVE_PRICES,
} from "../../pricing/alternatives/prices.js";
import { hoursToMonths } from "../../pricing/billing.js";
import type { OptionEvaluation } from "../options.js";
import { amountOf, PricedSum } from "../priced-sum.js";
import { type AlternativeInputs, type StreamRecords, streamRecordsInto, validateInputs } from "./common.js";
import {
  addOnDemandStream,
  addProvisioned,
  emptyLayouts,
  kinesisMaxRecordBytes,
  onDemandStreamFits,
  provisionedGroupsFit,
  provisionedLayoutsInto,
  streamFitsKinesis,
  usesEfo,
  wholeGroups,
  ZERO_P,
  zeroOnDemand,
} from "./kinesis.js";

type Evaluate = (workload: Workload, demand: Demand) => OptionEvaluation;

/** A mode's lines with their unit prices in the region (NaN: missing), and a pricer over them. */
function pricer<U>(
  table: readonly KinesisLine<U>[],
  region: string,
  hours: number,
  prices: AlternativePriceTables,
) {
  const k = prices.kinesis[region] ?? {};
  const usd = table.map((l) => amountOf(k[l.key]));
  const months = hoursToMonths(hours);
  /** Add `u`'s lines to `sum` as the calculator writes them. */
  return (sum: PricedSum, u: U): PricedSum => {
    for (let i = 0; i < table.length; i++) {
      const l = table[i] as KinesisLine<U>;
      sum.addIfPositive(l.quantity(u, months), usd[i] as number, l.always);
    }
    return sum;
  };
}

const ZERO_ON_DEMAND = zeroOnDemand();

const INFEASIBLE = { feasible: false, monthlyUsd: null, priced: "none" } as const;

/** Prepare Kinesis provisioned mode's cost-only evaluation. */
export function prepareKinesisProvisionedCost(
  region: string,
  hours: number,
  inputs?: AlternativeInputs,
): Evaluate {
  const price = pricer(
    KINESIS_PROVISIONED_LINES,
    region,
    hours,
    inputs?.prices ?? BUNDLED_ALTERNATIVE_PRICES,
  );
  const seconds = hours * SECONDS_PER_HOUR;
  // Scratch records reused from scenario to scenario: nothing is allocated per stream.
  const total: KinesisProvisionedUsage = { ...ZERO_P };
  const rec = {} as StreamRecords;
  const lay = emptyLayouts();
  const a = new PricedSum();
  const b = new PricedSum();
  return (workload) => {
    validateInputs(inputs);
    const maxRecord = kinesisMaxRecordBytes(inputs);
    // Every stream must fit (else the option is infeasible, as the full evaluator finds).
    const streams = workload.streams;
    for (let i = 0; i < streams.length; i++) {
      const r = streamRecordsInto(streams[i] as Stream, rec);
      if (!streamFitsKinesis(r, maxRecord) || !provisionedGroupsFit(wholeGroups(r.stream)))
        return { option: "kinesis-provisioned", ...INFEASIBLE };
    }
    Object.assign(total, ZERO_P);
    for (let i = 0; i < streams.length; i++) {
      provisionedLayoutsInto(streamRecordsInto(streams[i] as Stream, rec), hours, seconds, lay);
      // The full evaluator's choice: enhanced fan-out when strictly cheaper on the priced costs.
      const cheaperEfo = lay.compare && price(a.reset(), lay.efo).usd < price(b.reset(), lay.shared).usd;
      addProvisioned(total, usesEfo(lay, cheaperEfo) ? lay.efo : lay.shared);
    }
    const sum = price(a.reset(), total);
    return { option: "kinesis-provisioned", feasible: true, monthlyUsd: sum.monthlyUsd, priced: sum.status };
  };
}

/** Prepare Kinesis on-demand mode's cost-only evaluation. */
export function prepareKinesisOnDemandCost(
  region: string,
  hours: number,
  inputs?: AlternativeInputs,
): Evaluate {
  const price = pricer(KINESIS_ON_DEMAND_LINES, region, hours, inputs?.prices ?? BUNDLED_ALTERNATIVE_PRICES);
  const seconds = hours * SECONDS_PER_HOUR;
  const ceiling = kinesisOnDemandCeiling(region).writeBytesPerSec;
  const rec = {} as StreamRecords;
  const u = zeroOnDemand();
  const a = new PricedSum();
  return (workload) => {
    validateInputs(inputs);
    const maxRecord = kinesisMaxRecordBytes(inputs);
    const streams = workload.streams;
    for (let i = 0; i < streams.length; i++) {
      const r = streamRecordsInto(streams[i] as Stream, rec);
      if (!streamFitsKinesis(r, maxRecord) || !onDemandStreamFits(r.stream, ceiling))
        return { option: "kinesis-on-demand", ...INFEASIBLE };
    }
    Object.assign(u, ZERO_ON_DEMAND);
    for (let i = 0; i < streams.length; i++)
      addOnDemandStream(u, streamRecordsInto(streams[i] as Stream, rec), hours, seconds);
    const sum = price(a.reset(), u);
    return { option: "kinesis-on-demand", feasible: true, monthlyUsd: sum.monthlyUsd, priced: sum.status };
  };
}
