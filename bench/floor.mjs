// The honest floor of issue #14 goal 6: a bare loop doing the planner's own closed-form arithmetic
// for the four MSK options — plain numbers in typed arrays, no planner code, no objects, no strings.
// plan.bench.mjs runs it over the same random workloads as the planner; simulate.bench.mjs over
// each Monte Carlo draw (so its floor includes the planning).
import { EXPRESS_INSTANCES, HOURS_PER_MONTH, STANDARD_INSTANCES } from "../dist/index.js";

/**
 * A floor over `size` workload slots: fill `W` (per slot: one stream's canonical numbers and the
 * workload's targets) with `set(i, workload)` or directly, then `floor(i)` returns the cheapest of
 * the four MSK options' totals for slot i.
 */
export function makeFloor(catalog, size) {
  // ── the floor's tables, built once (plain numbers, no planner code) ──
  const prices = catalog.regions["us-east-1"];
  const usd = (k) => prices[k]?.amount ?? Number.NaN;
  const MiB = 2 ** 20;
  const GiB = 2 ** 30;
  const hours = HOURS_PER_MONTH;
  const months = 1;
  const seconds = hours * 3600;
  const EPS = 1e-9;
  const ceil = (x) => Math.ceil(x - EPS);
  // The Standard types the planner sizes: priced, not burstable, and — as the planner prepares them —
  // without those another type makes redundant (at least its capacity on every constraint, a lower
  // price: src/model/sizing/standard.ts `dominates`), so the floor walks the same candidates.
  const priced = STANDARD_INSTANCES.filter((s) => !s.burstable && Number.isFinite(usd(`broker:${s.name}`)));
  const volume = (s) => Math.min(s.ebsBaselineMBps * 1e6, 250 * 2 ** 20);
  const pstCeil = (s) => (s.pst ? Math.min(s.ebsBaselineMBps * 1e6, s.pst.maxMiBps * 2 ** 20) : 0);
  const std = priced.filter(
    (j) =>
      !priced.some(
        (k) =>
          k !== j &&
          usd(`broker:${k.name}`) < usd(`broker:${j.name}`) &&
          k.networkBaselineGbps >= j.networkBaselineGbps &&
          volume(k) >= volume(j) &&
          k.recommendedPartitionsPerBroker >= j.recommendedPartitionsPerBroker &&
          pstCeil(k) >= pstCeil(j),
      ),
  );
  const S = {
    net: Float64Array.from(std, (s) => s.networkBaselineGbps * 125e6),
    ebs: Float64Array.from(std, (s) => s.ebsBaselineMBps * 1e6),
    rec: Float64Array.from(std, (s) => s.recommendedPartitionsPerBroker),
    pstMin: Float64Array.from(std, (s) => (s.pst ? s.pst.minMiBps : 0)),
    pstMax: Float64Array.from(std, (s) => (s.pst ? s.pst.maxMiBps : 0)),
    tiered: Uint8Array.from(std, (s) => (s.tieredStorage ? 1 : 0)),
    hourly: Float64Array.from(std, (s) => usd(`broker:${s.name}`)),
  };
  const exp = EXPRESS_INSTANCES.filter((s) => Number.isFinite(usd(`broker:${s.name}`)));
  const X = {
    ingress: Float64Array.from(exp, (s) => s.sustainedIngressMBps * 1e6),
    egress: Float64Array.from(exp, (s) => s.sustainedEgressMBps * 1e6),
    parts: Float64Array.from(exp, (s) =>
      Math.min(s.recommendedPartitionsPerBroker, s.maxPartitionsPerBroker),
    ),
    hourly: Float64Array.from(exp, (s) => usd(`broker:${s.name}`)),
  };
  const P = {
    storage: usd("storage"),
    pst: usd("pst"),
    tier: usd("tieredStorage"),
    crossAz: usd("crossAz"),
    written: usd("expressDataWritten"),
    expressStored: usd("expressStorage"),
    slCluster: usd("serverlessCluster"),
    slPartition: usd("serverlessPartition"),
    slIn: usd("serverlessDataIn"),
    slOut: usd("serverlessDataOut"),
    slStorage: usd("serverlessStorage"),
  };
  // Each slot's stream as plain numbers (canonical units).
  const W = {};
  for (const k of [
    "in",
    "peakIn",
    "out",
    "peakOut",
    "parts",
    "rf",
    "ret",
    "local",
    "conns",
    "headroom",
    "u",
    "uExp",
    "share",
  ])
    W[k] = new Float64Array(size);
  const tieredOk = new Uint8Array(size);
  /** Copy a parsed one-stream workload's numbers into slot i. */
  function set(i, w) {
    const s = w.streams[0];
    W.in[i] = s.ingressBytesPerSec;
    W.peakIn[i] = s.peakIngressBytesPerSec;
    W.out[i] = s.egressBytesPerSec;
    W.peakOut[i] = s.peakEgressBytesPerSec;
    W.parts[i] = s.partitions;
    W.rf[i] = s.replicationFactor;
    W.ret[i] = s.retentionSeconds;
    W.local[i] = s.localRetentionSeconds;
    W.conns[i] = w.clientConnections;
    W.headroom[i] = w.targets.storageHeadroom;
    W.u[i] = w.targets.maxUtilisation.standard;
    W.uExp[i] = w.targets.maxUtilisation.express;
    W.share[i] = w.targets.maxUtilisation.partitions;
    tieredOk[i] = s.localRetentionSeconds < s.retentionSeconds ? 1 : 0;
  }

  /**
   * The standard (tiered = false) or standard-tiered option for workload i, as the planner does it
   * (src/model/sizing/standard.ts, "blog" model, one AZ lost tolerated): the loads; per instance type
   * the brokers each constraint needs by one ceil to a multiple of 3, skipped as soon as its brokers
   * alone cost more than the best so far; where storage throughput binds and the type has PST, the
   * broker counts between (each a closed-form PST, the least whole MiB/s that fits); the cheapest;
   * then its priced total. Returns the total, NaN when no type fits.
   */
  function floorStandard(i, tiered) {
    const f = 1.5;
    const peakIn = W.peakIn[i];
    const repl = peakIn * (W.rf[i] - 1);
    const netOut = (W.peakOut[i] + repl + (tiered ? peakIn : 0)) * f;
    const netIn = (peakIn + repl) * f;
    const write = peakIn * W.rf[i] * f;
    const prov = W.in[i] * (tiered ? W.local[i] : W.ret[i]) * W.rf[i] * W.headroom[i];
    const replicas = W.parts[i] * W.rf[i];
    const u = W.u[i];
    const nConn = ceil((W.conns[i] * f) / 3000);
    let best = Number.POSITIVE_INFINITY;
    let bestN = 0;
    let bestGiB = 0;
    let bestPst = 0;
    let bestHourly = 0;
    for (let j = 0; j < S.hourly.length; j++) {
      if (tiered && !S.tiered[j]) continue;
      const broker = S.hourly[j] * hours;
      const cap = S.net[j] * u;
      let n = Math.max(3, ceil(netOut / cap), ceil(netIn / cap), ceil(replicas / (S.rec[j] * W.share[i])));
      n = Math.max(n, ceil(prov / (16384 * GiB)), nConn);
      const nOther = ceil(n / 3) * 3;
      if (nOther * broker >= best) continue;
      const nDefault = ceil(Math.max(nOther, ceil(write / (Math.min(S.ebs[j], 250 * MiB) * u))) / 3) * 3;
      const gibAt = (b, pst) => Math.max(pst > 0 ? 10 : 1, ceil(prov / b / GiB));
      let cost =
        nDefault <= 60 ? nDefault * (broker + gibAt(nDefault, 0) * P.storage) : Number.POSITIVE_INFINITY;
      let n1 = nDefault;
      let pst1 = 0;
      if (S.pstMax[j] > 0 && nDefault > nOther) {
        const ceiling = Math.min(S.ebs[j], S.pstMax[j] * MiB);
        for (let b = nOther; b < nDefault && b <= 60; b += 3) {
          if (b * broker >= cost) break;
          const per = write / (b * u);
          if (per > ceiling * (1 + 1e-12)) continue;
          const mibps = Math.min(S.pstMax[j], Math.max(S.pstMin[j], ceil(per / MiB)));
          const c = b * (broker + gibAt(b, mibps) * P.storage + mibps * P.pst);
          if (c < cost) {
            cost = c;
            n1 = b;
            pst1 = mibps;
          }
        }
      }
      if (n1 <= 60 && cost < best) {
        best = cost;
        bestN = n1;
        bestGiB = gibAt(n1, pst1);
        bestPst = pst1;
        bestHourly = S.hourly[j];
      }
    }
    if (best === Number.POSITIVE_INFINITY) return Number.NaN;
    let t = bestN * hours * bestHourly + bestN * ((bestGiB * GiB) / 1e9) * months * P.storage;
    if (bestPst > 0) t += bestN * bestPst * months * P.pst;
    if (tiered) t += ((W.in[i] * W.ret[i]) / 1e9) * months * P.tier;
    return t + (((W.in[i] + W.out[i]) * (2 / 3) * seconds) / 1e9) * P.crossAz;
  }

  /** Express for workload i (src/model/sizing/express.ts): per size one ceil per constraint, the cheapest, its total. */
  function floorExpress(i) {
    if (W.rf[i] > 3 || W.peakIn[i] / W.parts[i] > 15.6e6) return Number.NaN;
    const u = W.uExp[i];
    const replicas = W.parts[i] * 3;
    const nConn = ceil((W.conns[i] * 1.5) / 3000);
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < X.hourly.length; j++) {
      const n = Math.max(3, ceil(W.peakIn[i] / (X.ingress[j] * u)), ceil(W.peakOut[i] / (X.egress[j] * u)));
      const b = ceil(Math.max(n, ceil(replicas / (X.parts[j] * W.share[i])), nConn) / 3) * 3;
      if (b <= 60 && b * X.hourly[j] * hours < best) best = b * X.hourly[j] * hours;
    }
    if (best === Number.POSITIVE_INFINITY) return Number.NaN;
    return (
      best +
      ((W.in[i] * seconds) / 1e9) * P.written +
      ((W.in[i] * W.ret[i]) / 1e9) * months * P.expressStored +
      (((W.in[i] + W.out[i]) * (2 / 3) * seconds) / 1e9) * P.crossAz
    );
  }

  /** Serverless for workload i (src/model/sizing/serverless.ts): the quota checks, then five priced terms. */
  function floorServerless(i) {
    if (W.peakIn[i] > 200e6 || W.peakOut[i] > 400e6 || W.parts[i] > 2400) return Number.NaN;
    if (W.peakIn[i] / W.parts[i] > 5e6 || W.peakOut[i] / W.parts[i] > 10e6 || W.conns[i] > 3000)
      return Number.NaN;
    return (
      hours * P.slCluster +
      W.parts[i] * hours * P.slPartition +
      ((W.in[i] * seconds) / 1e9) * P.slIn +
      ((W.out[i] * seconds) / 1e9) * P.slOut +
      ((W.in[i] * W.ret[i]) / 1e9) * months * P.slStorage
    );
  }

  /** The floor: the four MSK options for workload i, and the cheapest (what evaluate's caller picks). */
  function floor(i) {
    const a = floorStandard(i, false);
    const b = tieredOk[i] ? floorStandard(i, true) : Number.NaN;
    const c = floorExpress(i);
    const d = floorServerless(i);
    return Math.min(a || Infinity, b || Infinity, c || Infinity, d || Infinity);
  }

  return { W, tieredOk, set, floor };
}
