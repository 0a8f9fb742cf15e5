/**
 * JSON over HTTPS GET for the public offer files: Node's fetch with a deadline for each attempt's
 * whole response (the abort signal covers the body too), a body size limit
 * ({@link MAX_OFFER_FILE_BYTES}, src/aws/response-limits.ts says why), and a
 * bounded number of attempts with exponential back-off. Retried: network errors, timeouts, HTTP
 * 429 and 5xx, and a body that is not complete JSON (a truncated transfer); not retried: other
 * 4xx. Delays follow the SDK's rule (docs/design.md): random() × min(base × 2^retry, cap).
 */
import { AwsCallError } from "../model/errors.js";
import { MAX_OFFER_FILE_BYTES, mib } from "./response-limits.js";

export interface HttpPolicy {
  /** Deadline for each attempt's whole response (headers and body), ms. */
  timeoutMs: number;
  /** Largest body accepted, bytes. */
  maxBodyBytes: number;
  /** Attempts in total (1 = no retry). */
  attempts: number;
  /** Back-off base, ms. */
  backoffMs: number;
  /** Source of jitter in [0, 1) (injected so tests are deterministic). */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  timeoutMs: 30_000,
  maxBodyBytes: MAX_OFFER_FILE_BYTES,
  attempts: 4,
  backoffMs: 250,
  random: Math.random,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

const BACKOFF_CAP_MS = 20_000;

class Retryable extends Error {}

/** The body as text, failing (without retry) once it passes `limit` bytes. */
async function boundedText(
  url: string,
  body: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new AwsCallError(
        `GET ${url}: the response body is larger than ${mib(limit)}; refusing to read more`,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function once(url: string, timeoutMs: number, maxBodyBytes: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    if (err.name === "TimeoutError" || err.name === "AbortError")
      throw new Retryable(`no answer within ${timeoutMs / 1000} s`);
    throw new Retryable(err.cause?.code ?? err.message);
  }
  if (res.status === 429 || res.status >= 500) {
    await res.body?.cancel();
    throw new Retryable(`HTTP ${res.status}`);
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw new AwsCallError(`GET ${url}: HTTP ${res.status}${res.status === 404 ? " (not found)" : ""}`);
  }
  let text: string;
  try {
    text = await boundedText(url, res.body, maxBodyBytes);
  } catch (e) {
    if (e instanceof AwsCallError) throw e;
    const err = e as Error;
    if (err.name === "TimeoutError" || err.name === "AbortError")
      throw new Retryable(`no answer within ${timeoutMs / 1000} s`);
    throw new Retryable(`transfer cut short (${err.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Retryable(`not valid JSON, truncated? (${(e as Error).message.split("\n")[0]})`);
  }
}

/** GET a JSON document; throws AwsCallError naming the URL and the last failure. */
export async function getJson(url: string, policy: HttpPolicy = DEFAULT_HTTP_POLICY): Promise<unknown> {
  let last = "";
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    if (attempt > 0)
      await policy.sleep(policy.random() * Math.min(policy.backoffMs * 2 ** (attempt - 1), BACKOFF_CAP_MS));
    try {
      return await once(url, policy.timeoutMs, policy.maxBodyBytes);
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      last = e.message;
    }
  }
  throw new AwsCallError(
    `GET ${url}: ${last}${policy.attempts > 1 ? ` (after ${policy.attempts} attempts)` : ""}`,
  );
}
