// The `--vary` and `--set` specs parsed in-process (src/plan/simulate/grid.ts, assign.ts): every
// refusal with its exact one-line message, and the values and labels each accepted form gives. The
// CLI tests check some of these messages too, but through a child process, which a mutation run
// cannot see; these call the parsers themselves.
import { describe, expect, it } from "vitest";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { parseAssignment } from "../../src/plan/simulate/assign.js";
import { axisStart, MAX_AXIS_POINTS, parseAxis } from "../../src/plan/simulate/grid.js";
import { thrownInputError } from "../helpers/thrown.js";

const ONE = { streams: [{ name: "s", ingress: "1MiB/s", partitions: 10 }] };

/** Labels and canonical values of one axis. */
function axis(spec: string): { labels: (string | number)[]; values: number[] } {
  const a = parseAxis(spec, parseWorkloadInput(ONE));
  return { labels: a.labels, values: a.values };
}

/** The spec is refused with exactly this message (an InputError: exit 2, one line). */
function refused(parse: () => unknown, message: string): void {
  expect(thrownInputError(parse).message).toBe(message);
}

const vary = (spec: string) => () => parseAxis(spec, parseWorkloadInput(ONE));
const set = (spec: string) => () => parseAssignment(spec, parseWorkloadInput(ONE), "--set");

const MIB = 1_048_576;

describe("--vary: the spec's shape", () => {
  it("no field before '=' or no '=' at all", () => {
    refused(vary("=1,2"), '--vary: expected FIELD=A..B:N[:log] or FIELD=v1,v2,…, got "=1,2"');
    refused(vary("partitions"), '--vary: expected FIELD=A..B:N[:log] or FIELD=v1,v2,…, got "partitions"');
  });

  it("spaces around the field, the '=', the values, the '..' and the ':' are dropped", () => {
    const a = parseAxis(" partitions = 1 , 2 ", parseWorkloadInput(ONE));
    expect(a.resolved.path).toBe("partitions");
    expect(a.spec).toBe(" partitions = 1 , 2 ");
    expect(axis(" partitions = 1 , 2 ")).toEqual({ labels: [1, 2], values: [1, 2] });
    expect(axis("ingress=1MiB/s, 2MiB/s").labels).toEqual(["1MiB/s", "2MiB/s"]);
    expect(axis("ingress = 1MiB/s .. 3MiB/s : 3 : log ")).toEqual({
      labels: ["1 MiB/s", "1.73205080757 MiB/s", "3 MiB/s"],
      // √3 ≈ 1.73205080757 to 12 digits: the middle's value is its label's (× 1,048,576).
      values: [MIB, 1.73205080757 * MIB, 3 * MIB],
    });
  });
});

describe("--vary FIELD=v1,v2,…", () => {
  it("an empty list or an empty item is refused, the body as written (trimmed) in the message", () => {
    refused(vary("ingress=  "), '--vary ingress: expected a list of values such as 10MiB/s,20MiB/s, got ""');
    refused(vary("ingress=,"), '--vary ingress: expected a list of values such as 10MiB/s,20MiB/s, got ","');
    refused(
      vary("ingress=1MiB/s,,2MiB/s"),
      '--vary ingress: expected a list of values such as 10MiB/s,20MiB/s, got "1MiB/s,,2MiB/s"',
    );
  });

  it("labels: a count's plain number (sign, decimals, exponent) as a number; anything else as written", () => {
    expect(axis("messagesPerSec=1e10,1e-3,1E+3,-0,+5,2.50")).toEqual({
      labels: [1e10, 0.001, 1000, -0, 5, 2.5],
      values: [1e10, 0.001, 1000, -0, 5, 2.5],
    });
    // 1_000 is a count the parser accepts but not a plain number: kept as written.
    expect(axis("messagesPerSec=1_000").labels).toEqual(["1_000"]);
    // A fraction's plain number is not a count: its label is the text.
    expect(axis("targets.maxUtilisation.standard=0.5,60%")).toEqual({
      labels: ["0.5", "60%"],
      values: [0.5, 0.6],
    });
  });
});

