/**
 * The planner's fast path for the Standard options: choose the cheapest feasible type of a
 * {@link StandardTable} in one loop, the sizing of {@link sizeStandardAt} (with its cutoff and
 * pruning) written out inline for every candidate. A sweep runs this per scenario for each of the
 * two Standard options, so what the per-type call cost — a call per type, the `need` record
 * written for types that lose, and quotients the same for every type (connections) taken again
 * per type — is left out: only the winner's configuration is written.
 *
 * Every number it takes is sizeStandardAt's arithmetic in the same order (a count only shown, by a
 * product, not to exceed the largest is not taken: common.ts fitsIn), so the same type, broker
 * count, GiB, PST and cost to the last bit: test/model/standard-choice.property.test.ts holds it
 * to choosing by sizeStandard type by type, and `plan` still chooses through sizeStandardAt (its
 * `need` feeds the binding constraint), which test/plan holds equal to `evaluate`.
 */
import { BYTES_PER_MIB } from "../conventions.js";
import { PST_MIN_VOLUME_GIB } from "../instances.js";
import { CLUSTER_QUOTAS } from "../quotas.js";
import { brokersFor, ceilTolerant, fitsIn, partitionsPerBroker, roundUpToMultiple } from "./common.js";
import { costFloor, type StandardLoads, type StandardTable, storagePerBroker } from "./standard.js";

/** The configuration {@link chooseStandard} picked (valid when it returned an index ≥ 0). */
export interface StandardChoice {
  brokers: number;
  storagePerBrokerGiB: number;
  /** Provisioned storage throughput per broker, MiB/s; 0 = the default volume throughput. */
  pstMiBps: number;
  clusterUsd: number;
}

/** A record for {@link chooseStandard} to write into. */
export function emptyStandardChoice(): StandardChoice {
  return { brokers: 0, storagePerBrokerGiB: 0, pstMiBps: 0, clusterUsd: Number.POSITIVE_INFINITY };
}

/**
 * The cheapest feasible type among `T`'s entries list[from .. to) (entries from .. to when `list`
 * is null), a tie going to the lowest index in `T` whatever the order visited: that index (−1 when
 * none fits), its configuration written into `out`. A type is given up as soon as it is shown
 * unable to fit (the broker quota) or to cost no more than the best so far ({@link costFloor}
 * above it: then it can neither beat nor tie it), as sizeStandardAt with a cutoff does. So the order
 * visited changes only how soon types are given up: visiting the likely cheapest first (the
 * planner visits by broker price) gives most of the others up before their quotients.
 */
