// Scenario paths and setters (src/plan/simulate/scenario.ts), case by case: how a path resolves
// (a stream field alone means every stream; streams.<name or index>.<field>; cluster paths), the
// errors naming the path, the value a path starts from, and what a write does to its neighbours
// (an exclusive twin removed, a written peak scaled by its average's factor, nested cluster keys).
import { describe, expect, it } from "vitest";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { currentValues, resolvePath, ScenarioWorkload } from "../../src/plan/simulate/scenario.js";
import { thrownInputError } from "../helpers/thrown.js";

const MiB = 2 ** 20;
const TWO = () =>
  parseWorkloadInput({
    streams: [
      { name: "orders", ingress: "2MiB/s", peakIngress: "6MiB/s", partitions: 12 },
      { name: "clicks", messagesPerSec: 1000, messageSize: "1KiB", partitions: 6 },
    ],
  });

describe("resolvePath", () => {
  it("a stream field alone targets every stream; a named or numbered stream only that one", () => {
    const p = TWO();
    expect(resolvePath("partitions", p)).toMatchObject({
      path: "partitions",
      name: "partitions",
      targets: [
        { scope: "stream", streamIndex: 0, name: "partitions" },
        { scope: "stream", streamIndex: 1, name: "partitions" },
      ],
    });
    expect(resolvePath("streams.clicks.partitions", p)).toMatchObject({
      path: "streams.clicks.partitions",
      name: "partitions",
      targets: [{ scope: "stream", streamIndex: 1, name: "partitions" }],
    });
    expect(resolvePath("streams.1.retention", p).targets).toEqual([
      { scope: "stream", streamIndex: 1, name: "retention" },
    ]);
    expect(resolvePath("targets.storageHeadroom", p)).toMatchObject({
      name: "targets.storageHeadroom",
      targets: [{ scope: "cluster", keys: ["targets", "storageHeadroom"] }],
    });
  });
  it("errors name the path (and the flag), with a suggestion or the choices", () => {
    const p = TWO();
    const stream = thrownInputError(() => resolvePath("streams.order.partitions", p, "--vary"));
    expect(stream.path).toBe("--vary streams.order.partitions");
    expect(stream.message).toBe(
      '--vary streams.order.partitions: unknown stream "order"; did you mean orders?',
    );
    expect(stream.code).toBe("unknown_field");
    const none = thrownInputError(() => resolvePath("streams.zzzzzz.partitions", p));
    expect(none.message).toBe(
      'streams.zzzzzz.partitions: unknown stream "zzzzzz"; the workload has orders, clicks',
    );
    // A number past the last stream is not an index.
    expect(thrownInputError(() => resolvePath("streams.2.partitions", p)).message).toMatch(
      /unknown stream "2"/,
    );
    const field = thrownInputError(() => resolvePath("streams.orders.partition", p));
    expect(field.message).toBe(
      'streams.orders.partition: unknown stream field "partition"; did you mean partitions?',
    );
    expect(field.code).toBe("unknown_field");
    const bare = thrownInputError(() => resolvePath("streams.orders", p));
    expect(bare.message).toMatch(/^streams\.orders: unknown stream ""; /);
    const top = thrownInputError(() => resolvePath("partitons", p, "--set"));
    expect(top.path).toBe("--set partitons");
    expect(top.message).toBe("--set partitons: unknown field path; did you mean partitions?");
    const far = thrownInputError(() => resolvePath("qqqqqqqq", p));
    expect(far.message).toMatch(
      /^qqqqqqqq: unknown field path; expected one of ingress, .*streams\.<name>\.<field>, azs, /,
    );
    expect(far.code).toBe("unknown_field");
  });
});

describe("currentValues", () => {
  it("the written value, else what the defaults made of it; a field with neither is refused", () => {
    const p = TWO();
    const built = new ScenarioWorkload(p).buildOrThrow(() => "base");
    expect(currentValues(resolvePath("partitions", p), p, built)).toEqual([12, 6]);
    // clicks: 1,000 × 1 KiB = 1,024,000 B/s, derived.
    expect(currentValues(resolvePath("ingress", p), p, built)).toEqual([2 * MiB, 1_024_000]);
    expect(currentValues(resolvePath("azs", p), p, built)).toEqual([3]);
    const e = thrownInputError(() =>
      currentValues(resolvePath("streams.orders.messagesPerSec", p), p, built),
    );
    expect(e.message).toBe(
      "streams.orders.messagesPerSec: is not set in the workload (nothing to change from)",
    );
    expect(e.code).toBe("missing_field");
  });
});

