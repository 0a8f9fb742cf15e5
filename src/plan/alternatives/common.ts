/**
 * What every alternative evaluator shares: its inputs (the context and the user's options for the
 * alternatives), the OptionResult builders, and the per-stream record arithmetic.
 */
import type { Gp3Limits } from "../../model/alternatives/ec2.js";
import { KINESIS_LIMITS } from "../../model/alternatives/kinesis.js";
import type { Demand } from "../../model/demand.js";
import { InputError } from "../../model/errors.js";
import type { Stream, Workload } from "../../model/workload.js";
import type { AlternativePriceTables } from "../../pricing/alternatives/prices.js";
import { type PriceLine, pricedStatus, splitLines, totalUsd } from "../../pricing/line-item.js";
import { describeInfeasibility, type Infeasibility } from "../infeasibility.js";
import { num } from "../reasons.js";
import type {
  AlternativeOptionId,
  FeasibleOptionResult,
  InfeasibleOptionResult,
  OptionConfigurations,
  OptionResult,
  Resource,
} from "../types.js";

/** User inputs that only the alternatives read. All optional; each default is echoed in notes. */
export interface AlternativeInputs {
  /** Operations labour for self-managed Kafka: hours per month and the loaded hourly rate (USD); both or neither. */
  opsHoursPerMonth?: number;
  opsHourlyRateUsd?: number;
  /** EC2 type of the KRaft controllers (default: cheapest priced type with ≥ 4 GiB memory). */
  controllerInstanceType?: string;
  /** gp3 limits to size against (default GP3_LIMITS_2023). */
  gp3Limits?: Gp3Limits;
  /** SQS messages per send/receive/delete request, 1–10 (default 10). */
  sqsBatchSize?: number;
  /** Subtract the SQS free tier (1 M requests/month) — only if the account does not use it elsewhere. Default false. */
  sqsFreeTier?: boolean;
  /** Kinesis streams' maximum record size, bytes: 1 MiB (the default) to 10 MiB. */
  kinesisMaxRecordBytes?: number;
  /**
   * Price tables for the alternatives (library only; default the bundled BUNDLED_ALTERNATIVE_PRICES):
   * your own prices, or fewer. A price absent is listed in missingPrices, never counted as zero.
   */
  prices?: AlternativePriceTables;
}

/**
 * What an alternative's evaluator gets: the workload, its demand, the billing period, the region,
 * the catalog and the alternatives' own inputs.
 */
export interface AlternativeContext {
  workload: Workload;
  demand: Demand;
  /** Billing period, hours (730 = one month). */
  hours: number;
  region: string;
  inputs?: AlternativeInputs;
}

/** Sizes and prices one alternative to MSK for a workload; pure. */
export type AlternativeEvaluator = (ctx: AlternativeContext) => OptionResult;

/**
 * A feasible alternative (capacity decides that, never prices): its cost is the sum of its priced
 * lines, a lower bound when some price is missing ("partial"), null when none is priced.
 */
export function feasible<O extends AlternativeOptionId>(
  option: O,
  configuration: OptionConfigurations[O]["feasible"],
  lines: readonly PriceLine[],
  utilisation: Partial<Record<Resource, number>>,
  binding: Resource | null,
  notes: string[],
): FeasibleOptionResult<O> {
  const { lineItems, missingPrices } = splitLines(lines);
  const priced = pricedStatus(lineItems.length, missingPrices.length);
  return {
    option,
    family: "alternative",
    feasible: true,
    configuration,
    monthlyUsd: priced === "none" ? null : totalUsd(lineItems),
    priced,
    missingPrices,
    lineItems,
    utilisation,
    binding,
    reasons: [],
    problems: [],
    notes,
  } as unknown as FeasibleOptionResult<O>;
}