describe("--vary FIELD=A..B:N[:log]", () => {
  it("a missing count: the example fills in A or B only where the spec has none", () => {
    const needs = "--vary ingress: a range needs a count of points: A..B:N[:log], e.g. ";
    refused(vary("ingress=1MiB/s.."), `${needs}ingress=1MiB/s..B:10`);
    refused(vary("ingress=..2MiB/s"), `${needs}ingress=A..2MiB/s:10`);
    refused(vary("ingress=1MiB/s ..  2MiB/s"), `${needs}ingress=1MiB/s..2MiB/s:10`);
    refused(vary("ingress=1MiB/s..2MiB/s:"), `${needs}ingress=1MiB/s..2MiB/s:10`);
    refused(vary("ingress=1MiB/s..2MiB/s: "), `${needs}ingress=1MiB/s..2MiB/s:10`);
  });

  it(`the count: a whole number from 1 to ${MAX_AXIS_POINTS.toLocaleString("en-US")}`, () => {
    const from = `--vary ingress: expected a whole number of points from 1 to ${MAX_AXIS_POINTS}, got`;
    refused(vary("ingress=1MiB/s..2MiB/s:0"), `${from} "0"`);
    refused(vary("ingress=1MiB/s..2MiB/s:2.5"), `${from} "2.5"`);
    refused(vary("ingress=1MiB/s..2MiB/s:x"), `${from} "x"`);
    refused(vary(`ingress=1MiB/s..2MiB/s:${MAX_AXIS_POINTS + 1}`), `${from} "${MAX_AXIS_POINTS + 1}"`);
    // One point: A itself (label and value), not B.
    expect(axis("ingress=1MiB/s..2MiB/s:1")).toEqual({ labels: ["1 MiB/s"], values: [MIB] });
    expect(axis("partitions=7..9:1")).toEqual({ labels: [7], values: [7] });
  });

  it(`exactly ${MAX_AXIS_POINTS.toLocaleString("en-US")} points are accepted`, () => {
    const a = axis(`partitions=1..${MAX_AXIS_POINTS}:${MAX_AXIS_POINTS}`);
    expect(a.values).toHaveLength(MAX_AXIS_POINTS);
    expect(a.values[MAX_AXIS_POINTS - 1]).toBe(MAX_AXIS_POINTS);
  });

  it("the scale: :log or :linear, nothing else and nothing after it", () => {
    const after = "--vary ingress: expected :log or :linear after the count, got";
    refused(vary("ingress=1MiB/s..4MiB/s:3:lin"), `${after} "lin"`);
    refused(vary("ingress=1MiB/s..4MiB/s:3:log:x"), `${after} "log:x"`);
    refused(vary("ingress=1MiB/s..4MiB/s:3:linear:"), `${after} "linear:"`);
    expect(axis("ingress=1MiB/s..4MiB/s:3:linear").labels).toEqual(["1 MiB/s", "2.5 MiB/s", "4 MiB/s"]);
    expect(axis("ingress=1MiB/s..4MiB/s:3").labels).toEqual(["1 MiB/s", "2.5 MiB/s", "4 MiB/s"]);
    // Log-spaced: 1, 2, 4 (the ratio 2 each step).
    expect(axis("ingress=1MiB/s..4MiB/s:3:log")).toEqual({
      labels: ["1 MiB/s", "2 MiB/s", "4 MiB/s"],
      values: [MIB, 2 * MIB, 4 * MIB],
    });
  });

  it("A must start with a number", () => {
    refused(
      vary("ingress=x..4MiB/s:3"),
      '--vary ingress: expected a value such as 10MiB/s at the start of the range, got "x"',
    );
  });

  it("a log-spaced range needs both ends above 0 (either end at 0 is refused; linear takes 0)", () => {
    const above = "--vary ingress: a log-spaced range needs both ends above 0";
    refused(vary("ingress=0MiB/s..4MiB/s:3:log"), above);
    refused(vary("ingress=1MiB/s..0MiB/s:3:log"), above);
    expect(axis("ingress=0MiB/s..4MiB/s:3").values).toEqual([0, 2 * MIB, 4 * MIB]);
    expect(axis("ingress=4MiB/s..0MiB/s:3").values).toEqual([4 * MIB, 2 * MIB, 0]);
  });

  it("generated values are written in A's unit: percent, a unit with a space, none", () => {
    expect(axis("targets.maxUtilisation.standard=10%..50%:3")).toEqual({
      labels: ["10%", "30%", "50%"],
      values: [0.1, 0.3, 0.5],
    });
    expect(axis("retention=24h..3d:3")).toEqual({
      labels: ["24 h", "48 h", "72 h"],
      values: [86_400, 172_800, 259_200],
    });
    // 1 KiB/s to 1 MiB/s: B is 1,024 KiB/s, the middle (1 + 1,024) / 2 = 512.5 KiB/s.
    expect(axis("ingress=1 KiB/s..1MiB/s:3")).toEqual({
      labels: ["1 KiB/s", "512.5 KiB/s", "1024 KiB/s"],
      values: [1024, 524_800, MIB],
    });
    // A count takes no unit: its one unit is 1 even where the field's minimum is above 1 (azs ≥ 2).
    expect(axis("azs=2..3:2")).toEqual({ labels: [2, 3], values: [2, 3] });
    // A written with digit separators: 1_000 KiB/s is 1,000 KiB/s.
    expect(axis("ingress=1_000KiB/s..2MiB/s:3")).toEqual({
      labels: ["1000 KiB/s", "1524 KiB/s", "2048 KiB/s"],
      values: [1_024_000, 1_560_576, 2 * MIB],
    });
  });

  it("the ends' values are A and B as parsed, not their labels parsed again", () => {
    // A's label keeps 12 significant digits; its value is A exactly.
    expect(axis("ingress=1.00000000000001 MiB/s..2MiB/s:2")).toEqual({
      labels: ["1 MiB/s", "2 MiB/s"],
      values: [1.00000000000001 * MIB, 2 * MIB],
    });
    // B in another unit: 1,234,567 B/s is 1,205.6318359375 KiB/s, shown as 1205.63183594 KiB/s,
    // whose value would be 1,234,567.00000256 B/s; the value is B's.
    expect(axis("ingress=1 KiB/s..1234567 B/s:2")).toEqual({
      labels: ["1 KiB/s", "1205.63183594 KiB/s"],
      values: [1024, 1_234_567],
    });
  });

  it("the last label is B rounded to 12 digits, not A × (B / A) rounded", () => {
    // 123,456,789,012.5 to 12 digits is 123,456,789,013 (a tie goes up); 0.007 × (B / 0.007) is
    // 123,456,789,012.49998, which would round down.
    expect(axis("ingress=0.007 B/s..123456789012.5 B/s:2:log")).toEqual({
      labels: ["0.007 B/s", "123456789013 B/s"],
      values: [0.007, 123_456_789_012.5],
    });
  });
});

