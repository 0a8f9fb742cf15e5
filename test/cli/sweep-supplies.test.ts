// `sweep --vary F=…` supplies F (issue #15): a workload need not give a value the sweep replaces in
// every scenario. Each scenario must equal the plan of the same workload written with that value.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

function csvRows(args: string[]): string[][] {
  const r = runCli(["sweep", ...args, "--csv", "--options", "standard,serverless"], ENV);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout
    .trimEnd()
    .split("\n")
    .map((l) => l.split(","));
}

function planCost(args: string[], option: string): number {
  const r = runCli(["plan", ...args, "--json", "--options", "standard,serverless"], ENV);
  expect(r.code, r.stderr).toBe(0);
  const j = JSON.parse(r.stdout) as { options: { option: string; monthlyUsd: number }[] };
  return j.options.find((o) => o.option === option)?.monthlyUsd as number;
}

describe("sweep --vary supplies the varied field", () => {
  it("flags only: --vary ingress=1MiB/s..10MiB/s:3 --partitions 10 without --ingress", () => {
    const rows = csvRows(["--vary", "ingress=1MiB/s..10MiB/s:3", "--partitions", "10"]);
    expect(rows[0]?.slice(0, 4)).toEqual(["ingress", "recommended", "standard", "serverless"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(["1 MiB/s", "5.5 MiB/s", "10 MiB/s"]);
    // Each scenario is the plan of the workload written with that ingress.
    for (const row of rows.slice(1)) {
      const flags = ["--ingress", (row[0] as string).replace(" ", ""), "--partitions", "10"];
      expect(Number(row[2])).toBe(planCost(flags, "standard"));
      expect(Number(row[3])).toBe(planCost(flags, "serverless"));
    }
  });

  it("a file whose stream lacks the field: by field name or by the stream's path", () => {
    const f = join(mkdtempSync(join(tmpdir(), "msk-sweep-")), "w.yaml");
    writeFileSync(f, "streams:\n  - name: a\n    partitions: 3\n");
    expect(csvRows([f, "--vary", "ingress=2MiB/s"])[1]?.slice(0, 1)).toEqual(["2MiB/s"]);
    expect(csvRows([f, "--vary", "streams.a.ingress=2MiB/s"])[1]?.slice(0, 1)).toEqual(["2MiB/s"]);
  });

  it("a field neither given nor varied is still required, named by its flag", () => {
    const r = runCli(["sweep", "--vary", "ingress=1MiB/s,2MiB/s", "--csv"], ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("msk-planner: --partitions: required, got nothing\n");
  });
});
