// Property tests (fast-check), each named by the law it checks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KINESIS_LIMITS } from "../../src/model/alternatives/kinesis.js";
import { SQS_LIMITS } from "../../src/model/alternatives/sqs.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import {
  type AlternativeInputs,
  evaluateAlternatives,
  INFRASTRUCTURE_ONLY,
} from "../../src/plan/alternatives/index.js";
import { sqsEffectiveBatch } from "../../src/plan/alternatives/sqs.js";
import type { AlternativeOptionId, OptionResult } from "../../src/plan/types.js";
import { ALTERNATIVE_OPTIONS } from "../../src/plan/types.js";

interface S {
  ingress: number; // bytes/s
  egressFactor: number; // egress = ingress × factor
  groups: number;
  retentionHours: number;
  messageSize: number; // bytes
}

function evaluate(
  s: S,
  ids: readonly AlternativeOptionId[] = ALTERNATIVE_OPTIONS,
  inputs?: AlternativeInputs,
): OptionResult[] {
  const workload = parseWorkload({
    streams: [
      {
        name: "s",
        ingress: `${s.ingress} B/s`,
        egress: `${s.ingress * s.egressFactor} B/s`,
        consumerGroups: s.groups,
        retention: `${s.retentionHours} h`,
        messageSize: `${s.messageSize} B`,
        partitions: 100,
      },
    ],
  });
  return evaluateAlternatives(
    { workload, demand: deriveDemand(workload), hours: 730, region: "us-east-1", inputs },
    ids,
  );
}

const stream: fc.Arbitrary<S> = fc.record({
  ingress: fc.integer({ min: 1_000, max: 300_000_000 }),
  egressFactor: fc.double({ min: 0.5, max: 6, noNaN: true }),
  groups: fc.integer({ min: 1, max: 8 }),
  retentionHours: fc.integer({ min: 1, max: 24 * 400 }),
  messageSize: fc.integer({ min: 100, max: 200_000 }),
});
const factor = fc.double({ min: 1, max: 4, noNaN: true });
const RUNS = { numRuns: 40 };

/** b is at least a: feasibility never returns, and cost never falls (tolerance for float sums). */
function notCheaper(a: OptionResult, b: OptionResult): void {
  if (b.feasible) {
    expect(a.feasible, `${a.option}: larger feasible, smaller not`).toBe(true);
    expect(b.monthlyUsd as number).toBeGreaterThanOrEqual((a.monthlyUsd as number) * (1 - 1e-12) - 1e-9);
  }
}

describe("monotone cost", () => {
  it("more ingress never costs less, on every alternative", () => {
    fc.assert(
      fc.property(stream, factor, (s, k) => {
        const a = evaluate(s);
        const b = evaluate({ ...s, ingress: Math.round(s.ingress * k), egressFactor: s.egressFactor / k });
        // egress held fixed while ingress grows: egressFactor scaled down
        for (const [i, r] of a.entries()) notCheaper(r, b[i] as OptionResult);
      }),
      RUNS,
    );
  });
  it("more egress never costs less, on every alternative", () => {
    fc.assert(
      fc.property(stream, factor, (s, k) => {
        const a = evaluate(s);
        const b = evaluate({ ...s, egressFactor: s.egressFactor * k });
        for (const [i, r] of a.entries()) notCheaper(r, b[i] as OptionResult);
      }),
      RUNS,
    );
  });
  it("longer retention never costs less, on every alternative", () => {
    fc.assert(
      fc.property(stream, factor, (s, k) => {
        const a = evaluate(s);
        const b = evaluate({ ...s, retentionHours: Math.round(s.retentionHours * k) });
        for (const [i, r] of a.entries()) notCheaper(r, b[i] as OptionResult);
      }),
      RUNS,
    );
  });
});

