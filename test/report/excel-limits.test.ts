// Excel's limits on a 200-stream workload: no cell holds more than 32,767 characters (longer text is
// cut with a note saying so). The formula-length limit is met by fitFormula (test/report/fit-formula.test.ts).
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { plan } from "../../src/plan/planner.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { buildWorkbook } from "../../src/report/xlsx.js";
import { EXCEL_MAX_CELL_CHARS, safeText } from "../../src/report/xlsx-sheets.js";

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

  it("a 200-stream workload with 400-character stream names: every text cell within the limit", async () => {
    const w = parseWorkload({
      streams: Array.from({ length: 200 }, (_, i) => ({
        name: `${String(i).padStart(3, "0")}-${"n".repeat(396)}`,
        ingress: "2MiB/s",
        partitions: 6,
        retention: "3d",
      })),
    });
    const wb = await buildWorkbook(plan(w, { catalog: bundledCatalog() }), {
      generatedAt: "2026-11-30T00:00:00Z",
      version: "test",
    });
    let cells = 0;
    wb.eachSheet((ws) =>
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
