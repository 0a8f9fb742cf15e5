// PartitionKeys's own contract (src/plan/simulate/partition-keys.ts): per option, skip = 1 exactly
// when its row from the previous scenario stands — never on the first scenario or after
// invalidate(), never for an option whose row reads the partition counts otherwise (Serverless, the
// alternatives), and for Standard and Express only while the brokers their allowed types' partition
// replicas need (and, for Express, the per-partition ingress rule) stay the same. The sweep tests
// check that a kept row is right; these check that a row is kept where it can be (a sweep that
// evaluates every row again writes the same bytes, only slower).
import { describe, expect, it } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { PartitionKeys } from "../../src/plan/simulate/partition-keys.js";
import type { OptionId } from "../../src/plan/types.js";

const OPTIONS: OptionId[] = ["serverless", "standard", "standard-tiered", "express"];
const ALL_TYPES = [
  "kafka.m5.large",
  "kafka.m5.4xlarge",
  "kafka.m7g.large",
  "express.m7g.large",
  "express.m7g.xlarge",
];

/** One stream of 1 MiB/s (peak 3 MiB/s unless given) with this many partitions (RF 3). */
function scenario(partitions: number, peakIngress = "3 MiB/s") {
  const w = parseWorkload({
    region: "us-east-1",
    streams: [{ name: "s", ingress: "1 MiB/s", peakIngress, partitions, replicationFactor: 3 }],
  });
  return [w, deriveDemand(w)] as const;
}

function flags(keys: PartitionKeys, partitions: number, peakIngress?: string): number[] {
  return Array.from(keys.update(...scenario(partitions, peakIngress)));
}

describe("PartitionKeys: which rows stand", () => {
  it("none on the first scenario; every MSK broker option's on the same partitions again; never Serverless's", () => {
    const keys = new PartitionKeys(OPTIONS, ALL_TYPES);
    expect(flags(keys, 30)).toEqual([0, 0, 0, 0]);
    expect(flags(keys, 30)).toEqual([0, 1, 1, 1]);
    // 31 partitions: 93 replicas need one broker of every type, as 90 did.
    expect(flags(keys, 31)).toEqual([0, 1, 1, 1]);
  });

  it("none after invalidate(), then again from the next scenario", () => {
    const keys = new PartitionKeys(OPTIONS, ALL_TYPES);
    flags(keys, 30);
    keys.invalidate();
    expect(flags(keys, 30)).toEqual([0, 0, 0, 0]);
    expect(flags(keys, 30)).toEqual([0, 1, 1, 1]);
  });

  it("Standard's rows when the brokers a Standard type needs change; Express's when an Express type's do", () => {
    const keys = new PartitionKeys(OPTIONS, ALL_TYPES);
    flags(keys, 1000);
    // 3,000 → 3,003 replicas: kafka.m5.large and m7g.large (1,000 each) 3 → 4 brokers; Express
    // large (1,000 each) too.
    expect(flags(keys, 1001)).toEqual([0, 0, 0, 0]);
    // 3,003 → 3,006: 4 brokers of 1,000 still; at 4,000 (m5.4xlarge) 1; Express xlarge (1,000 at
    // 100 %) 4. Nothing changes.
    expect(flags(keys, 1002)).toEqual([0, 1, 1, 1]);
  });

  it("only the allowed types count: on kafka.m5.4xlarge alone, 3,000 → 3,003 replicas is 1 broker either way", () => {
    const keys = new PartitionKeys(OPTIONS, ["kafka.m5.4xlarge", "express.m7g.large"]);
    flags(keys, 1000);
    // Standard: 3,000 / 4,000 and 3,003 / 4,000 both 1 broker (kafka.m5.large, not allowed, would
    // need 3 then 4). Express large: 3 → 4.
    expect(flags(keys, 1001)).toEqual([0, 1, 1, 0]);
  });

  it("Express's rows when the per-partition ingress rule flips, not otherwise", () => {
    const keys = new PartitionKeys(OPTIONS, ALL_TYPES);
    // 30 MB/s at peak over 2 partitions is 15 MB/s each: exactly the limit (kept).
    flags(keys, 2, "30 MB/s");
    expect(flags(keys, 2, "30 MB/s")).toEqual([0, 1, 1, 1]);
    // Over 1 partition 30 MB/s breaks it; the brokers needed do not change (3 and 6 replicas).
    expect(flags(keys, 1, "30 MB/s")).toEqual([0, 1, 1, 0]);
    expect(flags(keys, 1, "30 MB/s")).toEqual([0, 1, 1, 1]);
    expect(flags(keys, 2, "30 MB/s")).toEqual([0, 1, 1, 0]);
  });

  it("useful: whether any option can keep its row", () => {
    expect(new PartitionKeys(["serverless", "kinesis-on-demand"], ALL_TYPES).useful).toBe(
      false,
    );
    expect(new PartitionKeys(["serverless", "standard"], ALL_TYPES).useful).toBe(true);
    expect(new PartitionKeys(["express"], ALL_TYPES).useful).toBe(true);
    expect(new PartitionKeys([], ALL_TYPES).useful).toBe(false);
  });
});
