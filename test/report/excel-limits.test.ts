// Excel's limits on a 200-stream workload: no cell holds more than 32,767 characters (longer text is
// cut with a note saying so), and no formula more than 8,192 (a long sum is split into named
// partial sums on the Helpers sheet; fitFormula itself: test/report/fit-formula.test.ts).
import type { Cell, Workbook } from "exceljs";
import { parse } from "mathjs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import type { PlanResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { EXCEL_MAX_FORMULA_CHARS, render } from "../../src/report/expr.js";
import { buildReportModel, type ReportModel } from "../../src/report/model.js";
import { demandCells } from "../../src/report/workload-demand.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { HELPERS_SHEET } from "../../src/report/xlsx-helpers.js";
import { EXCEL_MAX_CELL_CHARS, safeText } from "../../src/report/xlsx-sheets.js";

// Fixed configurations: this recalculator (mathjs) reads arithmetic only, not the live sizing's IF/AND/MAX formulas.
const OPTS = { generatedAt: "2026-11-30T00:00:00Z", version: "test", live: false };

/**
 * 200 streams with 400-character names, of different rates and retentions, every third tiered with
 * reads from the tier: long text cells and quantity formulas summing over 200 streams.
 */
const streams200 = () =>
  parseWorkload({
    region: "us-east-1",
    streams: Array.from({ length: 200 }, (_, i) => ({
      name: `${String(i).padStart(3, "0")}-${"n".repeat(396)}`,
      ingress: `${1 + (i % 7)}MiB/s`,
      egress: `${2 + (i % 5)}MiB/s`,
      partitions: 6 + (i % 10),
      retention: `${72 + i}h`,
      ...(i % 3 === 0 ? { localRetention: "6h", tierReads: "1MiB/s" } : {}),
    })),
  });

/** The 200-stream plan, its report model and workbook, built once (the in-memory workbook takes seconds). */
let big: { plan: PlanResult; model: ReportModel; wb: Workbook };
beforeAll(async () => {
  const p = plan(streams200(), { catalog: bundledCatalog() });
  const model = buildReportModel(p, OPTS);
  big = { plan: p, model, wb: await buildWorkbook(model) };
}, 120_000);

const formulaOf = (c: Cell): string | null => {
  const v = c.value as { formula?: string } | null;
  return v && typeof v === "object" && typeof v.formula === "string" ? v.formula : null;
};

/**
 * Recalculate a defined name from the workbook's own formulas (not their cached values), as a
 * spreadsheet does: the quantity formulas are + − × ÷ over names with IF(a<b,x,y).
 */
function recalculator(wb: Workbook): (name: string) => number {
  // Defined names → cells, from the workbook's name table ("'Sheet'!$B$5").
  const cells = new Map<string, Cell>();
  for (const { name, ranges } of wb.definedNames.model) {
    const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ranges[0] ?? "");
    const ws = m && wb.getWorksheet(m[1]?.replace(/''/g, "'"));
    if (m && ws) cells.set(name, ws.getCell(`${m[2]}${m[3]}`));
  }
  const memo = new Map<string, number>();
  const value = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const c = cells.get(name);
    if (!c) throw new Error(`no cell named ${name}`);
    const f = formulaOf(c);
    const v = f === null ? Number(c.value) : formula(f);
    memo.set(name, v);
    return v;
  };
  const formula = (f: string): number => {
    // Excel's "not equal" (the cross-AZ cell's IF(fetch_from_nearest_replica<>0, …)) in mathjs's spelling.
    const node = parse(f.replace(/<>/g, "!="));
    const scope: Record<string, unknown> = { IF: (c: boolean, a: number, b: number) => (c ? a : b) };
    node.traverse((n) => {
      const s = n as { isSymbolNode?: boolean; name?: string };
      if (s.isSymbolNode && s.name !== "IF" && s.name) scope[s.name] = value(s.name);
    });
    return node.evaluate(scope) as number;
  };
  return value;
}

