/**
 * Amazon SQS limits and billing units (docs/billing-rules.md).
 */
import { BYTES_PER_KIB, BYTES_PER_MIB } from "../conventions.js";
import { citeInWords } from "../sources.js";

/**
 * Amazon SQS quotas the alternatives size against (retention, batch and message sizes, FIFO
 * throughput), each field citing its source. Frozen.
 */
export const SQS_LIMITS = Object.freeze({
  /** Longest message retention: 1,209,600 s = 14 days (`sqs-quotas`). */
  maxRetentionSeconds: 1_209_600,
  /** Messages per batch request (`sqs-quotas`). */
  maxBatchMessages: 10,
  /** Total payload of one SendMessageBatch: 1 MiB (`sqs-batch`). */
  maxBatchBytes: BYTES_PER_MIB,
  /**
   * Largest single message: 1 MiB (1,048,576 bytes) since 2025, up from 256 KiB (AWS, Amazon SQS
   * Developer Guide, "Amazon SQS message quotas",
   * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html;
   * AWS Compute Blog, "More room to build: serverless services now support payloads up to 1 MB",
   * https://aws.amazon.com/blogs/compute/more-room-to-build-serverless-services-now-support-payloads-up-to-1-mb).
   * Still billed per 64 KB chunk (SQS_BILLING_CHUNK_BYTES): a 1 MiB message is 16 requests.
   */
  maxMessageBytes: BYTES_PER_MIB,
  /**
   * FIFO without high-throughput mode: 300 API calls/s per action (send, receive, delete) per queue
   * (`sqs-quotas`); with batches of 10, 3,000 messages/s. High-throughput figures are MISSING.
   */
  fifoCallsPerSecPerAction: 300,
  source: citeInWords("sqs-quotas", "sqs-batch"),
});

/**
 * Every 64 KB chunk of a request's payload is billed as one request (`infracost-sqs`, `factualminds-sqs`);
 * 64 KB = 65,536 bytes as most tooling assumes (docs/billing-rules.md, inferred).
 */
export const SQS_BILLING_CHUNK_BYTES = 64 * BYTES_PER_KIB;

/** Billed requests for `requests` requests each carrying `payloadBytes` (at least one each). */
export function sqsBilledRequests(requests: number, payloadBytes: number): number {
  return requests * Math.max(1, Math.ceil(payloadBytes / SQS_BILLING_CHUNK_BYTES));
}
