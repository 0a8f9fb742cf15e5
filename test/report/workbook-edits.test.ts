// Every input on the workbook's Assumptions sheet edited in HyperFormula, and every option's total
// re-evaluated against an independent expectation: `plan` on the same edit (compared where the
// configuration is unchanged; test/report/live-edits.test.ts compares re-sized ones), or, for the
// billing conventions that have no plan equivalent, the hand rule stated beside them. A formula
// that reads the wrong cell (hours for hours per month, one stream's value for another's, the
// ingress price for egress) fails here. A new input without an edit case fails the coverage test.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { Stream, Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { OptionResult, PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { writeReport } from "../../src/report/xlsx.js";
import { REPORT_OPTS } from "./fixture.js";
import { type Evaluated, evaluateWorkbook } from "./hf.js";

// A live workbook takes HyperFormula some seconds to load.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const base: Workload = parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));
const catalog = bundledCatalog();
const p0 = plan(base, { catalog });
const totalName = (id: string) => `total_${id.replace(/-/g, "_")}`;
const cents = (x: number) => Math.round(x * 100);

let ev: Evaluated;
let inputs: { name: string; value: number }[];
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "msk-edits-")), "typical.xlsx");
  await writeReport(p0, file, REPORT_OPTS);
  ev = await evaluateWorkbook(file);
  const model = (ev.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
  // Every named input of the Assumptions sheet; not the workload's derived cells below them
  // (demand_*: formulas over these inputs, which every edit here re-evaluates).
  inputs = model
    .filter((d) => (d.ranges[0] as string).startsWith("Assumptions!") && !d.name.startsWith("demand_"))
    .map((d) => ({ name: d.name, value: ev.name(d.name) as number }))
    .filter((d) => typeof d.value === "number");
});

/** An edit: the new cell value, and what it means outside the workbook. */
interface Edit {
  to: (v: number) => number;
  /** The plan on the edited inputs (compared where the configuration did not change). */
  plan?: (v: number) => PlanResult;
  /** Otherwise, the expected total of an option, by a stated rule. */
  expected?: (o: OptionResult, v: number) => number;
}

const withStreams = (f: (s: Stream, i: number) => Stream): Workload => ({
  ...base,
  streams: base.streams.map(f),
});
const scaleRates = (k: number) =>
  withStreams((s) => ({
    ...s,
    ingressBytesPerSec: s.ingressBytesPerSec * k,
    peakIngressBytesPerSec: s.peakIngressBytesPerSec * k,
    egressBytesPerSec: s.egressBytesPerSec * k,
    peakEgressBytesPerSec: s.peakEgressBytesPerSec * k,
  }));
const withTargets = (t: Partial<Workload["targets"]>): Workload => ({
  ...base,
  targets: { ...base.targets, ...t },
});
const planOf = (w: Workload, c: Catalog = catalog) => plan(w, { catalog: c });
const lineSum = (o: OptionResult, keep: (l: OptionResult["lineItems"][number]) => boolean) =>
  o.lineItems.filter(keep).reduce((t, l) => t + l.costUsd, 0);

/** Stream field (after `stream<i>_`) → how the canonical stream changes. */
const STREAM_EDITS: Record<string, { to: (v: number) => number; apply: (s: Stream, v: number) => Stream }> = {
  ingress_MiBps: { to: (v) => v * 1.05, apply: (s, v) => ({ ...s, ingressBytesPerSec: v * 2 ** 20 }) },
  peak_ingress_MiBps: {
    to: (v) => v * 1.1,
    apply: (s, v) => ({ ...s, peakIngressBytesPerSec: v * 2 ** 20 }),
  },
  egress_MiBps: { to: (v) => v * 1.05, apply: (s, v) => ({ ...s, egressBytesPerSec: v * 2 ** 20 }) },
  peak_egress_MiBps: { to: (v) => v * 1.1, apply: (s, v) => ({ ...s, peakEgressBytesPerSec: v * 2 ** 20 }) },
  retention_h: { to: (v) => v + 12, apply: (s, v) => ({ ...s, retentionSeconds: v * 3600 }) },
  local_retention_h: { to: (v) => v + 6, apply: (s, v) => ({ ...s, localRetentionSeconds: v * 3600 }) },
  replication_factor: { to: (v) => v + 1, apply: (s, v) => ({ ...s, replicationFactor: v }) },
  partitions: { to: (v) => v + 3, apply: (s, v) => ({ ...s, partitions: v }) },
  message_size_B: { to: (v) => v * 2, apply: (s, v) => ({ ...s, messageSizeBytes: v }) },
  compression_ratio: { to: (v) => v + 1, apply: (s, v) => ({ ...s, compressionRatio: v }) },
  consumer_groups: { to: (v) => v + 1, apply: (s, v) => ({ ...s, consumerGroups: v }) },
  // 0 → 1 MB/s read back from the tier (retrieval has no us-east-1 price: priced where it has one).
  tier_reads_MiBps: { to: (v) => v + 1, apply: (s, v) => ({ ...s, tierReadBytesPerSec: v * 2 ** 20 }) },
};

