// End to end: the alternatives through `msk-planner plan` (numbers and bad input).
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
