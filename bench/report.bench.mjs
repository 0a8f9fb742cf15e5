// Report writing (issue #14 goal 4): `report` with a 100,000-row Sweep sheet as an Excel workbook,
// against the same report written as CSV, each the CPU time (user + system) of the whole child
// process: start-up, planning, the 100,000-scenario sweep and the writer. The CSV run is the floor:
// the same work with the cheapest writer. Goal: the workbook ≤ 2× the CSV.
// Then, for context, the writer alone in this process (the same rows as CSV), and peak memory.
import { spawnSync } from "node:child_process";
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
import { goal, report } from "./lib.mjs";

const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), "msk-bench-report-"));
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const hook = new URL("./cpu-at-exit.cjs", import.meta.url).pathname;
const typicalFile = new URL("../fixtures/workloads/typical.yaml", import.meta.url).pathname;

/** CPU ms of `msk-planner ...args` as a whole process. */
function childCpuMs(args) {
  const f = join(dir, `cpu-${Math.random().toString(16).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ["--require", hook, cli, ...args], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, BENCH_CPU_FILE: f, SOURCE_DATE_EPOCH: "1767225600" },
  });
  if (r.status !== 0) throw new Error(`msk-planner ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return Number(readFileSync(f, "utf8").trim());
}

// 1,000 × 100 = 100,000 scenarios (the report's Sweep sheet limit).
const sweepArgs = [
  "report",
  typicalFile,
  "--sweep",
  "ingress=1MiB/s..200MiB/s:1000",
  "--sweep",
  "retention=3d..30d:100",
];
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Interleaved, round by round, so the machine's load falls on both alike; medians of 3.
const csvCpu = [];
const xlsxCpu = [];
for (let i = 0; i < 3; i++) {
  csvCpu.push(childCpuMs([...sweepArgs, "--csv", join(dir, `csv-${i}`)]));
  xlsxCpu.push(childCpuMs([...sweepArgs, "--xlsx", join(dir, `r-${i}.xlsx`)]));
}
const [csvMs, xlsxMs] = [med(csvCpu), med(xlsxCpu)];
goal(`report, 100,000-row Sweep sheet: xlsx CPU vs CSV CPU (whole process)`, xlsxMs / csvMs, "<=", 2, {
  detail: `xlsx ${(xlsxMs / 1000).toFixed(2)} s, CSV ${(csvMs / 1000).toFixed(2)} s CPU`,
});

// The writer alone, in this process: a deterministic sweep-shaped table of the same size.
const w = parseWorkload(parse(readFileSync(typicalFile, "utf8")));
const p = plan(w, { catalog: bundledCatalog() });
const columns = [
  { header: "ingress_MiBps", format: "mibps" },
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
  return med(t);
}
const maxRssMiB = () => process.resourceUsage().maxRSS / 1024;

globalThis.gc?.();
const rss0 = maxRssMiB();
const csvWriteMs = await median((i) => writeFileSync(join(dir, `sweep-${i}.csv`), tableCsv(sweep)), 5);
const rssCsv = maxRssMiB();
await writeReport(model, join(dir, "warm.xlsx")); // warm-up (loads exceljs)
const xlsxWriteMs = await median((i) => writeReport(model, join(dir, `sweep-${i}.xlsx`)), 3);
const rssXlsx = maxRssMiB();
report(
  `xlsx ${ROWS.toLocaleString("en-US")}-row sweep (streaming)`,
  xlsxWriteMs,
  "ms",
  "same rows as CSV",
  csvWriteMs,
);
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
  csvWriteMs,
);
console.log(
  `peak RSS (MiB): start ${rss0.toFixed(0)}, after CSV ${rssCsv.toFixed(0)}, after streaming xlsx ${rssXlsx.toFixed(0)}, after in-memory xlsx ${rssMem.toFixed(0)}`,
);
rmSync(dir, { recursive: true, force: true });
