// The workload reader's refusals word for word at library level (src/model/workload-schema.ts):
// each cross-field rule of a stream, each kind of zod problem as the reader words it, the stream's
// name in the path, the "(and N more problems)" count, and what the simulator's adjusted build
// moves instead of refusing. The CLI tests pin some of these; a mutation run cannot see them.
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import {
  adjustedPath,
  buildWorkload,
  buildWorkloadAdjusted,
  parseWorkload,
  parseWorkloadInput,
} from "../../src/model/workload-schema.js";
import { thrownInputError } from "../helpers/thrown.js";
import { refusal, S } from "../helpers/workload-refusal.js";

const MiB = 2 ** 20;

describe("a stream's cross-field rules", () => {
  it("peaks at least their averages, named with the figures in MiB/s", () => {
    expect(refusal({ streams: [S({ peakIngress: "5 MiB/s" })] })).toEqual([
      "streams.orders.peakIngress: expected at least ingress (10 MiB/s), got 5 MiB/s",
      "invalid_input",
    ]);
    expect(refusal({ streams: [S({ egress: "20 MiB/s", peakEgress: "10 MiB/s" })] })[0]).toBe(
      "streams.orders.peakEgress: expected at least egress (20 MiB/s), got 10 MiB/s",
    );
    expect(refusal({ streams: [S({ peakEgress: "10 MiB/s" })] })[0]).toBe(
      "streams.orders.peakEgress: given without egress: give egress (the average) too",
    );
    // at the limit: a peak equal to its average is accepted
    expect(
      parseWorkload({ streams: [S({ peakIngress: "10 MiB/s", egress: "5 MiB/s", peakEgress: "5 MiB/s" })] })
        .streams[0]?.peakEgressBytesPerSec,
    ).toBe(5 * MiB);
  });
  it("local retention at most retention, written in days, hours or seconds as it divides", () => {
    expect(refusal({ streams: [S({ retention: "4d", localRetention: "5d" })] })[0]).toBe(
      "streams.orders.localRetention: expected at most retention (4d), got 5d",
    );
    expect(refusal({ streams: [S({ retention: "36h", localRetention: "37h" })] })[0]).toBe(
      "streams.orders.localRetention: expected at most retention (36h), got 37h",
    );
    expect(refusal({ streams: [S({ retention: "100s", localRetention: "101s" })] })[0]).toBe(
      "streams.orders.localRetention: expected at most retention (100s), got 101s",
    );
  });
  it("tiered storage (local below retention) needs retention of 3 days: 3d accepted, 2d refused", () => {
    expect(refusal({ streams: [S({ retention: "2d", localRetention: "1d" })] })[0]).toBe(
      "streams.orders.retention: tiered storage (localRetention below retention) needs retention of at least 3d (Amazon MSK tiered storage topic guidelines), got 2d",
    );
    expect(
      parseWorkload({ streams: [S({ retention: "3d", localRetention: "1d" })] }).streams[0]
        ?.localRetentionSeconds,
    ).toBe(86_400);
  });
  it("tier reads at most egress", () => {
    expect(refusal({ streams: [S({ egress: "10 MiB/s", tierReads: "11 MiB/s" })] })[0]).toBe(
      "streams.orders.tierReads: expected at most egress (10 MiB/s: tier reads are the part of egress reading data older than localRetention), got 11 MiB/s",
    );
    expect(
      parseWorkload({ streams: [S({ egress: "10 MiB/s", tierReads: "10 MiB/s" })] }).streams[0]
        ?.tierReadBytesPerSec,
    ).toBe(10 * MiB);
  });
  it("the first problem, with how many more (one, then several)", () => {
    expect(refusal({ streams: [S({ peakIngress: "5 MiB/s", tierReads: "100 MiB/s" })] })[0]).toBe(
      "streams.orders.peakIngress: expected at least ingress (10 MiB/s), got 5 MiB/s (and 1 more problem)",
    );
    const e = thrownInputError(() =>
      parseWorkload({
        streams: [S({ peakIngress: "5 MiB/s", tierReads: "100 MiB/s", replicationFactor: 1000 })],
      }),
    );
    expect(e.message).toBe(
      "streams.orders.peakIngress: expected at least ingress (10 MiB/s), got 5 MiB/s (and 2 more problems)",
    );
    expect(e.problems.map((p) => p.path)).toEqual([
      "streams.orders.peakIngress",
      "streams.orders.replicationFactor",
      "streams.orders.tierReads",
    ]);
    expect(e.problems[1]?.message).toBe("expected at most 60 (the broker quota per cluster), got 1000");
  });
  it("an instance list that names no type keeps the resolver's words and code, under instanceTypes", () => {
    const e = thrownInputError(() => parseWorkload({ instanceTypes: ["kafka.m7g.larg"], streams: [S()] }));
    expect([e.message, e.code, e.path]).toEqual([
      'instanceTypes: "kafka.m7g.larg" matches no MSK broker type; did you mean kafka.m7g.large?',
      "unknown_instance",
      "instanceTypes",
    ]);
    expect(parseWorkload({ instanceTypes: ["kafka.m7g.large"], streams: [S()] }).instanceTypes).toEqual([
      "kafka.m7g.large",
    ]);
  });
});

