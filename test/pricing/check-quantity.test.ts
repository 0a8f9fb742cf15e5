// checkQuantity, the check every --config quantity goes through: each limit exactly at and one past
// it, and the exact one-line message and problem code of each refusal.
import { describe, expect, it } from "vitest";
import { checkQuantity } from "../../src/pricing/validate-config.js";
import { thrownInputError } from "../helpers/thrown.js";

/** The error checkQuantity throws, as [message, problem code]. */
function refusal(value: unknown, opts?: { whole?: boolean; positive?: boolean }): [string, string] {
  const e = thrownInputError(() => checkQuantity(value, "brokers", opts));
  return [e.message, e.problems[0]?.code ?? ""];
}

describe("checkQuantity", () => {
  it("not a finite number: named, the value given shown as JSON; missing when absent", () => {
    expect(refusal("3")).toEqual(['brokers: expected a finite number, got "3"', "invalid_input"]);
    expect(refusal(Number.NaN)).toEqual(["brokers: expected a finite number, got null", "invalid_input"]);
    expect(refusal(Number.POSITIVE_INFINITY)).toEqual([
      "brokers: expected a finite number, got null",
      "invalid_input",
    ]);
    expect(refusal(undefined)).toEqual(["brokers: expected a finite number, got nothing", "missing_field"]);
  });
  it("non-negative by default: 0 is accepted, −1 (and −0.5) refused", () => {
    expect(checkQuantity(0, "brokers")).toBe(0);
    expect(checkQuantity(2.5, "brokers")).toBe(2.5);
    expect(refusal(-1)).toEqual(["brokers: expected a non-negative number, got -1", "invalid_input"]);
    expect(refusal(-0.5)).toEqual(["brokers: expected a non-negative number, got -0.5", "invalid_input"]);
  });
  it("whole: 3 accepted, 2.5 refused; a negative whole number is refused as non-negative", () => {
    expect(checkQuantity(3, "brokers", { whole: true })).toBe(3);
    expect(refusal(2.5, { whole: true })).toEqual([
      "brokers: expected a whole number, got 2.5",
      "invalid_input",
    ]);
    expect(refusal(-1, { whole: true })).toEqual([
      "brokers: expected a non-negative whole number, got -1",
      "invalid_input",
    ]);
  });
  it("positive: 1 accepted, 0 and 0.5 refused", () => {
    expect(checkQuantity(1, "brokers", { positive: true })).toBe(1);
    expect(refusal(0, { positive: true })).toEqual([
      "brokers: expected a positive number, got 0",
      "invalid_input",
    ]);
    expect(refusal(0.5, { positive: true })).toEqual([
      "brokers: expected a positive number, got 0.5",
      "invalid_input",
    ]);
    expect(refusal(0, { positive: true, whole: true })).toEqual([
      "brokers: expected a positive whole number, got 0",
      "invalid_input",
    ]);
    expect(checkQuantity(0.5, "brokers", { positive: false })).toBe(0.5);
  });
});
