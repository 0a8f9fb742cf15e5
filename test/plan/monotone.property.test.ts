// Law: every option's monthly cost is non-decreasing in ingress, egress, retention and tier reads
// (issue #12). Sweeps start from random workload files (seeded) and step one field up a grid wide
// enough to cross every limit on the way: Kinesis shard and shared-read limits, derived consumer
// groups crossing whole numbers, the 3-day tiered minimum, SQS's 14 days, Kinesis's 7 and 365 days,
// broker counts, PST, Serverless quotas. Workloads are built from the file form, so derived fields
// (consumer groups = egress ÷ ingress, peaks, local retention) follow as they do for a user.
import fc from "fast-check";
import { beforeEach, describe, expect, test } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS, type OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { FC_SEED } from "../setup/fast-check.js";

const OPTIONS: OptionId[] = [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS];
let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: OPTIONS });
});

interface Base {
  ingressMiB: number;
  peakFactor: number;
  /** egress = ingress × fanout, written as a rate (consumer groups derived) or as groups. */
  fanout: number;
  groupsGiven: boolean;
  retentionH: number;
  localH: number | null;
  tierShare: number;
  messageSize: number;
  partitions: number;
}

const baseArb: fc.Arbitrary<Base> = fc.record({
  ingressMiB: fc.double({ min: 0.05, max: 60, noNaN: true }),
  peakFactor: fc.constantFrom(1, 1.5, 3),
  fanout: fc.double({ min: 0.5, max: 7, noNaN: true }),
  groupsGiven: fc.boolean(),
  retentionH: fc.integer({ min: 1, max: 24 * 30 }),
  localH: fc.constantFrom(null, null, 12, 24),
  tierShare: fc.constantFrom(0, 0.1, 0.5),
  messageSize: fc.constantFrom(200, 1024, 30_000),
  partitions: fc.integer({ min: 3, max: 3000 }),
});

type Field = "ingress" | "egress" | "retention" | "tierReads";

/** The workload file of `b` with `field` set to `v` (MiB/s, hours, or a share of egress). */
function file(b: Base, field: Field, v: number): unknown {
  const ingress = field === "ingress" ? v : b.ingressMiB;
  const egress = field === "egress" ? v : b.ingressMiB * b.fanout;
  const retentionH = field === "retention" ? v : b.retentionH;
  const tier = field === "tierReads" ? v : b.tierShare;
  const localH = b.localH !== null && b.localH < retentionH && retentionH >= 72 ? b.localH : null;
  return {
    streams: [
      {
        name: "s",
        ingress: `${ingress} MiB/s`,
        peakIngress: `${ingress * b.peakFactor} MiB/s`,
        ...(b.groupsGiven && field !== "egress"
          ? { consumerGroups: Math.max(1, Math.round(b.fanout)) }
          : { egress: `${egress} MiB/s`, peakEgress: `${egress * b.peakFactor} MiB/s` }),
        retention: `${retentionH} h`,
        ...(localH !== null ? { localRetention: `${localH} h` } : {}),
        tierReads: `${tier * (b.groupsGiven && field !== "egress" ? ingress * Math.max(1, Math.round(b.fanout)) : egress)} MiB/s`,
        messageSize: `${b.messageSize} B`,
        partitions: b.partitions,
      },
    ],
  };
}

/** Each option's cost over the grid; null where infeasible or unpriced. */
function sweep(b: Base, field: Field, grid: readonly number[]): (number | null)[][] {
  return grid.map((v) => planner.evaluate(parseWorkload(file(b, field, v))).map((r) => r.monthlyUsd));
}

function expectNonDecreasing(b: Base, field: Field, grid: readonly number[]): void {
  const rows = sweep(b, field, grid);
  OPTIONS.forEach((option, j) => {
    let last: { v: number; usd: number } | null = null;
    rows.forEach((row, i) => {
      const usd = row[j];
      if (usd === null || usd === undefined) return;
      const v = grid[i] as number;
      if (last)
        expect(
          usd,
          `${option}: ${field} ${last.v} → ${v} costs $${last.usd} → $${usd} (base ${JSON.stringify(b)})`,
        ).toBeGreaterThanOrEqual(last.usd * (1 - 1e-12) - 1e-9);
      last = { v, usd };
    });
  });
}

/** n points from lo to hi, geometric. */
const geometric = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo * (hi / lo) ** (i / (n - 1)));

// The seed is the suite's (test/setup/fast-check.ts; FC_SEED overrides it).
const RUNS = { numRuns: 12, endOnFailure: true };

describe(`monthly cost is non-decreasing (seed ${FC_SEED})`, () => {
  test("in ingress, 0.05 → 300 MiB/s with egress held (derived consumer groups fall across whole numbers)", () => {
    fc.assert(
      fc.property(baseArb, (b) => expectNonDecreasing(b, "ingress", geometric(0.05, 300, 40))),
      RUNS,
    );
  });
  test("in egress, 0.05 → 900 MiB/s (consumer groups, shared reads and fan-out limits crossed)", () => {
    fc.assert(
      fc.property(baseArb, (b) =>
        expectNonDecreasing(b, "egress", geometric(Math.max(0.05, b.ingressMiB * b.tierShare), 900, 40)),
      ),
      RUNS,
    );
  });
  test("in retention, 1 h → 400 d (Kinesis 24 h / 7 d / 365 d, tiered 3 d, SQS 14 d)", () => {
    fc.assert(
      fc.property(baseArb, (b) => expectNonDecreasing(b, "retention", geometric(1, 24 * 400, 40))),
      RUNS,
    );
  });
  test("in tier reads, 0 → all of egress", () => {
    fc.assert(
      fc.property(baseArb, (b) =>
        expectNonDecreasing(
          { ...b, retentionH: Math.max(b.retentionH, 72) },
          "tierReads",
          [0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 1],
        ),
      ),
      RUNS,
    );
  });
});

describe("the audit's Kinesis case", () => {
  test("kinesis-provisioned, 152.122 MiB/s out: 29.9 MiB/s in (6 whole groups, was 5.0877 billed as fan-out) costs no more than 31.4 MiB/s in (5 groups)", () => {
    const at = (ingress: string) =>
      planner.evaluate(
        parseWorkload({ streams: [{ name: "s", ingress, egress: "152.122 MiB/s", partitions: 60 }] }),
      )[OPTIONS.indexOf("kinesis-provisioned")]?.monthlyUsd as number;
    // 152.122 ÷ 29.9 = 5.0877 → 6 whole groups; 152.122 ÷ 31.4 = 4.8446 → 5. Both read on shared
    // throughput: ⌈152.122 MiB/s ÷ 2 MB/s⌉ = 80 shards either way; the larger ingress writes more.
    expect(at("29.9 MiB/s")).toBeLessThanOrEqual(at("31.4 MiB/s"));
    const fine = geometric(29.9, 31.4, 16).map((i) => at(`${i} MiB/s`));
    for (let i = 1; i < fine.length; i++) expect(fine[i]).toBeGreaterThanOrEqual(fine[i - 1] as number);
  });
});
