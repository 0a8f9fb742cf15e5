/**
 * AWS failures as one clear line each (DESIGN.md "Errors"): SDK and network errors become an
 * AwsCallError (exit 1) whose message says what failed and what to do. Error names and shapes:
 * docs/design.md (observed against a loopback server). Messages never include
 * credentials or request signatures: only the error name, its first message line (redacted,
 * src/aws/redact.ts: a server may echo the request's headers) and the endpoint.
 */
import { AwsCallError } from "../model/errors.js";
import { ResponseTooLargeError } from "./bounded-handler.js";
import { redactSecrets } from "./redact.js";

/** Price List data that cannot be normalised without guessing (e.g. two prices for one dimension). */
export class PriceListError extends AwsCallError {}

/** Throttling names the SDK retries (docs/design.md); CloudWatch's `Throttling` included. */
const THROTTLING = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "LimitExceededException",
  "SlowDown",
]);

const CREDENTIALS_EXPIRED = new Set([
  "ExpiredToken",
  "ExpiredTokenException",
  "RequestExpired",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "IncompleteSignature",
]);

const ACCESS_DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "NotAuthorized",
]);

interface SdkLikeError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { attempts?: number; httpStatusCode?: number };
}

function firstLine(s: string | undefined): string {
  return (s ?? "").split("\n")[0]?.trim() ?? "";
}

/**
 * Map any error from an AWS call to a one-line AwsCallError.
 * @param what   what was being done: "Price List API GetProducts (us-east-1)"
 * @param action the IAM action it needs: "pricing:GetProducts"
 */
export function awsError(e: unknown, what: string, action: string, endpoint?: string): AwsCallError {
  if (e instanceof ResponseTooLargeError)
    return new AwsCallError(`${what}: ${e.reason}${endpoint ? ` (${endpoint})` : ""}`);
  if (e instanceof AwsCallError) return e;
  const err = (e ?? {}) as SdkLikeError;
  const name = err.name ?? "Error";
  const attempts = err.$metadata?.attempts;
  const after = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  const where = endpoint ? ` at ${endpoint}` : "";
  const msg = redactSecrets(firstLine(err.message));
  if (name === "CredentialsProviderError" || /Could not load credentials/i.test(msg)) {
    return new AwsCallError(
      `${what}: no AWS credentials found; set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (needs ${action})`,
    );
  }
  if (CREDENTIALS_EXPIRED.has(name)) {
    return new AwsCallError(
      `${what}: AWS credentials are expired or invalid (${name}); refresh them and retry`,
    );
  }
  if (ACCESS_DENIED.has(name)) {
    return new AwsCallError(
      `${what}: access denied (${name}); the credentials need the IAM permission ${action}`,
    );
  }
  if (THROTTLING.has(name) || err.$metadata?.httpStatusCode === 429) {
    return new AwsCallError(`${what}: throttled by AWS${after} (${name}); retry in a minute`);
  }
  if (name === "TimeoutError" || err.code === "ETIMEDOUT" || name === "AbortError") {
    return new AwsCallError(`${what}: no answer${where}${after} (timed out)`);
  }
  if (name === "SyntaxError") {
    return new AwsCallError(`${what}: malformed response${where} (not valid JSON: ${msg})`);
  }
  if (
    err.code === "ECONNREFUSED" ||
    err.code === "ENOTFOUND" ||
    err.code === "ECONNRESET" ||
    err.code === "EAI_AGAIN"
  ) {
    return new AwsCallError(`${what}: cannot reach${where || " AWS"}${after} (${err.code})`);
  }
  if (name === "Error" && /Region is missing/i.test(msg))
    return new AwsCallError(`${what}: no AWS region given`);
  const status = err.$metadata?.httpStatusCode;
  return new AwsCallError(
    `${what} failed${after}: ${name}${status ? ` (HTTP ${status})` : ""}${msg && msg !== name ? `: ${msg}` : ""}`,
  );
}
