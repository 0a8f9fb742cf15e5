import { describe, expect, expectTypeOf, test } from "vitest";
import { InputError } from "../../src/model/errors.js";
import type { Workload } from "../../src/model/workload.js";
import { parseWorkload, WORKLOAD_DEFAULTS, workloadJsonSchema } from "../../src/model/workload-schema.js";

const MiB = 2 ** 20;
const DAY = 86_400;

/** The minimal file of issue #4. */
const ISSUE_EXAMPLE = {
  region: "us-east-1",
  azs: 3,
  streams: [
    {
      name: "orders",
      ingress: "20 MiB/s",
      peakIngress: "60 MiB/s",
      egress: "40 MiB/s",
      peakEgress: "120 MiB/s",
      partitions: 600,
      replicationFactor: 3,
      retention: "7d",
      localRetention: "1d",
    },
  ],
};

function errorOf(raw: unknown): InputError {
  try {
    parseWorkload(raw);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

function oneStream(fields: Record<string, unknown>) {
  return { streams: [{ name: "orders", ingress: "5 MiB/s", partitions: 3, ...fields }] };
}

describe("parseWorkload", () => {
  test("the issue's minimal file parses into canonical units", () => {
    const w = parseWorkload(ISSUE_EXAMPLE);
    expectTypeOf(w).toEqualTypeOf<Workload>();
    const s = w.streams[0];
    expect(s).toMatchObject({
      name: "orders",
      ingressBytesPerSec: 20 * MiB,
      peakIngressBytesPerSec: 60 * MiB,
      egressBytesPerSec: 40 * MiB,
      peakEgressBytesPerSec: 120 * MiB,
      partitions: 600,
      replicationFactor: 3,
      retentionSeconds: 7 * DAY,
      localRetentionSeconds: DAY,
      localRetentionGiven: true,
      consumerGroups: 2,
    });
  });

  test("defaults are applied and echoed", () => {
    const w = parseWorkload({ streams: [{ name: "s", ingress: "10 MiB/s", partitions: 6 }] });
    expect(w.region).toBe(WORKLOAD_DEFAULTS.region);
    expect(w.azs).toBe(3);
    expect(w.clientConnections).toBe(100);
    expect(w.sizingModel).toBe("blog");
    expect(w.targets).toEqual({
      maxUtilisation: { standard: 0.5, express: 1, partitions: 1 },
      storageHeadroom: 2,
      tolerateAzLoss: true,
      fetchFromNearestReplica: false,
      tieredLocalRetentionSeconds: DAY,
    });
    const s = w.streams[0];
    // peak = average; egress = 1 consumer group × ingress; RF 3; retention 7d; tiered default 1d local.
    expect(s?.peakIngressBytesPerSec).toBe(10 * MiB);
    expect(s?.egressBytesPerSec).toBe(10 * MiB);
    expect(s?.peakEgressBytesPerSec).toBe(10 * MiB);
    expect(s?.replicationFactor).toBe(3);
    expect(s?.retentionSeconds).toBe(7 * DAY);
    expect(s?.localRetentionSeconds).toBe(DAY);
    expect(s?.localRetentionGiven).toBe(false);
    expect(s?.messageSizeBytes).toBe(1024);
  });

  test("a stream with retention under 3 days is not tiered by default (docs/sizing-model.md)", () => {
    const s = parseWorkload(oneStream({ retention: "2d" })).streams[0];
    expect(s?.localRetentionSeconds).toBe(2 * DAY);
  });

  test("ingress from messages/s × message size ÷ compression ratio; egress from consumer groups", () => {
    const s = parseWorkload({
      streams: [
        {
          name: "c",
          messagesPerSec: 20000,
          messageSize: "1 KiB",
          compressionRatio: 4,
          consumerGroups: 2,
          partitions: 12,
        },
      ],
    }).streams[0];
    expect(s?.ingressBytesPerSec).toBe((20000 * 1024) / 4);
    expect(s?.egressBytesPerSec).toBe((2 * 20000 * 1024) / 4);
  });

  test("percentages and fractions for targets", () => {
    const w = parseWorkload({
      ...oneStream({}),
      targets: { maxUtilisation: { standard: "60%", express: 0.8 }, tolerateAzLoss: false },
    });
    expect(w.targets.maxUtilisation.standard).toBeCloseTo(0.6, 12);
    expect(w.targets.maxUtilisation.express).toBe(0.8);
    expect(w.targets.tolerateAzLoss).toBe(false);
  });
});

describe("bad workloads: one line naming the field", () => {
  const cases: [string, unknown, string][] = [
    [
      "negative throughput",
      oneStream({ ingress: "-5 MiB/s" }),
      'streams.orders.ingress: expected a non-negative rate, got "-5 MiB/s"',
    ],
    [
      "a duration without a unit",
      oneStream({ retention: 7 }),
      'streams.orders.retention: expected a duration with a unit such as "7d" or "24h", got 7',
    ],
    [
      "peak below average",
      oneStream({ peakIngress: "1 MiB/s" }),
      "streams.orders.peakIngress: expected at least ingress (5 MiB/s), got 1 MiB/s",
    ],
    [
      "peak egress below egress",
      oneStream({ egress: "10 MiB/s", peakEgress: "2 MiB/s" }),
      "streams.orders.peakEgress: expected at least egress (10 MiB/s), got 2 MiB/s",
    ],
    [
      "local retention above retention",
      oneStream({ localRetention: "8d" }),
      "streams.orders.localRetention: expected at most retention (7d), got 8d",
    ],
    [
      "tiered retention under 3 days",
      oneStream({ retention: "2d", localRetention: "1d" }),
      "streams.orders.retention: tiered storage",
    ],
    [
      "RF above the broker quota",
      oneStream({ replicationFactor: 61 }),
      "streams.orders.replicationFactor: expected at most 60",
    ],
    [
      "RF 1 with AZ-loss tolerance",
      oneStream({ replicationFactor: 1 }),
      "streams.orders.replicationFactor: expected at least 2",
    ],
    ["AZ count", { ...oneStream({}), azs: 4 }, "azs: expected 2 or 3, got 4"],
    ["unknown field", oneStream({ retentionDays: 3 }), "streams.orders.retentionDays: unknown field"],
    ["unknown top-level field", { ...oneStream({}), brokers: 3 }, "brokers: unknown field"],
    [
      "missing partitions",
      { streams: [{ name: "orders", ingress: "5 MiB/s" }] },
      "streams.orders.partitions: required, got nothing",
    ],
    [
      "missing ingress",
      { streams: [{ name: "orders", partitions: 3 }] },
      "streams.orders.ingress: expected a rate",
    ],
    [
      "both ingress and messages/s",
      oneStream({ messagesPerSec: 10 }),
      "streams.orders.messagesPerSec: give ingress or messagesPerSec",
    ],
    [
      "a rate without a unit",
      oneStream({ ingress: 5 }),
      'streams.orders.ingress: expected a rate with a unit such as "50 MiB/s"',
    ],
    [
      "fractional partitions",
      oneStream({ partitions: 2.5 }),
      "streams.orders.partitions: expected a whole number, got 2.5",
    ],
    [
      "duplicate names",
      {
        streams: [
          { name: "a", ingress: "1 MiB/s", partitions: 3 },
          { name: "a", ingress: "1 MiB/s", partitions: 3 },
        ],
      },
      'streams.a.name: duplicate stream name "a"',
    ],
    [
      "unknown sizing model",
      { ...oneStream({}), sizingModel: "guess" },
      'sizingModel: expected one of "blog", "aws-script", got "guess"',
    ],
    ["no streams", { streams: [] }, "streams: expected at least 1 item(s), got none"],
    [
      "utilisation above 100%",
      { ...oneStream({}), targets: { maxUtilisation: { standard: "150%" } } },
      "targets.maxUtilisation.standard: expected a fraction in (0, 1]",
    ],
  ];
  test.each(cases)("%s", (_name, raw, start) => {
    const e = errorOf(raw);
    expect(e.exitCode).toBe(2);
    expect(e.message.startsWith(start), e.message).toBe(true);
    expect(e.message).not.toContain("\n");
  });

  test("a stream without a name is named by its index", () => {
    expect(errorOf({ streams: [{ ingress: "x", partitions: 3 }] }).message).toMatch(/^streams\.0\./);
  });
});

test("the JSON Schema comes from the input schema: fields, types, no extra keys", () => {
  const s = workloadJsonSchema() as {
    properties: Record<string, unknown>;
    required: string[];
    additionalProperties: boolean;
  };
  expect(Object.keys(s.properties).sort()).toEqual([
    "azs",
    "clientConnections",
    "instanceTypes",
    "region",
    "sizingModel",
    "streams",
    "targets",
  ]);
  expect(s.required).toEqual(["streams"]);
  expect(s.additionalProperties).toBe(false);
  const stream = (
    s.properties.streams as { items: { properties: Record<string, unknown>; required: string[] } }
  ).items;
  expect(stream.required.sort()).toEqual(["name", "partitions"]);
  expect(Object.keys(stream.properties)).toContain("peakIngress");
});
