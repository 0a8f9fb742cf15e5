// `msk-planner price`, `pricing show` and `plan` never load exceljs, the AWS SDK, cli-progress or
// mathjs (issue #3, issue #14: cold start; units take the unit parser's fast path). Those modules
// are refused (test/helpers/refuse-modules.ts): if the command loaded one, it would fail.
// Positive controls prove the refusal bites, for import and for require.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { refuseModules } from "../helpers/refuse-modules.js";

const dir = mkdtempSync(join(tmpdir(), "msk-lazy-"));
const env = {
  NODE_OPTIONS: refuseModules(/^(exceljs|@aws-sdk\/|cli-progress|@cdktf\/|mathjs)/),
  MSK_PLANNER_CACHE_DIR: dir,
};

describe("price and plan load no heavy dependency", () => {
  it("control: exceljs cannot be imported, nor mathjs required", () => {
    const imported = spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("exceljs")'], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    expect(imported.status).not.toBe(0);
    expect(imported.stderr).toContain("refused exceljs");
    const required = spawnSync(process.execPath, ["-e", 'require("mathjs")'], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    expect(required.status).not.toBe(0);
    expect(required.stderr).toContain("refused mathjs");
  });

  it("price and pricing show run with exceljs, @aws-sdk/*, cli-progress and mathjs refused", () => {
    const p = runCli(["price", "fixtures/clusters/standard-addons.yaml", "--json"], { env });
    expect(p.stderr).toBe("");
    expect(p.code).toBe(0);
    expect(Math.round(JSON.parse(p.stdout).totalUsd * 100)).toBe(94050);
    // `price FILE` alone takes the fast path (src/cli/fast-path.ts): its own bundle
    const fast = runCli(["price", "fixtures/clusters/standard-addons.yaml"], { env });
    expect(fast.stderr).toBe("");
    expect(fast.code).toBe(0);
    expect(fast.stdout).toContain("$940.50");
    const show = runCli(["pricing", "show", "--region", "us-east-1"], { env });
    expect(show.stderr).toBe("");
    expect(show.code).toBe(0);
    const regions = runCli(["pricing", "regions"], { env });
    expect(regions.stderr).toBe("");
    expect(regions.code).toBe(0);
  });

  it("plan of a workload with durations, sizes and rates (7d, 1 KiB, 60 MiB/s) runs with mathjs refused", () => {
    const r = runCli(["plan", "fixtures/workloads/typical.yaml", "--json"], { env });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const orders = JSON.parse(r.stdout).workload.streams[0];
    expect(orders.retentionSeconds).toBe(7 * 86400);
    expect(orders.peakIngressBytesPerSec).toBe(60 * 2 ** 20);
    const fast = runCli(["plan", "fixtures/workloads/typical.yaml"], { env }); // the fast path's bundle
    expect(fast.stderr).toBe("");
    expect(fast.code).toBe(0);
  });
});
