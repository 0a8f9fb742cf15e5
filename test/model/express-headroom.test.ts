// Express head-room stated once (issue #12, docs/express-headroom.md): AWS's recommended sustained
// per-broker rates already sit 1.5× below the enforced maximum (the one-AZ-lost allowance), so the
// default sizes at 100 % of them with no AZ factor; extra margin is the explicit, echoed
// targets.maxUtilisation.express.
import { beforeEach, describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { expressCapacities, expressLoads, sizeExpress } from "../../src/model/sizing/express.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

let planner: ReturnType<typeof preparePlanner>;
// Prepared and planned in beforeEach, not at load: Stryker switches a mutant on only when the
// tests start, so work done while the file loads never sees it (docs/mutation.md).
beforeEach(() => {
  planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1", options: ["express"] });
});
const aws = (targets?: Record<string, unknown>) =>
  parseWorkload({
    ...(targets ? { targets } : {}),
    streams: [{ name: "s", ingress: "45 MB/s", egress: "90 MB/s", partitions: 30 }],
  });

describe("Express head-room", () => {
  test("AWS's example with every default: 45 MBps in / 90 MBps out → ⌈45 ÷ 15.6⌉ = 3 and ⌈90 ÷ 31.2⌉ = 3 → 3 × express.m7g.large (3 × 730 h × $0.408 = $893.52 of broker-hours)", () => {
    const o = planner.plan(aws()).options[0];
    expect(o?.feasible).toBe(true);
    expect(o?.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 3 });
    const brokers = o?.lineItems.find((l) => l.unit === "broker-hours");
    expect(brokers?.quantity).toBe(3 * 730);
    expect(brokers?.costUsd).toBeCloseTo(893.52, 6);
    // 45 ÷ (3 × 15.6) = 96.2 % of recommended ingress; 90 ÷ (3 × 31.2) = 96.2 % of egress.
    expect(o?.utilisation.ingress).toBeCloseTo(45 / (3 * 15.6), 9);
    expect(o?.notes.join(" ")).toMatch(
      /sized at 100% \(targets\.maxUtilisation\.express\) of AWS's recommended sustained throughput/,
    );
  });
  test("the default is 100 % and echoed in the workload; tolerateAzLoss adds no throughput factor to Express", () => {
    const w = aws();
    expect(w.targets.maxUtilisation.express).toBe(1);
    expect(w.targets.tolerateAzLoss).toBe(true);
    const L = expressLoads(w, deriveDemand(w));
    expect(L.ingress).toBe(45e6);
    expect(L.egress).toBe(90e6);
  });
  test("extra margin is explicit: maxUtilisation.express 75 % → ⌈45 ÷ (0.75 × 15.6)⌉ = 4 → 6 brokers (a multiple of 3)", () => {
    const o = planner.plan(aws({ maxUtilisation: { express: "75%" } })).options[0];
    expect(o?.configuration).toMatchObject({ instanceType: "express.m7g.large", brokers: 6 });
    expect(o?.notes.join(" ")).toMatch(/sized at 75% \(targets\.maxUtilisation\.express\)/);
  });
  test("at the recommended rate exactly: 3 × 15.6 MBps = 46.8 MBps in fits 3 brokers; one byte/s more needs 6", () => {
    const large = expressCapacities().find((c) => c.name === "express.m7g.large");
    if (!large) throw new Error("express.m7g.large");
    const at = (bps: number) => {
      const w = parseWorkload({
        streams: [{ name: "s", ingress: `${bps} B/s`, egress: `${bps} B/s`, partitions: 30 }],
      });
      return sizeExpress(large, expressLoads(w, deriveDemand(w))).brokers;
    };
    expect(at(46.8e6)).toBe(3);
    expect(at(46.8e6 + 1)).toBe(6);
  });
});
