// Every number that reaches output is finite (src/cli/finite.ts): the first NaN or ±Infinity
// anywhere in a result is found and named by its path, at any depth, in arrays and objects, at
// the top; a result without one passes, whatever else it holds (null, strings, booleans).
import { describe, expect, it } from "vitest";
import { checkFinite, firstNonFinite } from "../../src/cli/finite.js";

describe("firstNonFinite", () => {
  it("finds none in a result of finite numbers, nulls, strings and booleans", () => {
    const ok = {
      a: 1,
      b: [0, -0, 1e308, -1e308, null, "Infinity", true],
      c: { d: [{ e: 5e-324 }] },
      f: null,
    };
    expect(firstNonFinite(ok)).toBeUndefined();
    expect(firstNonFinite(7)).toBeUndefined();
    expect(firstNonFinite(null)).toBeUndefined();
    expect(firstNonFinite([])).toBeUndefined();
  });

  it("finds NaN and ±Infinity at the top, in an array, in an object, deep", () => {
    expect(firstNonFinite(Number.NaN)).toEqual({ path: "result", value: Number.NaN });
    expect(firstNonFinite([1, Number.POSITIVE_INFINITY])).toEqual({
      path: "[1]",
      value: Number.POSITIVE_INFINITY,
    });
    expect(firstNonFinite({ a: 1, b: Number.NEGATIVE_INFINITY })).toEqual({
      path: "b",
      value: Number.NEGATIVE_INFINITY,
    });
    const deep = { options: [{ bars: [{ lowUsd: 1 }, { lowUsd: 2, highUsd: Number.NaN }] }] };
    expect(firstNonFinite(deep)).toEqual({ path: "options[0].bars[1].highUsd", value: Number.NaN });
    // The first in document order, not the last found.
    expect(firstNonFinite({ x: [Number.NaN], y: Number.POSITIVE_INFINITY })?.path).toBe("x[0]");
  });

  it("reads own fields only: an inherited non-finite number is not part of the result", () => {
    const o = Object.create({ inherited: Number.NaN }) as Record<string, unknown>;
    o.own = 1;
    expect(firstNonFinite(o)).toBeUndefined();
  });

  it("checkFinite names the path: exit 2 (InputError) for input, 1 (RuntimeError) for AWS data", () => {
    expect(() => checkFinite({ totalUsd: Number.POSITIVE_INFINITY }, "the price")).toThrow(
      "the price overflows: totalUsd is Infinity (an input value is too large; use realistic magnitudes)",
    );
    expect(() => checkFinite({ a: [Number.NaN] }, "the import", "aws")).toThrow(
      "the import overflows: a[0] is NaN (the metrics from AWS hold out-of-range values)",
    );
    expect(() => checkFinite({ a: [1, { b: 2 }] }, "the plan")).not.toThrow();
  });
});
