// The workbook is the model (issue #13, first Done-when): for every fixture workload, inputs of the
// written workbook are edited — rates ×2 and ×0.25, retention, partitions, replication factor,
// utilisation targets, head-room and the AZ-loss allowance, the AZ count, a price, the hours —
// HyperFormula recomputes every formula from the file (no cached value is read), and each MSK
// option's feasibility, `brokers_<option>`, `total_<option>` and `recommended_option` equal `plan`
// run on the same edited inputs, to the cent.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import type { Stream, Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { writeReport } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";
import { type Evaluated, evaluateWorkbook } from "./hf.js";

const catalog = bundledCatalog();
const MiB = 2 ** 20;
const key = (id: string) => id.replace(/-/g, "_");
const cents = (x: number) => Math.round(x * 100);
const fixtures = readdirSync("fixtures/workloads").filter((f) => f.endsWith(".yaml"));

/** An edit: the workbook inputs it sets (name → new value) and the same change to the workload or plan. */
interface Edit {
  label: string;
  cells: (w: Workload) => Record<string, number>;
  plan: (w: Workload) => PlanResult;
}

const planOf = (w: Workload, c: Catalog = catalog, hours?: number) =>
  plan(w, { catalog: c, ...(hours === undefined ? {} : { hours }) });
const streams = (w: Workload, f: (s: Stream) => Stream): Workload => ({ ...w, streams: w.streams.map(f) });
const perStream = (w: Workload, field: string, v: (s: Stream) => number) =>
  Object.fromEntries(w.streams.map((s, i) => [`stream${i + 1}_${field}`, v(s)]));

const scale = (k: number): Edit => ({
  label: `rates ×${k}`,
  cells: (w) => ({
    ...perStream(w, "ingress_MiBps", (s) => (s.ingressBytesPerSec * k) / MiB),
    ...perStream(w, "peak_ingress_MiBps", (s) => (s.peakIngressBytesPerSec * k) / MiB),
    ...perStream(w, "egress_MiBps", (s) => (s.egressBytesPerSec * k) / MiB),
    ...perStream(w, "peak_egress_MiBps", (s) => (s.peakEgressBytesPerSec * k) / MiB),
  }),
  plan: (w) =>
    planOf(
      streams(w, (s) => ({
        ...s,
        ingressBytesPerSec: s.ingressBytesPerSec * k,
        peakIngressBytesPerSec: s.peakIngressBytesPerSec * k,
        egressBytesPerSec: s.egressBytesPerSec * k,
        peakEgressBytesPerSec: s.peakEgressBytesPerSec * k,
      })),
    ),
});

/** The broker type the plan chose for Standard (its price is edited), or the first Standard price. */
function stdType(p: PlanResult): string {
  const o = p.options.find((x) => x.option === "standard");
  return (o?.configuration as { instanceType?: string } | null)?.instanceType ?? "kafka.m5.large";
}

