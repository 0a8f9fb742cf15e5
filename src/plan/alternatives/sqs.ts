/**
 * Amazon SQS, standard and FIFO (docs/billing-rules.md). A consumed message is deleted, so each
 * consumer group needs its own queue and producers send every message once per queue (fan-out;
 * SNS in front is not priced: its price is not in the reference). Per message and queue: a send,
 * a receive and a delete, each batched up to the batch size (≤ 10 messages and ≤ 1 MiB per batch);
 * send and receive carry the batch payload and are billed per 64 KB chunk, delete carries none.
 * Empty receives are not counted (long polling assumed).
 */
import { SQS_LIMITS, sqsBilledRequests } from "../../model/alternatives/sqs.js";
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from "../../model/conventions.js";
import { ceilTolerant } from "../../model/sizing/common.js";
import { citeInWords } from "../../model/sources.js";
import type { Stream } from "../../model/workload.js";
import { priceSqsRequests, type SqsQueueType } from "../../pricing/alternatives/sqs.js";
import { exceeds, type Infeasibility } from "../infeasibility.js";
import type { OptionResult, OptionResultOf } from "../types.js";
import {
  type AlternativeContext,
  feasible,
  fmt,
  infeasible,
  messageSizeNotes,
  type StreamRecords,
  streamRecords,
  validateInputs,
} from "./common.js";

export const SQS_DEFAULT_BATCH = SQS_LIMITS.maxBatchMessages;

/** Messages per batch for records of `recordBytes`: the requested size, within 10 messages and 1 MiB. */
export function sqsEffectiveBatch(requested: number, recordBytes: number): number {
  return Math.max(
    1,
    Math.min(requested, SQS_LIMITS.maxBatchMessages, Math.floor(SQS_LIMITS.maxBatchBytes / recordBytes)),
  );
}

/** Billed requests for `messages` messages through one queue: send + receive + delete. */
export function sqsRequestsPerQueue(messages: number, recordBytes: number, batch: number): number {
  const calls = messages / batch;
  const payload = batch * recordBytes;
  return sqsBilledRequests(calls, payload) * 2 + calls;
}

/** Whether SQS can carry a stream's messages at all: retention and message size within its maxima. */
export function sqsStreamFits(s: Stream, recordBytes: number): boolean {
  return (
    !(s.retentionSeconds > SQS_LIMITS.maxRetentionSeconds) && !(recordBytes > SQS_LIMITS.maxMessageBytes)
  );
}

/**
 * Billed requests of one stream over `seconds`: one queue per whole consumer group, requests
 * following the messages delivered, groups × messages in (a fractional group reads part of the
 * stream, so its queue gets only that part): SQS bills requests, not queues, and rounding the
 * billed share up would make more ingress cost less where ⌈egress ÷ ingress⌉ steps down.
 */
export function sqsStreamRequests(r: StreamRecords, batch: number, seconds: number): number {
  return (
    Math.max(1, r.stream.consumerGroups) *
    sqsRequestsPerQueue(r.recordsInPerSec * seconds, r.recordBytes, batch)
  );
}

/** FIFO send calls per second per queue at peak, for messages batched by `batch`. */
export function sqsFifoCallsPerSec(r: StreamRecords, batch: number): number {
  return r.peakRecordsInPerSec / batch;
}

function evaluate<O extends "sqs-standard" | "sqs-fifo">(
  option: O,
  queueType: SqsQueueType,
  ctx: AlternativeContext,
): OptionResultOf<O> {
  const { workload, hours, region } = ctx;
  const inputs = ctx.inputs ?? {};
  validateInputs(inputs);
  const requestedBatch = inputs.sqsBatchSize ?? SQS_DEFAULT_BATCH;
  const freeTier = inputs.sqsFreeTier ?? false;
  const notes = messageSizeNotes(workload);
  notes.push(
    "SQS does not offer replay: a message is gone once consumed and deleted; every consumer group needs its own queue",
    queueType === "fifo"
      ? "ordering only within a FIFO message group (Kafka orders within a partition)"
      : "no ordering guarantee and at-least-once delivery (Kafka orders within a partition)",
    "retention at most 14 days; no compaction",
  );
  const seconds = hours * SECONDS_PER_HOUR;
  const problems: Infeasibility[] = [];
  let requests = 0;
  let queues = 0;
  let minBatch = Number.POSITIVE_INFINITY;
  let fifoCalls = 0;
  for (const s of workload.streams) {
    const r = streamRecords(s);
    if (s.retentionSeconds > SQS_LIMITS.maxRetentionSeconds)
      problems.push(
        exceeds("retention", s.retentionSeconds, SQS_LIMITS.maxRetentionSeconds, "days", {
          basis: `SQS maximum, ${citeInWords("sqs-quotas")}`,
          stream: s.name,
        }),
      );
    if (r.recordBytes > SQS_LIMITS.maxMessageBytes)
      problems.push(
        exceeds("messageSize", r.recordBytes, SQS_LIMITS.maxMessageBytes, "bytes", {
          basis: `SQS maximum 1 MiB since 2025, ${citeInWords("sqs-quotas")}`,
          stream: s.name,
        }),
      );
    const batch = sqsEffectiveBatch(requestedBatch, r.recordBytes);
    minBatch = Math.min(minBatch, batch);
    // One queue per whole consumer group (a derived 2.3 groups is 3 queues); requests: sqsStreamRequests.
    queues += Math.max(1, ceilTolerant(s.consumerGroups));
    requests += sqsStreamRequests(r, batch, seconds);
    // FIFO: send, receive and delete each at most 300 calls/s per queue without high-throughput mode.
    const calls = sqsFifoCallsPerSec(r, batch);
    fifoCalls = Math.max(fifoCalls, calls / SQS_LIMITS.fifoCallsPerSecPerAction);
    if (queueType === "fifo" && calls > SQS_LIMITS.fifoCallsPerSecPerAction) {
      problems.push(
        exceeds("fifoCallsPerSecond", calls, SQS_LIMITS.fifoCallsPerSecPerAction, "calls/s", {
          basis: `send calls per queue at peak: ${fmt(r.peakRecordsInPerSec)} messages/s in batches of ${batch}; FIFO limit per API action, ${citeInWords("sqs-quotas")}; high-throughput FIFO limits are not sourced`,
          stream: s.name,
        }),
      );
    }
  }
  const configuration = {
    queues,
    batchSize: minBatch,
    freeTier,
    requestsPerMonth: (requests * HOURS_PER_MONTH) / hours,
  };
  if (problems.length > 0) return infeasible(option, configuration, problems, notes);
  notes.push(
    `batches of ${minBatch === requestedBatch ? requestedBatch : `up to ${requestedBatch}`} messages per send, receive and delete${inputs.sqsBatchSize === undefined ? " (assumed; set the batch size)" : ""}; each 64 KB of a request's payload is billed as one request`,
    freeTier
      ? "free tier (1 M requests/month) subtracted"
      : "free tier not applied (it is per account; enable it only if nothing else uses it)",
  );
  const utilisation = queueType === "fifo" ? { fifoCallsPerSecond: fifoCalls } : {};
  return feasible(
    option,
    configuration,
    priceSqsRequests(region, queueType, requests, hours, freeTier, inputs.prices),
    utilisation,
    queueType === "fifo" ? "fifoCallsPerSecond" : "requests",
    notes,
  );
}

export function evaluateSqsStandard(ctx: AlternativeContext): OptionResult {
  return evaluate("sqs-standard", "standard", ctx);
}

export function evaluateSqsFifo(ctx: AlternativeContext): OptionResult {
  return evaluate("sqs-fifo", "fifo", ctx);
}
