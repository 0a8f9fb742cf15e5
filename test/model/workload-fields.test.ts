// The simulator's field rules (src/model/workload-fields.ts): each kind parsed by the one unit
// parser, each limit (min, max, whole, allowed values) exactly at and one step past it, and the
// one-line refusal word for word. Reached in use by `simulate --set/--vary` and distributions,
// which the CLI tests pin; a mutation run cannot see a CLI process, so they are pinned here.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import {
  CLUSTER_FIELDS,
  checkFieldValue,
  clusterField,
  parseFieldValue,
  readClusterValue,
  STREAM_FIELDS,
  settablePaths,
  streamField,
} from "../../src/model/workload-fields.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { rowsOf } from "../../src/model/workload-table.js";
import { thrownInputError } from "../helpers/thrown.js";

const msg = (f: () => unknown) => thrownInputError(f).message;

describe("parseFieldValue: each kind through the unit parser", () => {
  it("fraction: 20% and 0.2 are 0.2; a utilisation target is at most 1 (100% accepted, 101% refused)", () => {
    const util = CLUSTER_FIELDS["targets.maxUtilisation.standard"];
    expect(parseFieldValue(util, "20%", "u")).toBe(0.2);
    expect(parseFieldValue(util, 0.2, "u")).toBe(0.2);
    expect(parseFieldValue(util, "100%", "u")).toBe(1);
    expect(msg(() => parseFieldValue(util, "101%", "u"))).toBe('u: expected a value ≤ 1, got "101%"');
  });
  it("count: the field's minimum is the parser's (its message), whole numbers where required", () => {
    const azs = CLUSTER_FIELDS.azs;
    expect(parseFieldValue(azs, 2, "azs")).toBe(2);
    expect(parseFieldValue(azs, "3", "azs")).toBe(3);
    expect(msg(() => parseFieldValue(azs, "1", "azs"))).toBe('azs: expected a number ≥ 2, got "1"');
    expect(msg(() => parseFieldValue(azs, "2.5", "azs"))).toBe('azs: expected a whole number, got "2.5"');
    expect(msg(() => parseFieldValue(azs, 4, "azs"))).toBe("azs: expected one of 2, 3, got 4");
    const ratio = STREAM_FIELDS.compressionRatio;
    expect(parseFieldValue(ratio, 1, "r")).toBe(1);
    expect(parseFieldValue(ratio, "1.5", "r")).toBe(1.5);
    expect(msg(() => parseFieldValue(ratio, 0.99, "r"))).toBe("r: expected a number ≥ 1, got 0.99");
    const plain = { kind: "count", description: "" } as const;
    expect(parseFieldValue(plain, "0", "n")).toBe(0);
    expect(msg(() => parseFieldValue(plain, "-1", "n"))).toBe('n: expected a number ≥ 0, got "-1"');
  });
  it("size, rate and duration in canonical units; a size's minimum checked after parsing", () => {
    expect(parseFieldValue(STREAM_FIELDS.messageSize, "1KiB", "m")).toBe(1024);
    expect(parseFieldValue(STREAM_FIELDS.messageSize, "1B", "m")).toBe(1);
    expect(msg(() => parseFieldValue(STREAM_FIELDS.messageSize, "0B", "m"))).toBe(
      'm: expected a value ≥ 1, got "0B"',
    );
    expect(parseFieldValue(STREAM_FIELDS.peakIngress, "1MiB/s", "p")).toBe(2 ** 20);
    expect(parseFieldValue(STREAM_FIELDS.retention, "1h", "t")).toBe(3600);
  });
});

describe("checkFieldValue: each limit at and one past, the value shown as given", () => {
  const f = (extra: object) => ({ kind: "count", description: "", ...extra }) as const;
  it("not finite", () => {
    expect(msg(() => checkFieldValue(f({}), Number.NaN, "x"))).toBe("x: expected a finite number, got null");
    expect(msg(() => checkFieldValue(f({}), Number.POSITIVE_INFINITY, "x", "1e999"))).toBe(
      'x: expected a finite number, got "1e999"',
    );
  });
  it("min: absent means 0; at the minimum accepted, below refused", () => {
    expect(checkFieldValue(f({}), 0, "x")).toBe(0);
    expect(msg(() => checkFieldValue(f({}), -0.5, "x"))).toBe("x: expected a value ≥ 0, got -0.5");
    expect(checkFieldValue(f({ min: 1 }), 1, "x")).toBe(1);
    expect(msg(() => checkFieldValue(f({ min: 1 }), 0.5, "x"))).toBe("x: expected a value ≥ 1, got 0.5");
  });
  it("max: absent means none; at the maximum accepted, above refused", () => {
    expect(checkFieldValue(f({}), 1e15, "x")).toBe(1e15);
    expect(checkFieldValue(f({ max: 1 }), 1, "x")).toBe(1);
    expect(msg(() => checkFieldValue(f({ max: 1 }), 1.01, "x", "101%"))).toBe(
      'x: expected a value ≤ 1, got "101%"',
    );
  });
  it("whole numbers and allowed values", () => {
    expect(checkFieldValue(f({ integer: true }), 3, "x")).toBe(3);
    expect(msg(() => checkFieldValue(f({ integer: true }), 2.5, "x"))).toBe(
      "x: expected a whole number, got 2.5",
    );
    expect(checkFieldValue(f({ allowed: [2, 3] }), 3, "x")).toBe(3);
    expect(msg(() => checkFieldValue(f({ allowed: [2, 3] }), 1, "x"))).toBe("x: expected one of 2, 3, got 1");
    expect(thrownInputError(() => checkFieldValue(f({ allowed: [2, 3] }), 1, "x")).path).toBe("x");
  });
});

describe("the field tables", () => {
  it("settablePaths: each stream field, then its streams.<name>. form, then the cluster paths", () => {
    const s = Object.keys(STREAM_FIELDS);
    const c = Object.keys(CLUSTER_FIELDS);
    expect(settablePaths()).toEqual([...s, ...s.map((n) => `streams.<name>.${n}`), ...c]);
    expect(settablePaths()).toContain("streams.<name>.peakIngress");
    expect(settablePaths()).toContain("targets.storageHeadroom");
  });
  it("readClusterValue follows the field's canonical path into a workload", () => {
    const w = parseWorkload({
      azs: 2,
      targets: { storageHeadroom: 1.5 },
      streams: [{ name: "a", ingress: "1 MiB/s", partitions: 6, retention: "1d" }],
    });
    expect(readClusterValue(w, CLUSTER_FIELDS.azs)).toBe(2);
    expect(readClusterValue(w, CLUSTER_FIELDS["targets.storageHeadroom"])).toBe(1.5);
  });
  it("rowsOf: the rows of a scope below a prefix, in table order", () => {
    const targets = rowsOf("cluster", "targets.").map((r) => r.name);
    expect(targets.length).toBeGreaterThan(3);
    expect(targets.every((n) => n.startsWith("targets."))).toBe(true);
    expect(targets).toContain("targets.storageHeadroom");
    expect(rowsOf("stream", "peak").map((r) => r.name)).toEqual(["peakIngress", "peakEgress"]);
  });
  it("streamField and clusterField know only their own names (not inherited ones)", () => {
    expect(streamField("peakIngress")?.kind).toBe("rate");
    expect(streamField("toString")).toBeUndefined();
    expect(clusterField("azs")?.allowed).toEqual([2, 3]);
    expect(clusterField("constructor")).toBeUndefined();
    expect(() => checkFieldValue(CLUSTER_FIELDS.azs, 4, "azs")).toThrow(InputError);
  });
});
