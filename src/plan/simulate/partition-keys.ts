/**
 * Axis-factored sweeping (issue #14): along an axis that changes only partition counts (the
 * fastest axis of a grid such as `--vary peakIngress=… --vary partitions=…`), most MSK options'
 * results change only at a few break points, so a sweep re-evaluates an option only where its
 * result can change and keeps its row elsewhere — the same row, hence the same bytes.
 *
 * The facts relied on (each the sizer's own arithmetic, src/model/sizing/*.ts; the rest of the
 * workload held fixed, which the sweep guarantees by resetting whenever another axis moves):
 * - Standard and standard-tiered read the partition counts only through the partition replicas,
 *   and those only through the brokers each type needs for them, `brokersFor(replicas,
 *   partitionsPerBroker(recommended, target, maximum))` (sizeStandardAt): when that count is the
 *   same for the (recommended, maximum) pair of every type the planner may size (its allow-list),
 *   every such type sizes the same, so the choice and its price are the same.
 * - Express reads them through `brokersFor(partitions × 3, partitionsPerBroker(…))` per size
 *   (expressBrokers) and through its per-partition ingress limit (a rule it breaks or not).
 * - Serverless and the alternatives are evaluated every scenario (Serverless prices partitions).
 * test/simulate/partition-keys.property.test.ts holds a factored sweep equal to planner.evaluate()
 * on random grids and workloads.
 */
import { BYTES_PER_MB } from "../../model/conventions.js";
import type { Demand } from "../../model/demand.js";
import { EXPRESS_MAX_PARTITION_MBPS, EXPRESS_REPLICATION_FACTOR } from "../../model/quotas.js";
import { brokersFor, partitionsPerBroker } from "../../model/sizing/common.js";
import { expressCapacities } from "../../model/sizing/express.js";
import { standardCapacities } from "../../model/sizing/standard.js";
import type { Workload } from "../../model/workload.js";
import type { OptionId } from "../types.js";

/** How an option's result depends on the partition counts: 0 any change, 1 Standard's key, 2 Express's. */
const KIND: Partial<Record<OptionId, number>> = { standard: 1, "standard-tiered": 1, express: 2 };

/**
 * The distinct (recommended, maximum) partitions per broker of the instance types the planner may
 * size, as pairs: a type it never sizes cannot change a row (the default leaves out the burstable
 * kafka.t3.small, whose 300 partitions per broker would otherwise mark a break point every 300
 * partition replicas).
 */
function distinctPairs(
  types: readonly { name: string; recommendedPartitions: number; maxPartitions: number }[],
  allowed: ReadonlySet<string>,
): number[] {
  const out: number[] = [];
  for (const t of types) {
    if (!allowed.has(t.name)) continue;
    let seen = false;
    for (let j = 0; j < out.length && !seen; j += 2)
      seen = out[j] === t.recommendedPartitions && out[j + 1] === t.maxPartitions;
    if (!seen) out.push(t.recommendedPartitions, t.maxPartitions);
  }
  return out;
}

const STANDARD_TYPES = standardCapacities();
const EXPRESS_TYPES = expressCapacities();
const EXPRESS_PARTITION_LIMIT = EXPRESS_MAX_PARTITION_MBPS * BYTES_PER_MB;

/**
 * Per option of a sweep, whether the scenario just derived can change its row since the last
 * scenario: {@link reset} when anything but the partition counts changed (every row is evaluated
 * again), then {@link update} per scenario fills {@link skip} (1: the row stands).
 */
export class PartitionKeys {
  /** Per option: 1 when its row from the previous scenario stands. */
  readonly skip: Uint8Array;
  private readonly kinds: Uint8Array;
  private readonly standardPairs: number[];
  private readonly expressPairs: number[];
  private readonly standardPerBroker: Float64Array;
  private readonly expressPerBroker: Float64Array;
  private readonly standardKey: Float64Array;
  private readonly expressKey: Float64Array;
  private valid = false;

  /** `instanceTypes`: the broker types the planner sizes (its allow-list, resolved). */
  constructor(options: readonly OptionId[], instanceTypes: readonly string[]) {
    this.kinds = Uint8Array.from(options, (o) => KIND[o] ?? 0);
    this.skip = new Uint8Array(options.length);
    const allowed = new Set(instanceTypes);
    this.standardPairs = distinctPairs(STANDARD_TYPES, allowed);
    this.expressPairs = distinctPairs(EXPRESS_TYPES, allowed);
    this.standardPerBroker = new Float64Array(this.standardPairs.length / 2);
    this.expressPerBroker = new Float64Array(this.expressPairs.length / 2);
    this.standardKey = new Float64Array(this.standardPairs.length / 2);
    this.expressKey = new Float64Array(this.expressPairs.length / 2 + 1);
  }

  /** Whether any option can keep its row (else a sweep need not derive keys at all). */
  get useful(): boolean {
    return this.kinds.some((k) => k !== 0);
  }

  /** Everything may have changed: the next {@link update} evaluates every option. */
  invalidate(): void {
    this.valid = false;
  }

  /**
   * The scenario `w` (demand `d`) differs from the previous one at most in partition counts
   * (unless {@link invalidate} was called since): set {@link skip} per option.
   */
  update(w: Workload, d: Demand): Uint8Array {
    const skip = this.skip;
    if (!this.valid) {
      const share = w.targets.maxUtilisation.partitions;
      perBroker(this.standardPairs, share, this.standardPerBroker);
      perBroker(this.expressPairs, share, this.expressPerBroker);
    }
    const standardSame = refresh(this.standardPerBroker, d.partitionReplicas, this.standardKey);
    const expressSame = refresh(
      this.expressPerBroker,
      d.partitions * EXPRESS_REPLICATION_FACTOR,
      this.expressKey,
    );
    const last = this.expressKey.length - 1;
    const breaks = d.maxPeakIngressPerPartitionBytesPerSec > EXPRESS_PARTITION_LIMIT ? 1 : 0;
    const breaksSame = this.expressKey[last] === breaks;
    this.expressKey[last] = breaks;
    const kinds = this.kinds;
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[i];
      skip[i] = this.valid && ((k === 1 && standardSame) || (k === 2 && expressSame && breaksSame)) ? 1 : 0;
    }
    this.valid = true;
    return skip;
  }
}

/** Partition replicas per broker for each (recommended, maximum) pair at the partitions target. */
function perBroker(pairs: readonly number[], share: number, out: Float64Array): void {
  for (let j = 0; j < out.length; j++)
    out[j] = partitionsPerBroker(pairs[2 * j] as number, share, pairs[2 * j + 1] as number);
}

/** Brokers the replicas need at each capacity, into `key`; whether every count is as before. */
function refresh(capacity: Float64Array, replicas: number, key: Float64Array): boolean {
  let same = true;
  for (let j = 0; j < capacity.length; j++) {
    const n = brokersFor(replicas, capacity[j] as number);
    if (n !== key[j]) {
      key[j] = n;
      same = false;
    }
  }
  return same;
}
