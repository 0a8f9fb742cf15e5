// What-if pinned by hand-worked differences (Serverless: cost linear in partitions and ingress)
// and a change of broker type (a line item on one side only counts as $0 on the other), plus its
// input errors. Prices: the bundled us-east-1 catalog (test/simulate/pinned.test.ts lists them):
// Serverless $547.50 a cluster-month, $1.095 a partition-month, per MiB/s of ingress $256.640625
// in, $256.640625 out (2 consumer groups) and $25.3125 of storage (3 days); kafka.t3.small
// $0.0456/h, kafka.m7g.large $0.204/h.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InputError } from "../../src/model/errors.js";
import { resolveInstanceTypes } from "../../src/model/instance-types.js";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { whatIf } from "../../src/plan/simulate/whatif.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const planner = (options: ("serverless" | "standard")[]) =>
  preparePlanner({
    catalog: bundledCatalog(),
    region: "us-east-1",
    options,
    instanceTypes: resolveInstanceTypes(["kafka.*", "express.*"], "instanceTypes"),
  });

describe("what-if, hand-worked", () => {
  it("Serverless: 60 partitions and 2 MiB/s — every line's difference", () => {
    const r = whatIf(
      parseWorkloadInput(small),
      ["partitions=60", "streams.events.ingress=2MiB/s"],
      planner(["serverless"]),
    );
    expect(r.set).toEqual({ partitions: "60", "streams.events.ingress": "2MiB/s" });
    expect(r.changed.workload.streams[0]?.partitions).toBe(60);
    expect(r.baseline.workload.streams[0]?.partitions).toBe(30);
    const [d] = r.differences;
    // Baseline 547.5 + 32.85 + 256.640625 × 2 + 25.3125 = 1,118.94375;
    // changed 547.5 + 65.7 + 513.28125 × 2 + 50.625 = 1,690.3875; Δ 571.44375.
    expect(d).toMatchObject({
      option: "serverless",
      baselineUsd: 1118.94375,
      changedUsd: 1690.3875,
      baselineFeasible: true,
      changedFeasible: true,
      baselineReasons: [],
      changedReasons: [],
    });
    expect(d?.deltaUsd).toBeCloseTo(571.44375, 9);
    expect(d?.lineItems).toEqual([
      { component: "Serverless cluster", baselineUsd: 547.5, changedUsd: 547.5, deltaUsd: 0 },
      { component: "Serverless partitions", baselineUsd: 32.85, changedUsd: 65.7, deltaUsd: 32.85 },
      {
        component: "Serverless data in",
        baselineUsd: 256.640625,
        changedUsd: 513.28125,
        deltaUsd: 256.640625,
      },
      {
        component: "Serverless data out",
        baselineUsd: 256.640625,
        changedUsd: 513.28125,
        deltaUsd: 256.640625,
      },
      { component: "Serverless storage", baselineUsd: 25.3125, changedUsd: 50.625, deltaUsd: 25.3125 },
    ]);
  });

  it("Standard from kafka.t3.small to kafka.m7g.large: each broker line is on one side only", () => {
    const r = whatIf(
      parseWorkloadInput(small),
      ["ingress=20MiB/s", "peakIngress=20MiB/s"],
      planner(["standard"]),
    );
    const [d] = r.differences;
    const b = r.baseline.options[0];
    const c = r.changed.options[0];
    expect(b?.configuration).toMatchObject({ instanceType: "kafka.t3.small", brokers: 3 });
    expect(c?.configuration).toMatchObject({ instanceType: "kafka.m7g.large" });
    const brokers = (c?.configuration as { brokers: number } | undefined)?.brokers as number;
    const items = d?.lineItems ?? [];
    // 3 × 730 h × $0.0456 = $99.864 before, none after; n × 730 × $0.204 after, none before.
    const t3 = items.find((l) => l.component === "Broker instances (kafka.t3.small)");
    expect(t3?.baselineUsd).toBeCloseTo(99.864, 9);
    expect([t3?.changedUsd, t3?.deltaUsd]).toEqual([0, -99.864]);
    const m7g = items.find((l) => l.component === "Broker instances (kafka.m7g.large)");
    expect(m7g?.baselineUsd).toBe(0);
    expect(m7g?.changedUsd).toBeCloseTo(brokers * 730 * 0.204, 9);
    expect(m7g?.deltaUsd).toBe(m7g?.changedUsd);
    // The baseline's components first, in their order, then the changed plan's new ones.
    const names = (o: typeof b) => (o?.lineItems ?? []).map((l) => l.component);
    expect(items.map((l) => l.component)).toEqual([...new Set([...names(b), ...names(c)])]);
    expect(items.reduce((t, l) => t + l.deltaUsd, 0)).toBeCloseTo(d?.deltaUsd as number, 9);
    expect(d?.deltaUsd).toBe((c?.monthlyUsd as number) - (b?.monthlyUsd as number));
  });

  it("an option infeasible before the change: baseline reasons kept, no difference", () => {
    const r = whatIf(
      parseWorkloadInput({ ...small, streams: [{ ...small.streams[0], partitions: 2401 }] }),
      ["partitions=30"],
      planner(["serverless"]),
    );
    const [d] = r.differences;
    expect(d).toMatchObject({
      baselineUsd: null,
      changedUsd: 1118.94375,
      deltaUsd: null,
      baselineFeasible: false,
      changedFeasible: true,
      changedReasons: [],
      lineItems: [],
    });
    expect(d?.baselineReasons).toEqual(["partitions 2,401 > 2,400 (Serverless quota)"]);
  });

  it("no change, or the same field set twice, fails naming --set", () => {
    const fails = (sets: string[], path: string, message: string) => {
      let caught: unknown;
      try {
        whatIf(parseWorkloadInput(small), sets, planner(["serverless"]));
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).path).toBe(path);
      expect((caught as Error).message).toBe(`${path}: ${message}`);
    };
    fails([], "--set", "expected at least one FIELD=VALUE, e.g. --set ingress=80MiB/s");
    fails(["partitions=40", "partitions=50"], "--set partitions", "is set twice");
  });

  it("a change that breaks a workload rule names the scenario by its assignments", () => {
    let caught: unknown;
    try {
      whatIf(parseWorkloadInput(small), ["ingress=5MiB/s", "peakIngress=4MiB/s"], planner(["serverless"]));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toContain("(in scenario ingress=5MiB/s, peakIngress=4MiB/s)");
  });

  it("an unknown field names --set; a baseline that breaks a rule is named the baseline", () => {
    let caught: unknown;
    try {
      whatIf(parseWorkloadInput(small), ["nope=5"], planner(["serverless"]));
    } catch (e) {
      caught = e;
    }
    expect((caught as InputError).path).toBe("--set nope");
    caught = undefined;
    const broken = { ...small, streams: [{ ...small.streams[0], peakIngress: "0.5MiB/s" }] };
    try {
      whatIf(parseWorkloadInput(broken), ["partitions=40"], planner(["serverless"]));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(/\(in scenario baseline\)$/);
  });
});
