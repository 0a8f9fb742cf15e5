// Display formatting at library level (issue #16): the CLI tests see these strings only through a
// separate process, which mutation testing cannot reach. test/pricing/format.test.ts covers money
// rounding, unit prices and quantities; this file the rest, with every boundary at and one step past.
import { describe, expect, it } from "vitest";
import {
  formatFieldValue,
  formatPercent,
  formatQuantity,
  formatTotal,
  formatUnitPrice,
  formatUsd,
  roundCents,
} from "../../src/report/format.js";

describe("money", () => {
  it("negative amounts keep grouping and round half away from zero: -1,234.565 → -$1,234.57", () => {
    expect(formatUsd(-1234.565)).toBe("-$1,234.57");
    expect(roundCents(-1234.565)).toBe(-1234.57);
    expect(roundCents(2.675)).toBe(2.68); // 2.675 is 2.67499999… in binary; the nudge rounds it as written
    expect(roundCents(0.004)).toBe(0);
    expect(formatUsd(-0.004)).toBe("$0.00"); // rounds to zero: no minus sign
    expect(formatUsd(1_000_000)).toBe("$1,000,000.00");
  });
  it("non-finite amounts are shown as themselves, never as $0", () => {
    expect(formatUsd(Number.NaN)).toBe("NaN");
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe("Infinity");
    expect(formatUnitPrice(Number.NaN)).toBe("NaN");
    expect(formatQuantity(Number.NEGATIVE_INFINITY)).toBe("-Infinity");
  });
  it("unit prices: at most 8 decimals, at least 2, grouped", () => {
    expect(formatUnitPrice(0.123456789)).toBe("$0.12345679");
    expect(formatUnitPrice(12345.5)).toBe("$12,345.50");
    expect(formatUnitPrice(0)).toBe("$0.00");
    expect(formatUnitPrice(7, "USD")).toBe("$7.00");
  });
});

describe("quantities: tiny non-zero values keep 4 significant digits, from below 0.01", () => {
  it("0.01 exactly is shown with 2 decimals; 0.0099999 with 4 significant digits", () => {
    expect(formatQuantity(0.01)).toBe("0.01");
    expect(formatQuantity(0.0099999)).toBe("0.01");
    expect(formatQuantity(0.009_876_5)).toBe("0.009877");
    expect(formatQuantity(-0.009_876_5)).toBe("-0.009877");
    expect(formatQuantity(0)).toBe("0");
    expect(formatQuantity(0.005)).toBe("0.005");
  });
});

describe("percentages", () => {
  it("0.4567 → 45.7% (one decimal by default), 45.67% at 2 decimals, 1 → 100.0%, 0.5 at 0 → 50%", () => {
    expect(formatPercent(0.4567)).toBe("45.7%");
    expect(formatPercent(0.4567, 2)).toBe("45.67%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(0.5, 0)).toBe("50%");
  });
});

describe("workload values in the unit people read them in (4 significant digits)", () => {
  it("rates in MiB/s: 3 × 2^20 B/s → 3 MiB/s; 1.5e6 B/s → 1.431 MiB/s", () => {
    expect(formatFieldValue("rate", 3 * 2 ** 20)).toBe("3 MiB/s");
    expect(formatFieldValue("rate", 1.5e6)).toBe("1.431 MiB/s"); // 1,500,000 ÷ 1,048,576 = 1.4305…
  });
  it("sizes in GiB: 2^31 B → 2 GiB; 10^9 B → 0.9313 GiB", () => {
    expect(formatFieldValue("size", 2 ** 31)).toBe("2 GiB");
    expect(formatFieldValue("size", 1e9)).toBe("0.9313 GiB");
  });
  it("durations: days from exactly 86,400 s (1 d); 86,399 s is 24 h (23.9997 to 4 digits); 5,400 s is 1.5 h", () => {
    expect(formatFieldValue("duration", 86_400)).toBe("1 d");
    expect(formatFieldValue("duration", 86_399)).toBe("24 h");
    expect(formatFieldValue("duration", 3 * 86_400)).toBe("3 d");
    expect(formatFieldValue("duration", 5_400)).toBe("1.5 h");
    expect(formatFieldValue("duration", 129_600)).toBe("1.5 d");
  });
  it("fractions as percentages, counts to 4 significant digits, non-finite as themselves", () => {
    expect(formatFieldValue("fraction", 0.25)).toBe("25.0%");
    expect(formatFieldValue("count", 12_345)).toBe("12,350");
    expect(formatFieldValue("count", 3)).toBe("3");
    expect(formatFieldValue("rate", Number.NaN)).toBe("NaN");
  });
});

describe("totals as complete as their prices", () => {
  const missing = [{ name: "cross-AZ transfer" }, { name: "tiered storage" }];
  it("complete: the amount; partial: a lower bound naming what is missing; none: not priced", () => {
    expect(formatTotal(1234.564, "complete", [])).toBe("$1,234.56");
    expect(formatTotal(3108.425, "partial", missing)).toBe(
      "≥ $3,108.43 (not priced: cross-AZ transfer, tiered storage)",
    );
    expect(formatTotal(null, "none", missing)).toBe(
      "not priced (missing: cross-AZ transfer, tiered storage)",
    );
    expect(formatTotal(null, "none", [])).toBe("not priced");
  });
  it("nothing priced is never shown as $0, even when a caller's sum of no lines is 0", () => {
    expect(formatTotal(0, "none", missing)).toBe("not priced (missing: cross-AZ transfer, tiered storage)");
    expect(formatTotal(0, "none", [])).toBe("not priced");
    expect(formatTotal(0, "complete", [])).toBe("$0.00");
  });
  it("a null amount is never shown as $0, whatever the status says", () => {
    expect(formatTotal(null, "complete", [])).toBe("not priced");
    expect(formatTotal(null, "partial", missing)).toBe(
      "not priced (missing: cross-AZ transfer, tiered storage)",
    );
  });
});
