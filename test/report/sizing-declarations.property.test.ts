// Law: one declaration per sizing rule (src/model/sizing/rules.ts) gives the sizer's number and
// the live sheet's formula, and the two agree to the last bit: each formula, evaluated as a
// spreadsheet does, equals the sizer's plain arithmetic on the same inputs (where the sizer has
// Infinity brokers for no capacity, the sheet has its finite stand-in NO_CAPACITY).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Demand } from "../../src/model/demand.js";
import { deriveDemand, emptyDemand } from "../../src/model/derive-demand.js";
import {
  EXPRESS_AZS,
  EXPRESS_MAX_PARTITION_MBPS,
  EXPRESS_REPLICATION_FACTOR,
} from "../../src/model/quotas.js";
import * as sizer from "../../src/model/sizing/common.js";
import {
  type ExpressCapacity,
  type ExpressLoads,
  expressEgressCapacity as sizerEgress,
} from "../../src/model/sizing/express.js";
import {
  azLossFactor,
  brokersFor,
  ceilTolerant,
  expressEgressCapacity,
  expressFixedRulesMet,
  partitionBrokers,
  partitionsPerBroker,
  pstPerBroker,
  roundUpToMultiple,
  SERVERLESS_DEMAND_FIELDS,
  SERVERLESS_QUOTA_RULES,
  type ServerlessDemand,
  type ServerlessQuotaRule,
  type SizingArithmetic,
  serverlessFitsAll,
  serverlessShare,
  sizingNumbers,
  standardBlogLoads,
  standardScriptLoads,
  storagePerBroker,
  throughputBrokers,
} from "../../src/model/sizing/rules.js";
import {
  SERVERLESS_QUOTA_VALUES,
  serverlessFits,
  serverlessUtilisation,
} from "../../src/model/sizing/serverless.js";
import type { Workload } from "../../src/model/workload.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { type Expr, evaluate, ref, render } from "../../src/report/expr.js";
import { NO_CAPACITY, SIZING_FORMULAS } from "../../src/report/sizing-formulas.js";
import { workloadArb } from "../plan/arbitraries.js";

const catalog = bundledCatalog();

/** A rule of k inputs, generic over the arithmetic. */
type Rule = { name: string; arity: number; of: <T>(a: SizingArithmetic<T>, v: T[]) => T };
const v = <T>(xs: T[], i: number) => xs[i] as T;

const RULES: Rule[] = [
  { name: "brokersFor", arity: 2, of: (a, x) => brokersFor(a, v(x, 0), v(x, 1)) },
  { name: "roundUpToMultiple", arity: 2, of: (a, x) => roundUpToMultiple(a, v(x, 0), v(x, 1)) },
  { name: "ceilTolerant", arity: 1, of: (a, x) => ceilTolerant(a, v(x, 0)) },
  { name: "azLossFactor", arity: 2, of: (a, x) => azLossFactor(a, v(x, 0), v(x, 1)) },
  { name: "throughputBrokers", arity: 3, of: (a, x) => throughputBrokers(a, v(x, 0), v(x, 1), v(x, 2)) },
  {
    name: "partitionBrokers",
    arity: 4,
    of: (a, x) => partitionBrokers(a, v(x, 0), v(x, 1), v(x, 2), v(x, 3)),
  },
  {
    name: "pstPerBroker",
    arity: 6,
    of: (a, x) => pstPerBroker(a, v(x, 0), v(x, 1), v(x, 2), v(x, 3), v(x, 4), v(x, 5)),
  },
  {
    name: "storagePerBroker",
    arity: 4,
    of: (a, x) => storagePerBroker(a, v(x, 0), v(x, 1), v(x, 2), v(x, 3)),
  },
  ...[false, true].flatMap((aws) => [
    {
      name: `expressEgressCapacity(aws-script ${aws})`,
      arity: 3,
      of: <T>(a: SizingArithmetic<T>, x: T[]) => expressEgressCapacity(a, v(x, 0), v(x, 1), v(x, 2), aws),
    },
  ]),
  ...[false, true].flatMap((tiered) => {
    const loads = <T>(x: T[]) => ({
      ingress: v(x, 0),
      egress: v(x, 1),
      replication: v(x, 2),
      storageWrite: v(x, 3),
      tierUpload: v(x, 4),
      tierReads: v(x, 5),
      f: v(x, 6),
    });
    return [
      {
        name: "blog storageWrite",
        arity: 7,
        of: <T>(a: SizingArithmetic<T>, x: T[]) => standardBlogLoads.storageWrite(a, loads(x)),
      },
      {
        name: `blog networkOut (tiered ${tiered})`,
        arity: 7,
        of: <T>(a: SizingArithmetic<T>, x: T[]) => standardBlogLoads.networkOut(a, loads(x), tiered),
      },
      {
        name: `blog networkIn (tiered ${tiered})`,
        arity: 7,
        of: <T>(a: SizingArithmetic<T>, x: T[]) => standardBlogLoads.networkIn(a, loads(x), tiered),
      },
      {
        name: `script storageWrite (tiered ${tiered})`,
        arity: 7,
        of: <T>(a: SizingArithmetic<T>, x: T[]) => standardScriptLoads.storageWrite(a, loads(x), tiered),
      },
      {
        name: `script networkOut (tiered ${tiered})`,
        arity: 7,
        of: <T>(a: SizingArithmetic<T>, x: T[]) => standardScriptLoads.networkOut(a, loads(x), tiered),
      },
    ];
  }),
];

