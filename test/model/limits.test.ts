// checkLimit's exact one-line message and nestingDepth on hand-built values (src/model/limits.ts),
// fast enough for a mutation run (test/limits/work-size.test.ts checks every bound where it is
// used, through the commands, and takes most of a minute).
import { describe, expect, it } from "vitest";
import { checkLimit, LIMITS, nestingDepth } from "../../src/model/limits.js";
import { thrownInputError } from "../helpers/thrown.js";

describe("checkLimit", () => {
  it("at the limit passes; one past is refused, grouped, with the hint after a semicolon", () => {
    expect(() => checkLimit("streams", 10_000, "streams", "streams")).not.toThrow();
    const e = thrownInputError(() => checkLimit("streams", 10_001, "streams", "streams", "split the file"));
    expect([e.message, e.path, e.code]).toEqual([
      "streams: streams 10,001 exceeds the limit of 10,000; split the file",
      "streams",
      "invalid_input",
    ]);
    expect(thrownInputError(() => checkLimit("samples", 1e12, "--samples", "samples")).message).toBe(
      "--samples: samples 1,000,000,000,000 exceeds the limit of 1,000,000",
    );
  });
  it("a value that is not finite is written as JavaScript prints it", () => {
    expect(
      thrownInputError(() => checkLimit("samples", Number.POSITIVE_INFINITY, "--samples", "samples")).message,
    ).toBe("--samples: samples Infinity exceeds the limit of 1,000,000");
  });
});

describe("nestingDepth", () => {
  it("counts arrays and objects, not scalars; the deepest branch wins", () => {
    expect(nestingDepth(5)).toBe(0);
    expect(nestingDepth(null)).toBe(0);
    expect(nestingDepth("x")).toBe(0);
    expect(nestingDepth({})).toBe(1);
    expect(nestingDepth([])).toBe(1);
    expect(nestingDepth({ a: 1, b: [2, { c: [3] }] })).toBe(4);
    expect(nestingDepth([[1], [[[2]]], { a: null }])).toBe(4);
  });
  it("own keys only", () => {
    const child = Object.create({ inherited: { deep: { deeper: {} } } });
    expect(nestingDepth({ child })).toBe(2);
  });
  it("stops counting once the depth reaches stopAt (by default one past the limit)", () => {
    let v: unknown = 1;
    for (let i = 0; i < 100; i++) v = [v];
    expect(nestingDepth(v)).toBe(LIMITS.nestingDepth + 1);
    expect(nestingDepth(v, 10)).toBe(10);
    expect(nestingDepth(v, 1000)).toBe(100);
  });
});
