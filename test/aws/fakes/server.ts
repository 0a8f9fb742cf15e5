// A loopback fake of the AWS endpoints msk-planner calls (node:http on 127.0.0.1, port 0), speaking
// the real wire protocols (docs/design.md): plain GET for the offer files,
// awsJson1_1 for the Price List API (`x-amz-target: AWSPriceListService.*`), awsJson1_0
// query-compatible for CloudWatch (`x-amz-target: GraniteServiceVersion20100801.*`). Each test
// scripts the replies; the server records every request (with its retry attempt header).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  path: string;
  /** `x-amz-target` without its prefix: `GetProducts`, `GetMetricData`, `ListMetrics`; "" for GET. */
  operation: string;
  headers: IncomingMessage["headers"];
  /** Parsed JSON body (POST), else undefined. */
  body: unknown;
  rawBody: string;
  /** From `amz-sdk-request: attempt=N; max=M` (1 for plain GETs). */
  attempt: number;
}

export interface FakeReply {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string verbatim. */
  body?: unknown;
  /** Send only the first n bytes of the body, then destroy the socket (a truncated transfer). */
  truncateAt?: number;
  /** Send only the first n bytes of the body (headers announce all of it), then stall: never send more. */
  stallAt?: number;
  /** After the body, keep sending this text forever (chunked, no content-length): an endless body. */
  endless?: string;
}

/** "hang": accept and never answer. */
export type Handler = (req: FakeRequest) => FakeReply | "hang" | Promise<FakeReply | "hang">;

export interface FakeServer {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFake(handler: Handler): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const hung = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      const target = String(req.headers["x-amz-target"] ?? "");
      const attempt = Number(/attempt=(\d+)/.exec(String(req.headers["amz-sdk-request"] ?? ""))?.[1] ?? 1);
      let body: unknown;
      try {
        body = rawBody ? JSON.parse(rawBody) : undefined;
      } catch {
        body = undefined;
      }
      const fr: FakeRequest = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        operation: target.slice(target.indexOf(".") + 1),
        headers: req.headers,
        body,
        rawBody,
        attempt,
      };
      requests.push(fr);
      let reply: FakeReply | "hang";
      try {
        reply = await handler(fr);
      } catch (e) {
        reply = { status: 599, body: String(e) };
      }
      if (reply === "hang") {
        hung.add(res);
        return;
      }
      const text =
        typeof reply.body === "string"
          ? reply.body
          : reply.body === undefined
            ? ""
            : JSON.stringify(reply.body);
      const buf = Buffer.from(text, "utf8");
      if (reply.endless !== undefined) {
        res.writeHead(reply.status ?? 200, { ...reply.headers });
        hung.add(res);
        const chunk = Buffer.from(reply.endless.repeat(Math.ceil(65_536 / reply.endless.length)), "utf8");
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once("drain", pump);
        };
        res.write(buf);
        pump();
        return;
      }
      res.writeHead(reply.status ?? 200, { "content-length": String(buf.length), ...reply.headers });
      if (reply.stallAt !== undefined) {
        hung.add(res);
        res.write(buf.subarray(0, reply.stallAt));
        return;
      }
      if (reply.truncateAt !== undefined) {
        res.write(buf.subarray(0, reply.truncateAt), () => res.destroy());
        return;
      }
      res.end(buf);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// ── wire helpers ──────────────────────────────────────────────────────────────────────────────

export const PRICING_JSON = { "content-type": "application/x-amz-json-1.1" };
export const CW_JSON = { "content-type": "application/x-amz-json-1.0" };

/** A Pricing (awsJson1_1) reply. */
export function pricingReply(body: unknown, status = 200): FakeReply {
  return { status, headers: PRICING_JSON, body };
}

/** A Pricing error: `__type` in the body (docs/design.md). */
export function pricingError(type: string, message: string, status = 400): FakeReply {
  return { status, headers: PRICING_JSON, body: { __type: type, Message: message } };
}

/** A CloudWatch (awsJson1_0 + awsQueryCompatible) reply. */
export function cwReply(body: unknown, status = 200): FakeReply {
  return { status, headers: CW_JSON, body };
}

/** A CloudWatch error: the `x-amzn-query-error` header wins (docs/design.md). */
export function cwError(code: string, type: string, message: string, status = 400): FakeReply {
  return {
    status,
    headers: { ...CW_JSON, "x-amzn-query-error": `${code};${status >= 500 ? "Receiver" : "Sender"}` },
    body: { __type: `com.amazon.coral.availability#${type}`, message },
  };
}

/** Fake credentials for the SDK (never real ones); tests assert they never appear in output. */
export const FAKE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: "AKIAFAKEFAKEFAKE0001",
  AWS_SECRET_ACCESS_KEY: "fake-secret-9f8e7d6c5b4a-never-print-me",
  AWS_SESSION_TOKEN: "fake-session-token-never-print-me",
  AWS_EC2_METADATA_DISABLED: "true",
};
