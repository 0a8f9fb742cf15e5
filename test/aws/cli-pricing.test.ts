// `msk-planner pricing refresh` / `pricing diff` end to end: the built CLI against the loopback fake,
// with its own cache folder (MSK_PLANNER_CACHE_DIR) so the real home is never touched.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useCliSandbox } from "./fakes/harness.js";
import { getProductsRoute, offersRoute } from "./fakes/price-list.js";
import { FAKE_CREDENTIALS, type Handler, pricingError } from "./fakes/server.js";

const sandbox = useCliSandbox("msk-cache-");
const { serve, cli, runCli } = sandbox;

const offers: Handler = (req) => offersRoute(req) ?? { status: 404 };
/** `pricing refresh` from the Price List API behind the fake at `host`, for us-east-1. */
const apiRefresh = (host: string) => [
  "pricing",
  "refresh",
  "--source",
  "api",
  "--endpoint",
  host,
  "--regions",
  "us-east-1",
];

describe("msk-planner pricing refresh", () => {
  it("writes the refreshed catalog to the cache; later commands say they use it, with its date", async () => {
    const host = await serve(offers);
    const r = await cli(["pricing", "refresh", "--offers-url", host]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Refreshed 47 prices in 2 regions \(ap-southeast-1, us-east-1\) from the AWS public offer files, \d{4}-\d{2}-\d{2}\./,
    );
    expect(r.stdout).toContain(`Wrote ${join(sandbox.dir, "catalog.json")}.`);
    expect(r.stdout).toContain("2 of 49 price list items not recognised (--verbose lists them)");
    const written = JSON.parse(readFileSync(join(sandbox.dir, "catalog.json"), "utf8"));
    expect(written.source).toBe("offers");
    expect(written.regions["us-east-1"]["broker:kafka.m5.large"].amount).toBe(0.21);

    // Other commands now use it and say so on stderr, with its date; --catalog wins silently.
    const price = runCli(["price", "fixtures/clusters/standard.yaml", "--json"]);
    expect(price.code).toBe(0);
    expect(price.stderr).toMatch(
      /^msk-planner: using the refreshed catalog .*catalog\.json \(offers, \d{4}-\d{2}-\d{2}\), over the bundled snapshot \(2026-09-11\) for prices it lacks\n$/,
    );
    expect(JSON.parse(price.stdout)).toMatchObject({
      catalog: { source: "offers" },
      totalUsd: expect.closeTo(759.9, 9),
    });
    const own = join(sandbox.dir, "own.json");
    writeFileSync(own, readFileSync(join(sandbox.dir, "catalog.json")));
    expect(runCli(["price", "fixtures/clusters/standard.yaml", "--catalog", own]).stderr).toBe("");

    const d = await cli(["pricing", "diff"]);
    expect(d.code).toBe(0);
    expect(d.stdout).toMatch(
      /^refreshed catalog .*catalog\.json \(offers, \d{4}-\d{2}-\d{2}\) against the bundled snapshot \(2026-09-11\):/,
    );
    // Prices without a Price List usage type (PST, Connect, cross-AZ …) are not in a refresh.
    expect(d.stdout).toMatch(/0 changed, 0 added, \d+ not in the refresh, 47 unchanged in 2 regions\./);
    expect(d.stdout).toMatch(/us-east-1\s+pst\s+0\.08 USD\/MiBps-Mo\s+—\s+removed/);
  });

  it("every command reads the refreshed catalog from the default cache, layered over the bundled snapshot", async () => {
    const host = await serve(offers);
    const r = await cli(["pricing", "refresh", "--offers-url", host, "--regions", "ap-southeast-1"]);
    expect(r.code, r.stderr).toBe(0);
    const w = ["fixtures/workloads/small.yaml", "--region", "ap-southeast-1"];
    const commands = [
      ["plan", ...w],
      [
        "price",
        "fixtures/clusters/standard.yaml",
        "--region",
        "ap-southeast-1",
        "--instance",
        "kafka.m5.large",
      ],
      ["whatif", ...w, "--set", "retention=2d"],
      ["sweep", ...w, "--vary", "partitions=30,60"],
      ["project", ...w, "--months", "2", "--growth", "ingress=5%/month"],
      ["simulate", ...w, "--samples", "2"],
      ["sensitivity", ...w],
      ["breakeven", ...w, "--vary", "ingress", "--between", "serverless,standard"],
      ["report", ...w, "--json"],
      ["pricing", "show", "--region", "ap-southeast-1"],
      ["pricing", "regions"],
    ];
    for (const args of commands) {
      const c = runCli(args);
      expect(c.code, `${args.join(" ")}: ${c.stderr}`).toBe(0);
      expect(c.stderr, args.join(" ")).toContain("msk-planner: using the refreshed catalog");
    }
    // Refreshed prices win; what the refresh lacks (cross-AZ: not in the MSK price list) still
    // comes from the bundled snapshot, so the plan stays completely priced.
    const plan = JSON.parse(runCli(["plan", ...w, "--options", "standard", "--json"]).stdout);
    const std = plan.options[0];
    expect(std.priced).toBe("complete");
    const sourceOf = (dim: string) =>
      std.lineItems.find((l: { dimension: string }) => l.dimension === dim)?.source as string;
    expect(sourceOf("storage")).toContain("AWS Price List offer file for Amazon MSK, ap-southeast-1");
    expect(sourceOf("crossAz")).toBeDefined();
    expect(sourceOf("crossAz")).not.toContain("offer file");
    // pricing diff still compares the refresh itself with the snapshot.
    expect((await cli(["pricing", "diff"])).stdout).toMatch(/\d+ not in the refresh/);
  }, 180_000); // a dozen CLI runs one after another

  it("--verbose lists the unrecognised items", async () => {
    const host = await serve(offers);
    const r = await cli(["pricing", "refresh", "--offers-url", host, "--regions", "us-east-1", "--verbose"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /1 of 33 price list items not recognised:\n {2}us-east-1 {2}USE1-Kafka\.FakeMeter-Example {2}sku [0-9A-F]{16}: usage type not in the dimension table\n$/,
    );
  });

  it("a failed refresh exits 1 with the reason and leaves the previous catalog untouched", async () => {
    const previous = `${JSON.stringify({ schemaVersion: 1, source: "offers", date: "2026-01-01", regions: { "us-east-1": { storage: { amount: 0.1, unit: "GB-Mo", source: "x", date: "2026-01-01" } } } })}\n`;
    writeFileSync(join(sandbox.dir, "catalog.json"), previous);
    const host = await serve((req) => (req.path.includes("ap-southeast-1") ? { status: 500 } : offers(req)));
    const r = await cli(["pricing", "refresh", "--offers-url", host]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^msk-planner: GET http:\/\/127\.0\.0\.1:\d+\/offers\/.*ap-southeast-1\/index\.json: HTTP 500 \(after 4 attempts\)\n$/,
    );
    expect(readFileSync(join(sandbox.dir, "catalog.json"), "utf8")).toBe(previous);
    expect(readdirSync(sandbox.dir)).toEqual(["catalog.json"]); // no temp file left behind
  });

  it("refreshing one region keeps the other regions of the previous refresh", async () => {
    const host = await serve(offers);
    expect((await cli(["pricing", "refresh", "--offers-url", host])).code).toBe(0);
    const r = await cli(["pricing", "refresh", "--offers-url", host, "--regions", "us-east-1"]);
    expect(r.stdout).toContain("(kept 1 other regions from the previous refresh)");
    expect(Object.keys(JSON.parse(readFileSync(join(sandbox.dir, "catalog.json"), "utf8")).regions)).toEqual([
      "ap-southeast-1",
      "us-east-1",
    ]);
  });

  it("--source api with --endpoint and --out; credentials never appear in output or the file", async () => {
    const host = await serve(getProductsRoute);
    const out = join(sandbox.dir, "prices.json");
    const r = await cli([...apiRefresh(host), "--out", out]);
    expect(r.code).toBe(0);
    const file = readFileSync(out, "utf8");
    expect(JSON.parse(file).source).toBe("api");
    for (const secret of [
      FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY,
      FAKE_CREDENTIALS.AWS_SESSION_TOKEN,
      FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID,
    ]) {
      expect(r.stdout + r.stderr + file).not.toContain(secret);
    }
    // The SDK signed with the fake key (the server saw it), yet nothing printed it.
    expect(String(sandbox.server?.requests[0]?.headers.authorization)).toContain(
      FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID,
    );
  });

  it("--source api, expired credentials: exit 1, one clear line", async () => {
    const host = await serve(() =>
      pricingError("ExpiredTokenException", "The security token included in the request is expired"),
    );
    const r = await cli([...apiRefresh(host)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "msk-planner: Price List API GetProducts (us-east-1): AWS credentials are expired or invalid (ExpiredTokenException); refresh them and retry\n",
    );
  });

  it("--source api with no credentials at all: exit 1, says how to provide them; no request sent", async () => {
    const host = await serve(getProductsRoute);
    const empty = mkdtempSync(join(sandbox.dir, "home-")); // an empty home, removed with the sandbox
    const env: NodeJS.ProcessEnv = {
      HOME: empty,
      AWS_CONFIG_FILE: join(empty, "c"),
      AWS_SHARED_CREDENTIALS_FILE: join(empty, "k"),
    };
    for (const k of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"])
      env[k] = "";
    const r = await cli(apiRefresh(host), env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      "msk-planner: Price List API GetProducts (us-east-1): no AWS credentials found; set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (needs pricing:GetProducts)",
    );
    expect(sandbox.server?.requests).toHaveLength(0);
  });

  it("bad input exits 2 naming the flag", () => {
    const env = { MSK_PLANNER_CACHE_DIR: sandbox.dir };
    expect(runCli(["pricing", "refresh", "--regions", "US East"], { env })).toMatchObject({
      code: 2,
      stderr: 'msk-planner: --regions: expected region codes such as "us-east-1", got "US East"\n',
    });
    expect(runCli(["pricing", "refresh", "--offers-url", "ftp://x"], { env })).toMatchObject({
      code: 2,
      stderr:
        'msk-planner: --offers-url: expected an http(s) URL such as "http://127.0.0.1:4566", got "ftp://x"\n',
    });
    expect(runCli(["pricing", "refresh", "--timeout", "5"], { env }).stderr).toMatch(
      /^msk-planner: --timeout: expected a duration/,
    );
    expect(runCli(["pricing", "diff"], { env })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^msk-planner: --catalog: no refreshed catalog at /),
    });
  });

  it("--help shows examples", () => {
    const r = runCli(["pricing", "refresh", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Examples:\n {2}msk-planner pricing refresh .*\n.*\n {2}msk-planner pricing refresh --regions/,
    );
    expect(runCli(["pricing", "diff", "--help"]).stdout).toMatch(/Examples:\n {2}msk-planner pricing diff /);
  });
});
