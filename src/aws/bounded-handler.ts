/**
 * The request handler both SDK clients use (Price List API, CloudWatch): the SDK's own Node HTTP
 * handler, wrapped so that each attempt's whole response — headers AND body — must arrive within
 * the deadline, and the body within {@link MAX_SDK_RESPONSE_BYTES} (src/aws/response-limits.ts says
 * why). The SDK's `requestTimeout` alone clears its timer once headers arrive, so a server that
 * stalls mid-body hung `pricing refresh --source api`, `import cloudwatch` and `rightsize` forever.
 *
 * A deadline failure is an error named `TimeoutError`, which the SDK's retry strategy treats as
 * transient (retried with its back-off, up to maxAttempts); an oversized body fails with
 * {@link ResponseTooLargeError}, which is not retried.
 */
import { Transform, type TransformCallback } from "node:stream";
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import { AwsCallError } from "../model/errors.js";
import { MAX_SDK_RESPONSE_BYTES, mib } from "./response-limits.js";

/** The body of a response was larger than the limit: the call fails, without retry. */
export class ResponseTooLargeError extends AwsCallError {
  /** The message as built here (the SDK appends lines to `message` as the error passes through it). */
  readonly reason: string;
  constructor(limitBytes: number) {
    const reason = `the response body is larger than ${mib(limitBytes)}; refusing to read more`;
    super(reason);
    this.reason = reason;
  }
}

function timeoutError(ms: number): Error {
  return Object.assign(new Error(`no complete response within ${ms / 1000} s`), {
    name: "TimeoutError",
    code: "ETIMEDOUT",
  });
}

/** Counts bytes through; fails once more than `limit` have passed. */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new ResponseTooLargeError(this.limit));
    else done(null, chunk);
  }
}

/**
 * A request handler for `new XxxClient({ requestHandler })`: the SDK's NodeHttpHandler (imported
 * here, lazily, like the SDK itself) with a whole-response deadline (ms) per attempt and a body
 * size limit.
 */
export async function boundedRequestHandler(
  deadlineMs: number,
  maxBodyBytes: number = MAX_SDK_RESPONSE_BYTES,
): Promise<NodeHttpHandler> {
  const { NodeHttpHandler } = await import("@smithy/node-http-handler");
  type Args = Parameters<NodeHttpHandler["handle"]>;
  class BoundedHttpHandler extends NodeHttpHandler {
    override async handle(request: Args[0], options: Args[1] = {}): ReturnType<NodeHttpHandler["handle"]> {
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(timeoutError(deadlineMs)), deadlineMs);
      const abortSignal = options.abortSignal
        ? AbortSignal.any([options.abortSignal as AbortSignal, deadline.signal])
        : deadline.signal;
      let out: Awaited<ReturnType<NodeHttpHandler["handle"]>>;
      try {
        out = await super.handle(request, { ...options, abortSignal });
      } catch (e) {
        clearTimeout(timer);
        // The SDK reports our abort as an AbortError; say what it was: the deadline.
        throw deadline.signal.aborted ? deadline.signal.reason : e;
      }
      const source = out.response.body as (NodeJS.ReadableStream & { destroy(e?: Error): void }) | undefined;
      if (!source || typeof source.pipe !== "function") {
        clearTimeout(timer);
        return out;
      }
      const limited = new ByteLimit(maxBodyBytes);
      const onDeadline = () => {
        limited.destroy(deadline.signal.reason as Error);
        source.destroy();
      };
      const stop = () => {
        clearTimeout(timer);
        deadline.signal.removeEventListener("abort", onDeadline);
      };
      deadline.signal.addEventListener("abort", onDeadline, { once: true });
      source.on("error", (e: Error) => limited.destroy(e));
      limited.on("error", () => {
        stop();
        source.destroy();
      });
      limited.on("end", stop);
      limited.on("close", stop);
      source.pipe(limited);
      out.response.body = limited;
      return out;
    }
  }
  return new BoundedHttpHandler({ requestTimeout: deadlineMs, throwOnRequestTimeout: true });
}
