// Shared by the alternatives' word-for-word tests: one option evaluated for a raw workload (730 h,
// the workload's region), and two Kinesis streams whose read mode is worked by hand. Plain data and
// a function: nothing here runs while a test file loads.
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { type AlternativeInputs, evaluateAlternatives } from "../../src/plan/alternatives/index.js";
import type { AlternativeOptionId, OptionResult } from "../../src/plan/types.js";

export function one(raw: unknown, id: AlternativeOptionId, inputs?: AlternativeInputs): OptionResult {
  const workload = parseWorkload(raw);
  const [r] = evaluateAlternatives(
    { workload, demand: deriveDemand(workload), hours: 730, region: workload.region, inputs },
    [id],
  );
  return r as OptionResult;
}

/**
 * 1,000 records/s of 10 B, 20 groups, 8 days: 1 write shard (1,000 records/s); shared reads need
 * ⌈20 × 1,000 ÷ 2,000⌉ = 10 shards. Per hour: shared 10 × ($0.015 + $0.02 extended) = $0.35;
 * fan-out 1 × $0.035 + 20 consumer-shard-hours × $0.015 = $0.335, + 20 × 10 kB/s × 3,600 s =
 * 0.72 GB ≈ 0.67 GiB × $0.013 = $0.0087: fan-out is cheaper.
 */
export const TINY = {
  name: "tiny",
  messagesPerSec: 1000,
  messageSize: "10 B",
  consumerGroups: 20,
  partitions: 4,
  retention: "8d",
};
/** 1 MB/s of 1 kB records, one group: 1 shard, shared reads (nothing to choose). */
export const BIG = { name: "big", ingress: "1 MB/s", messageSize: "1 kB", partitions: 4, retention: "1d" };
