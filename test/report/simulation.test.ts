// Projection, Monte Carlo, Sensitivity and Sweep sheets from `report`, checked against `plan`.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { optionName } from "../../src/report/labels.js";
import { sweepTable } from "../../src/report/simulation-tables.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { evaluateWorkbook } from "./hf.js";

const TYPICAL = resolve(ROOT, "fixtures/workloads/typical.yaml");
const cents = (x: number) => Math.round(x * 100);

describe("report with the simulator's sheets", () => {
  it("--months/--samples/--sensitivity/--sweep add sheets whose baseline numbers equal `plan`", {
    timeout: 120_000,
  }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-sim-"));
    const args = [
      "report",
      TYPICAL,
      "--xlsx",
      "s.xlsx",
      "--json",
      "--months",
      "6",
      "--growth",
      "ingress=5%/month",
      "--samples",
      "50",
      "--sensitivity",
      "10%",
      "--sweep",
      "retention=1d..30d:4",
    ];
    const r = runCli(args, { cwd, env: { SOURCE_DATE_EPOCH: "1790000000" } });
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    const plan = JSON.parse(runCli(["plan", TYPICAL, "--json"]).stdout) as {
      options: { option: string; monthlyUsd: number }[];
    };
    const planUsd = (id: string) => plan.options.find((o) => o.option === id)?.monthlyUsd as number;
    const byName = Object.fromEntries(j.tables.map((t: { name: string }) => [t.name, t]));
    expect(Object.keys(byName)).toEqual(["Projection", "Monte Carlo", "Sensitivity", "Sweep"]);
    // Projection: 6 months; month 1 is the workload as written.
    const proj = byName.Projection;
    expect(proj.rows).toHaveLength(6);
    const col = proj.columns.findIndex((c: { header: string }) => c.header === "Express monthly (USD)");
    expect(cents(proj.rows[0][col])).toBe(cents(planUsd("express")));
    // Monte Carlo over a workload without distributions: every sample is the plan (each option by
    // its plain name first, its id last).
    for (const row of byName["Monte Carlo"].rows) {
      expect(row[0]).toBe(optionName(row.at(-1)));
      expect(cents(row[2]), row[0]).toBe(cents(planUsd(row.at(-1))));
    }
    // Sensitivity baseline = plan.
    for (const row of byName.Sensitivity.rows) {
      expect(row[0]).toBe(optionName(row[11]));
      expect(cents(row[6]), row[0]).toBe(cents(planUsd(row[11])));
    }
    // …and its inputs in human units: orders' retention (7 days in the file) ± 10 % in days.
    const ret = byName.Sensitivity.rows.find(
      (row: unknown[]) => row[11] === "standard" && row[10] === "streams.orders.retention",
    );
    expect(ret.slice(1, 6)).toEqual(["Stream orders: retention", "days", 7, 6.3, 7.7]);
    expect(byName.Sweep.rows).toHaveLength(4);
    // The workbook holds the same sheets.
    const ev = await evaluateWorkbook(join(cwd, "s.xlsx"));
    expect(ev.workbook.worksheets.map((w) => w.name).slice(-4)).toEqual([
      "Projection",
      "Monte Carlo",
      "Sensitivity",
      "Sweep",
    ]);
    // Cost over time: a native line chart on the Projection sheet, one series per option.
    const zip = unzipSync(new Uint8Array(readFileSync(join(cwd, "s.xlsx"))));
    const line = strFromU8(zip["xl/charts/mskchart2.xml"] as Uint8Array);
    expect(line).toContain("<c:lineChart>");
    expect(line.match(/<c:ser>/g)).toHaveLength(4);
    expect(line).toContain("<c:f>'Projection'!$A$2:$A$7</c:f>");
  });

  it("bad simulation flags exit 2 naming the flag", () => {
    for (const [args, flag] of [
      [["--months", "0"], "--months"],
      [["--samples", "many"], "--samples"],
      [["--sweep", "nosuchfield=1..2:2"], "nosuchfield"],
    ] as const) {
      const r = runCli(["report", TYPICAL, "--json", ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(flag);
    }
  });

  it("sweepTable takes the sweep as values: inputs as given, recommended, one USD column per option, empty = infeasible", () => {
    const t = sweepTable({
      fields: ["streams.a,b.retention"],
      options: ["standard", "express"],
      rows: [
        { set: ["1 d"], recommended: "express", monthlyUsd: [10.5, null] },
        { set: ["2 d"], recommended: null, monthlyUsd: [null, null] },
      ],
    });
    expect(t.columns.map((c) => c.header)).toEqual([
      "Stream a,b: retention",
      "Recommended option",
      "Standard monthly (USD)",
      "Express monthly (USD)",
    ]);
    expect(t.columns.map((c) => c.format)).toEqual(["number", "text", "usd", "usd"]);
    expect(t.rows).toEqual([
      ["1 d", "Express", 10.5, null],
      ["2 d", "none feasible", null, null],
    ]);
  });

  it("report --sweep over a stream named `a,b` writes a correct Sweep sheet (each cell equals `plan` of that scenario)", {
    timeout: 120_000,
  }, async () => {
    const cwd = mkdtempSync(join(tmpdir(), "msk-report-comma-"));
    const file = join(cwd, "comma.yaml");
    writeFileSync(
      file,
      [
        "region: us-east-1",
        "streams:",
        '  - name: "a,b"',
        "    ingress: 10 MiB/s",
        "    retention: 3 days",
        "    partitions: 60",
        '  - name: "c"',
        "    ingress: 2 MiB/s",
        "    retention: 1 day",
        "    partitions: 12",
        "",
      ].join("\n"),
    );
    const r = runCli(
      ["report", file, "--xlsx", "c.xlsx", "--json", "--sweep", "streams.a,b.ingress=5MiB/s,20MiB/s"],
      { cwd, env: { SOURCE_DATE_EPOCH: "1790000000" } },
    );
    expect(r.code, r.stderr).toBe(0);
    const sweep = JSON.parse(r.stdout).tables.find((t: { name: string }) => t.name === "Sweep");
    const headers = sweep.columns.map((c: { header: string }) => c.header);
    expect(headers.slice(0, 2)).toEqual(["Stream a,b: ingress (average)", "Recommended option"]);
    expect(sweep.rows.map((row: unknown[]) => row[0])).toEqual(["5MiB/s", "20MiB/s"]);
    for (const [k, rate] of ["5MiB/s", "20MiB/s"].entries()) {
      const edited = readFileSync(file, "utf8").replace("ingress: 10 MiB/s", `ingress: ${rate}`);
      const f2 = join(cwd, `s${k}.yaml`);
      writeFileSync(f2, edited);
      const p = JSON.parse(runCli(["plan", f2, "--json"]).stdout) as {
        recommended: string | null;
        options: { option: string; feasible: boolean; monthlyUsd: number | null }[];
      };
      const row = sweep.rows[k] as (string | number | null)[];
      expect(row[1]).toBe(p.recommended === null ? "none feasible" : optionName(p.recommended));
      for (const o of p.options) {
        const col = headers.indexOf(`${optionName(o.option)} monthly (USD)`);
        expect(col, o.option).toBeGreaterThan(1);
        const cell = row[col];
        if (o.feasible) expect(cents(cell as number), o.option).toBe(cents(o.monthlyUsd as number));
        else expect(cell, o.option).toBeNull();
      }
    }
    // The sheet itself: one column per header, the stream's name intact in the first header.
    const ev = await evaluateWorkbook(join(cwd, "c.xlsx"));
    const ws = ev.workbook.getWorksheet("Sweep");
    expect(ws?.getRow(1).values).toEqual([undefined, ...headers]);
    expect(ws?.getRow(3).getCell(1).value).toBe("20MiB/s");
  });
});
