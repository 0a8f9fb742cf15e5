// Law (issue #13, second Done-when, the sizing half): over seeded random workloads, the workbook's
// live sizing formulas — written to a file, every cached value ignored, recomputed by HyperFormula —
// size, price and rank every MSK option as `plan` does: feasibility, `brokers_<option>`, the
// binding constraint, `total_<option>` to the cent and `recommended_option`. The workloads are
// drawn in shapes that bind different constraints (throughput, storage, partitions, connections)
// and make some options infeasible; the test checks that the runs did reach each of them.
// (The pricing half — calculator, fast path and formula per line item — is three-ways.property.test.ts.)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Workload } from "../../src/model/workload.js";
import { plan, preparePlanner } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { resourceLabel } from "../../src/report/labels.js";
import { writeReport } from "../../src/report/xlsx.js";
import { workloadArb } from "../plan/arbitraries.js";
import { REPORT_OPTS } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

const catalog = bundledCatalog();
const planner = preparePlanner({ catalog, region: "us-east-1" });
const key = (id: string) => id.replace(/-/g, "_");
const cents = (x: number) => Math.round(x * 100);
const dir = mkdtempSync(join(tmpdir(), "msk-live-prop-"));

const SHAPES = ["throughput", "storage", "partitions", "connections", "beyond"] as const;
type Shape = (typeof SHAPES)[number];

/**
 * Reshape a random workload so that one constraint binds Standard's size: the other demands are
 * made small (rates ÷ 30–100, at most 6 hours' retention, at most 100 partitions a stream, at most
 * 500 connections) and the shape's own one is drawn large (rates ×k, retention ×3, partitions ×k,
 * 10,000–70,000 connections); "beyond" draws rates ×20k, past what one cluster of any option carries.
 */
function shaped(w: Workload, shape: Shape, k: number): Workload {
  const rate = { throughput: k, storage: 1 / 30, partitions: 1 / 100, connections: 1 / 100, beyond: 20 * k }[
    shape
  ];
  // Retention ×3 for storage, at most 6 hours for throughput (storage would bind first), else as drawn.
  const keep = (t: number) =>
    shape === "storage" ? t * 3 : shape === "throughput" ? Math.min(t, 6 * 3600) : t;
  // A spreadsheet holds no subnormal number (Excel flushes them to 0), and a drawn fan-out near 0
  // gives egress of 1E-319 bytes/s: such a rate is written as the 0 a workbook would hold.
  const r = (x: number) => (Math.abs(x * rate) < 2.2250738585072014e-308 ? 0 : x * rate);
  const streams = w.streams.map((s) => ({
    ...s,
    ingressBytesPerSec: r(s.ingressBytesPerSec),
    peakIngressBytesPerSec: r(s.peakIngressBytesPerSec),
    egressBytesPerSec: r(s.egressBytesPerSec),
    peakEgressBytesPerSec: r(s.peakEgressBytesPerSec),
    tierReadBytesPerSec: r(s.tierReadBytesPerSec),
    consumerGroups: Math.abs(s.consumerGroups) < 2.2250738585072014e-308 ? 0 : s.consumerGroups,
    retentionSeconds: keep(s.retentionSeconds),
    localRetentionSeconds: keep(s.localRetentionSeconds),
    partitions: shape === "partitions" ? s.partitions * k : Math.min(s.partitions, 100),
  }));
  const connections =
    shape === "connections" ? 10_000 * k + w.clientConnections * 4 : w.clientConnections / 10;
  return { ...w, streams, clientConnections: Math.round(connections) };
}

const caseArb = (shape: Shape) =>
  fc.record({ w: workloadArb, k: fc.integer({ min: 1, max: 5 }) }).map(({ w, k }) => shaped(w, shape, k));

/** Standard's binding resource, as the kind of constraint a shape aims at. */
const kind = (b: string) => (/^network|^storageThroughput$/.test(b) ? "throughput" : b);

describe("law: the workbook's live sizing formulas equal `plan` on random workloads (HyperFormula)", () => {
  it("feasibility, brokers_*, the binding constraint, total_* to the cent and recommended_option", {
    timeout: 300_000,
  }, async () => {
    const bound = new Map<Shape, Set<string>>(SHAPES.map((s) => [s, new Set<string>()]));
    const seen = { infeasible: new Set<string>(), feasible: new Set<string>() };
    let n = 0;
    for (const shape of SHAPES)
      await fc.assert(
        fc.asyncProperty(caseArb(shape), async (w) => {
          const p = plan(w, { catalog });
          const file = join(dir, `w${n++}.xlsx`);
          await writeReport(p, file, REPORT_OPTS);
          const ev = await evaluateWorkbook(file);
          const fast = planner.evaluate(w);
          for (const id of MSK_OPTIONS) {
            const o = p.options.find((x) => x.option === id);
            if (o === undefined) throw new Error(`plan has no ${id}`);
            const at = `${shape} workload → ${id}`;
            const lean = fast.find((e) => e.option === id);
            expect(lean?.feasible, at).toBe(o.feasible);
            expect(ev.name(`${key(id)}_feasible`), at).toBe(o.feasible ? 1 : 0);
            (o.feasible ? seen.feasible : seen.infeasible).add(id);
            if (!o.feasible) continue;
            const cfg = o.configuration as { brokers?: number; clusters?: number };
            expect(ev.name(`brokers_${key(id)}`), at).toBe(cfg.brokers ?? cfg.clusters);
            expect(ev.name(`${key(id)}_binding`), at).toBe(
              o.binding === null ? "" : resourceLabel(o.binding),
            );
            if (id === "standard" && o.binding !== null) bound.get(shape)?.add(kind(o.binding));
            if (o.monthlyUsd !== null) {
              expect(cents(ev.name(`total_${key(id)}`) as number), at).toBe(cents(o.monthlyUsd));
              expect(cents(lean?.monthlyUsd as number), at).toBe(cents(o.monthlyUsd));
            }
          }
          expect(ev.name("recommended_option"), `${shape} workload → recommended`).toBe(p.recommended ?? "");
        }),
        // Each case writes and recomputes a whole workbook (seconds): few runs, and no shrinking
        // (fast-check still prints the seed and path that replay the failing case).
        { numRuns: shape === "beyond" ? 2 : 4, endOnFailure: true },
      );
    // The draws reached the cases the law is about: each shape bound Standard by its own kind of
    // constraint at least once, and every option was feasible in some run and infeasible in another.
    for (const shape of SHAPES.filter((x) => x !== "beyond"))
      expect([...(bound.get(shape) ?? [])], `${shape} workloads`).toContain(shape);
    expect([...seen.feasible].sort(), "feasible somewhere").toEqual([...MSK_OPTIONS].sort());
    expect([...seen.infeasible].sort(), "infeasible somewhere").toEqual([...MSK_OPTIONS].sort());
  });
});
