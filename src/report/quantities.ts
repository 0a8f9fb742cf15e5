/**
 * How each line item's billed quantity follows from the workload and the configuration, as a
 * formula over named cells: the knowledge that makes the workbook's costs live. One rule per price
 * dimension, mirroring the calculators in src/pricing (price-standard.ts, price-express.ts,
 * price-serverless.ts, price-addons.ts) and demand derivation (src/model/derive-demand.ts):
 *
 * - `broker:<type>`: brokers × hours (broker-hours)
 * - `storage`: brokers × GiB per broker × hours/730 (GB-months of provisioned EBS)
 * - `pst`: brokers × MiB/s per broker × hours/730 (the full provisioned amount is billed)
 * - `tieredStorage`: Σ over tiered streams (local retention < retention) of ingress × retention
 *   / 2^30 × hours/730: the tier holds the whole retention, one copy (AWS, Tiered storage retention
 *   rules, https://docs.aws.amazon.com/msk/latest/developerguide/msk-tiered-storage-retention-rules.html)
 * - `tieredRetrieval`: Σ over tiered streams of tier reads × 3600 × hours / 2^30 (GB)
 * - `expressDataWritten`, `serverlessDataIn`: Σ ingress × 3600 × hours / 2^30 (GB)
 * - `serverlessDataOut`: Σ egress × 3600 × hours / 2^30
 * - `expressStorage`, `serverlessStorage`: Σ ingress × retention / 2^30 × hours/730
 * - `serverlessCluster`: hours; `serverlessPartition`: Σ partitions × hours
 * - `crossAz`: (ingress + egress × (1 − nearest)) × (azs − 1)/azs × 3600 × hours / 2^30
 * - add-ons and any configured count billed per hour: count × hours
 *
 * A rule may offer more than one candidate (e.g. configuration key spellings); the report model
 * keeps the first whose value reproduces the planner's quantity and otherwise shows the planner's
 * quantity as an editable input, saying so — a formula that disagrees with `plan` is never written.
 */
import type { OptionConfiguration } from "../plan/types.js";
import { N, streamName } from "./assumptions.js";
import { add, div, type Expr, ifLess, mul, num, ref, sub } from "./expr.js";

export interface QuantityContext {
  /** Number of streams in the workload (stream inputs are named stream1_…, stream2_…). */
  streams: number;
  /** Configuration key → defined name of its (numeric) cell on the option sheet. */
  config: ReadonlyMap<string, string>;
  configuration: OptionConfiguration | null;
}

const hours = ref(N.hours);
const months = div(ref(N.hours), ref(N.hoursPerMonth));
const toGB = (bytes: Expr): Expr => div(bytes, ref(N.bytesPerBilledGB));
const mibpsToBps = (name: string): Expr => mul(ref(name), ref(N.bytesPerMiB));
const hoursToSeconds = (name: string): Expr => mul(ref(name), ref(N.secondsPerHour));

function sumStreams(ctx: QuantityContext, f: (i: number) => Expr): Expr {
  const terms: Expr[] = [];
  for (let i = 0; i < ctx.streams; i++) terms.push(f(i));
  return terms.length ? add(...terms) : num(0);
}

const ingressBps = (i: number): Expr => mibpsToBps(streamName(i, "ingress_MiBps"));
const egressBps = (i: number): Expr => mibpsToBps(streamName(i, "egress_MiBps"));
const retentionS = (i: number): Expr => hoursToSeconds(streamName(i, "retention_h"));
const tierReadsBps = (i: number): Expr => mibpsToBps(streamName(i, "tier_reads_MiBps"));
/** `x` for a stream the tiered option tiers (local retention below retention), else 0. */
const ifTiered = (i: number, x: Expr): Expr =>
  ifLess(ref(streamName(i, "local_retention_h")), ref(streamName(i, "retention_h")), x, num(0));

/** Bytes moved over the period at a total rate of `bps` bytes/s. */
const overPeriod = (bps: Expr): Expr => mul(bps, ref(N.secondsPerHour), hours);

/** The first configuration cell among `keys` (the planner's spellings), or undefined. */
function cfg(ctx: QuantityContext, ...keys: string[]): Expr | undefined {
  for (const k of keys) {
    const n = ctx.config.get(k);
    if (n) return ref(n);
  }
  return undefined;
}

const BROKERS = ["brokers", "brokerCount"];

/** Candidate quantity formulas for a line item's dimension, best first. */
export function quantityCandidates(dimension: string, ctx: QuantityContext): Expr[] {
  const out: (Expr | undefined)[] = [];
  const brokers = cfg(ctx, ...BROKERS);
  const totalIngress = sumStreams(ctx, ingressBps);
  const totalEgress = sumStreams(ctx, egressBps);
  const retained = sumStreams(ctx, (i) => mul(ingressBps(i), retentionS(i)));
  if (dimension.startsWith("broker:")) {
    if (brokers) out.push(mul(brokers, hours));
  } else {
    switch (dimension) {
      case "storage": {
        const gib = cfg(ctx, "storagePerBrokerGiB", "storagePerBrokerGB");
        if (brokers && gib) out.push(mul(brokers, gib, months));
        break;
      }
      case "pst": {
        const mibps = cfg(ctx, "throughputPerBrokerMiBps", "provisionedThroughputMiBps", "pstMiBps");
        if (brokers && mibps) out.push(mul(brokers, mibps, months));
        break;
      }
      case "tieredStorage": {
        const gib = cfg(ctx, "tieredStoredGiB", "tieredStorageGiB");
        if (gib) out.push(mul(gib, months));
        out.push(mul(toGB(sumStreams(ctx, (i) => ifTiered(i, mul(ingressBps(i), retentionS(i))))), months));
        break;
      }
      case "tieredRetrieval":
        out.push(toGB(overPeriod(sumStreams(ctx, (i) => ifTiered(i, tierReadsBps(i))))));
        break;
      case "expressDataWritten":
      case "serverlessDataIn":
        out.push(toGB(overPeriod(totalIngress)));
        break;
      case "serverlessDataOut":
        out.push(toGB(overPeriod(totalEgress)));
        break;
      case "expressStorage":
      case "serverlessStorage":
        out.push(mul(toGB(retained), months));
        break;
      case "serverlessCluster":
        out.push(mul(cfg(ctx, "clusters") ?? num(1), hours));
        break;
      case "serverlessPartition": {
        const p = cfg(ctx, "partitions");
        if (p) out.push(mul(p, hours));
        out.push(
          mul(
            sumStreams(ctx, (i) => ref(streamName(i, "partitions"))),
            hours,
          ),
        );
        break;
      }
      case "crossAz": {
        const otherAz = div(sub(ref(N.azs), num(1)), ref(N.azs));
        const crossing = add(
          mul(totalIngress, otherAz),
          mul(totalEgress, otherAz, sub(num(1), ref(N.fetchNearest))),
        );
        out.push(toGB(overPeriod(crossing)));
        break;
      }
      case "connectMcu":
        out.push(perHour(ctx, "connectMcus", "mcus"));
        break;
      case "replicatorHour":
        out.push(perHour(ctx, "replicators"));
        break;
      case "privateConnectivityHour":
        out.push(perHour(ctx, "privateConnectivitySchemes"));
        break;
    }
  }
  return out.filter((e): e is Expr => e !== undefined);
}

function perHour(ctx: QuantityContext, ...keys: string[]): Expr | undefined {
  const c = cfg(ctx, ...keys);
  return c ? mul(c, hours) : undefined;
}
