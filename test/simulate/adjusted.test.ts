// Monte Carlo never aborts on one sample (issue #12): averages and peaks drawn independently
// (fixtures/workloads/uncertain.yaml) make some samples' peaks fall below their averages; each such
// sample is adjusted (the peak raised to its average), counted per field, and the run completes,
// byte-identical for the same seed whatever the worker count.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { buildWorkloadAdjusted, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { MonteCarloAccumulator } from "../../src/plan/simulate/montecarlo.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { monteCarloTable } from "../../src/report/simulation-tables.js";
import { runCli } from "../helpers/cli.js";

const MiB = 2 ** 20;
const DAY = 86_400;

describe("cross-field rules adjusted per sample", () => {
  const parsed = (stream: Record<string, unknown>) =>
    parseWorkloadInput({ streams: [{ name: "s", partitions: 6, ...stream }] });
  it("each rule at its limit is kept, one step past it is moved to the nearest consistent value", () => {
    const cases: [
      Record<string, unknown>,
      string | null,
      (w: ReturnType<typeof buildWorkloadAdjusted>) => number,
      number,
    ][] = [
      [
        { ingress: "2 MiB/s", peakIngress: "2 MiB/s" },
        null,
        (r) => r.workload.streams[0]?.peakIngressBytesPerSec as number,
        2 * MiB,
      ],
      [
        { ingress: "2 MiB/s", peakIngress: `${2 * MiB - 1} B/s` },
        "streams.s.peakIngress",
        (r) => r.workload.streams[0]?.peakIngressBytesPerSec as number,
        2 * MiB,
      ],
      [
        { ingress: "1 MiB/s", egress: "2 MiB/s", peakEgress: `${2 * MiB - 1} B/s` },
        "streams.s.peakEgress",
        (r) => r.workload.streams[0]?.peakEgressBytesPerSec as number,
        2 * MiB,
      ],
      [
        { ingress: "1 MiB/s", retention: "4d", localRetention: "4d" },
        null,
        (r) => r.workload.streams[0]?.localRetentionSeconds as number,
        4 * DAY,
      ],
      [
        { ingress: "1 MiB/s", retention: "4d", localRetention: `${4 * DAY + 1} s` },
        "streams.s.localRetention",
        (r) => r.workload.streams[0]?.localRetentionSeconds as number,
        4 * DAY,
      ],
      // Tiered (local < retention) needs 3 days of retention: 2 d with 1 d local becomes all local.
      [
        { ingress: "1 MiB/s", retention: `${3 * DAY - 1} s`, localRetention: "1d" },
        "streams.s.localRetention",
        (r) => r.workload.streams[0]?.localRetentionSeconds as number,
        3 * DAY - 1,
      ],
      [
        { ingress: "1 MiB/s", egress: "1 MiB/s", tierReads: "1 MiB/s" },
        null,
        (r) => r.workload.streams[0]?.tierReadBytesPerSec as number,
        MiB,
      ],
      [
        { ingress: "1 MiB/s", egress: "1 MiB/s", tierReads: `${MiB + 1} B/s` },
        "streams.s.tierReads",
        (r) => r.workload.streams[0]?.tierReadBytesPerSec as number,
        MiB,
      ],
    ];
    for (const [stream, path, read, want] of cases) {
      const adjusted = new Set<string>();
      const r = buildWorkloadAdjusted(parsed(stream), adjusted);
      expect(r.problems, JSON.stringify(stream)).toEqual([]);
      expect([...adjusted], JSON.stringify(stream)).toEqual(path ? [path] : []);
      expect(read(r), JSON.stringify(stream)).toBe(want);
    }
  });
  it("a rule that is not cross-field (RF above the broker quota) still stops the sample", () => {
    const r = buildWorkloadAdjusted(parsed({ ingress: "1 MiB/s", replicationFactor: 61 }), new Set());
    expect(r.problems[0]?.path).toBe("streams.s.replicationFactor");
  });
  it("the accumulator sums a chunk's adjustment block per field (hand-made chunk: 3 samples, 1 option, 2 fields)", () => {
    const acc = new MonteCarloAccumulator(["standard"], 3, 1, [
      "streams.a.peakIngress",
      "streams.a.peakEgress",
    ]);
    // [cost, status 1 = completely priced] × 3 samples: 10, 20, 30; then adjustments: sample 0
    // both, sample 1 none, sample 2 peakIngress.
    acc.add(new Float64Array([10, 1, 20, 1, 30, 1, 1, 1, 0, 0, 1, 0]));
    const r = acc.result();
    expect(r.adjustedSamples).toEqual({ "streams.a.peakIngress": 2, "streams.a.peakEgress": 1 });
    expect(r.options[0]?.p50).toBe(20);
    expect(monteCarloTable(r).title).toBe(
      "Monte Carlo: 3 samples, seed 1; adjusted samples (drawn values broke a cross-field rule): streams.a.peakIngress raised to ingress in 2 of 3; streams.a.peakEgress raised to egress in 1 of 3",
    );
  });
});

describe("simulate fixtures/workloads/uncertain.yaml (peaks and averages independent)", () => {
  const file = "fixtures/workloads/uncertain.yaml";
  it("its peaks and averages are independent distributions", () => {
    const { distributions } = extractDistributions(parse(readFileSync(file, "utf8")));
    const paths = distributions.map((d) => d.path);
    for (const p of ["ingress", "peakIngress", "egress", "peakEgress"])
      expect(paths).toContain(`streams.orders.${p}`);
    expect(bundledCatalog().regions["us-east-1"]).toBeDefined();
  });
  it("completes, reports the adjusted samples per field, and is byte-identical for the same seed (1 or 2 workers)", () => {
    const args = ["simulate", file, "--samples", "400", "--seed", "7", "--json"];
    const a = runCli(args);
    expect(a.stderr).toBe("");
    expect(a.code).toBe(0);
    const r = JSON.parse(a.stdout) as { samples: number; adjustedSamples: Record<string, number> };
    expect(r.samples).toBe(400);
    expect(Object.keys(r.adjustedSamples)).toEqual(
      expect.arrayContaining(["streams.orders.peakIngress", "streams.orders.peakEgress"]),
    );
    for (const n of Object.values(r.adjustedSamples)) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(400);
    }
    expect(runCli(args).stdout).toBe(a.stdout);
    expect(runCli([...args, "--workers", "2"]).stdout).toBe(a.stdout);
    const other = runCli(["simulate", file, "--samples", "400", "--seed", "8", "--json"]);
    expect(other.stdout).not.toBe(a.stdout);
  });
  it("the table says how many samples were adjusted", () => {
    const t = runCli(["simulate", file, "--samples", "200", "--seed", "7"]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(
      /Note: adjusted samples \(drawn values broke a cross-field rule\): streams\.orders\.peakIngress raised to ingress in \d+ of 200/,
    );
  });
});
