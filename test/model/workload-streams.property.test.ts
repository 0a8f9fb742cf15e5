// Law: the fast streams reader (src/model/workload-streams.ts) changes nothing — parseWorkloadInput
// returns exactly what the zod schema alone returns (values, and keys in the same order), and
// fails exactly when the schema fails, with the same problems — over random streams lists mixing
// valid values, wrong types, bad units, out-of-range numbers, unknown and missing keys.
// Seeded by the suite's one fast-check seed (test/setup/fast-check.ts; FC_SEED=N replays).
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { LIMITS } from "../../src/model/limits.js";
import { parseWorkloadInput, WorkloadInput } from "../../src/model/workload-schema.js";

const GOOD: Record<string, unknown[]> = {
  name: ["orders", "s1", "é"],
  description: ["order events", ""],
  ingress: ["1 MiB/s", "20MiB/s", "0.5 MB/s", "3 GiB/s"],
  peakIngress: ["2 MiB/s", "30 MiB/s"],
  messagesPerSec: [1000, "20000", 0.5],
  messageSize: ["1 KiB", "200 B"],
  egress: ["2 MiB/s", "0 MiB/s"],
  peakEgress: ["4 MiB/s"],
  consumerGroups: [1, 2.5, "3"],
  partitions: [1, 30, "600"],
  replicationFactor: [2, 3],
  retention: ["7d", "12h", "1d"],
  localRetention: ["1d", "3d"],
  compressionRatio: [1, 4],
  tierReads: ["2 TiB/month", "1 MiB/s"],
};
const BAD: unknown[] = [
  1048576,
  true,
  null,
  "",
  "abc",
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  [],
  {},
  "7 parsecs",
  0.5,
  "1e400 MiB/s",
];
const KEYS = Object.keys(GOOD);

const streamArb = fc
  .record({
    present: fc.subarray(KEYS, { minLength: 0 }),
    picks: fc.array(fc.nat(), { minLength: KEYS.length, maxLength: KEYS.length }),
    // Each stream rarely broken, so that whole lists are often valid (and take the fast path).
    bad: fc.oneof(
      { arbitrary: fc.constant(null), weight: 15 },
      { arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...BAD)), weight: 1 },
    ),
    unknown: fc.oneof(
      { arbitrary: fc.constant(null), weight: 30 },
      { arbitrary: fc.constant("ingres"), weight: 1 },
    ),
    must: fc.oneof(
      { arbitrary: fc.constant(true), weight: 15 },
      { arbitrary: fc.constant(false), weight: 1 },
    ),
  })
  .map(({ present, picks, bad, unknown, must }) => {
    const s: Record<string, unknown> = {};
    // Mostly valid streams: name and partitions present, as files have them.
    const keys = must ? [...new Set(["name", "partitions", ...present])] : present;
    for (const k of KEYS)
      if (keys.includes(k)) {
        const pool = GOOD[k] as unknown[];
        s[k] = pool[(picks[KEYS.indexOf(k)] as number) % pool.length];
      }
    if (bad) s[bad[0]] = bad[1];
    if (unknown) s[unknown] = "x";
    return s;
  });

const workloadArb = fc.record({
  streams: fc.array(streamArb, { minLength: 2, maxLength: 5 }),
  azs: fc.constantFrom(2, 3, 3, 3, 3, 3, 4),
});

function zodOnly(raw: unknown) {
  return WorkloadInput.safeParse(raw);
}

describe("fast streams reader", () => {
  test("law: parseWorkloadInput equals the zod schema alone — values, key order, success and problems", () => {
    let fast = 0;
    fc.assert(
      fc.property(workloadArb, (raw) => {
        const z = zodOnly(raw);
        if (z.success) {
          fast++;
          const got = parseWorkloadInput(raw);
          expect(got).toStrictEqual(z.data);
          expect(JSON.stringify(got)).toBe(JSON.stringify(z.data));
        } else {
          let err: unknown;
          try {
            parseWorkloadInput(raw);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).problems).toHaveLength(z.error.issues.length);
        }
      }),
      { numRuns: 800 },
    );
    expect(fast).toBeGreaterThan(60); // valid workloads, which take the fast path, are drawn often
  });

  test("every bad value in every field of the second stream: the same failure as the schema alone", () => {
    const ok = { name: "a", ingress: "1 MiB/s", partitions: 3 };
    for (const key of [...KEYS, "ingres"])
      for (const bad of BAD) {
        const raw = { streams: [ok, { ...ok, name: "b", [key]: bad }] };
        const z = zodOnly(raw);
        if (z.success) expect(parseWorkloadInput(raw), `${key}: ${String(bad)}`).toStrictEqual(z.data);
        else expect(() => parseWorkloadInput(raw), `${key}: ${String(bad)}`).toThrow(InputError);
      }
  });

  test(`the streams limit still holds with the reader: ${LIMITS.streams.toLocaleString("en-US")} read, one more refused`, () => {
    const list = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `s${i}`, ingress: "1 MiB/s", partitions: 1 }));
    expect(parseWorkloadInput({ streams: list(LIMITS.streams) }).streams).toHaveLength(LIMITS.streams);
    expect(() => parseWorkloadInput({ streams: list(LIMITS.streams + 1) })).toThrow(
      /^streams: at most 10,000 streams per workload/,
    );
  });
});
