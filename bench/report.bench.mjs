// Report writing: a workbook with a 100,000-row sweep sheet (exceljs streaming WorkbookWriter),
// as a ratio to writing the same rows as CSV in the same run, and peak memory (max RSS) of each.
// The in-memory Workbook path (buildWorkbook) is measured last, for contrast: it holds every cell.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import {
  buildReportModel,
  buildWorkbook,
  bundledCatalog,
  parseWorkload,
  plan,
  tableCsv,
  writeReport,
} from "../dist/index.js";
import { report } from "./lib.mjs";

const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), "msk-bench-report-"));
const w = parseWorkload(
  parse(readFileSync(new URL("../fixtures/workloads/typical.yaml", import.meta.url), "utf8")),
);
const p = plan(w, { catalog: bundledCatalog() });

// A deterministic sweep-shaped table: two inputs and four option costs per row.
const columns = [
  { header: "ingress_MBps", format: "mbps" },
  { header: "retention_h", format: "hours" },
  { header: "standard_usd", format: "usd" },
  { header: "standard_tiered_usd", format: "usd" },
  { header: "express_usd", format: "usd" },
  { header: "serverless_usd", format: "usd" },
  { header: "cheapest", format: "text" },
];
const rows = Array.from({ length: ROWS }, (_, i) => {
  const ingress = 1 + (i % 1000) * 0.25;
  const retention = 24 * (1 + Math.floor(i / 1000));
  const s = ingress * 310.7 + retention * 1.3;
  return [ingress, retention, s, s * 0.61, s * 0.83, s * 1.4, i % 3 ? "standard-tiered" : "express"];
});
const sweep = { name: "Sweep", title: "Sweep", columns, rows };
const opts = { generatedAt: "2026-01-01T00:00:00.000Z", version: "bench" };
const model = buildReportModel(p, { ...opts, tables: [sweep] });

async function median(fn, runs) {
  const t = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    await fn(i);
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}
const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;

globalThis.gc?.();
const rss0 = maxRssMiB();
const csvMs = await median((i) => writeFileSync(join(dir, `sweep-${i}.csv`), tableCsv(sweep)), 5);
const rssCsv = maxRssMiB();
await writeReport(model, join(dir, "warm.xlsx")); // warm-up (loads exceljs)
const xlsxMs = await median((i) => writeReport(model, join(dir, `sweep-${i}.xlsx`)), 3);
const rssXlsx = maxRssMiB();
report(`xlsx ${ROWS.toLocaleString("en-US")}-row sweep (streaming)`, xlsxMs, "ms", "same rows as CSV", csvMs);
globalThis.gc?.();
const memMs = await median(
  async (i) => writeReport(await buildWorkbook(model), join(dir, `mem-${i}.xlsx`)),
  1,
);
const rssMem = maxRssMiB();
report(
  `xlsx ${ROWS.toLocaleString("en-US")}-row sweep (in-memory Workbook)`,
  memMs,
  "ms",
  "same rows as CSV",
  csvMs,
);
console.log(
  `peak RSS (MiB): start ${rss0.toFixed(0)}, after CSV ${rssCsv.toFixed(0)}, after streaming xlsx ${rssXlsx.toFixed(0)}, after in-memory xlsx ${rssMem.toFixed(0)}`,
);
rmSync(dir, { recursive: true, force: true });