function editFor(name: string): Edit | undefined {
  const stream = /^stream(\d+)_(.+)$/.exec(name);
  if (stream) {
    const i = Number(stream[1]) - 1;
    const e = STREAM_EDITS[stream[2] as string];
    return e && { to: e.to, plan: (v) => planOf(withStreams((s, k) => (k === i ? e.apply(s, v) : s))) };
  }
  if (name.startsWith("price_")) {
    const key = `price|${name}`;
    return {
      to: (v) => v * 2,
      plan: (v) => {
        // The dimension this cell prices (a line item's, or one the live sizing compares).
        const c = structuredClone(catalog) as Catalog;
        const dims = new Set(
          Object.keys(catalog.regions["us-east-1"] ?? {}).filter(
            (d) => `price_${d.replace(/[^A-Za-z0-9]/g, "_")}` === name,
          ),
        );
        expect(dims.size, key).toBe(1);
        for (const d of dims) (c.regions["us-east-1"]?.[d] as { amount: number }).amount = v;
        return planOf(base, c);
      },
    };
  }
  const gbMonths = (l: { unit: string }) => l.unit === "GB-months";
  const edits: Record<string, Edit> = {
    // The billing period: every quantity is per period. 365 h = half a month.
    hours: { to: () => 365, plan: () => plan(base, { catalog, hours: 365 }) },
    // Hours per month only converts GB-hours to GB-months: doubling it halves every GB-month line.
    hours_per_month: {
      to: (v) => v * 2,
      expected: (o) => (o.monthlyUsd as number) - lineSum(o, gbMonths) / 2,
    },
    // Seconds per hour and bytes per MiB scale every byte volume and stored byte: as if every rate doubled.
    seconds_per_hour: { to: (v) => v * 2, plan: () => planOf(scaleRates(2)) },
    bytes_per_mib: { to: (v) => v * 2, plan: () => planOf(scaleRates(2)) },
    // A GB twice as large halves every byte-derived GB: as if every rate halved.
    bytes_per_billed_gb: { to: (v) => v * 2, plan: () => planOf(scaleRates(0.5)) },
    // Two AZs: the cross-AZ share and the sizing (brokers in multiples of 2; Express needs 3) follow.
    azs: { to: () => 2, plan: () => planOf({ ...base, azs: 2 }) },
    fetch_from_nearest_replica: {
      to: () => 1,
      plan: () => planOf(withTargets({ fetchFromNearestReplica: true })),
    },
    client_connections: { to: (v) => v + 100, plan: (v) => planOf({ ...base, clientConnections: v }) },
    max_util_standard: {
      to: (v) => v + 0.05,
      plan: (v) => planOf(withTargets({ maxUtilisation: { ...base.targets.maxUtilisation, standard: v } })),
    },
    max_util_express: {
      to: (v) => v - 0.05,
      plan: (v) => planOf(withTargets({ maxUtilisation: { ...base.targets.maxUtilisation, express: v } })),
    },
    max_util_partitions: {
      to: (v) => v - 0.1,
      plan: (v) => planOf(withTargets({ maxUtilisation: { ...base.targets.maxUtilisation, partitions: v } })),
    },
    storage_headroom: { to: (v) => v + 0.5, plan: (v) => planOf(withTargets({ storageHeadroom: v })) },
    tolerate_az_loss: { to: () => 0, plan: () => planOf(withTargets({ tolerateAzLoss: false })) },
    // The default local retention applies when a stream does not give one; both streams here are
    // parsed already, so changing the default changes no stream: the totals stay.
    tiered_local_retention_h: { to: (v) => v * 2, plan: () => p0 },
  };
  return edits[name];
}

describe("workbook: every Assumptions input edited and recalculated (HyperFormula)", () => {
  it("every input on the Assumptions sheet has an edit case", () => {
    expect(inputs.length).toBeGreaterThan(40);
    expect(inputs.filter((i) => editFor(i.name) === undefined).map((i) => i.name)).toEqual([]);
  });

  it("each edit re-evaluates every total to its independent expectation", () => {
    const checked: Record<string, number> = {};
    for (const { name, value } of inputs) {
      const e = editFor(name) as Edit;
      const v = e.to(value);
      ev.setName(name, v);
      try {
        const p1 = e.plan?.(v);
        let n = 0;
        for (const o0 of p0.options.filter((o) => o.feasible)) {
          const wb = ev.name(totalName(o0.option)) as number;
          if (e.expected) {
            expect(cents(wb), `${name} → ${o0.option}`).toBe(cents(e.expected(o0, v)));
            n++;
            continue;
          }
          const o1 = p1?.options.find((o) => o.option === o0.option);
          if (!o1?.feasible || JSON.stringify(o1.configuration) !== JSON.stringify(o0.configuration))
            continue;
          expect(cents(wb), `${name} → ${o0.option}`).toBe(cents(o1.monthlyUsd as number));
          n++;
        }
        checked[name] = n;
      } finally {
        ev.setName(name, value);
      }
    }
    // Each edit was compared on at least one option.
    expect(Object.entries(checked).filter(([, n]) => n === 0)).toEqual([]);
    // Restored: the totals are the plan's again.
    for (const o of p0.options.filter((x) => x.feasible))
      expect(cents(ev.name(totalName(o.option)) as number)).toBe(cents(o.monthlyUsd as number));
  });

  it("hours and hours per month are different cells: 365 billing hours halve broker-hours, not the month", () => {
    // Standard: brokers × hours × price + storage × brokers × GB × (hours ÷ hours per month): all halve.
    ev.setName("hours", 365);
    const std = p0.options.find((o) => o.option === "standard") as OptionResult;
    expect(cents(ev.name("total_standard") as number)).toBe(cents((std.monthlyUsd as number) / 2));
    // Summary's monthly figure scales back to a month: total × hours per month ÷ hours.
    ev.setName("hours", 730);
    ev.setName("hours_per_month", 1460);
    const gbm = lineSum(std, (l) => l.unit === "GB-months");
    expect(cents(ev.name("total_standard") as number)).toBe(cents((std.monthlyUsd as number) - gbm / 2));
    ev.setName("hours_per_month", 730);
  });
});
