// `msk-planner diff OLD NEW` and `plan --baseline` (issue #15), end to end on the built CLI.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanDiff } from "../../src/plan/diff.js";
import type { PlanResult } from "../../src/plan/types.js";
import { runCli } from "../helpers/cli.js";

const SMALL = "fixtures/workloads/small.yaml";
const TYPICAL = "fixtures/workloads/typical.yaml";
const BEFORE = "test/diff/fixtures/before.json";
const AFTER = "test/diff/fixtures/after.json";

function json<T>(args: string[]): T {
  const r = runCli(args);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe("diff of two fixture workloads", () => {
  const small = json<PlanResult>(["plan", SMALL, "--json"]);
  const typical = json<PlanResult>(["plan", TYPICAL, "--json"]);
  const d = json<PlanDiff>(["diff", SMALL, TYPICAL, "--json"]);

  it("each option's old and new cost are the two plans' costs, and the delta their difference", () => {
    for (const o of d.options) {
      const a = small.options.find((x) => x.option === o.option);
      const b = typical.options.find((x) => x.option === o.option);
      expect(o.oldUsd).toBe(a?.monthlyUsd ?? null);
      expect(o.newUsd).toBe(b?.monthlyUsd ?? null);
      if (o.oldUsd !== null && o.newUsd !== null) {
        expect(o.deltaUsd).toBe(o.newUsd - o.oldUsd);
        expect(o.deltaFraction).toBe((o.newUsd - o.oldUsd) / o.oldUsd);
      }
    }
    expect(d.recommended).toEqual({
      old: small.recommended,
      new: typical.recommended,
      changed: small.recommended !== typical.recommended,
    });
  });
  it("the serverless cluster-hour line is the same 730 h at the same price in both: unchanged, delta 0", () => {
    const line = d.options
      .find((o) => o.option === "serverless")
      ?.lineItems.find((l) => l.component === "Serverless cluster");
    expect(line).toMatchObject({ kind: "unchanged", oldQuantity: 730, newQuantity: 730, deltaUsd: 0 });
  });
  it("per line, the deltas add up to the option's delta", () => {
    for (const o of d.options) {
      if (o.oldUsd === null || o.newUsd === null) continue;
      const sum = o.lineItems.reduce((t, l) => t + (l.deltaUsd ?? 0), 0);
      expect(sum).toBeCloseTo(o.deltaUsd as number, 6);
    }
  });
  it("--markdown prints a PR comment; the table names the recommendation", () => {
    const md = runCli(["diff", SMALL, TYPICAL, "--markdown"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^### msk-planner cost diff\n\n\*\*recommendation /);
    expect(md.stdout).toContain("| Option | Old | New | Change | % |");
    const table = runCli(["diff", SMALL, TYPICAL]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Plan diff \(old → new\): recommendation/);
  });
});

describe("diff of two saved plans (hand-checked deltas in test/diff/diff-plans.test.ts)", () => {
  it("standard $1,000 → $1,250 (+$250, +25%); recommendation standard → serverless", () => {
    const d = json<PlanDiff>(["diff", BEFORE, AFTER, "--json"]);
    expect(d.options.find((o) => o.option === "standard")).toMatchObject({
      deltaUsd: 250,
      deltaFraction: 0.25,
    });
    expect(d.recommended).toEqual({ old: "standard", new: "serverless", changed: true });
    const t = runCli(["diff", BEFORE, AFTER]);
    expect(t.stdout).toContain("recommendation changed: standard → serverless");
  });
  it("a saved plan against a workload file: plan --baseline SAVED is diff SAVED WORKLOAD", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-diff-"));
    const saved = join(dir, "plan.json");
    writeFileSync(saved, runCli(["plan", SMALL, "--json"]).stdout);
    const viaDiff = runCli(["diff", saved, TYPICAL, "--json"]);
    const viaPlan = runCli(["plan", TYPICAL, "--baseline", saved, "--json"]);
    expect(viaPlan.code).toBe(0);
    expect(viaPlan.stdout).toBe(viaDiff.stdout);
    const same = json<PlanDiff>(["plan", SMALL, "--baseline", saved, "--json"]);
    expect(same.options.every((o) => o.kind === "unchanged")).toBe(true);
  });
  it("bad input: a file that is neither a plan nor a workload, or a missing one, exits 2 in one line naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-diff-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ options: [{ option: "standard" }], recommended: null }));
    const r = runCli(["diff", bad, AFTER]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^msk-planner: BASE: .*bad\.json is not a saved `plan --json`: /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    const missing = runCli(["diff", BEFORE, join(dir, "nope.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/NEW: file not found/);
    const both = runCli(["diff", BEFORE, AFTER, "--json", "--markdown"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--markdown: give --markdown or --json, not both/);
  });
});
