// The workload reader's rarer refusals word for word, with their codes (issue #16's surviving
// mutants in src/model/workload-schema.ts): the input not an object, no streams list, more streams
// than the limit (which the fast streams reader must not let past zod), a list index outside
// streams, several unknown fields, a too-short string, and the adjusted build at exactly 3 days.
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/model/limits.js";
import { buildWorkloadAdjusted, parseWorkload, parseWorkloadInput } from "../../src/model/workload-schema.js";
import { refusal, S } from "../helpers/workload-refusal.js";

describe("the whole input and its streams list", () => {
  it("not an object: null, a list, a string", () => {
    expect(refusal(null)).toEqual(["expected object, got null", "invalid_input"]);
    expect(refusal([])).toEqual(["expected object, got a list", "invalid_input"]);
    expect(refusal("x")).toEqual(['expected object, got "x"', "invalid_input"]);
  });
  it("no streams, or streams that are not a list", () => {
    expect(refusal({})).toEqual(["streams: required, got nothing", "missing_field"]);
    expect(refusal({ streams: null })).toEqual(["streams: expected array, got null", "invalid_input"]);
    expect(refusal({ streams: "x" })).toEqual(['streams: expected array, got "x"', "invalid_input"]);
    expect(refusal({ streams: [] })).toEqual([
      "streams: expected at least 1 item(s), got none",
      "invalid_input",
    ]);
  });
  it(`exactly ${LIMITS.streams} streams are read; one more is refused, with zod's words for the limit`, () => {
    const many = (n: number) => ({ streams: Array.from({ length: n }, (_, i) => S({ name: `s${i}` })) });
    expect(parseWorkload(many(LIMITS.streams)).streams.length).toBe(LIMITS.streams);
    expect(refusal(many(LIMITS.streams + 1))).toEqual([
      "streams: at most 10,000 streams per workload (the limit)",
      "invalid_input",
    ]);
  });
});

describe("paths, codes and words of the other problems", () => {
  it("a list index outside streams stays an index, even when a stream has that index", () => {
    expect(refusal({ instanceTypes: ["kafka.m5.large", 5], streams: [S(), S({ name: "b" })] })).toEqual([
      "instanceTypes.1: expected string, got 5",
      "invalid_input",
    ]);
  });
  it("the codes of a wrong type, an enum and a union", () => {
    expect(refusal({ region: 5, streams: [S()] })).toEqual([
      "region: expected string, got 5",
      "invalid_input",
    ]);
    expect(refusal({ sizingModel: "x", streams: [S()] })).toEqual([
      'sizingModel: expected one of "blog", "aws-script", got "x"',
      "invalid_input",
    ]);
    expect(refusal({ streams: [S({ retention: true })] })).toEqual([
      "streams.orders.retention: expected a string or number, got true",
      "invalid_input",
    ]);
  });
  it("three unknown fields: the first with its hint, the other two listed with a comma", () => {
    expect(refusal({ streamz: 1, regon: 2, azz: 3, streams: [S()] })).toEqual([
      "streamz: unknown field; did you mean streams? (also regon, azz)",
      "unknown_field",
    ]);
  });
  it("a string too short (an empty region) keeps zod's own words, not the empty-list wording", () => {
    const [message, code] = refusal({ region: "", streams: [S()] });
    expect(code).toBe("invalid_input");
    expect(message.startsWith("region: ")).toBe(true);
    expect(message).not.toContain("item(s)");
  });
});

describe("the simulator's adjusted build at the tiered minimum", () => {
  it("retention exactly 3 days with a local retention of 1 day: tiered, kept, nothing adjusted", () => {
    const adjusted = new Set<string>();
    const parsed = parseWorkloadInput({ streams: [S({ retention: "3d", localRetention: "1d" })] });
    const { workload, problems } = buildWorkloadAdjusted(parsed, adjusted);
    expect(problems).toEqual([]);
    expect([...adjusted]).toEqual([]);
    expect(workload.streams[0]?.localRetentionSeconds).toBe(86_400);
  });
  it("one hour under 3 days: below the tiered minimum, so local retention is moved up to retention", () => {
    const adjusted = new Set<string>();
    const parsed = parseWorkloadInput({ streams: [S({ retention: "71h", localRetention: "1d" })] });
    const { workload } = buildWorkloadAdjusted(parsed, adjusted);
    expect([...adjusted]).toEqual(["streams.orders.localRetention"]);
    expect(workload.streams[0]?.localRetentionSeconds).toBe(71 * 3600);
  });
});
