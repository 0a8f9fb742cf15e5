// Sensitivity in time linear in the streams (issue #14 goal 5): a stream's field is varied by
// rebuilding that stream alone and resuming the demand from the sums before it. The result must be
// the same bits as the whole-workload rebuild it replaces, kept here as the reference (the code of
// src/plan/simulate/sensitivity.ts before the change): compared as JSON text, byte for byte.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLUSTER_FIELDS, STREAM_FIELDS, type WorkloadField } from "../../src/model/workload-fields.js";
import { type ParsedWorkloadInput, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { type Planner, preparePlanner } from "../../src/plan/planner.js";
import { currentValues, resolvePath, ScenarioWorkload } from "../../src/plan/simulate/scenario.js";
import { type SensitivityResult, sensitivity } from "../../src/plan/simulate/sensitivity.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

function bounded(f: WorkloadField, v: number): number {
  let x = f.integer ? Math.round(v) : v;
  x = Math.max(x, f.min ?? 0);
  if (f.max !== undefined) x = Math.min(x, f.max);
  return x;
}

/** The whole-workload rebuild per scenario (before issue #14). */
function reference(parsed: ParsedWorkloadInput, delta: number, planner: Planner): SensitivityResult {
  const built = new ScenarioWorkload(parsed).buildOrThrow(() => "baseline");
  const baseline = planner.evaluate(built);
  const paths: string[] = [];
  for (const s of parsed.streams)
    for (const name of Object.keys(STREAM_FIELDS)) {
      if (name === "messagesPerSec" && s.messagesPerSec === undefined) continue;
      if (name === "ingress" && s.messagesPerSec !== undefined) continue;
      paths.push(`streams.${s.name}.${name}`);
    }
  for (const name of Object.keys(CLUSTER_FIELDS)) if (name !== "azs") paths.push(name);
  const bars = new Map(planner.options.map((o) => [o, [] as SensitivityResult["options"][number]["bars"]]));
  for (const path of paths) {
    const r = resolvePath(path, parsed);
    const v0 = currentValues(r, parsed, built)[0] as number;
    const lowValue = bounded(r.field, v0 * (1 - delta));
    const highValue = bounded(r.field, v0 * (1 + delta));
    const run = (v: number) => {
      const sc = new ScenarioWorkload(parsed);
      sc.setter(r)(v);
      const b = sc.build();
      return b.problems.length ? null : planner.evaluate(b.workload);
    };
    const lo = run(lowValue);
    const hi = run(highValue);
    planner.options.forEach((o, i) => {
      const l = lo?.[i]?.feasible ? (lo[i]?.monthlyUsd ?? null) : null;
      const h = hi?.[i]?.feasible ? (hi[i]?.monthlyUsd ?? null) : null;
      bars.get(o)?.push({
        path,
        baseValue: v0,
        lowValue,
        highValue,
        lowUsd: l,
        highUsd: h,
        swingUsd: l !== null && h !== null ? Math.abs(h - l) : null,
      });
    });
  }
  return {
    delta,
    options: planner.options.map((o, i) => ({
      option: o,
      baselineUsd: baseline[i]?.feasible ? (baseline[i]?.monthlyUsd ?? null) : null,
      bars: (bars.get(o) ?? []).sort(
        (a, b) => (b.swingUsd ?? -1) - (a.swingUsd ?? -1) || a.path.localeCompare(b.path),
      ),
    })),
  };
}

/** Streams in every form the schema takes: rates or messages, written peaks, tiered, RF 2 … */
function generated(n: number): ParsedWorkloadInput {
  const streams = [];
  for (let i = 0; i < n; i++) {
    const s: Record<string, unknown> = { name: `s${i}` };
    if (i % 5 === 1)
      Object.assign(s, {
        messagesPerSec: 1000 + ((i * 37) % 5000),
        messageSize: `${1 + (i % 4)} KiB`,
        compressionRatio: 1 + (i % 3),
      });
    else {
      s.ingress = `${(0.05 + ((i * 13) % 97) / 100).toFixed(2)} MiB/s`;
      if (i % 3 === 0) s.peakIngress = `${(0.2 + ((i * 13) % 97) / 40).toFixed(2)} MiB/s`;
    }
    if (i % 4 === 0) s.egress = `${(0.1 + ((i * 7) % 50) / 50).toFixed(2)} MiB/s`;
    if (i % 8 === 0) s.peakEgress = "3 MiB/s";
    if (i % 6 === 2) s.consumerGroups = 1 + (i % 4);
    s.partitions = 3 + (i % 12);
    if (i % 7 === 0) s.replicationFactor = 2;
    s.retention = `${1 + (i % 7)}d`;
    if (i % 9 === 0) Object.assign(s, { retention: "10d", localRetention: "1d", tierReads: "0.01 MiB/s" });
    streams.push(s);
  }
  return parseWorkloadInput({ region: "us-east-1", azs: 3, clientConnections: 2000, streams });
}

const catalog = bundledCatalog();
const fixture = (f: string) =>
  parseWorkloadInput(parse(readFileSync(`fixtures/workloads/${f}.yaml`, "utf8")));
const json = (r: SensitivityResult) => JSON.stringify(r);

describe("sensitivity: one stream rebuilt, demand resumed — the same bits as rebuilding the workload", () => {
  const msk = preparePlanner({ catalog, region: "us-east-1" });
  for (const f of ["typical", "heavy", "small", "many-partitions", "long-retention"])
    it(`${f}.yaml, the four MSK options, ±20 % and ±60 %`, () => {
      const parsed = fixture(f);
      for (const delta of [0.2, 0.6])
        expect(json(sensitivity(parsed, delta, msk))).toBe(json(reference(parsed, delta, msk)));
    });

  it("a generated 40-stream workload (every field form), all nine options", () => {
    const parsed = generated(40);
    const all = preparePlanner({
      catalog,
      region: "us-east-1",
      options: [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS],
    });
    const r = sensitivity(parsed, 0.2, all);
    expect(json(r)).toBe(json(reference(parsed, 0.2, all)));
    // Every stream field of every stream is a bar, and some moves break a rule (a null side).
    expect(r.options[0]?.bars.length).toBeGreaterThan(40 * 10);
  });

  it("a move that breaks a rule (a lowered peak below its average) is infeasible on that side", () => {
    const parsed = parseWorkloadInput({
      region: "us-east-1",
      streams: [
        { name: "a", ingress: "1 MiB/s", peakIngress: "1.2 MiB/s", partitions: 6, retention: "1d" },
        { name: "b", ingress: "2 MiB/s", partitions: 6 },
      ],
    });
    const r = sensitivity(parsed, 0.5, msk);
    expect(json(r)).toBe(json(reference(parsed, 0.5, msk)));
    const bar = r.options[0]?.bars.find((b) => b.path === "streams.a.peakIngress");
    expect(bar?.lowUsd ?? null).toBeNull();
  });
});
