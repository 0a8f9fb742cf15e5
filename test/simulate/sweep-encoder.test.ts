// The sweep's row encoder and its preparation in-process (src/plan/simulate/sweep.ts), in the
// cases the golden sweeps and test/simulate/sweep-rows.test.ts do not reach: ties in the
// recommendation, a first row whose priced tail is the first code a cache could take for "none
// yet", a cost of exactly $0 after an infeasible row, a chunk larger than the encoder's first
// buffer, a header cell that needs quoting, the preparation's refusals with their exact messages,
// the region and hours given to the sweep, and a scenario that fails and the ones after it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import type { OptionEvaluation } from "../../src/plan/options.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { cheapestIndex, compileSweep, prepareSweep, type SweepInit } from "../../src/plan/simulate/sweep.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { thrownInputError } from "../helpers/thrown.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const stream = (patch: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  ...small,
  ...top,
  streams: [{ ...small.streams[0], ...patch }],
});

function refused(f: () => unknown, message: string): void {
  expect(thrownInputError(f).message).toBe(message);
}

const row = (
  option: OptionId,
  feasible: boolean,
  usd: number | null,
  priced = "complete",
): OptionEvaluation => ({ option, feasible, monthlyUsd: usd, priced }) as OptionEvaluation;

describe("cheapestIndex: the recommendation rule", () => {
  it("the cheapest feasible, completely priced row; a tie goes to the first; none: -1", () => {
    expect(cheapestIndex([row("standard", true, 100), row("serverless", true, 100)])).toBe(0);
    expect(cheapestIndex([row("standard", true, 101), row("serverless", true, 100)])).toBe(1);
    // A lower bound (partial) and an infeasible row are never recommended, however cheap.
    expect(cheapestIndex([row("standard", true, 50, "partial"), row("express", false, null, "none")])).toBe(
      -1,
    );
    expect(cheapestIndex([row("standard", true, 50, "partial"), row("serverless", true, 80)])).toBe(1);
    expect(cheapestIndex([])).toBe(-1);
  });
});

describe("rows as written", () => {
  it("CSV: a first row whose priced cells are complete then partial (ap-southeast-5: Serverless priced, Standard partly)", () => {
    const options: OptionId[] = ["serverless", "standard"];
    const s = prepareSweep({
      input: stream({}, { region: "ap-southeast-5" }),
      vary: ["partitions=30"],
      catalog,
      format: "csv",
      options,
    });
    const planner = preparePlanner({ catalog, region: "ap-southeast-5", options });
    const [sv, st] = planner.evaluate(parseWorkload(stream({}, { region: "ap-southeast-5" })));
    expect([sv?.priced, st?.priced]).toEqual(["complete", "partial"]);
    expect(s.header + s.chunk(0, 1)).toBe(
      "partitions,recommended,serverless,standard,serverless_priced,standard_priced\n" +
        `30,serverless,${sv?.monthlyUsd},${st?.monthlyUsd},complete,partial\n`,
    );
  });

  it("NDJSON: a cost of exactly $0 after an infeasible row's null (SQS with no traffic: 15 days' retention is over its 14)", () => {
    const s = prepareSweep({
      input: stream({ ingress: "0 MiB/s", peakIngress: "0 MiB/s" }),
      vary: ["retention=15d,3d"],
      catalog,
      format: "ndjson",
      options: ["sqs-standard"],
    });
    expect(s.chunk(0, 2)).toBe(
      '{"set":{"retention":"15d"},"recommended":null,"options":[{"option":"sqs-standard","feasible":false,"monthlyUsd":null,"priced":"none"}]}\n' +
        '{"set":{"retention":"3d"},"recommended":"sqs-standard","options":[{"option":"sqs-standard","feasible":true,"monthlyUsd":0,"priced":"complete"}]}\n',
    );
  });

  it("a chunk larger than the encoder's first 64 KiB is whole: the same bytes as its rows one at a time", () => {
    const init: SweepInit = { input: small, vary: ["partitions=30..3000:600"], catalog, format: "ndjson" };
    const whole = prepareSweep(init).chunk(0, 600);
    expect(Buffer.byteLength(whole)).toBeGreaterThan(2 * 65_536);
    const one = prepareSweep(init);
    let rows = "";
    for (let k = 0; k < 600; k++) rows += one.chunk(k, k + 1);
    expect(whole).toBe(rows);
  });

  it("a row longer than 128 KiB (a listed value written with 150,000 zeros) is whole", () => {
    const label = `1.${"0".repeat(150_000)}MiB/s`;
    const s = prepareSweep({
      input: small,
      vary: [`ingress=${label},2MiB/s`],
      catalog,
      format: "ndjson",
      options: ["serverless"],
    });
    const text = s.chunk(0, 2);
    const rows = text.split("\n");
    expect(rows).toHaveLength(3);
    expect(JSON.parse(rows[0] as string).set).toEqual({ ingress: label });
    expect(JSON.parse(rows[1] as string).set).toEqual({ ingress: "2MiB/s" });
  });

  it("rows of 173 bytes: the one across the first buffer's end (65,536 = 378 × 173 + 142) is whole", () => {
    // Serverless only, the same value 400 times: every row is the same 173 bytes, and row 378
    // starts 142 bytes before the end of the encoder's first 64 KiB.
    const init: SweepInit = {
      input: small,
      vary: [`targets.maxUtilisation.standard=${Array(400).fill("50%").join(",")}`],
      catalog,
      format: "ndjson",
      options: ["serverless"],
    };
    const one = prepareSweep(init).chunk(0, 1);
    expect(Buffer.byteLength(one)).toBe(173);
    expect(prepareSweep(init).chunk(0, 400)).toBe(one.repeat(400));
  });

  it("60 varied fields and one option: whatever the row's length, the row across the first buffer's end is whole", () => {
    // 60 streams, each stream's retention an axis of one value, then one value 45 times: every
    // row the same length, about 1,700 bytes. Its last axis's value written with 0 to 60 zeros
    // moves the row's length a byte at a time, so some row ends just past the 64 KiB buffer.
    const streams = Array.from({ length: 60 }, (_, i) => ({
      name: `s${i}`,
      ingress: "1 MiB/s",
      partitions: 1,
    }));
    const fixed = streams.map((x) => `streams.${x.name}.retention=3d`);
    for (let z = 0; z <= 60; z++) {
      const init: SweepInit = {
        input: { region: "us-east-1", streams },
        vary: [
          ...fixed,
          `targets.maxUtilisation.standard=${Array(45)
            .fill(`50.${"0".repeat(z)}%`)
            .join(",")}`,
        ],
        catalog,
        format: "ndjson",
        options: ["serverless"],
      };
      const one = prepareSweep(init).chunk(0, 1);
      expect(prepareSweep(init).chunk(0, 45), `${z} zeros`).toBe(one.repeat(45));
    }
  });

  it("a header cell holding a comma or a quote is quoted, its quotes doubled", () => {
    const s = prepareSweep({
      input: { ...small, streams: [{ ...small.streams[0], name: 'a,"b"' }] },
      vary: ['streams.a,"b".partitions=30,60'],
      catalog,
      format: "csv",
      options: ["serverless"],
    });
    expect(s.header).toBe('"streams.a,""b"".partitions",recommended,serverless,serverless_priced\n');
  });
});

