// The simulator's report tables (src/report/simulation-tables.ts) from hand-made results: which
// value lands in which column, the units inputs are shown in, and the titles.
import { describe, expect, it } from "vitest";
import type { MonteCarloResult } from "../../src/plan/simulate/montecarlo.js";
import type { ProjectionResult } from "../../src/plan/simulate/projection.js";
import type { SweepResult } from "../../src/plan/simulate/run.js";
import type { SensitivityResult } from "../../src/plan/simulate/sensitivity.js";
import {
  adjustedSamplesNote,
  humanUnit,
  monteCarloTable,
  projectionTable,
  sensitivityTable,
  sweepTable,
} from "../../src/report/simulation-tables.js";

const headers = (t: { columns: { header: string; format: string }[] }) =>
  t.columns.map((c) => `${c.header}:${c.format}`);

describe("projection", () => {
  it("a row per month: each option's monthly and cumulative cost, headed by its plain name, empty where infeasible", () => {
    const r = {
      months: 3,
      growth: [{ field: "ingress" }, { field: "retention" }],
      options: [
        {
          option: "standard-tiered",
          months: [
            { monthlyUsd: 100, cumulativeUsd: 100 },
            { monthlyUsd: 110, cumulativeUsd: 210 },
            { monthlyUsd: 121, cumulativeUsd: 331 },
          ],
        },
        {
          option: "serverless",
          months: [
            { monthlyUsd: 50, cumulativeUsd: 50 },
            { monthlyUsd: null, cumulativeUsd: null },
          ],
        },
      ],
    } as unknown as ProjectionResult;
    const t = projectionTable(r);
    expect(t.name).toBe("Projection");
    expect(t.title).toBe("Projection over 3 months (growth: ingress, retention)");
    expect(headers(t)).toEqual([
      "Month:int",
      "Standard tiered monthly (USD):usd",
      "Standard tiered cumulative (USD):usd",
      "Serverless monthly (USD):usd",
      "Serverless cumulative (USD):usd",
    ]);
    expect(t.rows).toEqual([
      [1, 100, 100, 50, 50],
      [2, 110, 210, null, null],
      [3, 121, 331, null, null],
    ]);
    expect(projectionTable({ ...r, growth: [] }).title).toBe("Projection over 3 months (growth: no growth)");
  });
});

describe("Monte Carlo", () => {
  const r = {
    samples: 10000,
    seed: 42,
    adjustedSamples: {},
    options: [
      {
        option: "express",
        p5: 1,
        p50: 2,
        p95: 3,
        mean: 2.5,
        pCheapest: 0.75,
        pInfeasible: 0.125,
        pPartial: 0.0625,
      },
    ],
  } as unknown as MonteCarloResult;

  it("per option by its plain name: percentiles, mean and the three probabilities in their columns, the id last", () => {
    const t = monteCarloTable(r);
    expect(t.name).toBe("Monte Carlo");
    expect(t.title).toBe("Monte Carlo: 10,000 samples, seed 42");
    expect(headers(t)).toEqual([
      "Option:text",
      "P5 (USD):usd",
      "P50 (USD):usd",
      "P95 (USD):usd",
      "Mean (USD):usd",
      "P(cheapest):fraction",
      "P(infeasible):fraction",
      "P(partly priced):fraction",
      "Option id:text",
    ]);
    expect(t.rows).toEqual([["Express", 1, 2, 3, 2.5, 0.75, 0.125, 0.0625, "express"]]);
  });

  it("adjusted samples: per field, its rule and count, in the title", () => {
    expect(adjustedSamplesNote(r)).toBeNull();
    const adjusted = {
      ...r,
      adjustedSamples: { "streams.orders.peakIngress": 1234, "streams.b.tierReads": 5 },
    } as unknown as MonteCarloResult;
    const note =
      "adjusted samples (drawn values broke a cross-field rule): streams.orders.peakIngress raised to ingress in 1,234 of 10,000; streams.b.tierReads lowered to egress in 5 of 10,000";
    expect(adjustedSamplesNote(adjusted)).toBe(note);
    expect(monteCarloTable(adjusted).title).toBe(`Monte Carlo: 10,000 samples, seed 42; ${note}`);
  });
});

