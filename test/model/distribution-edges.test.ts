// Distributions in a workload at their rare edges (issue #16's surviving mutants in
// src/model/distribution.ts): a truncated normal whose mean lies past its max is allowed (only a
// constant one, sd 0, must lie within its bounds), the bound names in an ordering refusal, a null
// or a list where the reader walks objects, and the stray-distribution scan past nulls.
import { describe, expect, it } from "vitest";
import { extractDistributions, isDistributionLike, parseDistribution } from "../../src/model/distribution.js";
import { STREAM_FIELDS } from "../../src/model/workload-fields.js";
import { thrownInputError as thrown } from "../helpers/thrown.js";

const uniform = (min: unknown, max: unknown) => ({ dist: "uniform", min, max });
const STRAY =
  "this field cannot be a distribution; distributions are allowed on numeric workload fields only";
const partitions = STREAM_FIELDS.partitions;

describe("parseDistribution's bounds", () => {
  it("a normal with sd > 0 whose mean lies above its max (or below its min) is allowed: the truncation takes the bound", () => {
    expect(parseDistribution({ dist: "normal", mean: 10, sd: 1, max: 5 }, partitions, "p")).toEqual({
      dist: "normal",
      mean: 10,
      sd: 1,
      max: 5,
    });
    expect(parseDistribution({ dist: "normal", mean: 1, sd: 1, min: 5 }, partitions, "p")).toEqual({
      dist: "normal",
      mean: 1,
      sd: 1,
      min: 5,
    });
  });
  it("a constant normal (sd 0) must lie within its bounds: mean above max refused, at max allowed", () => {
    // consumerGroups: a count with no minimum above 0, so sd 0 is allowed.
    const groups = STREAM_FIELDS.consumerGroups;
    expect(
      thrown(() => parseDistribution({ dist: "normal", mean: 10, sd: 0, max: 5 }, groups, "p")).message,
    ).toBe("p: mean must not exceed max (mean 10 > max 5 in canonical units)");
    expect(parseDistribution({ dist: "normal", mean: 5, sd: 0, max: 5 }, groups, "p").max).toBe(5);
  });
  it("triangular and PERT: min above max is named as such", () => {
    for (const dist of ["triangular", "pert"])
      expect(
        thrown(() => parseDistribution({ dist, min: 9, mode: 9, max: 3 }, partitions, "p")).message,
      ).toBe("p: min must not exceed max (min 9 > max 3 in canonical units)");
  });
});

describe("extractDistributions on odd shapes", () => {
  it("isDistributionLike: null, a list and a plain object are not distributions", () => {
    expect([null, [], {}, { dist: "uniform" }].map(isDistributionLike)).toEqual([false, false, false, true]);
  });
  it("a null cluster field or stream field is left for the schema to refuse", () => {
    expect(extractDistributions({ azs: null, streams: [{ name: "a", ingress: null }] })).toEqual({
      input: { azs: null, streams: [{ name: "a", ingress: null }] },
      distributions: [],
    });
  });
  it("a list where a cluster field's parent object belongs stays a list (not copied into an object)", () => {
    const { input } = extractDistributions({ targets: [], streams: [] });
    expect(Array.isArray((input as { targets: unknown }).targets)).toBe(true);
  });
  it("a null where a cluster field's parent object or a stream belongs stays null (not copied into an empty object)", () => {
    expect(extractDistributions({ targets: null, streams: [null] }).input).toEqual({
      targets: null,
      streams: [null],
    });
  });
  it("a stream whose name is not a string is labelled by its index", () => {
    const { distributions } = extractDistributions({ streams: [{ name: 7, partitions: uniform(10, 20) }] });
    expect(distributions.map((d) => d.path)).toEqual(["streams.0.partitions"]);
  });
  it("a stream that is a list stays a list", () => {
    const { input } = extractDistributions({ streams: [[1, 2]] });
    expect((input as { streams: unknown[] }).streams).toEqual([[1, 2]]);
    expect(Array.isArray((input as { streams: unknown[] }).streams[0])).toBe(true);
  });
  it("a stream without a name is labelled by its index in the distribution's path", () => {
    const { distributions } = extractDistributions({ streams: [{ partitions: uniform(10, 20) }] });
    expect(distributions.map((d) => d.path)).toEqual(["streams.0.partitions"]);
  });
  it("a cluster-wide field's record has no streamIndex key at all", () => {
    const { distributions } = extractDistributions({ targets: { storageHeadroom: uniform(1.5, 2.5) } });
    expect(distributions.length).toBe(1);
    expect(Object.keys(distributions[0] as object)).not.toContain("streamIndex");
  });
  it("the stray scan passes nulls, in objects and in lists, and names the stray with code invalid_input", () => {
    const e = thrown(() =>
      extractDistributions({
        description: null,
        streams: [null, { name: "a", extra: null, color: uniform(1, 2) }],
      }),
    );
    expect(e.message).toBe(`streams.a.color: ${STRAY}`);
    expect(e.code).toBe("invalid_input");
  });
});