describe("Kinesis", () => {
  it("provisioned shard counts meet every per-shard limit", () => {
    fc.assert(
      fc.property(stream, (s) => {
        const [r] = evaluate(s, ["kinesis-provisioned"]);
        if (!r?.feasible || r.option !== "kinesis-provisioned") return;
        const shards = r.configuration.shards;
        const records = s.ingress / s.messageSize;
        expect(shards * KINESIS_LIMITS.writeBytesPerSecPerShard).toBeGreaterThanOrEqual(
          s.ingress * (1 - 1e-12),
        );
        expect(shards * KINESIS_LIMITS.writeRecordsPerSecPerShard).toBeGreaterThanOrEqual(
          records * (1 - 1e-12),
        );
        if (r.configuration.readMode === "shared") {
          // G groups share 5 GetRecords calls/s per shard, each call ≤ 10,000 records: G ≤ 50.
          expect(s.groups).toBeLessThanOrEqual(
            (KINESIS_LIMITS.getRecordsCallsPerSecPerShard * KINESIS_LIMITS.getRecordsMaxRecordsPerCall) /
              KINESIS_LIMITS.writeRecordsPerSecPerShard,
          );
          expect(shards * KINESIS_LIMITS.sharedReadBytesPerSecPerShard).toBeGreaterThanOrEqual(
            s.ingress * s.egressFactor * (1 - 1e-12),
          );
          expect(shards * KINESIS_LIMITS.sharedReadRecordsPerSecPerShard).toBeGreaterThanOrEqual(
            records * s.egressFactor * (1 - 1e-12),
          );
        } else {
          expect(r.configuration.efoConsumers).toBe(s.groups);
          expect(s.groups).toBeLessThanOrEqual(KINESIS_LIMITS.maxEfoConsumersPerStream);
        }
      }),
      { numRuns: 100 },
    );
  });
  it("beyond 365 days of retention both modes are infeasible and unpriced", () => {
    fc.assert(
      fc.property(stream, fc.integer({ min: 365 * 24 + 1, max: 1000 * 24 }), (s, h) => {
        for (const r of evaluate({ ...s, retentionHours: h }, ["kinesis-provisioned", "kinesis-on-demand"])) {
          expect(r).toMatchObject({ feasible: false, monthlyUsd: null });
        }
      }),
      RUNS,
    );
  });
});

describe("SQS", () => {
  it("SQS is infeasible above its limits (retention > 14 days; FIFO > 300 calls/s) and feasible within them", () => {
    fc.assert(
      fc.property(stream, (s) => {
        const [std, fifo] = evaluate(s, ["sqs-standard", "sqs-fifo"]) as [OptionResult, OptionResult];
        const retentionOk = s.retentionHours * 3600 <= SQS_LIMITS.maxRetentionSeconds;
        const calls = s.ingress / s.messageSize / sqsEffectiveBatch(10, s.messageSize);
        expect(std.feasible).toBe(retentionOk);
        expect(fifo.feasible).toBe(retentionOk && calls <= SQS_LIMITS.fifoCallsPerSecPerAction);
        if (!std.feasible) expect(std.reasons.join(" ")).toMatch(/retention .* > 14 days \(SQS maximum/);
      }),
      { numRuns: 100 },
    );
  });
});

describe("self-managed labour", () => {
  it("self-managed infrastructure cost never includes labour unless given, and adds exactly hours × rate when given", () => {
    fc.assert(
      fc.property(
        stream,
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        (s, h, rate) => {
          const [infra] = evaluate(s, ["self-managed"]) as [OptionResult];
          expect(infra.lineItems.some((i) => i.dimension === "labour")).toBe(false);
          expect(
            infra.configuration && "costBasis" in infra.configuration && infra.configuration.costBasis,
          ).toBe(INFRASTRUCTURE_ONLY);
          expect(infra.notes.some((n) => n.startsWith(INFRASTRUCTURE_ONLY))).toBe(true);
          const [withLabour] = evaluate(s, ["self-managed"], {
            opsHoursPerMonth: h,
            opsHourlyRateUsd: rate,
          }) as [OptionResult];
          expect(withLabour.monthlyUsd as number).toBeCloseTo((infra.monthlyUsd as number) + h * rate, 6);
        },
      ),
      RUNS,
    );
  });
});