describe("zod's problems as the reader words them", () => {
  it("a value of the wrong type: what was given, in words", () => {
    const words = "streams.orders.retention: expected a string or number, got";
    expect(refusal({ streams: [S({ retention: true })] })).toEqual([`${words} true`, "invalid_input"]);
    expect(refusal({ streams: [S({ retention: null })] })[0]).toBe(`${words} null`);
    expect(refusal({ streams: [S({ retention: [1] })] })[0]).toBe(`${words} a list`);
    expect(refusal({ streams: [S({ retention: { a: 1 } })] })[0]).toBe(`${words} an object`);
    expect(refusal({ region: 5, streams: [S()] })[0]).toBe("region: expected string, got 5");
    expect(refusal({ streams: [S(), 5] })[0]).toBe("streams.1: expected object, got 5");
  });
  it("a required field missing; a stream without a name is named by its index", () => {
    expect(refusal({ streams: [{ name: "orders", ingress: "1 MiB/s" }] })).toEqual([
      "streams.orders.partitions: required, got nothing",
      "missing_field",
    ]);
    expect(refusal({ streams: [S(), { ingress: "1 MiB/s", partitions: 1 }] })).toEqual([
      "streams.1.name: required, got nothing",
      "missing_field",
    ]);
    expect(refusal({ streams: [S(), S({ name: "b", partitions: "x" })] })[0]).toBe(
      'streams.b.partitions: expected a number such as "3", got "x"',
    );
  });
  it("azs: 2 or 3", () => {
    expect(refusal({ azs: 4, streams: [S()] })).toEqual(["azs: expected 2 or 3, got 4", "invalid_input"]);
    expect(refusal({ azs: "x", streams: [S()] })[0]).toBe('azs: expected 2 or 3, got "x"');
  });
  it("an empty streams list; an enum; a fraction out of range", () => {
    expect(refusal({ streams: [] })[0]).toBe("streams: expected at least 1 item(s), got none");
    expect(refusal({ sizingModel: "x", streams: [S()] })[0]).toBe(
      'sizingModel: expected one of "blog", "aws-script", got "x"',
    );
    expect(refusal({ targets: { maxUtilisation: { standard: 2 } }, streams: [S()] })[0]).toBe(
      'targets.maxUtilisation.standard: expected a fraction in (0, 1] such as "50%" or 0.5, got 2',
    );
  });
  it("unknown fields: a did-you-mean from the fields at that place; the others listed after", () => {
    expect(refusal({ streamz: 1, regon: 2, streams: [S()] })).toEqual([
      "streamz: unknown field; did you mean streams? (also regon)",
      "unknown_field",
    ]);
    expect(refusal({ streams: [S({ ingres: "1 MiB/s" })] })[0]).toBe(
      "streams.orders.ingres: unknown field; did you mean ingress?",
    );
    expect(refusal({ targets: { storageHeadrom: 2 }, streams: [S()] })[0]).toBe(
      "targets.storageHeadrom: unknown field; did you mean storageHeadroom?",
    );
    expect(refusal({ targets: { maxUtilisation: { standrd: 0.5 } }, streams: [S()] })[0]).toBe(
      "targets.maxUtilisation.standrd: unknown field; did you mean standard?",
    );
    expect(refusal({ streams: [S({ zzzzzz: 1 })] })[0]).toBe("streams.orders.zzzzzz: unknown field");
  });
  it("several streams: a duplicate name; the second stream read by the fast reader, refused by zod's words", () => {
    expect(refusal({ streams: [S(), S()] })[0]).toBe('streams.orders.name: duplicate stream name "orders"');
    const two = parseWorkload({ azs: 2, streams: [S(), S({ name: "b", ingress: "2 MiB/s" })] });
    expect([two.azs, two.streams.map((s) => [s.name, s.ingressBytesPerSec])]).toEqual([
      2,
      [
        ["orders", 10 * MiB],
        ["b", 2 * MiB],
      ],
    ]);
    // A cluster field zod refuses is still refused when the streams are plain.
    expect(refusal({ azs: 4, streams: [S(), S({ name: "b" })] })[0]).toBe("azs: expected 2 or 3, got 4");
  });
});

