// Law (issue #14, axis-factored sweeping): a sweep whose fastest axis is a partitions axis keeps
// an option's row where the partition counts cannot change it (src/plan/simulate/partition-keys.ts);
// every scenario's rows still equal planner.evaluate() of that scenario's workload, parsed on its
// own from the file with the values written in — to the last bit, whatever the grid, the order the
// scenarios are visited in (worker threads take chunks out of order), the partitions target or the
// instance-type allow-list (only the types the planner sizes mark break points).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const fixture = (name: string) =>
  parse(readFileSync(`fixtures/workloads/${name}.yaml`, "utf8")) as {
    streams: Record<string, unknown>[];
    targets?: Record<string, unknown>;
  };

// Per fixture: the stream whose peak the outer axis sets (its peak must stay above its average).
const CASES = [
  { name: "small", stream: "events", lowestPeakMiB: 1 },
  { name: "typical", stream: "orders", lowestPeakMiB: 20 },
  { name: "many-partitions", stream: undefined, lowestPeakMiB: 0 },
] as const;

/** The workload of one scenario, parsed from the file with the values written in. */
function scenarioWorkload(
  input: ReturnType<typeof fixture> & { instanceTypes?: string[] },
  stream: string | undefined,
  peak: string | undefined,
  share: number | undefined,
  partitions: number,
) {
  const w = structuredClone(input);
  for (const s of w.streams) {
    s.partitions = partitions;
    if (peak !== undefined && s.name === stream) s.peakIngress = peak;
  }
  if (share !== undefined)
    w.targets = {
      ...w.targets,
      maxUtilisation: { ...(w.targets?.maxUtilisation as object), partitions: share },
    };
  return parseWorkload(w);
}

const grid = fc.record({
  c: fc.integer({ min: 0, max: CASES.length - 1 }),
  peaks: fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 4 }),
  shares: fc.option(fc.uniqueArray(fc.constantFrom(0.5, 0.8, 1, 1.5, 2), { minLength: 1, maxLength: 3 })),
  // Partition counts in any order, repeats allowed: break points crossed both ways and not at all.
  partitions: fc.array(fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 60_000 })), {
    minLength: 1,
    maxLength: 40,
  }),
  all: fc.boolean(),
  // The planner's allow-list: the default (no burstable type), or patterns that bring in the
  // burstable kafka.t3.small (300 partitions per broker) or leave out whole families.
  types: fc.option(
    fc.subarray(["kafka.t3.small", "kafka.m5.*", "kafka.m7g.large", "express.m7g.*"], { minLength: 1 }),
  ),
  shuffled: fc.boolean(),
  order: fc.array(fc.nat(), { maxLength: 60 }),
});

test("a factored sweep equals planner.evaluate() scenario by scenario", () => {
  fc.assert(
    fc.property(grid, (g) => {
      const k = CASES[g.c] as (typeof CASES)[number];
      const input = { ...fixture(k.name), ...(g.types ? { instanceTypes: g.types } : {}) };
      const options = g.all ? [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS] : MSK_OPTIONS;
      const peaks = k.stream ? g.peaks.map((p) => `${k.lowestPeakMiB + p} MiB/s`) : [];
      const shares = g.shares ?? [];
      const vary = [
        ...(k.stream ? [`streams.${k.stream}.peakIngress=${peaks.join(",")}`] : []),
        ...(shares.length ? [`targets.maxUtilisation.partitions=${shares.join(",")}`] : []),
        `partitions=${g.partitions.join(",")}`,
      ];
      const sweep = prepareSweep({ input, vary, catalog, format: "csv", options });
      const instanceTypes = resolveInstanceTypes(g.types ?? undefined, "instanceTypes");
      const planner = preparePlanner({ catalog, region: "us-east-1", options, instanceTypes });
      // Every scenario in order, or in an order mixing runs and jumps.
      const visit = g.shuffled
        ? g.order.map((x) => x % sweep.total)
        : Array.from({ length: sweep.total }, (_, i) => i);
      const nP = g.partitions.length;
      const nS = Math.max(1, shares.length);
      for (const i of visit) {
        const peak = peaks.length ? peaks[Math.floor(i / (nP * nS))] : undefined;
        const share = shares.length ? shares[Math.floor(i / nP) % nS] : undefined;
        const w = scenarioWorkload(input, k.stream, peak, share, g.partitions[i % nP] as number);
        const want = planner.evaluate(w);
        const got = sweep.scenario(i).options;
        expect(got.map((r) => [r.option, r.feasible, r.priced])).toEqual(
          want.map((r) => [r.option, r.feasible, r.priced]),
        );
        // To the last bit (toEqual treats -0 and 0 alike; Object.is does not).
        for (const [j, r] of got.entries()) expect(Object.is(r.monthlyUsd, want[j]?.monthlyUsd)).toBe(true);
      }
    }),
    { numRuns: 60 },
  );
});
