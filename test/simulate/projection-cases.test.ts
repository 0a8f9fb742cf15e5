// Growth projection pinned by hand-worked Serverless months (cost linear in partitions and in
// ingress, so every month can be worked out on paper), and every growth rule's parsing and limits.
// Prices: the bundled us-east-1 catalog, as in test/simulate/pinned.test.ts: small.yaml on
// Serverless is $547.50 a cluster-month + $538.59375 per MiB/s of ingress (data in $256.640625,
// data out at 2 consumer groups $256.640625, 3 days of storage $25.3125) + $1.095 per partition.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InputError } from "../../src/model/errors.js";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { MAX_MONTHS, parseGrowth, project } from "../../src/plan/simulate/projection.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { thrownInputError } from "../helpers/thrown.js";

const MiB = 2 ** 20;
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const serverless = (ingressMiB: number, partitions: number) =>
  547.5 + 538.59375 * ingressMiB + 1.095 * partitions;
const withStream = (patch: Record<string, unknown>) => ({
  ...small,
  streams: [{ ...small.streams[0], ...patch }],
});
const serverlessPlanner = () =>
  preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["serverless"] });

describe("projection, hand-worked on Serverless", () => {
  it("a schedule crossing the 2,400-partition quota and back, with ingress +1 MiB/s a month", () => {
    const r = project(
      parseWorkloadInput(small),
      ["partitions=2:2400,3:2401,4:100", "ingress=+1MiB/s/month"],
      4,
      serverlessPlanner(),
    );
    expect(r.months).toBe(4);
    expect(r.growth).toEqual([
      {
        field: "partitions",
        rule: {
          kind: "schedule",
          steps: [
            { month: 2, value: 2400 },
            { month: 3, value: 2401 },
            { month: 4, value: 100 },
          ],
        },
      },
      { field: "ingress", rule: { kind: "add", amount: MiB } },
    ]);
    expect(r.values).toEqual(
      [1, 2, 3, 4].map((m) => ({
        month: m,
        set: { partitions: [[30, 2400, 2401, 100][m - 1]], ingress: [m * MiB] },
      })),
    );
    const o = r.options[0];
    // Month 1: 547.5 + 538.59375 + 32.85 = 1,118.94375; month 2: 547.5 + 1,077.1875 + 2,628 = 4,252.6875;
    // month 3: 2,401 partitions > 2,400, infeasible (adds nothing); month 4: 547.5 + 2,154.375 + 109.5 = 2,811.375.
    expect(o?.months.map((m) => m.monthlyUsd)).toEqual([1118.94375, 4252.6875, null, 2811.375]);
    expect(serverless(1, 30)).toBeCloseTo(1118.94375, 9);
    expect(o?.months.map((m) => m.feasible)).toEqual([true, true, false, true]);
    expect(o?.months.map((m) => m.month)).toEqual([1, 2, 3, 4]);
    // Running sums: 1,118.94375; 5,371.63125; unchanged; 8,183.00625.
    expect(o?.months.map((m) => m.cumulativeUsd)).toEqual([1118.94375, 5371.63125, 5371.63125, 8183.00625]);
    expect(o?.totalUsd).toBe(8183.00625);
    expect(o?.months.map((m) => m.binding)).toEqual(["ingressPerPartition", "partitions", null, "ingress"]);
    expect(o?.months[2]?.configuration).toEqual({ clusters: 1, partitions: 2401 });
    // Feasible again in month 4: no longer "infeasible from" month 3.
    expect(o?.infeasibleFromMonth).toBeNull();
    expect(o?.events).toEqual([
      {
        month: 2,
        from: { clusters: 1, partitions: 30 },
        to: { clusters: 1, partitions: 2400 },
        why: "partitions binds",
      },
      {
        month: 3,
        from: { clusters: 1, partitions: 2400 },
        to: { clusters: 1, partitions: 2401 },
        why: "infeasible: partitions 2,401 > 2,400 (Serverless quota)",
      },
      {
        month: 4,
        from: { clusters: 1, partitions: 2401 },
        to: { clusters: 1, partitions: 100 },
        why: "ingress binds",
      },
    ]);
    for (const m of o?.months ?? []) expect(m).not.toHaveProperty("ratchetedStoragePerBrokerGiB");
  });

  it("infeasible from month 3 when the projection ends there; from month 1 when it starts there", () => {
    const planner = serverlessPlanner();
    const r = project(parseWorkloadInput(small), ["partitions=2:2400,3:2401"], 3, planner);
    expect(r.options[0]?.infeasibleFromMonth).toBe(3);
    const late = project(parseWorkloadInput(small), ["partitions=1:2401,3:30"], 3, planner);
    expect(late.options[0]?.infeasibleFromMonth).toBeNull();
    const never = project(parseWorkloadInput(small), ["partitions=1:2401"], 2, planner);
    expect(never.options[0]?.infeasibleFromMonth).toBe(1);
    expect(never.options[0]?.months.map((m) => [m.monthlyUsd, m.cumulativeUsd])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    expect(never.options[0]?.totalUsd).toBe(0);
    // Infeasible on both sides of month 2 with the same configuration: no event.
    expect(never.options[0]?.events).toEqual([]);
  });

  it("compound 10 %: 30, 33, 36.3 → 36 partitions; linear 10 %: 30, 33, 36; +5: 30, 35, 40", () => {
    const planner = serverlessPlanner();
    const parts = (g: string) =>
      project(parseWorkloadInput(small), [g], 3, planner).values.map((v) => v.set.partitions?.[0]);
    expect(parts("partitions=10%/month")).toEqual([30, 33, 36]);
    // Month 4 tells them apart: 30 × 1.1³ = 39.93 → 40 compound, 30 × 1.3 = 39 linear.
    const four = (g: string) => project(parseWorkloadInput(small), [g], 4, planner).values[3]?.set.partitions;
    expect([four("partitions=10%/month"), four("partitions=linear:10%/month")]).toEqual([[40], [39]]);
    expect(parts("partitions=linear:10%/month")).toEqual([30, 33, 36]);
    expect(parts("partitions=+5/month")).toEqual([30, 35, 40]);
    // Falling below the field's minimum (1 partition) stays at it: 30, 15, 1 (not 0).
    expect(parts("partitions=-15/month")).toEqual([30, 15, 1]);
    // Compound 30 × 1.1² = 36.3 is rounded per month, and each month is priced at its value.
    const r = project(parseWorkloadInput(small), ["partitions=10%/month"], 3, planner);
    const usd = r.options[0]?.months.map((m) => m.monthlyUsd) as number[];
    for (const [i, p] of [30, 33, 36].entries()) expect(usd[i]).toBeCloseTo(serverless(1, p), 9);
    // A utilisation target grown past its maximum (100 %) stays at 1.
    const u = project(parseWorkloadInput(small), ["targets.maxUtilisation.standard=+0.3/month"], 4, planner);
    const start = u.values[0]?.set["targets.maxUtilisation.standard"]?.[0] as number;
    expect(u.values.map((v) => v.set["targets.maxUtilisation.standard"]?.[0])).toEqual([
      start,
      Math.min(1, start + 0.3),
      Math.min(1, start + 0.6),
      1,
    ]);
  });
});

describe("projection: events, reasons and the storage ratchet", () => {
  it("the same configuration turning infeasible is an event, its reasons joined with '; '", () => {
    // From month 2, 60 MiB/s in with a peak 3 × that over 30 partitions: 6.29 MB/s per partition in
    // (> 5) and 12.58 out (> 10); the configuration (1 cluster, 30 partitions) does not change.
    const r = project(parseWorkloadInput(small), ["ingress=2:60MiB/s"], 2, serverlessPlanner());
    const o = r.options[0];
    expect(o?.months[1]?.configuration).toEqual(o?.months[0]?.configuration);
    expect(o?.events).toEqual([
      {
        month: 2,
        from: { clusters: 1, partitions: 30 },
        to: { clusters: 1, partitions: 30 },
        why:
          "infeasible: peak ingress per partition 6.29 MBps > 5 MBps (Serverless quota; add partitions); " +
          "peak egress per partition 12.58 MBps > 10 MBps (Serverless quota; add partitions)",
      },
    ]);
    expect(o?.infeasibleFromMonth).toBe(2);
  });
  it("a rate field is not rounded: 1 MiB/s × 1.08 = 1,132,462.08 B/s in month 2", () => {
    const r = project(parseWorkloadInput(small), ["ingress=8%/month"], 2, serverlessPlanner());
    expect(r.values[1]?.set.ingress).toEqual([1048576 * 1.08]);
    expect(r.values[1]?.set.ingress?.[0]).not.toBe(1132462);
  });
  it("Standard: the ratchet is noted only in a month that plans less storage than it keeps", () => {
    // kafka.m7g.large (default candidates), small.yaml with partitions 30 → 2,400 → 2,401 → 100 and
    // ingress 1 → 4 MiB/s: month 1 plans 507 GiB a broker on 3 brokers; month 2 (9 brokers for the
    // partitions) plans less and keeps 507; month 3 plans exactly 507 (no note); month 4 plans 2,025.
    const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["standard"] });
    const r = project(
      parseWorkloadInput(small),
      ["partitions=2:2400,3:2401,4:100", "ingress=+1MiB/s/month"],
      4,
      planner,
    );
    const months = r.options[0]?.months ?? [];
    expect(
      months.map((m) => (m.configuration as { storagePerBrokerGiB: number }).storagePerBrokerGiB),
    ).toEqual([507, 507, 507, 2025]);
    expect(months.map((m) => m.ratchetedStoragePerBrokerGiB)).toEqual([undefined, 507, undefined, undefined]);
    expect(months.map((m) => "ratchetedStoragePerBrokerGiB" in m)).toEqual([false, true, false, false]);
  });
  it("a month whose workload breaks a rule names it: the peak falls below the average in month 3", () => {
    // peakIngress 3 MiB/s falling 1.5 MiB/s a month: 3, 1.5, 0 — below the 1 MiB/s average in month 3.
    let caught: unknown;
    try {
      project(parseWorkloadInput(small), ["peakIngress=-1.5MiB/s/month"], 3, serverlessPlanner());
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(/\(in scenario month 3\)$/);
  });
  it("a workload that breaks a rule as written names month 1", () => {
    let caught: unknown;
    try {
      project(parseWorkloadInput(withStream({ peakIngress: "0.5MiB/s" })), [], 1, serverlessPlanner());
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(/\(in scenario month 1\)$/);
  });
});

describe("projection: an option with no price", () => {
  it("SQS FIFO in ap-south-1 (no SQS price there): feasible with no cost, then infeasible at 100 MiB/s", () => {
    const planner = preparePlanner({
      catalog: bundledCatalog(),
      region: "ap-south-1",
      options: ["sqs-fifo"],
    });
    const input = { ...withStream({ peakIngress: undefined }), region: "ap-south-1" };
    const r = project(parseWorkloadInput(input), ["ingress=2:100MiB/s"], 2, planner);
    const o = r.options[0];
    expect(o?.months.map((m) => [m.feasible, m.monthlyUsd, m.cumulativeUsd])).toEqual([
      [true, null, 0],
      [false, null, 0],
    ]);
    expect(o?.infeasibleFromMonth).toBe(2);
    expect(o?.events.map((e) => [e.month, e.why.startsWith("infeasible: ")])).toEqual([[2, true]]);
    expect(o?.totalUsd).toBe(0);
  });
});

describe("projection: months and growth specs", () => {
  const parsed = () => parseWorkloadInput(small);
  it(`months from 1 to ${MAX_MONTHS}: 0, ${MAX_MONTHS + 1} and 1.5 fail naming --months`, () => {
    const planner = serverlessPlanner();
    expect(project(parsed(), [], 1, planner).options[0]?.months).toHaveLength(1);
    expect(MAX_MONTHS).toBe(1200);
    expect(project(parsed(), [], MAX_MONTHS, planner).options[0]?.months).toHaveLength(1200);
    for (const m of [0, MAX_MONTHS + 1, 1.5]) {
      const e = thrownInputError(() => project(parsed(), [], m, planner));
      expect(e.path).toBe("--months");
      expect(e.message).toBe(`--months: expected a whole number of months from 1 to 1200, got ${m}`);
    }
  });
  it("the same field grown twice fails naming it", () => {
    const e = thrownInputError(() => project(parsed(), ["ingress=5%", "ingress=6%"], 3, serverlessPlanner()));
    expect(e.path).toBe("--growth ingress");
    expect(e.message).toBe("--growth ingress: is given twice");
  });
  it("rules: compound, linear, per month spelt three ways, negative rates and amounts", () => {
    const rule = (s: string) => parseGrowth(s, parsed()).rule;
    expect(rule("ingress=8%/month")).toEqual({ kind: "compound", rate: 0.08 });
    expect(rule("ingress = 8% per month ")).toEqual({ kind: "compound", rate: 0.08 });
    expect(rule("ingress=8%/mo")).toEqual({ kind: "compound", rate: 0.08 });
    expect(rule("ingress=8%")).toEqual({ kind: "compound", rate: 0.08 });
    expect(rule("ingress=linear:8%/month")).toEqual({ kind: "linear", rate: 0.08 });
    expect(rule("ingress=-5%/month")).toEqual({ kind: "compound", rate: -0.05 });
    expect(rule("ingress=-99%")).toEqual({ kind: "compound", rate: -0.99 });
    expect(rule("ingress=+5MiB/s/month")).toEqual({ kind: "add", amount: 5 * MiB });
    expect(rule("ingress=-2MiB/s/month")).toEqual({ kind: "add", amount: -2 * MiB });
    expect(rule("ingress=+ 2 MiB/s per month")).toEqual({ kind: "add", amount: 2 * MiB });
    expect(rule("ingress=6:80MiB/s, 12 : 120MiB/s")).toEqual({
      kind: "schedule",
      steps: [
        { month: 6, value: 80 * MiB },
        { month: 12, value: 120 * MiB },
      ],
    });
    expect(rule("partitions=1:5")).toEqual({ kind: "schedule", steps: [{ month: 1, value: 5 }] });
    expect(rule("partitions=12 :5")).toEqual({ kind: "schedule", steps: [{ month: 12, value: 5 }] });
    const g = parseGrowth("streams.events.retention=5%", parsed());
    expect([g.spec, g.resolved.path, g.resolved.name]).toEqual([
      "streams.events.retention=5%",
      "streams.events.retention",
      "retention",
    ]);
  });
  it.each([
    ["ingress", "--growth", 'expected FIELD=RULE such as ingress=8%/month, got "ingress"'],
    [
      "ingress=x6:80MiB/s",
      "--growth ingress",
      'expected a growth rate such as 8%/month, linear:8%/month, +5MiB/s/month or 6:80MiB/s, got "x6:80MiB/s"',
    ],
    [
      "ingress=6:80MiB/s,x7:90MiB/s",
      "--growth ingress",
      'expected a schedule MONTH:VALUE,MONTH:VALUE such as 6:80MiB/s,12:120MiB/s, got "x7:90MiB/s"',
    ],
    ["=8%", "--growth", 'expected FIELD=RULE such as ingress=8%/month, got "=8%"'],
    ["ingress=-100%", "--growth ingress", 'expected a rate above -100%, got "-100%"'],
    ["ingress=0:5MiB/s", "--growth ingress", "schedule months start at 1, got 0"],
    ["ingress=3:5MiB/s,3:6MiB/s", "--growth ingress", "schedule months must increase"],
    ["ingress=3:5MiB/s,2:6MiB/s", "--growth ingress", "schedule months must increase"],
    [
      "ingress=3:5MiB/s,x",
      "--growth ingress",
      'expected a schedule MONTH:VALUE,MONTH:VALUE such as 6:80MiB/s,12:120MiB/s, got "x"',
    ],
    [
      "ingress=8",
      "--growth ingress",
      'expected a growth rate such as 8%/month, linear:8%/month, +5MiB/s/month or 6:80MiB/s, got "8"',
    ],
    [
      "ingress=linear:+5MiB/s",
      "--growth ingress",
      'expected a growth rate such as 8%/month, linear:8%/month, +5MiB/s/month or 6:80MiB/s, got "linear:+5MiB/s"',
    ],
  ])("%s fails naming %s", (spec, path, message) => {
    const e = thrownInputError(() => parseGrowth(spec, parsed()));
    expect(e.path).toBe(path);
    expect(e.message).toBe(`${path}: ${message}`);
  });
  it("an unknown field names it; '/month' counts only at the end", () => {
    const e = thrownInputError(() => parseGrowth("nope=5%", parsed()));
    expect(e.path).toBe("--growth nope");
    expect(e.message).toMatch(/^--growth nope: unknown field path; /);
    expect(thrownInputError(() => parseGrowth("ingress=+5/month MiB/s", parsed())).path).toBe(
      "--growth ingress",
    );
  });
  it("a schedule value outside the field's range fails naming the field", () => {
    const e = thrownInputError(() => parseGrowth("partitions=2:0", parsed()));
    expect(e.path).toBe("--growth partitions");
  });
});
