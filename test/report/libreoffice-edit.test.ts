// The workbook recalculated by another engine: inputs edited, every cached value stripped, and
// LibreOffice (where installed) recomputes every sheet — each MSK option's feasibility,
// `brokers_<option>` and `total_<option>`, `recommended_option`, and the Summary's ranking and
// monthly costs must equal `plan` on the same edited inputs, to the cent.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import type { Catalog } from "../../src/pricing/catalog-schema.js";
import { optionName } from "../../src/report/labels.js";
import { buildReportModel } from "../../src/report/model.js";
import { writeReport } from "../../src/report/xlsx.js";
import { hasSoffice, sofficeNamedValues, writeEdited } from "../helpers/libreoffice.js";
import { REPORT_OPTS } from "./fixture.js";

const cents = (x: number) => Math.round(x * 100);
const key = (id: string) => id.replace(/-/g, "_");
/** The names compared with `plan`: per MSK option its feasibility, size and total; the recommendation. */
const NAMES = [
  ...MSK_OPTIONS.flatMap((id) => [`${key(id)}_feasible`, `brokers_${key(id)}`, `total_${key(id)}`]),
  "recommended_option",
];

/** What LibreOffice computed from the edited workbook: the Summary's CSV lines and the {@link NAMES}. */
interface Recalculated {
  lines: string[];
  values: Record<string, number | string>;
}

/** Set named input cells of a written workbook, strip every cached result, recalculate in LibreOffice. */
async function editInLibreOffice(cwd: string, cells: Record<string, number>): Promise<Recalculated> {
  expect(await writeEdited(cwd, "t.xlsx", "edited.xlsx", cells)).toBeGreaterThan(20);
  const lo = await sofficeNamedValues(cwd, "edited.xlsx", NAMES);
  expect(lo.run.status, lo.run.stderr).toBe(0);
  return { lines: readFileSync(join(cwd, "edited-Summary.csv"), "utf8").split(/\r?\n/), values: lo.values };
}

/**
 * Each MSK option's feasibility, broker count (Serverless: clusters) and total, and
 * `recommended_option`, equal `plan`'s; so do the Summary's recommendation and monthly costs.
 */
function expectPlan({ lines, values }: Recalculated, p2: ReturnType<typeof plan>): void {
  for (const o of p2.options.filter((x) => x.family === "msk")) {
    const k = key(o.option);
    expect(values[`${k}_feasible`], o.option).toBe(o.feasible ? 1 : 0);
    if (!o.feasible) continue;
    const cfg = o.configuration as { brokers?: number; clusters?: number };
    expect(values[`brokers_${k}`], o.option).toBe(cfg.brokers ?? cfg.clusters);
    expect(cents(values[`total_${k}`] as number), o.option).toBe(cents(o.monthlyUsd as number));
  }
  expect(values.recommended_option).toBe(p2.recommended ?? "");
  // The Summary's row 2 shows the plain name (the id is recommended_option, checked above).
  const rec = (lines.find((l) => l.startsWith("Recommendation,")) as string).split(",");
  expect(rec[1]).toBe(p2.recommended === null ? "" : optionName(p2.recommended));
  for (const o of buildReportModel(p2, REPORT_OPTS).options.filter(
    (x) => x.feasible && x.monthlyUsd !== null,
  )) {
    const line = lines.find((l) => l.startsWith(`${o.sheetName},yes,`));
    expect(line, o.id).toBeDefined();
    expect(cents(Number((line as string).split(",")[2])), o.id).toBe(cents(o.monthlyUsd as number));
  }
}

const typical = () => parseWorkload(parse(readFileSync("fixtures/workloads/typical.yaml", "utf8")));

describe.skipIf(!hasSoffice)("workbook recalculated by LibreOffice after an edit", () => {
  it("tiered storage ×4: brokers_*, total_* and recommended_option equal `plan` with that price", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-lo-edit-"));
    const w = typical();
    const p = plan(w, { catalog: bundledCatalog() });
    await writeReport(p, join(cwd, "t.xlsx"), REPORT_OPTS);
    const cat = structuredClone(bundledCatalog()) as Catalog;
    const price = cat.regions["us-east-1"]?.tieredStorage as { amount: number };
    price.amount *= 4;
    const p2 = plan(w, { catalog: cat });
    expect(p2.recommended).not.toBe(p.recommended);
    const lo = await editInLibreOffice(cwd, { price_tieredStorage: price.amount });
    expectPlan(lo, p2);
    const rec = (lo.lines.find((l) => l.startsWith("Recommendation,")) as string).split(",");
    expect(cents(Number(rec[2]))).toBe(cents(p2.options[0]?.monthlyUsd as number));
  }, 180_000);

  it("every rate ×2 and partitions ×4: the clusters re-size in LibreOffice; brokers_*, total_* and the ranking equal `plan`", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-lo-rates-"));
    const w = typical();
    await writeReport(plan(w, { catalog: bundledCatalog() }), join(cwd, "t.xlsx"), REPORT_OPTS);
    const edited = {
      ...w,
      streams: w.streams.map((s) => ({
        ...s,
        ingressBytesPerSec: s.ingressBytesPerSec * 2,
        peakIngressBytesPerSec: s.peakIngressBytesPerSec * 2,
        egressBytesPerSec: s.egressBytesPerSec * 2,
        peakEgressBytesPerSec: s.peakEgressBytesPerSec * 2,
        partitions: s.partitions * 4,
      })),
    };
    const cells: Record<string, number> = {};
    w.streams.forEach((s, i) => {
      cells[`stream${i + 1}_ingress_MiBps`] = (s.ingressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_peak_ingress_MiBps`] = (s.peakIngressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_egress_MiBps`] = (s.egressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_peak_egress_MiBps`] = (s.peakEgressBytesPerSec * 2) / 2 ** 20;
      cells[`stream${i + 1}_partitions`] = s.partitions * 4;
    });
    const p2 = plan(edited, { catalog: bundledCatalog() });
    // The edits change broker counts: a re-priced fixed configuration would not match.
    const p1 = plan(w, { catalog: bundledCatalog() });
    const brokers = (p: ReturnType<typeof plan>) =>
      p.options.map((o) => (o.configuration as { brokers?: number } | null)?.brokers);
    expect(brokers(p2)).not.toEqual(brokers(p1));
    expectPlan(await editInLibreOffice(cwd, cells), p2);
  }, 180_000);
});
