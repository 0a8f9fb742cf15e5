// The whole result of each feasible MSK option for the small one-stream workload in us-east-1
// (configuration, problems, notes: what `plan --json` and the report show beside the numbers), and
// Express's fixed-RF note and closest configuration at exactly the quota. Issue #16: these were
// pinned only by CLI tests, which mutation testing cannot see.
import { describe, expect, it } from "vitest";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { smallWorkload } from "./small-stream.js";

const R = "us-east-1";
const planned = (raw: Record<string, unknown>, id: string) =>
  preparePlanner({ catalog: bundledCatalog(), region: R })
    .plan(parseWorkload(raw))
    .options.find((o) => o.option === id) as OptionResult;

const STORAGE_NOTE =
  "storage billed on one copy of the full retention, data written on producer bytes (an assumption, as the AWS MSK sizing script (agent toolkit for AWS) bills it)";

describe("1 MiB/s in, 30 partitions, 3 days: the feasible results in full", () => {
  it("serverless: one cluster of 30 partitions, no problems, its two notes", () => {
    const o = planned(smallWorkload(R), "serverless");
    expect(o.family).toBe("msk");
    expect(o.configuration).toEqual({ clusters: 1, partitions: 30 });
    expect([o.reasons, o.problems]).toEqual([[], []]);
    expect(o.notes).toEqual([
      "utilisation is the share of each per-cluster quota at peak (per-partition figures assume an even spread)",
      "cross-AZ transfer is not charged separately for Serverless in this model; storage billed on one copy of the retention",
    ]);
  });

  it("express: 3 × express.m7g.large, one per AZ; the blog model's head-room note and the storage note, nothing else", () => {
    const o = planned(smallWorkload(R), "express");
    expect(o.family).toBe("msk");
    expect(o.configuration).toEqual({
      instanceType: "express.m7g.large",
      brokers: 3,
      brokersPerAz: 1,
      azs: 3,
      replicationFactor: 3,
    });
    expect([o.reasons, o.problems]).toEqual([[], []]);
    expect(o.notes).toEqual([
      "sized at 100% (targets.maxUtilisation.express) of AWS's recommended sustained throughput per Express broker at peak; those rates already leave the head-room for one AZ lost below the enforced maximum (maximum ingress = 1.5 × recommended), so no AZ-loss factor is added (docs/express-headroom.md)",
      STORAGE_NOTE,
    ]);
  });

  it("express: 100 MB/s in needs 100 ÷ 15.6 = 6.4 → 9 brokers, 3 per AZ", () => {
    const o = planned(
      { region: R, streams: [{ name: "s", ingress: "100 MB/s", partitions: 30 }] },
      "express",
    );
    expect(o.configuration).toMatchObject({ brokers: 9, brokersPerAz: 3 });
  });
});

describe("Express's fixed RF 3", () => {
  it("one stream at RF 2 among RF 3 streams: the RF note is added (once)", () => {
    const base = { ingress: "1 MiB/s", partitions: 6 };
    const notes = (rfs: number[]) =>
      planned(
        { region: R, streams: rfs.map((rf, i) => ({ ...base, name: `s${i}`, replicationFactor: rf })) },
        "express",
      ).notes;
    const RF_NOTE =
      "Express replicates every partition 3 ways (RF fixed at 3); streams asking a lower RF get 3";
    expect(notes([3, 2])).toEqual([expect.any(String), RF_NOTE, STORAGE_NOTE]);
    expect(notes([2, 3])).toContain(RF_NOTE);
    expect(notes([3, 3])).not.toContain(RF_NOTE);
  });
});

describe("Express's closest configuration lists only the resources needing more than 60 brokers", () => {
  it("exactly 60 brokers for ingress, partitions and connections, 90 for egress: only brokers and egress are named", () => {
    // express.m7g.16xlarge: ingress 30,000 ÷ 500 = 60; replicas 400,000 × 3 ÷ 20,000 = 60;
    // connections 120,000 × 1.5 ÷ 3,000 = 60; egress 3 × 30,000 ÷ 1,000 = 90 > 60.
    const o = planned(
      {
        region: R,
        clientConnections: 120_000,
        streams: [
          { name: "s", ingress: "30000 MB/s", consumerGroups: 3, partitions: 400_000, replicationFactor: 3 },
        ],
      },
      "express",
    );
    expect(o.configuration).toEqual({
      instanceType: "express.m7g.16xlarge",
      brokers: 60,
      brokersNeeded: 90,
      azs: 3,
    });
    expect(o.reasons).toEqual([
      "brokers needed 90 > 60 (broker quota per cluster) for express.m7g.16xlarge",
      "peak egress per broker 1,500 MBps > 1,000 MBps (sustained egress limit) for express.m7g.16xlarge × 60 brokers",
    ]);
  });
});

