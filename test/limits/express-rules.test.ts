// Express's fixed rules, exactly at each and one step past, through the planner (plan and the
// sweep path, evaluate, must agree): 15 MB/s of ingress per partition at peak, replication factor
// fixed at 3 (a lower RF is raised to 3, with a note; a higher one cannot be met), exactly 3 AZs.
// Figures: MSK's Express broker quotas and best practices (`msk-express-brokers`, `msk-quotas`).
import { beforeEach, describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResultOf } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });
});

function express(raw: {
  azs?: number;
  peakIngress?: string;
  replicationFactor?: number;
}): OptionResultOf<"express"> {
  const w = parseWorkload({
    region: "us-east-1",
    azs: raw.azs ?? 3,
    streams: [
      {
        name: "s",
        ingress: "1 MB/s",
        peakIngress: raw.peakIngress ?? "1 MB/s",
        partitions: 1,
        replicationFactor: raw.replicationFactor ?? 3,
        retention: "1d",
      },
    ],
  });
  const d = deriveDemand(w);
  const o = planner.plan(w, d).options.find((x) => x.option === "express") as OptionResultOf<"express">;
  const e = planner.evaluate(w, d).find((x) => x.option === "express");
  expect(e?.feasible).toBe(o.feasible);
  expect(e?.monthlyUsd).toBe(o.monthlyUsd);
  return o;
}

describe("Express: 15 MB/s per partition at peak (one partition)", () => {
  it("15,000,000 B/s fits", () => {
    const o = express({ peakIngress: "15000000 B/s" });
    expect(o.feasible).toBe(true);
    expect(o.monthlyUsd).not.toBeNull();
  });
  it("15,000,001 B/s does not: the problem names 15,000,001 against 15,000,000 B/s, and nothing is priced", () => {
    const o = express({ peakIngress: "15000001 B/s" });
    expect(o.feasible).toBe(false);
    expect(o.monthlyUsd).toBeNull();
    expect(o.problems).toEqual([
      expect.objectContaining({
        code: "exceeds",
        resource: "ingressPerPartition",
        actual: 15_000_001,
        limit: 15_000_000,
      }),
    ]);
    expect(o.reasons).toEqual([
      "peak ingress per partition 15 MBps > 15 MBps (exactly 15,000,001 > 15,000,000; Express per-partition limit; add partitions)",
    ]);
  });
});

describe("Express: replication factor fixed at 3", () => {
  it("RF 3 fits with no RF note; RF 2 fits, raised to 3 with a note", () => {
    const rf = /RF fixed at 3/;
    const three = express({ replicationFactor: 3 });
    expect(three.feasible).toBe(true);
    expect(three.notes.some((n) => rf.test(n))).toBe(false);
    const two = express({ replicationFactor: 2 });
    expect(two.feasible).toBe(true);
    expect(two.notes.some((n) => rf.test(n))).toBe(true);
  });
  it("RF 4 cannot be met: one problem, 4 against 3", () => {
    const o = express({ replicationFactor: 4 });
    expect(o.feasible).toBe(false);
    expect(o.problems).toEqual([
      expect.objectContaining({ code: "exceeds", resource: "replicationFactor", actual: 4, limit: 3 }),
    ]);
    expect(o.reasons).toEqual(["replication factor 4 > 3 (Express fixes RF at 3)"]);
  });
  it("RF 4 with exactly 15,000,000 B/s in its one partition: only the RF is named (the partition is at its limit, not past it)", () => {
    expect(express({ replicationFactor: 4, peakIngress: "15000000 B/s" }).reasons).toEqual([
      "replication factor 4 > 3 (Express fixes RF at 3)",
    ]);
  });
});

describe("Express: exactly 3 AZs", () => {
  it("3 AZs fit; 2 AZs are a mismatch (2 against 3), never priced", () => {
    expect(express({ azs: 3, replicationFactor: 2 }).feasible).toBe(true);
    const o = express({ azs: 2, replicationFactor: 2 });
    expect(o.feasible).toBe(false);
    expect(o.monthlyUsd).toBeNull();
    expect(o.problems).toEqual([
      expect.objectContaining({ code: "mismatch", resource: "azs", actual: 2, limit: 3 }),
    ]);
    expect(o.reasons).toEqual(["availability zones 2 ≠ 3 (Express runs in exactly 3 AZs)"]);
    expect(o.notes).toEqual([]);
  });
});