/** An infeasible alternative: never priced; its reasons are its problems worded. */
export function infeasible<O extends AlternativeOptionId>(
  option: O,
  configuration: OptionConfigurations[O]["infeasible"] | null,
  problems: Infeasibility[],
  notes: string[],
): InfeasibleOptionResult<O> {
  return {
    option,
    family: "alternative",
    feasible: false,
    configuration,
    monthlyUsd: null,
    priced: "none",
    missingPrices: [],
    lineItems: [],
    utilisation: {},
    binding: null,
    reasons: problems.map(describeInfeasibility),
    problems,
    notes,
  } as InfeasibleOptionResult<O>;
}

/** Records per second and bytes per record on the wire, per stream (the same reading as deriveDemand). */
export interface StreamRecords {
  stream: Stream;
  /** Bytes of one record as sent: message size ÷ compression ratio. */
  recordBytes: number;
  recordsInPerSec: number;
  peakRecordsInPerSec: number;
  recordsOutPerSec: number;
  peakRecordsOutPerSec: number;
}

export function streamRecords(s: Stream): StreamRecords {
  return streamRecordsInto(s, {} as StreamRecords);
}

/** streamRecords written into `out` (a cost path reuses one record per scenario); returns `out`. */
export function streamRecordsInto(s: Stream, out: StreamRecords): StreamRecords {
  // wire bytes × compression ratio = uncompressed bytes, ÷ message size (src/model/derive-demand.ts).
  const perRecord = s.compressionRatio / s.messageSizeBytes;
  out.stream = s;
  out.recordBytes = s.messageSizeBytes / s.compressionRatio;
  out.recordsInPerSec = s.ingressBytesPerSec * perRecord;
  out.peakRecordsInPerSec = s.peakIngressBytesPerSec * perRecord;
  out.recordsOutPerSec = s.egressBytesPerSec * perRecord;
  out.peakRecordsOutPerSec = s.peakEgressBytesPerSec * perRecord;
  return out;
}

/** The echoed assumption when a stream's message size was not given (Stream.messageSizeGiven=false). */
export function messageSizeNotes(workload: Workload): string[] {
  const assumed = workload.streams.filter((s) => !s.messageSizeGiven);
  if (assumed.length === 0) return [];
  const sizes = [...new Set(assumed.map((s) => s.messageSizeBytes))].map((b) => `${b} bytes`).join(", ");
  return [
    `assumption: message size ${sizes} (default) for ${assumed.map((s) => s.name).join(", ")}; it sets records/s, PUT units and SQS requests — give messageSize or --message-size`,
  ];
}

/** Validates the alternatives' inputs; throws InputError naming the flag. */
export function validateInputs(inputs: AlternativeInputs | undefined): void {
  if (!inputs) return;
  const { opsHoursPerMonth: h, opsHourlyRateUsd: r, sqsBatchSize: b, kinesisMaxRecordBytes: k } = inputs;
  if ((h === undefined) !== (r === undefined)) {
    const missing = h === undefined ? "--ops-hours-per-month" : "--ops-hourly-rate";
    const given = h === undefined ? "--ops-hourly-rate" : "--ops-hours-per-month";
    throw new InputError(
      missing,
      `expected a value when ${given} is given (operations labour needs hours per month and an hourly rate)`,
    );
  }
  if (h !== undefined && !(Number.isFinite(h) && h >= 0))
    throw new InputError("--ops-hours-per-month", `expected a non-negative number of hours, got ${h}`);
  if (r !== undefined && !(Number.isFinite(r) && r >= 0))
    throw new InputError("--ops-hourly-rate", `expected a non-negative USD amount, got ${r}`);
  if (
    k !== undefined &&
    !(k >= KINESIS_LIMITS.defaultMaxRecordBytes && k <= KINESIS_LIMITS.largestMaxRecordBytes)
  )
    throw new InputError(
      "--kinesis-max-record-size",
      `expected a size from 1 MiB to 10 MiB (a Kinesis stream's maximum record size), got ${k} bytes`,
    );
  if (b !== undefined && !(Number.isInteger(b) && b >= 1 && b <= 10))
    throw new InputError(
      "--sqs-batch-size",
      `expected a whole number of messages from 1 to 10 (SQS batch limit), got ${b}`,
    );
}

/** "12,345.6" for reasons and notes: the planner's one number format (src/plan/reasons.ts). */
export const fmt = num;
