// Display rounding (src/report/format.ts) and tables (src/report/table.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatQuantity, formatUnitPrice, formatUsd, roundCents } from "../../src/report/format.js";
import { renderTable } from "../../src/report/table.js";

describe("display formatting", () => {
  it("rounds money to the cent, half away from zero, with grouping", () => {
    expect(formatUsd(759.9)).toBe("$759.90");
    expect(formatUsd(4099.2)).toBe("$4,099.20");
    expect(formatUsd(1.005)).toBe("$1.01");
    expect(formatUsd(0.125)).toBe("$0.13");
    expect(formatUsd(-0.005)).toBe("-$0.01");
    expect(formatUsd(0)).toBe("$0.00");
  });
  it("law: rounding to the cent moves a value by at most half a cent", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (x) => Math.abs(roundCents(x) - x) <= 0.005 + 8 * Number.EPSILON * Math.abs(x),
      ),
    );
  });
  it("shows unit prices as the catalog states them", () => {
    expect(formatUnitPrice(0.0015)).toBe("$0.0015");
    expect(formatUnitPrice(0.21)).toBe("$0.21");
    expect(formatUnitPrice(13.056)).toBe("$13.056");
    expect(formatUnitPrice(0.00159375)).toBe("$0.00159375");
    expect(formatUnitPrice(1000)).toBe("$1,000.00");
    expect(formatUnitPrice(4.306, "CNY")).toBe("CNY 4.306");
  });
  it("formats quantities", () => {
    expect(formatQuantity(2190)).toBe("2,190");
    expect(formatQuantity(1019.178)).toBe("1,019.18");
    expect(formatQuantity(0.001234567)).toBe("0.001235");
  });
  it("renders a table with aligned columns and no colour codes", () => {
    const s = renderTable({
      head: ["a", "b"],
      rows: [["x", "1"]],
      align: ["left", "right"],
      footer: [["Total", "10"]],
    });
    expect(s).toContain("│ x     │  1 │");
    expect(s).not.toContain("\u001b[");
  });
});