describe("preparing a sweep", () => {
  it("refusals: a field varied twice, a grid over the scenario limit, instance types that match nothing", () => {
    refused(
      () => prepareSweep({ input: small, vary: ["partitions=1,2", "partitions=3"], catalog, format: "csv" }),
      "--vary partitions: is varied twice; give each field one --vary",
    );
    // 10,000 × 10,001 = 100,010,000 scenarios.
    refused(
      () =>
        prepareSweep({
          input: small,
          vary: ["partitions=1..10000:10000", "retention=1d..10001d:10001"],
          catalog,
          format: "csv",
        }),
      "--vary: the grid's scenarios (the product of the axes' points): 100,010,000 exceeds the limit of 100,000,000",
    );
    let caught: unknown;
    try {
      prepareSweep({
        input: { ...small, instanceTypes: ["kafka.nope"] },
        vary: ["partitions=1,2"],
        catalog,
        format: "csv",
      });
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).message).toMatch(/^instanceTypes: "kafka\.nope" matches no MSK broker type;/);
  });

  it("the region and hours given are kept (and only those given) and planned", () => {
    const base: SweepInit = {
      input: small,
      vary: ["partitions=30"],
      catalog,
      format: "csv",
      options: ["serverless"],
    };
    const c = compileSweep(base);
    expect("region" in c || "hours" in c).toBe(false);
    const given = compileSweep({ ...base, region: "ap-south-1", hours: 365 });
    expect([given.region, given.hours]).toEqual(["ap-south-1", 365]);
    // Serverless on small.yaml in us-east-1: $1,086.09375 + $1.095 × 30 partitions = $1,118.94375
    // for 730 h; every part proportional to the hours, so 365 h is half.
    const usd = (init: SweepInit) => prepareSweep(init).scenario(0).options[0]?.monthlyUsd as number;
    expect(usd(base)).toBeCloseTo(1118.94375, 9);
    expect(usd({ ...base, hours: 365 })).toBeCloseTo(1118.94375 / 2, 9);
    // The region given is the one planned: a workload in another region is refused.
    refused(
      () => prepareSweep({ ...base, region: "ap-south-1" }).scenario(0),
      "region: the planner was prepared for ap-south-1, the workload is in us-east-1",
    );
    expect(usd({ ...base, region: "us-east-1" })).toBeCloseTo(1118.94375, 9);
  });

  it("a scenario that fails names it, and the scenarios after it are built afresh", () => {
    // Peaks below small.yaml's 1 MiB/s average fail; the first axis's first value is one.
    const s = prepareSweep({
      input: small,
      vary: ["peakIngress=0.5MiB/s,3MiB/s", "partitions=30,60,90"],
      catalog,
      format: "csv",
      options: ["serverless"],
    });
    refused(
      () => s.scenario(2),
      "streams.events.peakIngress: expected at least ingress (1 MiB/s), got 0.5 MiB/s (in scenario peakIngress=0.5MiB/s, partitions=90)",
    );
    // Scenario 4 (3 MiB/s, 60 partitions) right after the failing (0.5 MiB/s, 90): every axis set again.
    const planner = preparePlanner({ catalog, region: "us-east-1", options: ["serverless"] });
    const want = planner.evaluate(parseWorkload(stream({ peakIngress: "3MiB/s", partitions: 60 })));
    const got = s.scenario(4);
    expect(got.set).toEqual({ peakIngress: "3MiB/s", partitions: 60 });
    expect(got.options).toEqual(want);
  });
});
