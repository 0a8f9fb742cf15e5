/**
 * Bounds on what an AWS server may send back, so a hostile or broken server can neither hang a
 * command nor exhaust its memory. Every network call in src/aws goes through one of two paths and
 * both apply these: the offer-file GET (src/aws/http.ts) and the SDK clients' request handler
 * (src/aws/bounded-handler.ts).
 *
 * - Deadline: the `--timeout` of a command bounds each attempt's WHOLE response — connection,
 *   headers and the last byte of the body — not just the wait for headers (the SDK's own
 *   `requestTimeout` stops counting once headers arrive, so a server that stalls mid-body would
 *   otherwise hang forever). A timed-out attempt is retried with back-off like any transient failure.
 * - Size: a response body larger than the limit below is cut off and the call fails at once (not
 *   retried: a server that sends too much will do it again).
 */

/** 1 MiB. */
const MIB = 2 ** 20;

/**
 * SDK responses: a GetProducts page holds at most 100 Price List items (a few KiB each, so well
 * under 1 MiB); a GetMetricData page holds at most 100,800 datapoints (about 3 MiB of JSON);
 * a ListMetrics page 500 metrics. 16 MiB is several times the largest legitimate page.
 */
export const MAX_SDK_RESPONSE_BYTES = 16 * MIB;

/**
 * Offer files: the AmazonMSK region index is a few KiB and one region's offer file holds the
 * MSK products and prices of one region (hundreds of items). 64 MiB leaves room for AWS adding
 * many more products while still stopping an endless body long before it costs gigabytes of memory.
 */
export const MAX_OFFER_FILE_BYTES = 64 * MIB;

/** "16 MiB", for messages. */
export function mib(bytes: number): string {
  return `${bytes / MIB} MiB`;
}
