// End to end: the alternatives through `msk-planner plan` (numbers and bad input).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ORDERS = ["plan", "--ingress", "10MB/s", "--partitions", "30", "--retention", "1d"];
const json = (stdout: string) =>
  JSON.parse(stdout) as {
    options: {
      option: string;
      family: string;
      monthlyUsd: number | null;
      configuration: Record<string, unknown>;
      notes: string[];
    }[];
  };

describe("plan with alternatives", () => {
  it("--options self-managed prices the hand-worked case ($2,390.85, infrastructure only) in the table and the JSON", () => {
    const t = runCli([...ORDERS, "--options", "self-managed"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(
      /self-managed .*3 × m7g\.large, 1,610 GiB each, infrastructure only .*\$2,390\.85/,
    );
    const j = runCli([...ORDERS, "--options", "self-managed", "--json"]);
    const o = json(j.stdout).options[0];
    expect(o).toMatchObject({
      option: "self-managed",
      family: "alternative",
      configuration: { costBasis: "infrastructure only" },
    });
    expect(Math.round((o?.monthlyUsd as number) * 100) / 100).toBe(2390.85);
  });
  it("--ops-hours-per-month and --ops-hourly-rate add labour", () => {
    const j = runCli([
      ...ORDERS,
      "--options",
      "self-managed",
      "--ops-hours-per-month",
      "40",
      "--ops-hourly-rate",
      "100",
      "--json",
    ]);
    expect(j.code).toBe(0);
    expect(Math.round((json(j.stdout).options[0]?.monthlyUsd as number) * 100) / 100).toBe(6390.85);
  });
  it("--compare alternatives adds the five after the MSK options; --message-size changes the record count", () => {
    const j = runCli([...ORDERS, "--compare", "alternatives", "--message-size", "25kB", "--json"]);
    expect(j.code).toBe(0);
    const opts = json(j.stdout).options;
    expect(
      opts
        .filter((o) => o.family === "alternative")
        .map((o) => o.option)
        .sort(),
    ).toEqual(["kinesis-on-demand", "kinesis-provisioned", "self-managed", "sqs-fifo", "sqs-standard"]);
    expect(opts.filter((o) => o.family === "msk").length).toBe(4);
    // 10 MB/s of 25 kB records: 400 records/s, 1 PUT unit each, and no default-size assumption.
    const k = opts.find((o) => o.option === "kinesis-provisioned");
    expect(k?.configuration).toMatchObject({ shards: 10, putUnitsPerRecord: 1 });
    expect(k?.notes.some((n) => n.startsWith("assumption: message size"))).toBe(false);
  });
  it.each([
    [["--compare", "everything"], /^msk-planner: --compare: expected "alternatives", got "everything"/],
    [
      ["--options", "self-managed", "--ops-hours-per-month", "10"],
      /^msk-planner: --ops-hourly-rate: expected a value when --ops-hours-per-month is given/,
    ],
    [
      ["--options", "self-managed", "--ops-hours-per-month", "10", "--ops-hourly-rate", "lots"],
      /--ops-hourly-rate: expected a number/,
    ],
    [
      ["--options", "sqs-standard", "--sqs-batch-size", "11"],
      /^msk-planner: --sqs-batch-size: expected a whole number of messages from 1 to 10/,
    ],
    [
      ["--options", "self-managed", "--controller-instance-type", "x9.huge"],
      /--controller-instance-type: expected an EC2 type from/,
    ],
  ])("bad input %j exits 2 with one line", (extra, message) => {
    const r = runCli([...ORDERS, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("alternatives in a region without their prices (issue #11: never infeasible for a price)", () => {
  // ap-south-1: no bundled EC2, gp3, Kinesis or SQS price; cross-AZ EC2 transfer is priced
  // (`infracost-data-transfer` lists the region).
  const AP = [...ORDERS, "--region", "ap-south-1"];
  type Opt = {
    option: string;
    feasible: boolean;
    priced: string;
    monthlyUsd: number | null;
    missingPrices: { dimension: string; name: string; reason: string }[];
    reasons: string[];
  };
  const opts = (stdout: string) => (JSON.parse(stdout) as { options: Opt[] }).options;

  it("plan --options <each alternative> --json: feasible, partial or none with the missing prices named; never 'price unavailable'", () => {
    const r = runCli([
      ...AP,
      "--options",
      "self-managed,kinesis-provisioned,kinesis-on-demand,sqs-standard,sqs-fifo",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const by = new Map(opts(r.stdout).map((o) => [o.option, o]));
    // Self-managed: EC2 and gp3 missing, cross-AZ transfer priced → a lower bound.
    expect(by.get("self-managed")).toMatchObject({ feasible: true, priced: "partial", reasons: [] });
    expect(by.get("self-managed")?.monthlyUsd).toBeGreaterThan(0);
    expect(by.get("self-managed")?.missingPrices.map((m) => m.dimension)).toEqual([
      "ec2:m5.large",
      "ebs:gp3-storage",
    ]);
    // Kinesis and SQS: nothing priced → monthlyUsd null, every cost listed.
    for (const id of ["kinesis-provisioned", "kinesis-on-demand", "sqs-standard"]) {
      const o = by.get(id);
      expect(o, id).toMatchObject({ feasible: true, priced: "none", monthlyUsd: null, reasons: [] });
      expect(o?.missingPrices.length, id).toBeGreaterThan(0);
      for (const m of o?.missingPrices ?? [])
        expect(m.reason, id).toMatch(/^no sourced .* price in ap-south-1 \(bundled for [a-z0-9, -]+ only\)/);
    }
    expect(by.get("sqs-standard")?.missingPrices.map((m) => m.name)).toEqual(["SQS standard requests"]);
    // SQS FIFO is infeasible here for capacity (10,000 messages/s in batches of 10 > 300 calls/s), not for a price.
    expect(by.get("sqs-fifo")).toMatchObject({ feasible: false, priced: "none", monthlyUsd: null });
    expect(by.get("sqs-fifo")?.reasons.join("\n")).toMatch(/FIFO calls per second/);
    expect(r.stdout).not.toMatch(/price unavailable/);
  });

  it("plan --compare alternatives: the terminal shows '≥ $X (not priced: …)' and 'not priced'; Markdown the same", () => {
    const t = runCli([...AP, "--compare", "alternatives"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(
      /self-managed +│ yes +│.*│ +≥ \$[\d,.]+ \(not priced: EC2 m5\.large instance-hours, EBS gp3 storage\)/,
    );
    expect(t.stdout).toMatch(/sqs-standard +│ yes +│.*│ +not priced \(missing: SQS standard requests\)/);
    expect(t.stdout).not.toMatch(/not feasible[^\n]*\n\s+- price unavailable/);
    const j = runCli([...AP, "--compare", "alternatives", "--json"]);
    const all = opts(j.stdout);
    for (const o of all.filter((x) => !x.feasible))
      expect(o.reasons.join("\n"), o.option).not.toMatch(/price/);
    expect(all.find((o) => o.option === "kinesis-on-demand")?.priced).toBe("none");
    const file = join(mkdtempSync(join(tmpdir(), "alt-md-")), "r.md");
    const md = runCli(["report", ...AP.slice(1), "--compare", "alternatives", "--md", file]);
    expect(md.code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(
      /\| self-managed \| yes \| ≥ \$[\d,.]+ \(not priced: EC2 m5\.large instance-hours, EBS gp3 storage\) \|/,
    );
    expect(text).toMatch(/\| kinesis-provisioned \| yes \| not priced/);
  });
});