describe("sensitivity", () => {
  it("values shown in human units (2 MiB/s, 3 days), the costs at base, low and high, the swing", () => {
    const MiB = 2 ** 20;
    const r = {
      delta: 0.2,
      options: [
        {
          option: "standard-tiered",
          baselineUsd: 1000,
          bars: [
            {
              path: "streams.orders.ingress",
              baseValue: 2 * MiB,
              lowValue: 1.6 * MiB,
              highValue: 2.4 * MiB,
              lowUsd: 900,
              highUsd: 1150,
              swingUsd: 250,
            },
            {
              path: "streams.orders.retention",
              baseValue: 3 * 86400,
              lowValue: 2.4 * 86400,
              highValue: 3.6 * 86400,
              lowUsd: 950,
              highUsd: 1050,
              swingUsd: 100,
            },
          ],
        },
      ],
    } as unknown as SensitivityResult;
    const t = sensitivityTable(r);
    expect(t.name).toBe("Sensitivity");
    expect(t.title).toBe("Sensitivity: each input −20% / +20%, one at a time");
    expect(headers(t)).toEqual([
      "Option:text",
      "Input:text",
      "Unit:text",
      "Base value:number",
      "Low value:number",
      "High value:number",
      "Baseline (USD per month):usd",
      "At low (USD per month):usd",
      "At high (USD per month):usd",
      "Swing (USD per month):usd",
      "Field (as a workload file names it):text",
      "Option id:text",
    ]);
    // The option by its plain name, the input in the Assumptions sheet's words; the file's name for
    // the input and the option's id last.
    expect(t.rows).toEqual([
      [
        "Standard tiered",
        "Stream orders: ingress (average)",
        "MiB/s",
        2,
        1.6,
        2.4,
        1000,
        900,
        1150,
        250,
        "streams.orders.ingress",
        "standard-tiered",
      ],
      [
        "Standard tiered",
        "Stream orders: retention",
        "days",
        3,
        2.4,
        3.6,
        1000,
        950,
        1050,
        100,
        "streams.orders.retention",
        "standard-tiered",
      ],
    ]);
  });

  it("units: rates in MiB/s; durations in days from one day, hours below; sizes in the largest unit ≥ 1; fractions in %", () => {
    expect(humanUnit("streams.a.egress", 5)).toEqual({ unit: "MiB/s", per: 2 ** 20 });
    expect(humanUnit("streams.a.retention", 86400)).toEqual({ unit: "days", per: 86400 });
    expect(humanUnit("streams.a.retention", 86399)).toEqual({ unit: "hours", per: 3600 });
    expect(humanUnit("targets.tieredLocalRetention", 86400)).toEqual({ unit: "days", per: 86400 });
    expect(humanUnit("streams.a.messageSize", 2 ** 30)).toEqual({ unit: "GiB", per: 2 ** 30 });
    expect(humanUnit("streams.a.messageSize", 2 ** 30 - 1)).toEqual({ unit: "MiB", per: 2 ** 20 });
    expect(humanUnit("streams.a.messageSize", 2 ** 20)).toEqual({ unit: "MiB", per: 2 ** 20 });
    expect(humanUnit("streams.a.messageSize", 2 ** 20 - 1)).toEqual({ unit: "KiB", per: 1024 });
    expect(humanUnit("streams.a.messageSize", 1024)).toEqual({ unit: "KiB", per: 1024 });
    expect(humanUnit("streams.a.messageSize", 1023)).toEqual({ unit: "bytes", per: 1 });
    expect(humanUnit("targets.maxUtilisation.standard", 0.5)).toEqual({ unit: "%", per: 0.01 });
    expect(humanUnit("streams.a.partitions", 12)).toEqual({ unit: "", per: 1 });
    expect(humanUnit("azs", 3)).toEqual({ unit: "", per: 1 });
    expect(humanUnit("no.such.field", 3)).toEqual({ unit: "", per: 1 });
  });
});

describe("sweep", () => {
  it("each varied field as given, the recommendation (or 'none feasible'), a cost column per option, options by plain name", () => {
    const r = {
      fields: ["streams.a.ingress", "azs"],
      options: ["standard-tiered", "express"],
      rows: [
        { set: ["10 MiB/s", 3], recommended: "express", monthlyUsd: [500, 400] },
        { set: ["1,000 MiB/s", 2], recommended: null, monthlyUsd: [null, null] },
      ],
    } as unknown as SweepResult;
    const t = sweepTable(r);
    expect(t.name).toBe("Sweep");
    expect(t.title).toBe("Sweep: 2 scenarios");
    expect(headers(t)).toEqual([
      "Stream a: ingress (average):number",
      "Availability zones:number",
      "Recommended option:text",
      "Standard tiered monthly (USD):usd",
      "Express monthly (USD):usd",
    ]);
    expect(t.rows).toEqual([
      ["10 MiB/s", 3, "Express", 500, 400],
      ["1,000 MiB/s", 2, "none feasible", null, null],
    ]);
    const many = { ...r, rows: Array.from({ length: 1234 }, () => r.rows[0]) } as unknown as SweepResult;
    expect(sweepTable(many).title).toBe("Sweep: 1,234 scenarios");
  });
});
