// Plain words in terminal tables (issue #15): resources and settings as words, titles that fit
// what is shown, the sweep table without CSV-only columns, breakeven saying which option is cheaper
// when the costs never cross. The JSON keeps its keys (scripts rely on them).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };
const TYPICAL = "fixtures/workloads/typical.yaml";
const INTERNAL =
  /networkOut|storageThroughput|writeCeiling|writeRecords|readMode|efoConsumers|putUnitsPerRecord|billedRecordBytes|batchSize|freeTier|requestsPerMonth|Sqs fifo|NaN|_priced/;

function ok(args: string[]): string {
  const r = runCli(args, ENV);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe("plain words in terminal output", () => {
  it("plan: MSK options only are titled so; resources in words", () => {
    const out = ok(["plan", TYPICAL]);
    expect(out).toMatch(/^MSK options in us-east-1 for 730 hours; recommended: standard-tiered\n/);
    expect(out).toMatch(/│ standard-tiered │ yes .*│ network out 48\.4%\s+│/);
    expect(out).toMatch(/│ standard .*│ storage write 43\.2%\s+│/);
    expect(out).not.toMatch(INTERNAL);
  });

  it("plan --compare alternatives: the title says alternatives are shown; their settings in words", () => {
    const out = ok(["plan", TYPICAL, "--compare", "alternatives"]);
    expect(out).toMatch(
      /^MSK options and alternatives in us-east-1 for 730 hours; recommended: kinesis-provisioned\n/,
    );
    expect(out).toMatch(
      /│ kinesis-provisioned │ yes\s+│ 2 streams, 83 shards, shared reads\s+│ .*│ write records 100\.0%/,
    );
    expect(out).toMatch(
      /│ kinesis-on-demand\s+│ yes\s+│ 2 streams, shared reads, records billed as 1,024 bytes\s+│ .*│ peak write 0\.6%/,
    );
    expect(out).toMatch(/│ sqs-fifo\s+│ no\s+│ 4 queues, batches of 10, 63,828,864,000 requests\s+│/);
    expect(out).not.toMatch(INTERNAL);
  });

  it("plan --json keeps the planner's keys", () => {
    const j = JSON.parse(ok(["plan", TYPICAL, "--json", "--compare", "alternatives"])) as {
      options: { option: string; binding: string | null; configuration: Record<string, unknown> }[];
    };
    const by = (id: string) => j.options.find((o) => o.option === id);
    expect(by("standard-tiered")?.binding).toBe("networkOut");
    expect(by("kinesis-provisioned")?.configuration).toMatchObject({ readMode: "shared", efoConsumers: 0 });
  });

  it("sweep table: one cost column per option, a partial total as a lower bound, no recommendation as none", () => {
    const out = ok([
      "sweep",
      "--vary",
      "ingress=1MiB/s,2MiB/s",
      "--partitions",
      "10",
      "--region",
      "ap-south-1",
      "--options",
      "standard,serverless",
    ]);
    expect(out).toMatch(/│ ingress │ recommended │ standard\s+│ serverless\s+│/);
    expect(out).toMatch(/│ 1MiB\/s\s+│ none\s+│ ≥ \$[\d,.]+\s+│ ≥ \$[\d,.]+\s+│/);
    expect(out).not.toMatch(INTERNAL);
  });

  it("breakeven without a crossing says which option is cheaper over the whole range", () => {
    const out = ok([
      "breakeven",
      "fixtures/workloads/small.yaml",
      "--vary",
      "ingress",
      "--between",
      "serverless,standard",
    ]);
    expect(out).toMatch(
      /no crossing in the range: standard is cheaper throughout \(serverless vs standard: \$[\d,.]+ vs \$[\d,.]+ at 0\.1 MiB\/s; \$[\d,.]+ vs \$[\d,.]+ at 10 MiB\/s\)/,
    );
  });
});
