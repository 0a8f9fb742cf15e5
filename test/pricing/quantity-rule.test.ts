// quantityRule: which declaration bills a line of a given price dimension (every
// `broker:<instanceType>` shares the `broker` one), and quantityInputs, the all-zero record
// the planner's fast path refills per scenario.
import { describe, expect, it } from "vitest";
import { BILLED_QUANTITIES, quantityInputs, quantityRule } from "../../src/pricing/billed-quantities.js";

describe("quantityRule", () => {
  it("every broker:<type> dimension is billed by the broker-hours rule", () => {
    expect(quantityRule("broker:kafka.m5.large")).toBe(BILLED_QUANTITIES.broker);
    expect(quantityRule("broker:express.m7g.xlarge")).toBe(BILLED_QUANTITIES.broker);
    expect(quantityRule("broker")).toBe(BILLED_QUANTITIES.broker);
  });
  it("other dimensions by their own rule; an undeclared one (or a broker: prefix not at the start) by none", () => {
    expect(quantityRule("storage")).toBe(BILLED_QUANTITIES.storage);
    expect(quantityRule("crossAz")).toBe(BILLED_QUANTITIES.crossAz);
    expect(quantityRule("serverlessDataIn")).toBe(BILLED_QUANTITIES.serverlessDataIn);
    expect(quantityRule("x-broker:kafka.m5.large")).toBeUndefined();
    expect(quantityRule("")).toBeUndefined();
    expect(quantityRule("toString")).toBeUndefined(); // an Object.prototype name is not a declaration
  });
});

describe("quantityInputs", () => {
  it("holds every input any rule reads, each 0", () => {
    const x = quantityInputs();
    const read = new Set(Object.values(BILLED_QUANTITIES).flatMap((r) => [...r.inputs]));
    for (const input of read) expect(x[input], input).toBe(0);
    expect(Object.values(x).every((v) => v === 0)).toBe(true);
    expect(Object.keys(x)).toContain("hours");
    expect(Object.keys(x)).toContain("months");
    expect(quantityInputs()).not.toBe(x); // a fresh record each time
  });
});
