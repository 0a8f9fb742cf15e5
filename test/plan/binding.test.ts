// binding (src/plan/option-results.ts): the resource needing the most brokers, the first in the
// given order on a tie — the order the plan's "binding" field and its notes rely on.
import { describe, expect, it } from "vitest";
import { binding } from "../../src/plan/option-results.js";

describe("binding", () => {
  it("the largest need wins, wherever it is in the order", () => {
    expect(binding({ a: 1, b: 3, c: 2 }, ["a", "b", "c"])).toBe("b");
    expect(binding({ a: 1, b: 2, c: 3 }, ["a", "b", "c"])).toBe("c");
    expect(binding({ a: 3, b: 2, c: 1 }, ["a", "b", "c"])).toBe("a");
  });
  it("a tie goes to the first in the order, not the last", () => {
    expect(binding({ a: 2, b: 2, c: 1 }, ["a", "b", "c"])).toBe("a");
    expect(binding({ a: 2, b: 2, c: 1 }, ["b", "a", "c"])).toBe("b");
    expect(binding({ a: 5, b: 5, c: 5 }, ["c", "b", "a"])).toBe("c");
  });
});