export function chooseStandard(
  T: StandardTable,
  list: Int32Array | null,
  from: number,
  to: number,
  L: StandardLoads,
  out: StandardChoice,
): number {
  const u = L.utilisation;
  const azs = L.azs;
  const minBrokers = L.minBrokers;
  const provision = L.provisionBytes;
  const storageWrite = L.storageWrite;
  // The same for every type (a quota per broker, whatever its size): taken once.
  const nConnections = brokersFor(L.connections, CLUSTER_QUOTAS.maxConnectionsPerBroker);
  // No configuration has fewer brokers than this (every count is rounded up from it).
  const fewest = roundUpToMultiple(Math.max(minBrokers, 1), azs);
  let index = -1;
  let bestUsd = Number.POSITIVE_INFINITY;
  let bestBrokers = 0;
  let bestGiB = 0;
  let bestPst = 0;
  for (let x = from; x < to; x++) {
    const i = list ? (list[x] as number) : x;
    const broker = T.broker[i] as number;
    const storageFloorUsd = provision * (T.storageFloorPerByte[i] as number);
    // Once one is chosen, a type whose fewest brokers and storage already cost more is not sized.
    if (costFloor(fewest, broker, storageFloorUsd) > bestUsd) continue;
    const maxBrokers = T.maxBrokers[i] as number;
    const netCap = (T.network[i] as number) * u;
    const nOut = brokersFor(L.networkOut, netCap);
    const nIn = brokersFor(L.networkIn, netCap);
    const atLeast = roundUpToMultiple(Math.max(minBrokers, nOut, nIn, 1), azs);
    if (atLeast > maxBrokers || costFloor(atLeast, broker, storageFloorUsd) > bestUsd) continue;
    // Partitions, storage and storage throughput usually need no more brokers than the network:
    // shown by a product (fitsIn), their quotients are then not taken — only the counts' maximum
    // matters here, and a count within one already rounded to the AZ multiple leaves it as it is.
    const partitionCap = partitionsPerBroker(
      T.recommendedPartitions[i] as number,
      L.partitionShare,
      T.maxPartitions[i] as number,
    );
    const storageCap = T.storageMaxBytes[i] as number;
    let nOther = atLeast;
    if (
      !(
        nConnections <= atLeast &&
        fitsIn(L.replicas, partitionCap, atLeast) &&
        fitsIn(provision, storageCap, atLeast)
      )
    ) {
      const nPartitions = brokersFor(L.replicas, partitionCap);
      const nStorage = brokersFor(provision, storageCap);
      if (Math.max(nPartitions, nStorage, nConnections) > atLeast)
        nOther = roundUpToMultiple(
          Math.max(minBrokers, nOut, nIn, nPartitions, nStorage, nConnections, 1),
          azs,
        );
    }
    if (costFloor(nOther, broker, storageFloorUsd) > bestUsd || nOther > maxBrokers) continue;
    const volumeCap = (T.volume[i] as number) * u;
    let nDefault = nOther;
    if (!fitsIn(storageWrite, volumeCap, nOther)) {
      const nThroughput = brokersFor(storageWrite, volumeCap);
      if (nThroughput > nOther) nDefault = roundUpToMultiple(Math.max(nOther, nThroughput), azs);
    }
    const storageMinGiB = T.storageMinGiB[i] as number;
    const storageGiB = T.storageGiB[i] as number;
    let brokers = nDefault;
    let pst = 0;
    const defaultGiB = storagePerBroker(nDefault, provision, storageMinGiB);
    let usd =
      nDefault <= maxBrokers ? nDefault * (broker + defaultGiB * storageGiB) : Number.POSITIVE_INFINITY;
    const pstUsd = T.pstMiBps[i] as number;
    if ((T.pstMaxBytes[i] as number) > 0 && nDefault > nOther && Number.isFinite(pstUsd)) {
      const ceiling = T.pstCeiling[i] as number;
      const pstMin = T.pstMinMiBps[i] as number;
      const pstMax = T.pstMaxMiBps[i] as number;
      for (let n = nOther; n < nDefault && n <= maxBrokers; n += azs) {
        if (costFloor(n, broker, storageFloorUsd) >= usd) break;
        const perBroker = storageWrite / (n * u);
        if (perBroker > ceiling * (1 + 1e-12)) continue;
        const mibps = Math.min(pstMax, Math.max(pstMin, ceilTolerant(perBroker / BYTES_PER_MIB)));
        const gib = storagePerBroker(n, provision, mibps > 0 ? PST_MIN_VOLUME_GIB : storageMinGiB);
        const c = n * (broker + gib * storageGiB + (mibps > 0 ? mibps * pstUsd : 0));
        if (c < usd) {
          usd = c;
          brokers = n;
          pst = mibps;
        }
      }
    }
    if (!(brokers <= maxBrokers && Number.isFinite(brokers))) continue;
    // A tie goes to the lower index in T (the order visited is not the table's).
    if (index < 0 || usd < bestUsd || (usd === bestUsd && i < index)) {
      index = i;
      bestUsd = usd;
      bestBrokers = brokers;
      bestGiB =
        brokers === nDefault && pst === 0
          ? defaultGiB
          : storagePerBroker(brokers, provision, pst > 0 ? PST_MIN_VOLUME_GIB : storageMinGiB);
      bestPst = pst;
    }
  }
  out.brokers = bestBrokers;
  out.storagePerBrokerGiB = bestGiB;
  out.pstMiBps = bestPst;
  out.clusterUsd = bestUsd;
  return index;
}
