// The fast streams reader's own contract (src/model/workload-streams.ts): it takes the common case
// (plain objects with known keys, a non-empty name, a string description, numeric fields as strings
// or finite numbers its parser accepts) and returns the schema's records in key order; for anything
// else it returns undefined so the caller runs zod. test/model/workload-streams.property.test.ts
// holds the whole reader equal to zod; this file checks that the common case is taken (a reader
// that declined everything would be correct but slow) and each kind of decline on a small table.
import { describe, expect, it } from "vitest";
import { parseCount, parseSize } from "../../src/model/units.js";
import { streamsReader, unitParser } from "../../src/model/workload-streams.js";
import type { FieldRow } from "../../src/model/workload-table.js";

const read = () =>
  streamsReader(
    ["name", "description", "size", "count"],
    { size: parseSize, count: (v, p) => parseCount(v, p, { integer: true, min: 1 }) },
    ["name", "size"],
  );

describe("streamsReader takes the common case", () => {
  it("known keys, in the table's order whatever the input's; absent optional fields left out", () => {
    expect(
      read()([
        { size: "1 KiB", name: "a", count: "3", description: "" },
        { name: "b", size: "5 B" },
      ]),
    ).toEqual([
      { name: "a", description: "", size: 1024, count: 3 },
      { name: "b", size: 5 },
    ]);
    const [first] = read()([{ count: 2, size: "1 KiB", name: "a", description: "d" }]) ?? [];
    expect(Object.keys(first ?? {})).toEqual(["name", "description", "size", "count"]);
    expect(read()([])).toEqual([]);
  });
  it("every stream is read, the last one too", () => {
    const r = read()([
      { name: "a", size: "1B" },
      { name: "b", size: "2B" },
      { name: "c", size: "3B" },
    ]);
    expect(r?.map((s) => s.size)).toEqual([1, 2, 3]);
  });
});

describe("streamsReader declines (undefined) whatever it does not take", () => {
  it.each([
    ["null", null],
    ["a list", [{ name: "a", size: "1B" }]],
    ["a string", "a"],
    ["an unknown key", { name: "a", size: "1B", colour: "red" }],
    ["a known key written as undefined", { name: "a", size: "1B", count: undefined }],
    ["a required key missing", { name: "a" }],
    ["an empty name", { name: "", size: "1B" }],
    ["a name that is not a string", { name: 5, size: "1B" }],
    ["a description that is not a string", { name: "a", size: "1B", description: 5 }],
    ["a number field that is a boolean", { name: "a", size: true }],
    ["a number field that is not finite", { name: "a", size: Number.POSITIVE_INFINITY }],
    ["a number field its parser refuses", { name: "a", size: "1B", count: "1.5" }],
  ])("%s", (_, stream) => {
    expect(read()([{ name: "ok", size: "1B" }, stream])).toBeUndefined();
  });
});

describe("unitParser", () => {
  it("a row that is not numeric is a programming error naming the row", () => {
    expect(() => unitParser({ name: "sizingModel", input: "enum" } as unknown as FieldRow)).toThrow(
      "workload-schema: sizingModel is not a number (enum)",
    );
  });
  it("each numeric row's parser: rate, duration and size in canonical units", () => {
    expect(unitParser({ name: "r", input: "rate" } as unknown as FieldRow)("1 MiB/s", "r")).toBe(2 ** 20);
    expect(unitParser({ name: "d", input: "duration" } as unknown as FieldRow)("2h", "d")).toBe(7200);
    expect(unitParser({ name: "s", input: "size" } as unknown as FieldRow)("1 KiB", "s")).toBe(1024);
  });
  it("a count row's minimum, a whole row's whole numbers", () => {
    const count1 = unitParser({ name: "c", input: "count", min: 1 } as unknown as FieldRow);
    expect(count1(1, "c")).toBe(1);
    expect(() => count1(0.5, "c")).toThrow("c: expected a number ≥ 1, got 0.5");
    expect(() => unitParser({ name: "w", input: "whole" } as unknown as FieldRow)(1.5, "w")).toThrow(
      "w: expected a whole number, got 1.5",
    );
  });
  it("count rows default to a minimum of 0, whole rows to 1", () => {
    expect(unitParser({ name: "c", input: "count" } as unknown as FieldRow)(0, "c")).toBe(0);
    expect(() => unitParser({ name: "w", input: "whole" } as unknown as FieldRow)(0, "w")).toThrow(
      "w: expected a number ≥ 1, got 0",
    );
    expect(unitParser({ name: "w", input: "whole", min: 0 } as unknown as FieldRow)(0, "w")).toBe(0);
    expect(() => unitParser({ name: "f", input: "fraction" } as unknown as FieldRow)(0, "f")).toThrow(
      'f: expected a fraction in (0, 1] such as "50%" or 0.5, got 0',
    );
  });
});