describe("each rule exactly at its limit, and the fields a stream keeps", () => {
  it("equal values are consistent: local retention = retention (tiered or not), tier reads = egress, RF 60", () => {
    const w = parseWorkload({
      streams: [
        S({
          retention: "2d",
          localRetention: "2d",
          egress: "10 MiB/s",
          tierReads: "10 MiB/s",
          replicationFactor: 60,
        }),
        S({ name: "b", retention: "4d", localRetention: "4d" }),
      ],
    });
    expect(w.streams.map((s) => [s.localRetentionSeconds, s.replicationFactor])).toEqual([
      [2 * 86_400, 60],
      [4 * 86_400, 3],
    ]);
    expect(refusal({ streams: [S({ replicationFactor: 61 })] })[0]).toBe(
      "streams.orders.replicationFactor: expected at most 60 (the broker quota per cluster), got 61",
    );
  });
  it("retention exactly 3d without a local retention is tiered: local = the targets' tiered local retention", () => {
    const w = parseWorkload({ targets: { tieredLocalRetention: "1d" }, streams: [S({ retention: "3d" })] });
    expect(w.streams[0]?.localRetentionSeconds).toBe(86_400);
  });
  it("no ingress at all: consumer groups 0 from 0 ÷ 0, not NaN", () => {
    const w = parseWorkload({ streams: [S({ ingress: "0 MiB/s", egress: "0 MiB/s" })] });
    expect(w.streams[0]?.consumerGroups).toBe(0);
  });
  it("a missing ingress is a missing field", () => {
    expect(refusal({ streams: [{ name: "orders", partitions: 6 }] })).toEqual([
      'streams.orders.ingress: expected a rate such as "20 MiB/s" (or messagesPerSec), got nothing',
      "missing_field",
    ]);
  });
  it("whether the message size was given, the description, the instance list only when given", () => {
    const w = parseWorkload({
      streams: [S({ messageSize: "2 KiB", description: "orders placed" }), S({ name: "b" })],
    });
    expect(w.streams.map((s) => [s.messageSizeGiven, s.description])).toEqual([
      [true, "orders placed"],
      [false, undefined],
    ]);
    expect("description" in (w.streams[1] ?? {})).toBe(false);
    expect(w.instanceTypes).toBeUndefined();
  });
  it("a list index is a stream's name only under streams; an empty name is shown as its index", () => {
    expect(refusal({ instanceTypes: [5], streams: [S()] })[0]).toBe(
      "instanceTypes.0: expected string, got 5",
    );
    expect(refusal({ streams: [S({ name: "" })] })[0]).toMatch(/^streams\.0\.name: /);
  });
  it("the simulator's build leaves a consistent stream alone and records nothing", () => {
    const adjusted = new Set<string>();
    const parsed = parseWorkloadInput({
      streams: [
        S({
          peakIngress: "20 MiB/s",
          egress: "20 MiB/s",
          peakEgress: "40 MiB/s",
          retention: "2d",
          localRetention: "2d",
          tierReads: "20 MiB/s",
        }),
        S({ name: "b", egress: "5 MiB/s" }),
      ],
    });
    const { workload, problems } = buildWorkloadAdjusted(parsed, adjusted);
    expect([...adjusted]).toEqual([]);
    expect(problems).toEqual([]);
    const s = workload.streams[0];
    expect([
      s?.peakIngressBytesPerSec,
      s?.peakEgressBytesPerSec,
      s?.localRetentionSeconds,
      s?.tierReadBytesPerSec,
    ]).toEqual([20 * MiB, 40 * MiB, 2 * 86_400, 20 * MiB]);
    expect(workload.streams[1]?.peakEgressBytesPerSec).toBe(5 * MiB);
    const rf = buildWorkloadAdjusted(
      parseWorkloadInput({ streams: [S({ replicationFactor: 61 })] }),
      adjusted,
    );
    expect(rf.problems.map((p) => [p.code, p.path])).toEqual([
      ["invalid_input", "streams.orders.replicationFactor"],
    ]);
  });
});