/** The formula of `rule` over cells in_0 … in_k, evaluated with `values` in those cells. */
function formulaValue(rule: Rule, values: number[]): number {
  const refs: Expr[] = values.map((_, i) => ref(`in_${i}`));
  const env = new Map(values.map((x, i) => [`in_${i}`, x] as const));
  return evaluate(rule.of(SIZING_FORMULAS, refs), env);
}

/** Inputs as the sheets hold them: non-negative, often whole, sometimes 0 (a load or capacity of nothing). */
const input = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 4000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }),
);

describe("law: the sizer and the live sheet's formula of one sizing declaration agree", () => {
  it("for random inputs, each rule's formula evaluates to exactly the sizer's number", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RULES), fc.array(input, { minLength: 7, maxLength: 7 }), (rule, xs) => {
        const values = xs.slice(0, rule.arity);
        const n = rule.of(sizingNumbers, values);
        const f = formulaValue(rule, values);
        // ⌈x⌉ of a count less a tolerance can be −0 in JS and 0 in a sheet: the same count.
        if (n === Number.POSITIVE_INFINITY && f !== n) expect(f, rule.name).toBe(NO_CAPACITY);
        else
          expect(
            f === n || (Number.isNaN(f) && Number.isNaN(n)),
            `${rule.name}(${values}): ${f} vs ${n}`,
          ).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("for random inputs, the sizer's unrolled functions equal the declarations' numbers", () => {
    const same = (a: number, b: number) => Object.is(a, b) || (a === 0 && b === 0);
    fc.assert(
      fc.property(fc.array(input, { minLength: 4, maxLength: 4 }), fc.boolean(), ([w, x, y, z], flag) => {
        const a = sizingNumbers;
        const [p, q, r, s] = [w as number, x as number, y as number, z as number];
        expect(same(sizer.brokersFor(p, q), brokersFor(a, p, q))).toBe(true);
        if (q > 0) expect(same(sizer.roundUpToMultiple(p, q), roundUpToMultiple(a, p, q))).toBe(true);
        expect(same(sizer.ceilTolerant(p), ceilTolerant(a, p))).toBe(true);
        expect(same(sizer.partitionsPerBroker(p, q, r), partitionsPerBroker(a, p, q, r))).toBe(true);
        expect(same(sizer.azLossFactor(q, flag), azLossFactor(a, q, flag ? 1 : 0))).toBe(true);
        const c = { ingressBytesPerSec: p, egressBytesPerSec: q } as ExpressCapacity;
        const L = { utilisation: r, model: flag ? "aws-script" : "blog" } as ExpressLoads;
        expect(same(sizerEgress(c, L), expressEgressCapacity(a, p, q, r, flag))).toBe(true);
        expect(same(sizer.brokersFor(p, q * s), throughputBrokers(a, p, q, s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("hand-worked: 45 MB/s at 15 MB/s per broker × 100 % needs exactly 3 brokers (no float round-up), ÷ 0 capacity none can carry", () => {
    const MB = 1_000_000;
    expect(throughputBrokers(sizingNumbers, 45 * MB, 15 * MB, 1)).toBe(3);
    expect(formulaValue(RULES[4] as Rule, [45 * MB, 15 * MB, 1])).toBe(3);
    // 45.1 MB/s needs a fourth broker; no load needs none; no capacity: Infinity (sheet: 1E+9).
    expect(throughputBrokers(sizingNumbers, 45.1 * MB, 15 * MB, 1)).toBe(4);
    expect(sizer.brokersFor(0, 0)).toBe(0);
    expect(sizer.brokersFor(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(formulaValue(RULES[0] as Rule, [1, 0])).toBe(NO_CAPACITY);
    // 3 AZs, one lost: the two left carry 3/2 of the load.
    expect(azLossFactor(sizingNumbers, 3, 1)).toBe(1.5);
    expect(azLossFactor(sizingNumbers, 3, 0)).toBe(1);
    // Partitions: 1,000 recommended × 150 % = 1,500, capped at the 1,200 maximum: 2,400 replicas need 2 brokers.
    expect(partitionBrokers(sizingNumbers, 2400, 1000, 1.5, 1200)).toBe(2);
    expect(partitionBrokers(sizingNumbers, 2401, 1000, 1.5, 1200)).toBe(3);
  });

  it("the formula text is the spreadsheet's own: nested sums and products read flat, an input's sum stays whole", () => {
    const a = SIZING_FORMULAS;
    const out = standardBlogLoads.networkOut(
      a,
      {
        egress: ref("egress"),
        replication: ref("repl"),
        tierUpload: ref("up"),
        f: ref("f"),
      },
      true,
    );
    expect(render(out)).toBe("(egress+repl+up)*f");
    expect(render(partitionBrokers(a, ref("r"), ref("rec"), ref("share"), ref("max")))).toBe(
      "IF(r>0,IF(MIN(rec*share,max)>0,MAX(0,ROUNDUP(r/(MIN(rec*share,max))-0.000000001,0)),1000000000),0)",
    );
  });
});

/** A demand drawn around its quota: well below, exactly at, one step past, well above, or 0. */
const nearLimit = (limit: number) =>
  fc.oneof(
    fc.constant(0),
    fc.constant(limit),
    fc.constant(limit + (Number.isInteger(limit) && limit < 1e6 ? 1 : limit * Number.EPSILON)),
    fc.double({ min: 0, max: limit * 2, noNaN: true }),
  );

const QUOTAS = SERVERLESS_QUOTA_VALUES;
const limitOf = (field: keyof ServerlessDemand<number>) => {
  const rule = SERVERLESS_QUOTA_RULES.find(
    (r) => r.demand(SERVERLESS_DEMAND_FIELDS) === field,
  ) as ServerlessQuotaRule;
  return rule.limit(sizingNumbers, QUOTAS);
};
/** A Serverless demand whose every figure is drawn around its own quota. */
const serverlessDemandArb: fc.Arbitrary<ServerlessDemand<number>> = fc.record(
  Object.fromEntries(
    Object.keys(SERVERLESS_DEMAND_FIELDS).map((f) => [
      f,
      nearLimit(limitOf(f as keyof typeof SERVERLESS_DEMAND_FIELDS)),
    ]),
  ) as {
    [K in keyof ServerlessDemand<number>]: fc.Arbitrary<number>;
  },
);
/** The {@link Demand} fields the Serverless sizer reads, from a drawn Serverless demand (the rest 0). */
const demandOf = (x: ServerlessDemand<number>): Demand => ({
  ...emptyDemand(),
  peakIngressBytesPerSec: x.peakIngress,
  peakEgressBytesPerSec: x.peakEgress,
  partitions: x.partitions,
  maxPeakIngressPerPartitionBytesPerSec: x.maxPeakIngressPerPartition,
  maxPeakEgressPerPartitionBytesPerSec: x.maxPeakEgressPerPartition,
  clientConnections: x.connections,
  maxMessageSizeBytes: x.maxMessageSize,
  consumerGroups: x.consumerGroups,
});

describe("law: the Serverless quotas and the Express fixed rules, declared once, agree three ways", () => {
  const cells = <T extends object>(prefix: string, o: T) =>
    Object.fromEntries(Object.keys(o).map((k) => [k, ref(`${prefix}_${k}`)])) as { [K in keyof T]: Expr };
  const envOf = (prefix: string, o: object) =>
    Object.entries(o).map(([k, v]) => [`${prefix}_${k}`, v as number] as const);

  it("per quota the formula's share equals the sizer's utilisation, and fits-all equals the sizer's hot-path check", () => {
    fc.assert(
      fc.property(serverlessDemandArb, (x) => {
        const d = demandOf(x);
        const env = new Map([...envOf("d", x), ...envOf("q", QUOTAS)]);
        const util = serverlessUtilisation(d);
        for (const r of SERVERLESS_QUOTA_RULES) {
          const n = serverlessShare(sizingNumbers, r, x, QUOTAS);
          const f = evaluate(serverlessShare(SIZING_FORMULAS, r, cells("d", x), cells("q", QUOTAS)), env);
          expect(Object.is(util[r.resource], n) || (Number.isNaN(n) && Number.isNaN(util[r.resource]))).toBe(
            true,
          );
          expect(f === n || (Number.isNaN(f) && Number.isNaN(n)), r.resource).toBe(true);
        }
        const fits = serverlessFitsAll(sizingNumbers, x, QUOTAS);
        expect(serverlessFits(d)).toBe(fits === 1);
        expect(evaluate(serverlessFitsAll(SIZING_FORMULAS, cells("d", x), cells("q", QUOTAS)), env)).toBe(
          fits,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("hand-worked: 200 MB/s of ingress fits the 200 MB/s quota, one byte/s more does not; 2,400 partitions fit, 2,401 do not", () => {
    const at = demandOf({
      ...Object.fromEntries(Object.keys(SERVERLESS_DEMAND_FIELDS).map((f) => [f, 0])),
      peakIngress: 200e6,
    } as ServerlessDemand<number>);
    expect(serverlessFits(at)).toBe(true);
    expect(serverlessUtilisation(at).ingress).toBe(1);
    expect(serverlessFits({ ...at, peakIngressBytesPerSec: 200e6 + 1 })).toBe(false);
    expect(serverlessFits({ ...at, partitions: 2400 })).toBe(true);
    expect(serverlessFits({ ...at, partitions: 2401 })).toBe(false);
    // 8 MiB messages fit (8 × 1,048,576 bytes), one byte more does not.
    expect(serverlessFits({ ...at, maxMessageSizeBytes: 8 * 2 ** 20 })).toBe(true);
    expect(serverlessFits({ ...at, maxMessageSizeBytes: 8 * 2 ** 20 + 1 })).toBe(false);
  });

  const limits = {
    azs: EXPRESS_AZS,
    replicationFactor: EXPRESS_REPLICATION_FACTOR,
    partitionMBps: EXPRESS_MAX_PARTITION_MBPS,
    bytesPerMB: 1e6,
  };

  it("Express's fixed rules: the formula equals the numbers, and the planner refuses Express exactly when they are not met", () => {
    const express = fc.record({
      w: workloadArb,
      rf: fc.constantFrom(2, 3, 4),
      // Peak ingress per partition around the 15 MB/s limit: at it, one byte/s past it, or drawn.
      perPartition: fc.oneof(
        fc.constant(15e6),
        fc.constant(15e6 + 1),
        fc.double({ min: 1e5, max: 3e7, noNaN: true }),
      ),
    });
    fc.assert(
      fc.property(express, ({ w, rf, perPartition }) => {
        const streams = w.streams.map((s, i) =>
          i === 0
            ? { ...s, replicationFactor: rf, peakIngressBytesPerSec: perPartition * s.partitions }
            : { ...s, peakIngressBytesPerSec: Math.min(s.peakIngressBytesPerSec, 1e6 * s.partitions) },
        );
        const edited: Workload = { ...w, streams };
        const d = deriveDemand(edited);
        const x = {
          azs: edited.azs,
          maxReplicationFactor: d.maxReplicationFactor,
          maxPeakIngressPerPartition: d.maxPeakIngressPerPartitionBytesPerSec,
        };
        const met = expressFixedRulesMet(sizingNumbers, x, limits);
        const env = new Map([...envOf("x", x), ...envOf("l", limits)]);
        expect(evaluate(expressFixedRulesMet(SIZING_FORMULAS, cells("x", x), cells("l", limits)), env)).toBe(
          met,
        );
        const o = plan(edited, { catalog }).options.find((r) => r.option === "express") as OptionResult;
        const fixed = new Set(["azs", "replicationFactor", "ingressPerPartition"]);
        const refused = !o.feasible && o.problems.some((p) => fixed.has(p.resource));
        expect(refused, JSON.stringify(x)).toBe(met === 0);
      }),
      { numRuns: 150 },
    );
  });

  it("hand-worked: Express takes 3 AZs, RF 3 and 15 MB/s per partition; 2 AZs, RF 4 or 15,000,001 bytes/s per partition each break it", () => {
    const ok = { azs: 3, maxReplicationFactor: 3, maxPeakIngressPerPartition: 15e6 };
    expect(expressFixedRulesMet(sizingNumbers, ok, limits)).toBe(1);
    expect(expressFixedRulesMet(sizingNumbers, { ...ok, azs: 2 }, limits)).toBe(0);
    expect(expressFixedRulesMet(sizingNumbers, { ...ok, maxReplicationFactor: 4 }, limits)).toBe(0);
    expect(expressFixedRulesMet(sizingNumbers, { ...ok, maxPeakIngressPerPartition: 15e6 + 1 }, limits)).toBe(
      0,
    );
  });
});
