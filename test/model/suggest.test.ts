// The one "did you mean" function (issue #15): the distance worked by hand, its laws as seeded
// properties, and the budget exactly at and one past its limit.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatches, didYouMean, editDistance, typoBudget } from "../../src/model/suggest.js";

describe("editDistance (optimal string alignment)", () => {
  it("counts inserts, deletes, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("", "abc")).toBe(3); // three inserts
    expect(editDistance("ingres", "ingress")).toBe(1); // insert s
    expect(editDistance("ingresss", "ingress")).toBe(1); // delete s
    expect(editDistance("ingrass", "ingress")).toBe(1); // a → e
    expect(editDistance("ingerss", "ingress")).toBe(1); // swap e,r (Levenshtein would say 2)
    expect(editDistance("kitten", "sitting")).toBe(3); // k→s, e→i, insert g
    expect(editDistance("ca", "abc")).toBe(3); // OSA: no edit of an already swapped pair
  });

  it("is zero exactly for equal strings, symmetric, and at most the longer length", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
    );
  });

  it("one typo (insert, delete, substitute or swap) is distance at most 1", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom("insert", "delete", "substitute", "swap"),
        (s, at, kind) => {
          const i = at % (s.length - 1);
          const typo =
            kind === "insert"
              ? `${s.slice(0, i)}x${s.slice(i)}`
              : kind === "delete"
                ? s.slice(0, i) + s.slice(i + 1)
                : kind === "substitute"
                  ? `${s.slice(0, i)}x${s.slice(i + 1)}`
                  : s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
          expect(editDistance(typo, s)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("closestMatches / didYouMean", () => {
  const FLAGS = ["--ingress", "--peak-ingress", "--egress", "--partitions", "--retention", "--region"];

  it("suggests the closest candidate within the budget", () => {
    expect(didYouMean("--ingres", FLAGS)).toBe("did you mean --ingress?");
    expect(didYouMean("--retnetion", FLAGS)).toBe("did you mean --retention?");
    expect(didYouMean("us-east1", ["us-east-1", "eu-west-1"])).toBe("did you mean us-east-1?");
    expect(didYouMean("kafka.m5.larg", ["kafka.m5.large", "kafka.m5.xlarge"])).toBe(
      "did you mean kafka.m5.large?",
    );
  });

  it("compares names without case or separators: peak-ingress and peakingress mean peakIngress", () => {
    expect(closestMatches("peak-ingress", ["peakIngress", "peakEgress"])).toEqual(["peakIngress"]);
    expect(closestMatches("PEAK_INGRESS", ["peakIngress", "peakEgress"])).toEqual(["peakIngress"]);
  });

  it("lists ties in the candidates' order, and a unique or few-way prefix when nothing is close", () => {
    expect(didYouMean("egres", ["ingress", "egress", "egresss"])).toBe("did you mean egress?"); // 1 edit beats 2
    expect(didYouMean("egrss", ["ingress", "egress", "egrass"])).toBe("did you mean egress or egrass?");
    expect(closestMatches("--ingr", FLAGS)).toEqual(["--ingress"]); // 2 edits from 6 letters: too far; a prefix
    expect(closestMatches("kinesis", ["kinesis-provisioned", "kinesis-on-demand", "sqs-fifo"])).toEqual([
      "kinesis-provisioned",
      "kinesis-on-demand",
    ]);
    expect(closestMatches("re", ["region", "retention"])).toEqual([]); // a prefix under 3 letters says nothing
  });

  it("says nothing for an exact name, an empty input, or a name too far from every candidate", () => {
    expect(didYouMean("--ingress", FLAGS)).toBeUndefined();
    expect(didYouMean("", FLAGS)).toBeUndefined();
    expect(didYouMean("--colour", FLAGS)).toBeUndefined();
  });

  it("the typo budget: 1 edit up to 5 letters, a third of the length, at most 3", () => {
    expect([1, 5, 6, 8, 9, 11, 12, 40].map(typoBudget)).toEqual([1, 1, 2, 2, 3, 3, 3, 3]);
    // "abcdef" (6 letters, budget 2): 2 edits away is suggested, 3 is not.
    expect(closestMatches("abcdxx", ["abcdef"])).toEqual(["abcdef"]);
    expect(closestMatches("abcxxx", ["abcdef"])).toEqual([]);
  });
});
