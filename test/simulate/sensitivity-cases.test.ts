// Sensitivity pinned on a two-stream workload planned on Serverless (cost linear in partitions and
// in stored bytes, so swings can be worked out by hand): which inputs get a bar, their low and high
// values within each field's limits, the order of the bars, and the --delta limits.
// Prices: the bundled us-east-1 catalog: $1.095 a partition-month; storage $0.10/GB-month, so 1 MiB/s
// held 3 days is 253.125 GB = $25.3125 (test/simulate/pinned.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { InputError } from "../../src/model/errors.js";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { resolvePath, ScenarioWorkload } from "../../src/plan/simulate/scenario.js";
import { sensitivity } from "../../src/plan/simulate/sensitivity.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
/** small.yaml's stream written as 1,000 messages/s of 1 KiB, and a second stream of 2 MiB/s, 10 partitions, 7 days by default. */
const TWO = {
  ...small,
  streams: [
    { ...small.streams[0], ingress: undefined, messagesPerSec: 1000, messageSize: "1KiB" },
    { name: "two", ingress: "2MiB/s", partitions: 10 },
  ],
};
const serverless = () =>
  preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["serverless"] });

describe("sensitivity, ± 50 % on two streams", () => {
  it("bars, values within limits, hand-worked swings and the order", () => {
    const r = sensitivity(parseWorkloadInput(TWO), 0.5, serverless());
    expect(r.delta).toBe(0.5);
    const [o] = r.options;
    expect(o?.option).toBe("serverless");
    const bars = o?.bars ?? [];
    const bar = (p: string) => bars.find((b) => b.path === p);
    const paths = bars.map((b) => b.path);
    // A stream written in messages/s gets a messagesPerSec bar and no ingress bar; the other the
    // reverse; azs (2 or 3 only) has none.
    expect(paths).toContain("streams.events.messagesPerSec");
    expect(paths).not.toContain("streams.events.ingress");
    expect(paths).toContain("streams.two.ingress");
    expect(paths).not.toContain("streams.two.messagesPerSec");
    expect(paths).not.toContain("azs");
    expect(paths).toContain("clientConnections");
    // 2 stream fields × 15 + 6 cluster fields, less the two left out: 34 − 2.
    expect(new Set(paths).size).toBe(paths.length);
    // Partitions ± 50 %: 15..45 and 5..15, × $1.095: swings $32.85 and $10.95.
    expect(bar("streams.events.partitions")).toMatchObject({ baseValue: 30, lowValue: 15, highValue: 45 });
    expect(bar("streams.events.partitions")?.swingUsd).toBeCloseTo(32.85, 9);
    expect(bar("streams.two.partitions")?.swingUsd).toBeCloseTo(10.95, 9);
    // Retention 7 d ± 50 % on 2 MiB/s: storage 25.3125 × 2 × 7 ÷ 3 = $118.125 from 0.5× to 1.5×.
    expect(bar("streams.two.retention")).toMatchObject({
      baseValue: 604800,
      lowValue: 302400,
      highValue: 907200,
    });
    expect(bar("streams.two.retention")?.swingUsd).toBeCloseTo(118.125, 9);
    const two = bar("streams.two.retention");
    expect((two?.highUsd as number) - (two?.lowUsd as number)).toBeCloseTo(118.125, 9);
    // Whole numbers rounded (RF 1.5 → 2, 4.5 → 5); minimums (compression ratio ≥ 1) and maximums
    // (a utilisation target ≤ 100 %) held.
    expect(bar("streams.events.replicationFactor")).toMatchObject({ lowValue: 2, highValue: 5 });
    expect(bar("streams.events.compressionRatio")).toMatchObject({
      baseValue: 1,
      lowValue: 1,
      highValue: 1.5,
    });
    expect(bar("targets.maxUtilisation.express")).toMatchObject({
      baseValue: 1,
      lowValue: 0.5,
      highValue: 1,
    });
    // Largest swing first; equal swings by path; a side that breaks a workload rule (a peak egress
    // set without its average, a peak ingress below the average) has no swing and sorts last, by path.
    const swings = bars.map((b) => b.swingUsd);
    const known = swings.filter((s): s is number => s !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(swings.slice(known.length)).toEqual([null, null, null]);
    expect(paths.slice(known.length)).toEqual([
      "streams.events.peakEgress",
      "streams.two.peakEgress",
      "streams.two.peakIngress",
    ]);
    expect(bar("streams.two.peakIngress")).toMatchObject({ lowUsd: null, swingUsd: null });
    expect(bar("streams.two.peakIngress")?.highUsd).toBeCloseTo(o?.baselineUsd as number, 9);
    expect(paths.slice(1, 3)).toEqual(["streams.events.messageSize", "streams.events.messagesPerSec"]);
    expect(bar("streams.events.messageSize")?.swingUsd).toBe(bar("streams.events.messagesPerSec")?.swingUsd);
    const zero = bars.filter((b) => b.swingUsd === 0).map((b) => b.path);
    expect(zero).toEqual([...zero].sort((a, b) => a.localeCompare(b)));
    expect(zero[0]).toBe("clientConnections");
  });
  it("an option infeasible at baseline has a null baseline cost", () => {
    const over = { ...small, streams: [{ ...small.streams[0], partitions: 2401 }] };
    const r = sensitivity(parseWorkloadInput(over), 0.2, serverless());
    expect(r.options[0]?.baselineUsd).toBeNull();
    // 2,401 × 0.8 = 1,921 partitions fits: that side is priced; 2,881 is not.
    const p = r.options[0]?.bars.find((b) => b.path === "streams.events.partitions");
    expect(p).toMatchObject({ lowValue: 1921, highValue: 2881, highUsd: null, swingUsd: null });
    expect(p?.lowUsd).toBeCloseTo(1086.09375 + 1.095 * 1921, 9);
  });
  it("--delta is a fraction strictly between 0 and 1", () => {
    for (const d of [0, 1, -0.1]) {
      let caught: unknown;
      try {
        sensitivity(parseWorkloadInput(small), d, serverless());
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as Error).message).toBe(
        `--delta: expected a fraction between 0% and 100% (exclusive), got ${d}`,
      );
    }
    expect(sensitivity(parseWorkloadInput(small), 0.99, serverless()).delta).toBe(0.99);
  });
  it("every bar equals the workload rebuilt with that one value (Kinesis reads each stream, tiered the tier reads, Standard the targets)", () => {
    const planner = preparePlanner({
      catalog: bundledCatalog(),
      region: "us-east-1",
      options: ["kinesis-provisioned", "standard", "standard-tiered"],
    });
    // The first stream reads 1 TiB a month back from tiered storage: its last bar (tierReads) leaves
    // it changed unless the stream is put back after each value.
    const parsed = parseWorkloadInput({
      ...TWO,
      streams: [{ ...TWO.streams[0], tierReads: "1TiB/month" }, TWO.streams[1]],
    });
    const r = sensitivity(parsed, 0.5, planner);
    const rebuilt = (path: string, v: number) => {
      const sc = new ScenarioWorkload(parsed);
      sc.setter(resolvePath(path, parsed))(v);
      const b = sc.build();
      return b.problems.length ? null : planner.evaluate(b.workload);
    };
    let moved = 0;
    for (const [i, o] of r.options.entries())
      for (const bar of o.bars) {
        const lo = rebuilt(bar.path, bar.lowValue)?.[i];
        const hi = rebuilt(bar.path, bar.highValue)?.[i];
        expect(bar.lowUsd, `${o.option} ${bar.path} low`).toBe(lo?.feasible ? lo.monthlyUsd : null);
        expect(bar.highUsd, `${o.option} ${bar.path} high`).toBe(hi?.feasible ? hi.monthlyUsd : null);
        if (bar.path.startsWith("targets.") && (bar.swingUsd ?? 0) > 0) moved++;
      }
    // A utilisation target moves Standard's cost: cluster paths are rebuilt, not read as a stream's.
    expect(moved).toBeGreaterThan(0);
  });
  it("a workload that breaks a rule as written names the baseline", () => {
    const broken = { ...small, streams: [{ ...small.streams[0], peakIngress: "0.5MiB/s" }] };
    let caught: unknown;
    try {
      sensitivity(parseWorkloadInput(broken), 0.2, serverless());
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as Error).message).toMatch(/\(in scenario baseline\)$/);
  });
});
