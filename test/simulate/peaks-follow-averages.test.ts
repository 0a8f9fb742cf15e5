// Law: setting an average rate keeps the workload's written peak-to-average ratio, unless the
// scenario sets the peak too (src/plan/simulate/scenario.ts). small.yaml writes ingress 1 MiB/s and
// peakIngress 3 MiB/s: "what if ingress is 20 MiB/s" means a 60 MiB/s peak.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { whatIf } from "../../src/plan/simulate/whatif.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const MiB = 1024 ** 2;
const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });
const small = parseWorkloadInput(parse(readFileSync("fixtures/workloads/small.yaml", "utf8")));

describe("peaks follow their averages", () => {
  it("scales a written peak by the same factor as the average", () => {
    const r = whatIf(small, ["ingress=20MiB/s"], planner);
    const s = r.changed.workload.streams[0];
    expect(s?.ingressBytesPerSec).toBe(20 * MiB);
    expect(s?.peakIngressBytesPerSec).toBeCloseTo(60 * MiB, 6);
  });
  it("keeps a peak the scenario sets itself, whatever the order", () => {
    for (const sets of [
      ["ingress=20MiB/s", "peakIngress=25MiB/s"],
      ["peakIngress=25MiB/s", "ingress=20MiB/s"],
    ]) {
      const s = whatIf(small, sets, planner).changed.workload.streams[0];
      expect(s?.peakIngressBytesPerSec).toBe(25 * MiB);
    }
  });
});
