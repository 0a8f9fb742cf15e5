/**
 * The demand sums of a workload with one stream replaced, in time that does not grow with the
 * number of streams for most of the work: sensitivity moves one field of one stream at a time,
 * (streams × fields) scenarios, and summing every stream after the changed one again made it
 * quadratic.
 *
 * Bit for bit the sums src/model/derive-demand.ts addStreams makes over the changed stream list:
 * - each stream's own terms are that function's sums over the stream alone (0 + x is x, and a
 *   maximum over one value from 0 is the value or 0), so no demand arithmetic is written here;
 * - a running sum (floating point: the order of additions matters) whose term the change leaves
 *   bit-identical is the base workload's total, since the same numbers are added in the same order;
 *   one whose term changed resumes from the sum before the stream and adds the following streams'
 *   terms in order, from one column of numbers (a tight loop instead of a pass over stream records
 *   computing every figure again). A term addStreams skips (the tier's, for a stream not tiered)
 *   is a 0 here, and adding 0 to a sum that starts at 0 leaves it unchanged;
 * - a maximum (and the `tiered` flag, an "or") is the same whatever the order: the maximum before the
 *   stream, the stream's own and the one after it.
 * test/simulate/one-stream-sums.property.test.ts holds this equal to addStreams (Object.is) on
 * random workloads, every stream replaced.
 */
import { addStreams, type DemandSums, emptySums, resetSums } from "../../model/derive-demand.js";
import type { Workload } from "../../model/workload.js";

type Stream = Workload["streams"][number];
type NumberKey = { [K in keyof DemandSums]: DemandSums[K] extends number ? K : never }[keyof DemandSums];

/** How addStreams folds each number over the streams (a new key fails to compile until placed here). */
const FOLD: Record<NumberKey, "sum" | "max"> = {
  ingress: "sum",
  peakIngress: "sum",
  egress: "sum",
  peakEgress: "sum",
  peakReplication: "sum",
  peakStorageWrite: "sum",
  localStored: "sum",
  fullyLocal: "sum",
  tieredStored: "sum",
  retained: "sum",
  partitions: "sum",
  replicas: "sum",
  maxRf: "max",
  recordsIn: "sum",
  peakRecordsIn: "sum",
  recordsOut: "sum",
  consumerGroups: "max",
  maxRetention: "max",
  maxLocalRetention: "max",
  tierUpload: "sum",
  tierReads: "sum",
  maxInPerPartition: "max",
  maxOutPerPartition: "max",
  maxMessage: "max",
};
const SUMS = (Object.keys(FOLD) as NumberKey[]).filter((k) => FOLD[k] === "sum");
const MAXIMA = (Object.keys(FOLD) as NumberKey[]).filter((k) => FOLD[k] === "max");

export class OneStreamSums {
  private readonly n: number;
  /** prefix[i]: addStreams over streams 0..i-1. */
  private readonly prefix: DemandSums[];
  /** suffix[i]: addStreams over streams i..n-1 (only its maxima and `tiered` are read). */
  private readonly suffix: DemandSums[];
  /** Per stream its own terms; column c of SUMS holds stream j's at c × n + j. */
  private readonly terms: Float64Array;
  private readonly own = emptySums();

  constructor(streams: readonly Stream[]) {
    const n = streams.length;
    this.n = n;
    this.prefix = [emptySums()];
    for (let i = 0; i < n; i++)
      this.prefix.push(addStreams({ ...(this.prefix[i] as DemandSums) }, streams as Stream[], i, i + 1));
    this.suffix = new Array<DemandSums>(n + 1);
    this.suffix[n] = emptySums();
    for (let i = n - 1; i >= 0; i--)
      this.suffix[i] = addStreams({ ...(this.suffix[i + 1] as DemandSums) }, streams as Stream[], i, i + 1);
    this.terms = new Float64Array(SUMS.length * n);
    const one = emptySums();
    for (let j = 0; j < n; j++) {
      addStreams(resetSums(one), streams as Stream[], j, j + 1);
      SUMS.forEach((k, c) => {
        this.terms[c * n + j] = one[k];
      });
    }
  }

  /** The sums over the streams with stream `index` replaced by `changed` (a new record). */
  with(index: number, changed: Stream): DemandSums {
    const { n, terms } = this;
    const own = addStreams(resetSums(this.own), [changed]);
    const before = this.prefix[index] as DemandSums;
    const after = this.suffix[index + 1] as DemandSums;
    const total = this.prefix[n] as DemandSums;
    const out = emptySums();
    for (let c = 0; c < SUMS.length; c++) {
      const k = SUMS[c] as NumberKey;
      const term = own[k];
      if (Object.is(term, terms[c * n + index])) {
        out[k] = total[k];
        continue;
      }
      let acc = before[k] + term;
      for (let j = c * n + index + 1, end = (c + 1) * n; j < end; j++) acc += terms[j] as number;
      out[k] = acc;
    }
    for (const k of MAXIMA) {
      let m = before[k];
      if (own[k] > m) m = own[k];
      if (after[k] > m) m = after[k];
      out[k] = m;
    }
    out.tiered = before.tiered || own.tiered || after.tiered;
    return out;
  }
}