describe("Excel cell text limit", () => {
  it("safeText: exactly 32,767 characters are kept; one more is cut to the limit with a note", () => {
    expect(safeText("x".repeat(EXCEL_MAX_CELL_CHARS))).toBe("x".repeat(EXCEL_MAX_CELL_CHARS));
    const cut = safeText("x".repeat(EXCEL_MAX_CELL_CHARS + 1));
    expect(cut).toHaveLength(EXCEL_MAX_CELL_CHARS);
    expect(cut).toMatch(/ … \[truncated: 32,768 characters; an Excel cell holds at most 32,767\]$/);
    // 50 MB of text: cut without building it whole.
    expect(safeText("é".repeat(50_000_000))).toHaveLength(EXCEL_MAX_CELL_CHARS);
    // A surrogate pair is never split.
    const emoji = safeText("😀".repeat(EXCEL_MAX_CELL_CHARS));
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("a 200-stream workload with 400-character stream names: every text cell within the limit", () => {
    let cells = 0;
    big.wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          cells++;
          if (typeof c.value === "string") expect(c.value.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
        }),
      ),
    );
    expect(cells).toBeGreaterThan(100);
  });
});

describe("Excel formula length limit", () => {
  it("a 200-stream workload: every formula at most 8,192 characters, and the totals recalculated from the formulas equal the plan's", () => {
    const { plan: p, model, wb } = big;
    // The case is real: some whole formula is over the limit (a workload figure: a sum over 200
    // streams, which every quantity reads from its derived cell).
    const longest = Math.max(...demandCells(200, undefined).map((c) => render(c.expr).length));
    expect(longest).toBeGreaterThan(EXCEL_MAX_FORMULA_CHARS);
    expect(model.helpers.length).toBeGreaterThan(0);

    const lengths: number[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) => row.eachCell((c) => void lengths.push(formulaOf(c)?.length ?? 0))),
    );
    expect(Math.max(...lengths)).toBeLessThanOrEqual(EXCEL_MAX_FORMULA_CHARS);
    expect(wb.getWorksheet(HELPERS_SHEET)?.rowCount).toBe(model.helpers.length + 2);

    // Before the split, each option's total was Σ quantity × price of the planner's line items; the
    // workbook's formulas, recalculated through the helper cells, give the same totals to the cent.
    const recalc = recalculator(wb);
    let checked = 0;
    for (const o of p.options) {
      if (!o.feasible || o.priced === "none") continue;
      const sheet = model.options.find((s) => s.id === o.option);
      const total = (sheet?.lines ?? []).reduce(
        (t, l) => t + recalc(l.quantityName) * recalc(l.priceName),
        0,
      );
      const before = o.lineItems.reduce((t, l) => t + l.costUsd, 0);
      expect(Math.round(total * 100), o.option).toBe(Math.round(before * 100));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it("the default (live-sizing) workbook of the 200-stream workload: every formula at most 8,192 characters", async () => {
    const { live: _fixed, ...liveOpts } = OPTS;
    const model = buildReportModel(big.plan, { ...liveOpts, catalog: bundledCatalog() });
    // Every MSK option the plan could size is live here (a live sheet reproduced the plan).
    expect(model.options.filter((o) => o.live !== null).length).toBeGreaterThanOrEqual(2);
    const wb = await buildWorkbook(model);
    let longest = 0;
    let formulas = 0;
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const f = formulaOf(c);
          if (f === null) return;
          formulas++;
          longest = Math.max(longest, f.length);
        }),
      );
    // Live sizing is present (the sizing formulas are counted) and none is over Excel's limit.
    expect(formulas).toBeGreaterThan(1000);
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(EXCEL_MAX_FORMULA_CHARS);
  }, 120_000);

  it("a small workload needs no helper cells and has no Helpers sheet", async () => {
    const w = parseWorkload({ streams: [{ name: "a", ingress: "5MiB/s", partitions: 12, retention: "3d" }] });
    const model = buildReportModel(plan(w, { catalog: bundledCatalog() }), OPTS);
    expect(model.helpers).toEqual([]);
    expect((await buildWorkbook(model)).getWorksheet(HELPERS_SHEET)).toBeUndefined();
  });
});
