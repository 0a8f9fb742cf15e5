// Hostile servers, at the library level, for all three network paths (offer files by fetch, the
// Price List API and CloudWatch through the SDK): a body that stalls half-way, a body that never
// ends, and an error that echoes the request's credentials. Each call ends (the deadline covers
// headers and body; the size limit stops an endless body) with a one-line error and no secret.
// Deadlines are short (0.3 s) so the suite stays fast; nothing here measures time.
import { describe, expect, it } from "vitest";
import { fetchClusterMetrics } from "../../src/aws/cloudwatch.js";
import { getProducts } from "../../src/aws/pricing-api.js";
import { refreshCatalog } from "../../src/aws/refresh.js";
import { MAX_OFFER_FILE_BYTES, MAX_SDK_RESPONSE_BYTES, mib } from "../../src/aws/response-limits.js";
import { AwsCallError } from "../../src/model/errors.js";
import { useFakeServer } from "./fakes/harness.js";
import { echoCredentials, expectNoSecret } from "./fakes/hostile.js";
import { offersRoute } from "./fakes/price-list.js";
import { CW_JSON, FAKE_CREDENTIALS, type Handler, PRICING_JSON } from "./fakes/server.js";

const NOW = new Date("2026-11-25T06:00:00Z");
const fake = useFakeServer({ credentials: true });

async function failure(p: Promise<unknown>): Promise<AwsCallError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AwsCallError);
  expect((e as Error).message).not.toContain("\n");
  return e as AwsCallError;
}

const OFFER_FILE = /\/us-east-1\/index\.json$/;

describe("offer files: every response has a deadline and a size limit", () => {
  const refresh = (host: string) =>
    refreshCatalog({
      source: "offers",
      regions: ["us-east-1"],
      now: NOW,
      offersHost: host,
      timeoutSeconds: 0.3,
      http: { attempts: 2, backoffMs: 0 },
    });

  it("a body that stalls half-way: each attempt ends at its deadline, then the refresh fails", async () => {
    const host = await fake.serve((req) => {
      const r = offersRoute(req);
      return r && OFFER_FILE.test(req.path) ? { ...r, stallAt: 100 } : (r ?? { status: 404 });
    });
    const e = await failure(refresh(host));
    expect(e.message).toMatch(/us-east-1\/index\.json: no answer within 0\.3 s \(after 2 attempts\)$/);
    expect(fake.server?.requests.filter((q) => OFFER_FILE.test(q.path))).toHaveLength(2);
  });

  it("a body that never ends: stops at the size limit, without retrying", async () => {
    const host = await fake.serve((req) => {
      const r = offersRoute(req);
      return r && OFFER_FILE.test(req.path)
        ? { body: '{"products":{"', endless: "x" }
        : (r ?? { status: 404 });
    });
    const e = await failure(
      refreshCatalog({
        source: "offers",
        regions: ["us-east-1"],
        now: NOW,
        offersHost: host,
        http: { backoffMs: 0 },
      }),
    );
    expect(e.message).toContain(`the response body is larger than ${mib(MAX_OFFER_FILE_BYTES)}`);
    expect(fake.server?.requests.filter((q) => OFFER_FILE.test(q.path))).toHaveLength(1);
  });
});

describe("Price List API (SDK): the same bounds through the request handler", () => {
  const api = (host: string, timeoutMs = 300) =>
    getProducts({ region: "us-east-1", endpoint: host, timeoutMs, maxAttempts: 2 });

  it("a body that stalls half-way: timed out after the SDK's attempts", async () => {
    const host = await fake.serve(() => ({ headers: PRICING_JSON, body: { PriceList: ["{}"] }, stallAt: 5 }));
    const e = await failure(api(host));
    expect(e.message).toMatch(
      /^Price List API GetProducts \(us-east-1\): no answer at http:\/\/127\.0\.0\.1:\d+ after 2 attempts \(timed out\)$/,
    );
    expect(fake.server?.requests).toHaveLength(2);
  });

  it("headers that never come: timed out too", async () => {
    const host = await fake.serve(() => "hang");
    const e = await failure(api(host));
    expect(e.message).toMatch(/\(timed out\)$/);
  });

  it("a body that never ends: stops at the size limit, without retrying", async () => {
    const host = await fake.serve(() => ({ headers: PRICING_JSON, body: '{"PriceList":["', endless: "a" }));
    const e = await failure(api(host, 30_000));
    expect(e.message).toContain(`the response body is larger than ${mib(MAX_SDK_RESPONSE_BYTES)}`);
    expect(fake.server?.requests).toHaveLength(1);
  });

  it("an error that echoes the credentials: printed redacted", async () => {
    const host = await fake.serve((req) => echoCredentials(req.headers, PRICING_JSON));
    const e = await failure(api(host));
    expect(e.message).toContain("InvalidParameterException");
    expectNoSecret(e.message);
  });
});

describe("CloudWatch (SDK): the same bounds through the request handler", () => {
  const OPTS = { cluster: "c", region: "us-east-1", days: 1, now: NOW, timeoutSeconds: 0.3, maxAttempts: 2 };
  const serveCw = (reply: Handler) => fake.serve(reply);

  it("a body that stalls half-way: timed out after the SDK's attempts", async () => {
    const host = await serveCw(() => ({ headers: CW_JSON, body: { Metrics: [] }, stallAt: 3 }));
    const e = await failure(fetchClusterMetrics({ ...OPTS, endpoint: host }));
    expect(e.message).toMatch(/ListMetrics: no answer at .* after 2 attempts \(timed out\)$/);
  });

  it("a body that never ends: stops at the size limit", async () => {
    const host = await serveCw(() => ({ headers: CW_JSON, body: '{"Metrics":[', endless: "{}," }));
    // A long deadline, so it is the size limit that ends the call.
    const e = await failure(fetchClusterMetrics({ ...OPTS, timeoutSeconds: 30, endpoint: host }));
    expect(e.message).toContain(`the response body is larger than ${mib(MAX_SDK_RESPONSE_BYTES)}`);
    expect(fake.server?.requests).toHaveLength(1);
  });

  it("an error that echoes the credentials: printed redacted", async () => {
    const host = await serveCw((req) => echoCredentials(req.headers, CW_JSON));
    const e = await failure(fetchClusterMetrics({ ...OPTS, endpoint: host }));
    expectNoSecret(e.message);
  });
});

describe("redactSecrets: whatever the text, no AWS secret survives", () => {
  it("access key ids, SigV4 credential and signature, tokens and the credential variables' values", async () => {
    const { redactSecrets } = await import("../../src/aws/redact.js");
    const text =
      "AWS4-HMAC-SHA256 Credential=AKIAFAKEFAKEFAKE0001/20261125/us-east-1/pricing/aws4_request, " +
      "SignedHeaders=host, Signature=0123456789abcdef0123456789abcdef; token=abc.def " +
      '"x-amz-security-token":"zzz" key ASIAABCDEFGHIJKLMNOP secret fake-secret-9f8e7d6c5b4a-never-print-me';
    const out = redactSecrets(text, FAKE_CREDENTIALS);
    expectNoSecret(out);
    expect(out).not.toMatch(/ASIAABCDEFGHIJKLMNOP|abc\.def|zzz|0123456789abcdef/);
    expect(out).toContain("Credential=[redacted]");
    expect(out).toContain("SignedHeaders=host");
  });
});