describe("building from parsed input", () => {
  it("buildWorkload returns the rules the numbers break as problems, named by stream", () => {
    const { workload, problems } = buildWorkload(
      parseWorkloadInput({ streams: [S({ peakIngress: "5 MiB/s" })] }),
    );
    expect(workload.streams[0]?.peakIngressBytesPerSec).toBe(5 * MiB);
    expect(problems).toEqual([
      {
        code: "invalid_input",
        path: "streams.orders.peakIngress",
        message: "expected at least ingress (10 MiB/s), got 5 MiB/s",
      },
    ]);
  });
  it("buildWorkloadAdjusted moves each dependent field to the nearest consistent value and names it", () => {
    const adjusted = new Set<string>();
    const parsed = parseWorkloadInput({
      streams: [
        S({
          peakIngress: "5 MiB/s",
          egress: "20 MiB/s",
          peakEgress: "10 MiB/s",
          retention: "2d",
          localRetention: "1d",
          tierReads: "30 MiB/s",
        }),
      ],
    });
    const { workload, problems } = buildWorkloadAdjusted(parsed, adjusted);
    expect(problems).toEqual([]);
    expect([...adjusted]).toEqual([
      "streams.orders.peakIngress",
      "streams.orders.peakEgress",
      "streams.orders.localRetention",
      "streams.orders.tierReads",
    ]);
    const s = workload.streams[0];
    expect([
      s?.peakIngressBytesPerSec,
      s?.peakEgressBytesPerSec,
      s?.localRetentionSeconds,
      s?.tierReadBytesPerSec,
    ]).toEqual([10 * MiB, 20 * MiB, 2 * 86_400, 20 * MiB]);
    // A local retention above retention is moved down to it too; other problems are still returned.
    const more = new Set<string>();
    const r = buildWorkloadAdjusted(
      parseWorkloadInput({
        streams: [S({ retention: "4d", localRetention: "5d", replicationFactor: 1000 })],
      }),
      more,
    );
    expect([...more]).toEqual(["streams.orders.localRetention"]);
    expect(r.workload.streams[0]?.localRetentionSeconds).toBe(4 * 86_400);
    expect(r.problems.map((p) => p.path)).toEqual(["streams.orders.replicationFactor"]);
    expect(adjustedPath("b", "tierReads")).toBe("streams.b.tierReads");
  });
  it("a parse error from parseWorkloadInput is the same one-line InputError", () => {
    expect(() => parseWorkloadInput({ streams: [] })).toThrow(InputError);
    expect(thrownInputError(() => parseWorkloadInput({ streams: [] })).message).toBe(
      "streams: expected at least 1 item(s), got none",
    );
  });
});
