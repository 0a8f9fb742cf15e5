// `msk-planner report` end to end (the built CLI), plus Markdown and CSV content, and LibreOffice
// where installed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { csvField, reportCsv } from "../../src/report/csv.js";
import { reportMarkdown } from "../../src/report/markdown.js";
import { buildReportModel } from "../../src/report/model.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { hasSoffice, sofficeToCsv } from "../helpers/libreoffice.js";
import { planFor, REPORT_OPTS, workload } from "./fixture.js";
import { evaluateWorkbook } from "./hf.js";

const TYPICAL = resolve(ROOT, "fixtures/workloads/typical.yaml");
const ENV = { SOURCE_DATE_EPOCH: "1790000000" };
const cents = (x: number) => Math.round(x * 100);

function planJson(args: string[]): {
  options: { option: string; feasible: boolean; monthlyUsd: number | null }[];
} {
  const r = runCli(["plan", ...args, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("msk-planner report", () => {
  it("--compare alternatives adds the five alternatives with the same totals as `plan --compare alternatives`", () => {
    // The same workload and flags for both commands.
    const args = [
      TYPICAL,
      "--compare",
      "alternatives",
      "--ops-hours-per-month",
      "40",
      "--ops-hourly-rate",
      "120",
    ];
    const r = runCli(["report", ...args, "--json"], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { options: { id: string; monthlyUsd: number | null }[] };
    const expected = planJson(args).options;
    expect(report.options.map((o) => o.id).sort()).toEqual(expected.map((o) => o.option).sort());
    for (const o of expected) {
      const got = report.options.find((x) => x.id === o.option)?.monthlyUsd ?? null;
      expect(got === null ? null : cents(got), o.option).toBe(
        o.monthlyUsd === null ? null : cents(o.monthlyUsd),
      );
    }
    expect(report.options.map((o) => o.id)).toContain("self-managed");
  });

  it("with no output flag writes reports/<workload>.xlsx whose totals match `plan --json` to the cent", {
    timeout: 120_000,
  }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-cli-"));
    const r = runCli(["report", TYPICAL], { cwd, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(join("reports", "typical.xlsx"));
    const ev = await evaluateWorkbook(join(cwd, "reports", "typical.xlsx"));
    for (const o of planJson([TYPICAL]).options.filter((x) => x.feasible)) {
      expect(cents(ev.name(`total_${o.option.replace(/-/g, "_")}`) as number), o.option).toBe(
        cents(o.monthlyUsd as number),
      );
    }
  });

  it("--md, --csv and --json write the same content; --json is byte-identical across runs", () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-cli-"));
    const args = [
      "report",
      TYPICAL,
      "--md",
      "r.md",
      "--csv",
      "csv",
      "--json",
      "--options",
      "express,serverless",
    ];
    const a = runCli(args, { cwd, env: ENV });
    const b = runCli(args, { cwd, env: ENV });
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const j = JSON.parse(a.stdout);
    expect(j.meta.generatedAt).toBe("2026-09-21T14:13:20.000Z");
    const p = planJson([TYPICAL, "--options", "express,serverless"]);
    for (const o of p.options) {
      const jo = j.options.find((x: { id: string }) => x.id === o.option);
      expect(cents(jo.monthlyUsd)).toBe(cents(o.monthlyUsd as number));
    }
    expect(readdirSync(join(cwd, "csv")).sort()).toEqual([
      "assumptions.csv",
      "option-express.csv",
      "option-serverless.csv",
      "summary.csv",
    ]);
    const md = readFileSync(join(cwd, "r.md"), "utf8");
    const express = j.options.find((x: { id: string }) => x.id === "express");
    expect(md).toContain(
      `$${(Math.round(express.monthlyUsd * 100) / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`,
    );
    expect(existsSync(join(cwd, "reports"))).toBe(false); // no default workbook when an output is named
  });

  it("bad input exits 2 with one line naming the flag, and writes nothing", () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-cli-"));
    for (const [args, flag] of [
      [["report", TYPICAL, "--xlsx", "plan.txt"], "--xlsx"],
      [["report", TYPICAL, "--md", "plan.html"], "--md"],
      [["report", "--ingress", "fast", "--partitions", "6"], "--ingress"],
      [["report", join(cwd, "missing.yaml")], "WORKLOAD_FILE"],
    ] as const) {
      const r = runCli([...args], { cwd });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(flag);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readdirSync(cwd)).toEqual([]);
  });

  it("an unwritable destination exits 1 with one line", () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-cli-"));
    writeFileSync(join(cwd, "a-file"), "not a folder");
    const r = runCli(["report", TYPICAL, "--xlsx", "a-file/x.xlsx"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("cannot write a-file/x.xlsx");
  });
});

describe("Markdown and CSV renderers", () => {
  const m = buildReportModel(planFor(workload()), REPORT_OPTS);

  it("CSV: RFC 4180 quoting and formula-injection prefix on text only", () => {
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField("+clicks")).toBe("'+clicks");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(-12.5)).toBe("-12.5");
    const files = reportCsv(m);
    expect(files.get("assumptions.csv")).toContain(`'=HYPERLINK(""http://evil"",""x"")`);
    expect(files.get("summary.csv")?.split("\r\n")[0]).toBe(
      "option,feasible,monthly_usd,annual_usd,priced,not_priced,binding,notes",
    );
  });

  it("Markdown: every option's total, the recommendation, and escaped table cells", () => {
    const md = reportMarkdown(m);
    expect(md).toContain(m.meta.recommendation);
    for (const o of m.options.filter((x) => x.feasible)) expect(md).toContain(`## ${o.title}`);
    expect(md.match(/\*\*Total for the billing period: \$/g)).toHaveLength(4);
    expect(md).toContain("Infeasible, not priced");
    expect(md).toContain("| Max utilisation, Standard brokers | 50.0% |"); // per-row format
    expect(md).toContain("| Broker-hour, kafka.m5.large | $0.21 |");
    expect(reportMarkdown({ ...m, meta: { ...m.meta, title: "a | b" } })).toContain("# a \\| b");
  });
});

if (!hasSoffice) console.warn("LibreOffice (soffice) not on PATH: skipping the LibreOffice conversion test");

describe.skipIf(!hasSoffice)("LibreOffice opens the workbook", () => {
  it("converts headless to CSV (the Summary sheet) with the same totals", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-lo-"));
    const r = runCli(["report", TYPICAL, "--xlsx", "t.xlsx", "--json"], { cwd, env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const lo = sofficeToCsv(cwd, "t.xlsx");
    expect(lo.status, lo.stderr).toBe(0);
    expect(lo.stderr).not.toMatch(/error/i);
    // LibreOffice writes the first sheet (Summary) with its computed values, unformatted.
    const lines = readFileSync(join(cwd, "t.csv"), "utf8").split(/\r?\n/);
    const feasible = j.options.filter((x: { feasible: boolean }) => x.feasible);
    expect(feasible.length).toBe(4);
    for (const o of feasible) {
      const line = lines.find((l) => l.startsWith(`${o.sheetName},yes,`));
      expect(line, o.id).toBeDefined();
      const [monthly, annual] = (line as string).split(",").slice(2, 4).map(Number);
      expect(cents(monthly as number), o.id).toBe(cents(o.monthlyUsd));
      expect(cents(annual as number), o.id).toBe(cents(o.annualUsd));
    }
  }, 180_000);
});