const EDITS: Edit[] = [
  scale(2),
  scale(0.25),
  {
    label: "retention ×3",
    cells: (w) => perStream(w, "retention_h", (s) => (s.retentionSeconds * 3) / 3600),
    plan: (w) => planOf(streams(w, (s) => ({ ...s, retentionSeconds: s.retentionSeconds * 3 }))),
  },
  {
    label: "partitions ×4",
    cells: (w) => perStream(w, "partitions", (s) => s.partitions * 4),
    plan: (w) => planOf(streams(w, (s) => ({ ...s, partitions: s.partitions * 4 }))),
  },
  {
    label: "replication factor 2",
    cells: (w) => perStream(w, "replication_factor", () => 2),
    plan: (w) => planOf(streams(w, (s) => ({ ...s, replicationFactor: 2 }))),
  },
  {
    label: "utilisation targets 40% / 50% / 60%",
    cells: () => ({ max_util_standard: 0.4, max_util_express: 0.5, max_util_partitions: 0.6 }),
    plan: (w) =>
      planOf({
        ...w,
        targets: { ...w.targets, maxUtilisation: { standard: 0.4, express: 0.5, partitions: 0.6 } },
      }),
  },
  {
    label: "head-room ×1.5, one AZ's loss not tolerated",
    cells: (w) => ({ storage_headroom: w.targets.storageHeadroom * 1.5, tolerate_az_loss: 0 }),
    plan: (w) =>
      planOf({
        ...w,
        targets: { ...w.targets, storageHeadroom: w.targets.storageHeadroom * 1.5, tolerateAzLoss: false },
      }),
  },
  {
    label: "two AZs",
    cells: () => ({ azs: 2 }),
    plan: (w) => planOf({ ...w, azs: 2 }),
  },
  {
    label: "the chosen Standard type's broker-hour price ×3",
    cells: (w) => {
      const t = stdType(planOf(w));
      const usd =
        (catalog.regions["us-east-1"]?.[`broker:${t}`] as { amount: number } | undefined)?.amount ??
        Number.NaN;
      return { [`price_broker_${t.replace(/[^A-Za-z0-9]/g, "_")}`]: usd * 3 };
    },
    plan: (w) => {
      const t = stdType(planOf(w));
      const c = structuredClone(catalog) as Catalog;
      (c.regions["us-east-1"]?.[`broker:${t}`] as { amount: number }).amount *= 3;
      return planOf(w, c);
    },
  },
  {
    label: "storage price ×5",
    cells: () => ({
      price_storage:
        ((catalog.regions["us-east-1"]?.storage as { amount: number } | undefined)?.amount ?? Number.NaN) * 5,
    }),
    plan: (w) => {
      const c = structuredClone(catalog) as Catalog;
      (c.regions["us-east-1"]?.storage as { amount: number }).amount *= 5;
      return planOf(w, c);
    },
  },
  { label: "365 hours", cells: () => ({ hours: 365 }), plan: (w) => planOf(w, catalog, 365) },
];

function expectPlan(ev: Evaluated, p: PlanResult, label: string): void {
  for (const o of p.options.filter((x) => x.family === "msk")) {
    const at = `${label} → ${o.option}`;
    expect(ev.name(`${key(o.option)}_feasible`), at).toBe(o.feasible ? 1 : 0);
    if (!o.feasible) continue;
    const cfg = o.configuration as { brokers?: number; clusters?: number };
    expect(ev.name(`brokers_${key(o.option)}`), at).toBe(cfg.brokers ?? cfg.clusters);
    if (o.monthlyUsd !== null)
      expect(cents(ev.name(`total_${key(o.option)}`) as number), at).toBe(cents(o.monthlyUsd));
  }
  expect(ev.name("recommended_option"), `${label} → recommended`).toBe(p.recommended ?? "");
}

describe("the workbook re-sizes, re-prices and re-ranks as plan does (HyperFormula)", () => {
  for (const f of fixtures)
    it(f, { timeout: 240_000 }, async () => {
      const w = parseWorkload(
        extractDistributions(parse(readFileSync(`fixtures/workloads/${f}`, "utf8"))).input,
      );
      const file = join(mkdtempSync(join(tmpdir(), "msk-live-")), "w.xlsx");
      await writeReport(planOf(w), file, REPORT_OPTS);
      const ev = await evaluateWorkbook(file);
      expectPlan(ev, planOf(w), "as written");
      let resized = 0;
      for (const e of EDITS) {
        const cells = e.cells(w);
        const before = Object.fromEntries(Object.keys(cells).map((n) => [n, ev.name(n) as number]));
        for (const [n, v] of Object.entries(cells)) ev.setName(n, v);
        const p = e.plan(w);
        expectPlan(ev, p, e.label);
        const p0 = planOf(w);
        if (
          p.options.some(
            (o) =>
              JSON.stringify(o.configuration) !==
              JSON.stringify(p0.options.find((x) => x.option === o.option)?.configuration),
          )
        )
          resized++;
        for (const [n, v] of Object.entries(before)) ev.setName(n, v);
      }
      // The edits do re-size (not only re-price) this workload's clusters.
      expect(resized).toBeGreaterThan(3);
    });
});
