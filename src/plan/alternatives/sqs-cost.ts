/**
 * SQS's cost-only path (standard and FIFO): the limits and billed requests of
 * src/plan/alternatives/sqs.ts (the same functions), priced tier by tier as priceSqsRequests does
 * (forEachSqsTierLine: the same quantities in the same order), with no line-item objects.
 */
import { SQS_LIMITS } from "../../model/alternatives/sqs.js";
import { SECONDS_PER_HOUR } from "../../model/conventions.js";
import type { Demand } from "../../model/demand.js";
import type { Stream, Workload } from "../../model/workload.js";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../pricing/alternatives/prices.js";
import { forEachSqsTierLine, type SqsQueueType } from "../../pricing/alternatives/sqs.js";
import { hoursToMonths } from "../../pricing/billing.js";
import type { OptionEvaluation } from "../options.js";
import { PricedSum } from "../priced-sum.js";
import { type AlternativeInputs, type StreamRecords, streamRecordsInto, validateInputs } from "./common.js";
import {
  SQS_DEFAULT_BATCH,
  sqsEffectiveBatch,
  sqsFifoCallsPerSec,
  sqsStreamFits,
  sqsStreamRequests,
} from "./sqs.js";

/** Prepare one SQS queue type's cost-only evaluation. */
export function prepareSqsCost(
  option: "sqs-standard" | "sqs-fifo",
  queueType: SqsQueueType,
  region: string,
  hours: number,
  inputs: AlternativeInputs = {},
): (workload: Workload, demand: Demand) => OptionEvaluation {
  const prices = (inputs.prices ?? BUNDLED_ALTERNATIVE_PRICES).sqs[region];
  const tiers = prices?.[queueType];
  const months = hoursToMonths(hours);
  const seconds = hours * SECONDS_PER_HOUR;
  const freeTier = inputs.sqsFreeTier ?? false;
  const sum = new PricedSum();
  const rec = {} as StreamRecords; // reused for every stream and scenario
  const line = (i: number, quantity: number) => sum.add(quantity, tiers?.[i]?.price.amount ?? Number.NaN);
  return (workload) => {
    validateInputs(inputs);
    const requestedBatch = inputs.sqsBatchSize ?? SQS_DEFAULT_BATCH;
    let requests = 0;
    const streams = workload.streams;
    for (let i = 0; i < streams.length; i++) {
      const s = streams[i] as Stream;
      const r = streamRecordsInto(s, rec);
      if (!sqsStreamFits(s, r.recordBytes))
        return { option, feasible: false, monthlyUsd: null, priced: "none" };
      const batch = sqsEffectiveBatch(requestedBatch, r.recordBytes);
      if (queueType === "fifo" && sqsFifoCallsPerSec(r, batch) > SQS_LIMITS.fifoCallsPerSecPerAction)
        return { option, feasible: false, monthlyUsd: null, priced: "none" };
      requests += sqsStreamRequests(r, batch, seconds);
    }
    sum.reset();
    // No tiers for the queue type in the region: one missing price.
    if (!prices || !tiers?.length) sum.missing++;
    else {
      const free = freeTier ? Math.min(requests, prices.freeRequestsPerMonth * months) : 0;
      forEachSqsTierLine(tiers, requests, months, free, line);
    }
    return { option, feasible: true, monthlyUsd: sum.monthlyUsd, priced: sum.status };
  };
}
