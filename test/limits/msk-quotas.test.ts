// Provisioned-cluster quotas exactly at the limit and one unit past it: 60 brokers per cluster
// (KRaft), 30 for the ZooKeeper-only kafka.t3.small, 3,000 connections per broker, replication
// factor at most the broker quota, and tiered storage's 3-day minimum retention. Each limit is
// written out as published on the MSK quota page and the tiered-storage page.
import { beforeEach, describe, expect, it } from "vitest";
import type { Demand } from "../../src/model/demand.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { InputError } from "../../src/model/errors.js";
import { type StandardLoads, sizeStandard, standardCapacities } from "../../src/model/sizing/standard.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { MskOptionId, OptionResultOf } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { noStandardLoads } from "../helpers/standard-loads.js";

const catalog = bundledCatalog();
let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog, region: "us-east-1" });
});

function options(raw: Record<string, unknown>): { [O in MskOptionId]: OptionResultOf<O> } {
  const w = parseWorkload({ region: "us-east-1", azs: 3, ...raw });
  const d: Demand = deriveDemand(w);
  const r = planner.plan(w, d);
  const ev = planner.evaluate(w, d);
  for (const e of ev) {
    const o = r.options.find((x) => x.option === e.option);
    expect(e.feasible, e.option).toBe(o?.feasible);
    expect(e.monthlyUsd, e.option).toBe(o?.monthlyUsd);
  }
  return Object.fromEntries(r.options.map((o) => [o.option, o])) as { [O in MskOptionId]: OptionResultOf<O> };
}

// One small stream (1 MB/s, 3 partitions, 3 days so tiered storage applies); only the connection
// count is large. Without AZ-loss head-room, connections ÷ 3,000 per broker is the broker count.
const small = (clientConnections: number) => ({
  clientConnections,
  targets: { tolerateAzLoss: false },
  streams: [{ name: "s", ingress: "1 MB/s", partitions: 3, replicationFactor: 3, retention: "3d" }],
});

describe("60 brokers per cluster (KRaft), through the planner", () => {
  it("180,000 connections = 60 brokers × 3,000: Standard, tiered and Express fit with exactly 60", () => {
    const o = options(small(180_000));
    for (const id of ["standard", "standard-tiered", "express"] as const) {
      expect(o[id].feasible, id).toBe(true);
      expect(o[id].configuration?.brokers, id).toBe(60);
      expect(o[id].utilisation.brokers, id).toBe(1);
      expect(o[id].utilisation.connections, id).toBe(1);
    }
  });
  it("180,001 connections need 61 brokers, 63 as a multiple of 3 AZs: none of them fits", () => {
    const o = options(small(180_001));
    for (const id of ["standard", "standard-tiered", "express"] as const) {
      expect(o[id].feasible, id).toBe(false);
      expect(o[id].monthlyUsd, id).toBeNull();
    }
  });
});

describe("broker quota per instance type, through the sizer (one AZ, so no rounding up)", () => {
  const loads = (connections: number): StandardLoads => noStandardLoads({ connections });
  const cost = { broker: 1, storageGiB: 0, pstMiBps: Number.NaN };
  const cap = (name: string) => {
    const c = standardCapacities().find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };
  it.each([
    ["kafka.m5.large", 60],
    ["kafka.m7g.large", 60],
    ["kafka.t3.small", 30], // ZooKeeper mode only: 30 brokers per cluster
  ])("%s: %i brokers fit, one more does not", (name, max) => {
    const at = sizeStandard(cap(name), loads(max * 3000), cost);
    expect([at.brokers, at.feasible]).toEqual([max, true]);
    const past = sizeStandard(cap(name), loads(max * 3000 + 1), cost);
    expect([past.brokers, past.feasible]).toEqual([max + 1, false]);
  });
});

describe("workload limits tied to quotas", () => {
  const stream = (extra: Record<string, unknown>) => ({
    streams: [{ name: "s", ingress: "1 MB/s", partitions: 3, ...extra }],
  });
  it("replication factor 60 (the broker quota) is accepted, 61 is bad input naming the field", () => {
    expect(parseWorkload(stream({ replicationFactor: 60 })).streams[0]?.replicationFactor).toBe(60);
    expect(() => parseWorkload(stream({ replicationFactor: 61 }))).toThrow(InputError);
    expect(() => parseWorkload(stream({ replicationFactor: 61 }))).toThrow(
      /streams\.s\.replicationFactor: expected at most 60 \(the broker quota per cluster\), got 61/,
    );
  });
  it("tiered storage needs retention ≥ 3 days: 259,200 s with 1 day local is tiered; 259,199 s is bad input", () => {
    const at = parseWorkload(stream({ retention: "259200 s", localRetention: "1d" }));
    expect(at.streams[0]?.localRetentionSeconds).toBe(86_400);
    expect(() => parseWorkload(stream({ retention: "259199 s", localRetention: "1d" }))).toThrow(
      /streams\.s\.retention: tiered storage \(localRetention below retention\) needs retention of at least 3d/,
    );
  });
  it("without localRetention: 3 days defaults to tiering (standard-tiered feasible), 3 days − 1 s keeps all local (not tiered)", () => {
    const at = options({ streams: [{ name: "s", ingress: "1 MB/s", partitions: 3, retention: "259200 s" }] });
    expect(at["standard-tiered"].feasible).toBe(true);
    const past = options({
      streams: [{ name: "s", ingress: "1 MB/s", partitions: 3, retention: "259199 s" }],
    });
    expect(past["standard-tiered"].feasible).toBe(false);
    // 259,199 s < 259,200 s: both show as 3 days, so the exact values are given
    expect(past["standard-tiered"].reasons[0]).toMatch(
      /^retention 3 days < 3 days \(exactly 259,199 < 259,200; tiered storage needs a stream with at least this retention/,
    );
    expect(past.standard.feasible).toBe(true);
  });
});
