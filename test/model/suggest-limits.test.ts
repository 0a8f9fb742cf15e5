// closestMatches and didYouMean at their limits: an empty (or all-separator) input, more than three
// equally close candidates, a prefix of exactly three letters, exactly three and four candidates
// sharing a prefix, and the "X, Y or Z" wording of three suggestions.
import { describe, expect, it } from "vitest";
import { closestMatches, didYouMean } from "../../src/model/suggest.js";

describe("suggestions at their limits", () => {
  it("an input with nothing left after folding suggests nothing (not every one-letter name)", () => {
    expect(closestMatches("", ["a", "b"])).toEqual([]);
    expect(closestMatches("--", ["a", "b", "--x"])).toEqual([]);
    expect(didYouMean("-", ["a"])).toBeUndefined();
  });
  it("at most three of the equally close candidates, in the candidates' order", () => {
    // "abcd" folds to 4 letters: budget 1; each candidate is one substitution away.
    expect(closestMatches("abcd", ["xbcd", "axcd", "abxd", "abcx"])).toEqual(["xbcd", "axcd", "abxd"]);
  });
  it("a prefix counts from three letters: 3 suggests, 2 does not", () => {
    expect(closestMatches("kin", ["kinesis-provisioned", "sqs-standard"])).toEqual(["kinesis-provisioned"]);
    expect(closestMatches("ki", ["kinesis-provisioned", "sqs-standard"])).toEqual([]);
  });
  it("up to three candidates sharing the prefix are listed; four say nothing", () => {
    const three = ["abcdef1", "abcdef2", "abcdef3"];
    expect(closestMatches("abc", three)).toEqual(three);
    expect(closestMatches("abc", [...three, "abcdef4"])).toEqual([]);
  });
  it("two or three suggestions are joined with commas and a final 'or'", () => {
    expect(didYouMean("abc", ["abcdef1", "abcdef2", "abcdef3"])).toBe(
      "did you mean abcdef1, abcdef2 or abcdef3?",
    );
    expect(didYouMean("abc", ["abcdef1", "abcdef2"])).toBe("did you mean abcdef1 or abcdef2?");
  });
});
