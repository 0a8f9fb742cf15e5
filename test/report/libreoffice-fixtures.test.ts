// The first Done-when of issue #13 in a second engine: for every fixture workload, the written
// workbook's inputs are edited (rates ×2 with partitions ×4; rates ×0.25 with retention ×3 and 365
// hours; utilisation targets, storage head-room, the AZ-loss allowance and the chosen Standard
// type's broker-hour price), every cached value is stripped, and LibreOffice (where installed)
// recalculates the files in one run: each MSK option's feasibility, `brokers_<option>`,
// `total_<option>` and `recommended_option` equal `plan` on the same edited inputs, to the cent.
// (HyperFormula checks more edits per fixture: live-edits.test.ts.)
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import type { Stream, Workload } from "../../src/model/workload.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { MSK_OPTIONS, type PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { writeReport } from "../../src/report/xlsx.js";
import { hasSoffice, sofficeNamedValuesOfMany, writeEdited } from "../helpers/libreoffice.js";
import { REPORT_OPTS } from "./fixture.js";

const catalog = bundledCatalog();
const MiB = 2 ** 20;
const key = (id: string) => id.replace(/-/g, "_");
const cents = (x: number) => Math.round(x * 100);
const NAMES = [
  ...MSK_OPTIONS.flatMap((id) => [`${key(id)}_feasible`, `brokers_${key(id)}`, `total_${key(id)}`]),
  "recommended_option",
];

const perStream = (w: Workload, field: string, v: (s: Stream) => number) =>
  Object.fromEntries(w.streams.map((s, i) => [`stream${i + 1}_${field}`, v(s)]));
const rateCells = (w: Workload, k: number) => ({
  ...perStream(w, "ingress_MiBps", (s) => (s.ingressBytesPerSec * k) / MiB),
  ...perStream(w, "peak_ingress_MiBps", (s) => (s.peakIngressBytesPerSec * k) / MiB),
  ...perStream(w, "egress_MiBps", (s) => (s.egressBytesPerSec * k) / MiB),
  ...perStream(w, "peak_egress_MiBps", (s) => (s.peakEgressBytesPerSec * k) / MiB),
});
const rates = (s: Stream, k: number): Stream => ({
  ...s,
  ingressBytesPerSec: s.ingressBytesPerSec * k,
  peakIngressBytesPerSec: s.peakIngressBytesPerSec * k,
  egressBytesPerSec: s.egressBytesPerSec * k,
  peakEgressBytesPerSec: s.peakEgressBytesPerSec * k,
});

/** An edit: the named inputs it sets, and `plan` on the same change. */
interface Edit {
  label: string;
  cells: Record<string, number>;
  plan: PlanResult;
}

function edits(w: Workload): Edit[] {
  const p0 = plan(w, { catalog });
  const std = p0.options.find((o) => o.option === "standard")?.configuration as {
    instanceType?: string;
  } | null;
  const type = std?.instanceType ?? "kafka.m5.large";
  const priced = structuredClone(catalog) as Catalog;
  const broker = priced.regions["us-east-1"]?.[`broker:${type}`] as { amount: number };
  broker.amount *= 3;
  return [
    {
      label: "rates ×2, partitions ×4",
      cells: { ...rateCells(w, 2), ...perStream(w, "partitions", (s) => s.partitions * 4) },
      plan: plan(
        { ...w, streams: w.streams.map((s) => ({ ...rates(s, 2), partitions: s.partitions * 4 })) },
        { catalog },
      ),
    },
    {
      label: "rates ×0.25, retention ×3, 365 hours",
      cells: {
        ...rateCells(w, 0.25),
        ...perStream(w, "retention_h", (s) => (s.retentionSeconds * 3) / 3600),
        hours: 365,
      },
      plan: plan(
        {
          ...w,
          streams: w.streams.map((s) => ({ ...rates(s, 0.25), retentionSeconds: s.retentionSeconds * 3 })),
        },
        { catalog, hours: 365 },
      ),
    },
    {
      label: "utilisation 40% / 50% / 60%, head-room ×1.5, one AZ's loss not tolerated, broker price ×3",
      cells: {
        max_util_standard: 0.4,
        max_util_express: 0.5,
        max_util_partitions: 0.6,
        storage_headroom: w.targets.storageHeadroom * 1.5,
        tolerate_az_loss: 0,
        [`price_broker_${type.replace(/[^A-Za-z0-9]/g, "_")}`]: broker.amount,
      },
      plan: plan(
        {
          ...w,
          targets: {
            ...w.targets,
            maxUtilisation: { standard: 0.4, express: 0.5, partitions: 0.6 },
            storageHeadroom: w.targets.storageHeadroom * 1.5,
            tolerateAzLoss: false,
          },
        },
        { catalog: priced },
      ),
    },
  ];
}

describe.skipIf(!hasSoffice)("every fixture's workbook, edited, recalculated by LibreOffice", () => {
  it("brokers_*, total_* and recommended_option equal `plan` on the edited inputs, to the cent", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-lo-fixtures-"));
    const files: string[] = [];
    const expected: { at: string; plan: PlanResult }[] = [];
    for (const f of readdirSync("fixtures/workloads").filter((x) => x.endsWith(".yaml"))) {
      const w = parseWorkload(
        extractDistributions(parse(readFileSync(`fixtures/workloads/${f}`, "utf8"))).input,
      );
      const stem = f.replace(/\.yaml$/, "");
      await writeReport(plan(w, { catalog }), join(cwd, `${stem}.xlsx`), REPORT_OPTS);
      for (const [k, e] of edits(w).entries()) {
        const file = `${stem}-edit${k + 1}.xlsx`;
        expect(await writeEdited(cwd, `${stem}.xlsx`, file, e.cells)).toBeGreaterThan(20);
        files.push(file);
        expected.push({ at: `${f}: ${e.label}`, plan: e.plan });
      }
    }
    const lo = await sofficeNamedValuesOfMany(cwd, files, NAMES);
    expect(lo.run.status, lo.run.stderr).toBe(0);
    let compared = 0;
    for (const [i, { at, plan: p }] of expected.entries()) {
      const v = lo.values[i] as Record<string, number | string>;
      for (const o of p.options.filter((x) => x.family === "msk")) {
        expect(v[`${key(o.option)}_feasible`], `${at} → ${o.option}`).toBe(o.feasible ? 1 : 0);
        if (!o.feasible) continue;
        const cfg = o.configuration as { brokers?: number; clusters?: number };
        expect(v[`brokers_${key(o.option)}`], `${at} → ${o.option}`).toBe(cfg.brokers ?? cfg.clusters);
        if (o.monthlyUsd !== null)
          expect(cents(v[`total_${key(o.option)}`] as number), `${at} → ${o.option}`).toBe(
            cents(o.monthlyUsd),
          );
        if (o.option !== "serverless") compared++;
      }
      expect(v.recommended_option, `${at} → recommended`).toBe(p.recommended ?? "");
    }
    // Six fixtures × three edits, and feasible broker counts compared in most of them.
    expect(expected).toHaveLength(18);
    expect(compared).toBeGreaterThan(18);
  }, 1_800_000);
});
