// extractDistributions field by field: the record kept for each distribution (path, field, kind,
// whole-number flag, stream index only for streams, median), stream labels when a stream has no
// name, the single-stream shorthand, inputs that are not objects, and the path named when a
// distribution sits where none is allowed. Complements test/simulate/distribution.test.ts.
import { describe, expect, it } from "vitest";
import { extractDistributions } from "../../src/model/distribution.js";
import { CLUSTER_FIELDS } from "../../src/model/workload-fields.js";

const MiB = 1024 ** 2;
const uniform = (min: unknown, max: unknown) => ({ dist: "uniform", min, max });
const STRAY =
  "this field cannot be a distribution; distributions are allowed on numeric workload fields only";

describe("extractDistributions", () => {
  it("an input that is not an object is returned as it is, with no distributions", () => {
    for (const raw of [5, null, "x", [uniform(1, 2)]])
      expect(extractDistributions(raw)).toEqual({ input: raw, distributions: [] });
  });
  it("a cluster-wide field: its record has no stream index; the caller's nested object is left as it was", () => {
    const targets = { storageHeadroom: uniform(1.5, 2.5), other: 1 };
    const raw = { region: "us-east-1", targets };
    const { input, distributions } = extractDistributions(raw);
    expect(distributions).toEqual([
      {
        path: "targets.storageHeadroom",
        field: "targets.storageHeadroom",
        kind: CLUSTER_FIELDS["targets.storageHeadroom"].kind,
        integer: false,
        distribution: { dist: "uniform", min: 1.5, max: 2.5 },
        median: 2, // (1.5 + 2.5) / 2
      },
    ]);
    expect(input).toEqual({ region: "us-east-1", targets: { storageHeadroom: 2, other: 1 } });
    expect(raw.targets).toBe(targets);
    expect(targets.storageHeadroom).toEqual(uniform(1.5, 2.5));
  });
  it("a cluster field's parent that is not an object is left alone (and a distribution inside it is a stray)", () => {
    expect(extractDistributions({ targets: 5 }).input).toEqual({ targets: 5 });
    expect(() => extractDistributions({ targets: [uniform(1, 2)] })).toThrow(`targets.0: ${STRAY}`);
  });
  it("streams: labelled by name, else by index; each record names the field, its kind and whole-number flag", () => {
    const raw = {
      streams: [
        "not a stream",
        { ingress: uniform("2 MiB/s", "4 MiB/s") },
        { name: "", partitions: uniform(10, 13) },
        { name: "orders", messageSize: uniform("1 KiB", "3 KiB") },
      ],
    };
    const { input, distributions } = extractDistributions(raw);
    expect(distributions.map((d) => [d.path, d.field, d.kind, d.integer, d.median, d.streamIndex])).toEqual([
      ["streams.1.ingress", "ingress", "rate", false, 3 * MiB, 1],
      ["streams.2.partitions", "partitions", "count", true, 12, 2], // 11.5 rounds up to 12 partitions
      ["streams.orders.messageSize", "messageSize", "size", false, 2048, 3],
    ]);
    expect((input as { streams: unknown[] }).streams).toEqual([
      "not a stream",
      { ingress: `${3 * MiB} B/s` },
      { name: "", partitions: 12 },
      { name: "orders", messageSize: "2048 B" },
    ]);
    expect(raw.streams[1]).toEqual({ ingress: uniform("2 MiB/s", "4 MiB/s") });
  });
  it("the single-stream shorthand at the root: stream index 0", () => {
    const { input, distributions } = extractDistributions({ retention: uniform("1d", "3d") });
    expect(distributions).toEqual([
      {
        path: "retention",
        field: "retention",
        kind: "duration",
        integer: false,
        distribution: { dist: "uniform", min: 86_400, max: 259_200 },
        median: 172_800, // two days
        streamIndex: 0,
      },
    ]);
    expect(input).toEqual({ retention: "172800 s" });
  });
  it("a stray distribution is named by its path: stream names, else indexes, then keys", () => {
    expect(() => extractDistributions({ streams: [{ name: "a", extra: { deep: uniform(1, 2) } }] })).toThrow(
      `streams.a.extra.deep: ${STRAY}`,
    );
    expect(() => extractDistributions({ streams: [{ name: 7, color: uniform(1, 2) }] })).toThrow(
      `streams.0.color: ${STRAY}`,
    );
    expect(() => extractDistributions({ list: [1, [uniform(1, 2)]] })).toThrow(`list.1.0: ${STRAY}`);
    expect(extractDistributions({ list: [1, { notDist: 1 }] }).input).toEqual({ list: [1, { notDist: 1 }] });
  });
});
