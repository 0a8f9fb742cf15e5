// `msk-planner price` and `msk-planner pricing regions|show`, end to end through the built CLI.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// An empty cache folder, so a refreshed catalog on this machine never changes these results.
const env = { MSK_PLANNER_CACHE_DIR: mkdtempSync(join(tmpdir(), "msk-price-cache-")) };
const cli = (args: string[]) => runCli(args, { env });
const cents = (usd: number) => Math.round(usd * 100);

describe("msk-planner price", () => {
  it("prints the line-item table, the total and the catalog's source and date (docs/billing-rules.md D2)", () => {
    const r = cli(["price", "fixtures/clusters/standard.yaml"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Broker instances \(kafka\.m5\.large\) │\s+2,190 │ broker-hours │\s+\$0\.21 │\s+\$459\.90 │/,
    );
    expect(r.stdout).toMatch(
      /Broker storage \(EBS, provisioned\) │\s+3,000 │ GB-months\s+│\s+\$0\.10 │\s+\$300\.00 │/,
    );
    expect(r.stdout).toMatch(/Total\s+│.*\$759\.90 │/);
    expect(r.stdout).toContain("Prices: bundled catalog dated 2026-09-11");
  });

  it("--json prints exactly { region, hours, catalog, lineItems, totalUsd, priced, missingPrices }, unrounded", () => {
    const r = cli(["price", "fixtures/clusters/express.yaml", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual([
      "region",
      "hours",
      "catalog",
      "lineItems",
      "totalUsd",
      "priced",
      "missingPrices",
    ]);
    expect([j.priced, j.missingPrices]).toEqual(["complete", []]);
    expect(j.catalog).toEqual({ source: "bundled", date: "2026-09-11" });
    expect(j.hours).toBe(730);
    for (const l of j.lineItems) {
      expect(Object.keys(l)).toEqual([
        "component",
        "quantity",
        "unit",
        "unitPriceUsd",
        "costUsd",
        "source",
        "sourceUrl",
        "dimension",
      ]);
      expect(l.sourceUrl).toMatch(/^https:\/\//);
    }
    expect(cents(j.totalUsd)).toBe(95352); // docs/billing-rules.md D4
  });

  it("flags alone price a configuration; --days sets the period (D3 for 7 days)", () => {
    const r = cli([
      "price",
      "--kind",
      "serverless",
      "--partitions",
      "100",
      "--data-in",
      "1000GiB",
      "--data-out",
      "2000GiB",
      "--stored",
      "500GiB",
      "--days",
      "7",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.hours).toBe(168);
    // cluster 168 × 0.75 + partitions 100 × 168 × 0.0015 + in 100 + out 100 + storage 500 × 168/730 × 0.10
    expect(cents(j.totalUsd)).toBe(cents(126 + 25.2 + 100 + 100 + (500 * 168 * 0.1) / 730));
  });

  it("flags override the file", () => {
    const j = JSON.parse(
      cli(["price", "fixtures/clusters/standard.yaml", "--brokers", "6", "--json"]).stdout,
    );
    expect(cents(j.totalUsd)).toBe(2 * 75990);
  });

  it("is byte-identical across runs", () => {
    expect(cli(["price", "fixtures/clusters/standard-addons.yaml", "--json"]).stdout).toBe(
      cli(["price", "fixtures/clusters/standard-addons.yaml", "--json"]).stdout,
    );
  });

  const bad: [string, string[], RegExp][] = [
    [
      "an unknown instance type",
      ["--instance", "kafka.m9.large", "--brokers", "3", "--storage-per-broker", "1GiB"],
      /^msk-planner: --instance: unknown instance type "kafka\.m9\.large"; did you mean kafka\.m5\.large\?$/m,
    ],
    [
      "a region not in the catalog",
      ["fixtures/clusters/standard.yaml", "--region", "eu-west-1"],
      /^msk-planner: --region: region "eu-west-1" has no prices .*--catalog FILE/,
    ],
    [
      "a negative broker count",
      ["--instance", "kafka.m5.large", "--brokers", "-3", "--storage-per-broker", "1GiB"],
      /^msk-planner: --brokers: expected a number ≥ 1, got "-3"$/m,
    ],
    [
      "a fractional broker count",
      ["--instance", "kafka.m5.large", "--brokers", "2.5", "--storage-per-broker", "1GiB"],
      /^msk-planner: --brokers: expected a whole number/,
    ],
    [
      "a missing broker count",
      ["--instance", "kafka.m5.large", "--storage-per-broker", "1GiB"],
      /^msk-planner: --brokers: missing/,
    ],
    [
      "a size without a unit",
      ["--instance", "kafka.m5.large", "--brokers", "3", "--storage-per-broker", "1000"],
      /^msk-planner: --storage-per-broker: expected a size with a unit/,
    ],
    [
      "storage above the per-broker maximum",
      ["--instance", "kafka.m5.large", "--brokers", "3", "--storage-per-broker", "17TiB"],
      /^msk-planner: --storage-per-broker: expected 1 GiB to 16,384 GiB per broker/,
    ],
    [
      "a field that does not belong to the kind",
      ["fixtures/clusters/express.yaml", "--storage-per-broker", "100GiB"],
      /^msk-planner: --storage-per-broker: does not belong to an express configuration/,
    ],
    [
      "a missing file",
      ["fixtures/clusters/nope.yaml"],
      /^msk-planner: FILE: file not found: fixtures\/clusters\/nope\.yaml$/m,
    ],
  ];
  for (const [what, args, message] of bad) {
    it(`exits 2 with one line naming the field for ${what}`, () => {
      const r = cli(["price", ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    });
  }

  it("a price the catalog lacks is listed, never an error: ≥ total and missingPrices (ap-northeast-2, kafka.m5.large)", () => {
    const args = ["--region", "ap-northeast-2", "--instance", "kafka.m5.large", "--brokers", "3"];
    const r = cli(["price", ...args, "--storage-per-broker", "1GiB", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    // Storage is priced in ap-northeast-2 at $0.114/GB-month: 3 brokers × 1 GB × 0.114 = $0.342.
    expect(j.priced).toBe("partial");
    expect(j.lineItems.map((l: { dimension: string }) => l.dimension)).toEqual(["storage"]);
    expect(j.totalUsd).toBeCloseTo(0.342, 10);
    expect(j.missingPrices).toEqual([
      {
        dimension: "broker:kafka.m5.large",
        name: "broker-hours (kafka.m5.large)",
        reason: expect.stringMatching(
          /no sourced price for Broker-hours \(kafka\.m5\.large\) in ap-northeast-2; .*`msk-planner pricing refresh --regions ap-northeast-2`.*--catalog FILE/,
        ),
      },
    ]);
    const t = cli(["price", ...args, "--storage-per-broker", "1GiB"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("≥ $0.34 (not priced: broker-hours (kafka.m5.large))");
  });

  it("a region priced only in CNY: nothing priced in a USD total (priced none, total null), each price listed", () => {
    const r = cli(["price", "fixtures/clusters/express.yaml", "--region", "cn-north-1", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect([j.priced, j.totalUsd, j.lineItems]).toEqual(["none", null, []]);
    expect(j.missingPrices[0].reason).toMatch(/priced in CNY, and msk-planner totals are in USD/);
  });

  it("names the file field for a bad value in a configuration file", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-price-"));
    const f = join(dir, "c.yaml");
    writeFileSync(f, "instance: kafka.m5.large\nbrokers: 3\nstoragePerBroker: 100\n");
    const r = cli(["price", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `msk-planner: ${f}: storagePerBroker: expected a size with a unit such as "1000GiB" or "1.5 TB", got 100\n`,
    );
    writeFileSync(f, "instance: kafka.m5.large\nbrokers: 3\nstoragePerBroker: 100GiB\nbrokerz: 2\n");
    expect(cli(["price", f]).stderr).toBe(
      `msk-planner: ${f}: brokerz: unknown field "brokerz"; did you mean brokers?\n`,
    );
  });

  it("--catalog FILE prices with that catalog; a bad catalog exits 2 naming the field", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-cat-"));
    const good = join(dir, "cat.json");
    const price = { amount: 0.5, unit: "hours", source: "test", date: "2026-10-01" };
    const storage = { amount: 0.2, unit: "GB-Mo", source: "test", date: "2026-10-01" };
    writeFileSync(
      good,
      JSON.stringify({
        schemaVersion: 1,
        source: "file",
        date: "2026-10-01",
        regions: { "eu-west-1": { "broker:kafka.m5.large": price, storage } },
      }),
    );
    const r = cli([
      "price",
      "fixtures/clusters/standard.yaml",
      "--region",
      "eu-west-1",
      "--catalog",
      good,
      "--json",
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.catalog).toEqual({ source: "file", date: "2026-10-01" });
    expect(cents(j.totalUsd)).toBe(cents(3 * 730 * 0.5 + 3 * 1000 * 0.2));
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        source: "file",
        date: "2026-10-01",
        regions: { "eu-west-1": { storage: { ...storage, amount: -1 } } },
      }),
    );
    const e = cli(["price", "fixtures/clusters/standard.yaml", "--catalog", bad]);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/^msk-planner: --catalog .*bad\.json: regions\.eu-west-1\.storage\.amount: /);
  });

  it("--help lists the flags and examples", () => {
    const r = cli(["price", "--help"]);
    expect(r.code).toBe(0);
    for (const flag of [
      "--storage-per-broker",
      "--throughput-per-broker",
      "--tiered-stored",
      "--data-written",
      "--connect-mcus",
      "--private-connectivity",
      "--cross-az",
      "--days",
      "--json",
    ]) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toContain("Examples:");
  });
});

describe("msk-planner pricing regions | show", () => {
  it("regions lists every region with its count, date and sources", () => {
    const r = cli(["pricing", "regions", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.regions.map((x: { region: string }) => x.region)).toEqual([
      "ap-northeast-2",
      "ap-south-1",
      "ap-southeast-1",
      "ap-southeast-5",
      "cn-north-1",
      "us-east-1",
    ]);
    const use1 = j.regions.find((x: { region: string }) => x.region === "us-east-1");
    expect(use1.prices).toBe(39); // 23 broker types + 16 dimensions (tiered retrieval ✘)
    expect(cli(["pricing", "regions"]).stdout).toMatch(/us-east-1\s+│\s+39 │ 2026-09-11/);
  });

  it("show prints every price with unit, source, date, status and flags", () => {
    const j = JSON.parse(cli(["pricing", "show", "--region", "ap-south-1", "--json"]).stdout);
    const m7g = j.prices.find((p: { dimension: string }) => p.dimension === "broker:kafka.m7g.large");
    expect(m7g).toMatchObject({
      amount: 0.1458,
      unit: "hours",
      status: "one secondary source",
      flags: ["unverified", "suspect"],
      date: "2026-08-26",
      usageType: "APS3-Kafka.m7g.large",
    });
    const t = cli(["pricing", "show", "--region", "us-east-1"]);
    expect(t.stdout).toMatch(
      /tieredStorage\s+│\s+\$0\.06 │ GB-Mo\s+│ one secondary source\s+│ not checked against AWS/,
    );
  });

  it("show with an unknown region exits 2 naming --region", () => {
    const r = cli(["pricing", "show", "--region", "xx-nowhere-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^msk-planner: --region: region "xx-nowhere-1" has no prices/);
  });
});