describe("setters", () => {
  it("ingress on a stream written in messages/s replaces them (and back)", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("streams.clicks.ingress", p))(3 * MiB);
    expect(sc.buildOrThrow(() => "x").streams[1]?.ingressBytesPerSec).toBe(3 * MiB);
    const back = new ScenarioWorkload(p);
    back.setter(resolvePath("streams.orders.messagesPerSec", p))(500);
    // 500 messages/s of the default message size replace the written 2 MiB/s.
    const s = back.buildOrThrow(() => "x").streams[0];
    expect(s?.ingressBytesPerSec).toBe(500 * (s?.messageSizeBytes as number));
  });
  it("a written peak follows its average (6 ÷ 2 = 3 ×); a stream without one gets none written", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("ingress", p))(4 * MiB);
    const w = sc.buildOrThrow(() => "x");
    expect(w.streams[0]?.peakIngressBytesPerSec).toBe(12 * MiB);
    expect(p.streams[1]).not.toHaveProperty("peakIngress");
    expect(w.streams[1]?.ingressBytesPerSec).toBe(4 * MiB);
    // The base input is never written.
    expect(p.streams[0]?.ingress).toBe(2 * MiB);
  });
  it("one value per target when given an index; every target otherwise", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    const set = sc.setter(resolvePath("partitions", p));
    set(20);
    set(7, 1);
    expect(sc.buildOrThrow(() => "x").streams.map((s) => s.partitions)).toEqual([20, 7]);
  });
  it("a nested cluster path creates the objects on its way; a copied one patches the last build", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("targets.maxUtilisation.standard", p))(0.7);
    expect(sc.buildOrThrow(() => "x").targets.maxUtilisation.standard).toBe(0.7);
    const first = sc.currentOrThrow(() => "x");
    sc.setter(resolvePath("targets.maxUtilisation.express", p))(0.6);
    sc.setter(resolvePath("streams.orders.partitions", p))(30);
    const patched = sc.currentOrThrow(() => "x");
    expect(patched).toBe(first); // patched in place, not rebuilt
    expect([patched.targets.maxUtilisation.express, patched.streams[0]?.partitions]).toEqual([0.6, 30]);
    sc.setter(resolvePath("retention", p))(5 * 86_400);
    const rebuilt = sc.currentOrThrow(() => "x");
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.streams.map((s) => s.retentionSeconds)).toEqual([5 * 86_400, 5 * 86_400]);
    expect([rebuilt.targets.maxUtilisation.express, rebuilt.streams[0]?.partitions]).toEqual([0.6, 30]);
  });
  it("a broken scenario names itself and its first broken rule", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("streams.orders.peakIngress", p))(MiB);
    const e = thrownInputError(() => sc.buildOrThrow(() => "peak 1 MiB/s"));
    expect(e.path).toBe("streams.orders.peakIngress");
    expect(e.message).toMatch(/\(in scenario peak 1 MiB\/s\)$/);
    expect(thrownInputError(() => sc.currentOrThrow(() => "again")).message).toMatch(
      /\(in scenario again\)$/,
    );
  });
  it("a failed rebuild stays failed: the next call does not hand back the record built before", () => {
    const p = TWO();
    const sc = new ScenarioWorkload(p);
    expect(sc.currentOrThrow(() => "first").streams[0]?.peakIngressBytesPerSec).toBe(6 * MiB);
    sc.setter(resolvePath("streams.orders.peakIngress", p))(MiB);
    expect(() => sc.currentOrThrow(() => "broken")).toThrow(/\(in scenario broken\)$/);
    expect(() => sc.currentOrThrow(() => "still broken")).toThrow(/\(in scenario still broken\)$/);
  });
  it("ingress on a stream written in messages/s with a written peak: the messages go, the peak follows", () => {
    const p = parseWorkloadInput({
      streams: [
        { name: "m", messagesPerSec: 1024, messageSize: "1KiB", peakIngress: "3MiB/s", partitions: 6 },
      ],
    });
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("ingress", p))(2 * MiB);
    const s = sc.buildOrThrow(() => "x").streams[0];
    // 1,024 × 1 KiB = 1 MiB/s at a 3 MiB/s peak: 3 ×, so 6 MiB/s at 2 MiB/s.
    expect([s?.ingressBytesPerSec, s?.peakIngressBytesPerSec]).toEqual([2 * MiB, 6 * MiB]);
  });
  it("a written peak over a zero average follows it one for one", () => {
    const p = parseWorkloadInput({
      streams: [{ name: "z", ingress: "0 B/s", peakIngress: "1MiB/s", partitions: 6 }],
    });
    const sc = new ScenarioWorkload(p);
    sc.setter(resolvePath("ingress", p))(2 * MiB);
    expect(sc.buildOrThrow(() => "x").streams[0]?.peakIngressBytesPerSec).toBe(2 * MiB);
  });
  it("messagesPerSec starts from its written value; an unknown stream field lists the fields", () => {
    const p = TWO();
    const built = new ScenarioWorkload(p).buildOrThrow(() => "base");
    expect(currentValues(resolvePath("streams.clicks.messagesPerSec", p), p, built)).toEqual([1000]);
    const e = thrownInputError(() => resolvePath("streams.orders.qqqqqqqq", p));
    expect(e.message).toMatch(
      /^streams\.orders\.qqqqqqqq: unknown stream field "qqqqqqqq"; expected one of ingress, /,
    );
  });
  it("streams by number from 0 to the last, 10 included; a name that looks like a number is a name first", () => {
    const p = parseWorkloadInput({
      streams: Array.from({ length: 11 }, (_, i) => ({
        name: i === 0 ? "1" : `s${i}`,
        ingress: "1MiB/s",
        partitions: 6,
      })),
    });
    expect(resolvePath("streams.10.partitions", p).targets).toEqual([
      { scope: "stream", streamIndex: 10, name: "partitions" },
    ]);
    // "1" is the first stream's name: it wins over index 1.
    expect(resolvePath("streams.1.partitions", p).targets).toEqual([
      { scope: "stream", streamIndex: 0, name: "partitions" },
    ]);
  });
});