describe("axisStart: the field and first value of a spec as written", () => {
  it("a range, a list, spaces", () => {
    expect(axisStart("ingress=1MiB/s..10MiB/s:3")).toEqual({ path: "ingress", value: "1MiB/s" });
    expect(axisStart("partitions=3,4")).toEqual({ path: "partitions", value: "3" });
    expect(axisStart(" streams.s.retention = 2d ..3d:2")).toEqual({
      path: "streams.s.retention",
      value: "2d",
    });
  });

  it("none without a field, without a first value or without '='", () => {
    expect(axisStart("=3")).toBeUndefined();
    expect(axisStart("ingress=")).toBeUndefined();
    expect(axisStart("ingress= ..3MiB/s")).toBeUndefined();
    expect(axisStart("ingress")).toBeUndefined();
  });
});

describe("--set FIELD=VALUE", () => {
  it("refused without a field, without a value or without '='", () => {
    const expected = "--set: expected FIELD=VALUE such as ingress=80MiB/s, got";
    refused(set("=2"), `${expected} "=2"`);
    refused(set("ingress="), `${expected} "ingress="`);
    refused(set("ingress"), `${expected} "ingress"`);
  });

  it("spaces around the field and the value are dropped; the value's errors name the field", () => {
    const a = parseAssignment(" ingress = 2MiB/s ", parseWorkloadInput(ONE), "--set");
    expect(a).toMatchObject({ label: "2MiB/s", value: 2 * MIB });
    expect(a.resolved.path).toBe("ingress");
    refused(set("partitions=1.5"), '--set partitions: expected a whole number, got "1.5"');
    refused(
      set("streams.s.partitions=x"),
      '--set streams.s.partitions: expected a number such as "3", got "x"',
    );
  });
});