describe("standard-tiered when no stream can tier", () => {
  it("7 days all kept locally: the rule (a localRetention below retention), not a retention below 3 days", () => {
    const o = planned(
      {
        region: R,
        streams: [{ name: "s", ingress: "1 MiB/s", partitions: 6, retention: "7d", localRetention: "7d" }],
      },
      "standard-tiered",
    );
    expect([o.feasible, o.configuration, o.monthlyUsd, o.notes]).toEqual([false, null, null, []]);
    expect(o.reasons).toEqual([
      "no stream can use tiered storage: each keeps all of its retention locally (give a localRetention below retention): retention 7 days, rule 3 days",
    ]);
  });

  it("the longest retention decides: 1 hour and 2 days, both below 3 days, name 2 days", () => {
    const o = planned(
      {
        region: R,
        streams: [
          { name: "a", ingress: "1 MiB/s", partitions: 6, retention: "1h" },
          { name: "b", ingress: "1 MiB/s", partitions: 6, retention: "2d" },
        ],
      },
      "standard-tiered",
    );
    expect(o.reasons).toEqual([
      "retention 2 days < 3 days (tiered storage needs a stream with at least this retention and local retention below it)",
    ]);
  });
});

describe("Standard in 2 AZs", () => {
  it("1 MiB/s kept 7 days on 2 AZs: 4 × kafka.m7g.large, 2 per AZ, 886 GB each, half of the traffic crossing", () => {
    // Brokers: at least RF 3, a multiple of 2 AZs → 4 (the minimum binds).
    // Storage: 1 MiB/s × 604,800 s = 590.625 GiB × RF 3 × head-room 2 = 3,543.75 ÷ 4 = 885.9 → 886 GiB.
    // Cross-AZ with 2 AZs: ½ of 1 MiB/s in + ½ of 1 MiB/s out = 1 MiB/s × 2,628,000 s ÷ 1,024 = 2,566.40625 GB.
    const o = planned(
      { region: R, azs: 2, streams: [{ name: "s", ingress: "1 MiB/s", partitions: 6, retention: "7d" }] },
      "standard",
    );
    expect(o.configuration).toEqual({
      instanceType: "kafka.m7g.large",
      brokers: 4,
      brokersPerAz: 2,
      azs: 2,
      storagePerBrokerGiB: 886,
      provisionedThroughputMiBps: null,
      tieredStorage: false,
    });
    expect(o.lineItems.map((l) => [l.dimension, l.quantity, l.unitPriceUsd])).toEqual([
      ["broker:kafka.m7g.large", 4 * 730, 0.204],
      ["storage", 4 * 886, 0.1],
      ["crossAz", 2566.40625, 0.02],
    ]);
    expect(o.feasible && o.binding).toBe("minimumBrokers");
  });
});

describe("the sizing-model note", () => {
  const notes = (extra: Record<string, unknown>) => {
    const r = preparePlanner({ catalog: bundledCatalog(), region: R }).plan(
      parseWorkload({ ...smallWorkload(R), ...extra }),
    );
    return (id: string) => r.options.find((o) => o.option === id)?.notes[0];
  };
  it("aws-script with no AZ-loss tolerance: the script's factors and rule, all AZs up", () => {
    const n = notes({ sizingModel: "aws-script", targets: { tolerateAzLoss: false } });
    expect(n("standard")).toBe(
      "sized with the AWS msk_sizing.py factors (sizingModel aws-script); utilisation is at peak, all AZs up",
    );
    expect(n("express")).toBe(
      "sized with the Express rule of the AWS MSK sizing script (agent toolkit for AWS) (egress 2.5 × sustained ingress) (sizingModel aws-script); utilisation is at peak, all AZs up",
    );
  });
});
