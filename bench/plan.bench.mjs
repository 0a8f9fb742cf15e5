// Planner throughput (issue #14 goals 2 and 6), over seeded random workloads (bench/workloads.mjs),
// never one fixed workload. Every figure is a ratio measured in this run:
// - goal 2: planner.evaluate() (all four MSK options, the workload's demand derived inside) in
//   scenarios/s ÷ AWS's msk_sizing.py (python3, same workloads; bench/aws-anchor.mjs) ≥ 100×;
// - goal 6, the honest floor: a bare loop doing the planner's own closed-form arithmetic on the same
//   workloads (below), so "evaluate ÷ floor" says how close the planner is to the arithmetic it must do.
import {
  bundledCatalog,
  EXPRESS_INSTANCES,
  HOURS_PER_MONTH,
  preparePlanner,
  STANDARD_INSTANCES,
} from "../dist/index.js";
import { awsScriptRate } from "./aws-anchor.mjs";
import { goal, report } from "./lib.mjs";
import { randomWorkloads } from "./workloads.mjs";

const N = 2000;
const { workloads, scriptRows } = randomWorkloads(N, 14);
const catalog = bundledCatalog();
const planner = preparePlanner({ catalog, region: "us-east-1" });

/** Scenarios/s of fn(i) over the N workloads, cycling, for at least minMs after a warm-up pass. */
function rate(fn, minMs = 1500) {
  for (let i = 0; i < 2 * N; i++) fn(i % N);
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < N; i++) fn(i);
    n += N;
    t = performance.now();
  }
  return (n / (t - t0)) * 1000;
}

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
  parts: Float64Array.from(exp, (s) => Math.min(s.recommendedPartitionsPerBroker, s.maxPartitionsPerBroker)),
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
// Each workload's stream as plain numbers (canonical units, read from the parsed workloads).
const col = (f) => Float64Array.from(workloads, (w) => f(w.streams[0], w));
const W = {
  in: col((s) => s.ingressBytesPerSec),
  peakIn: col((s) => s.peakIngressBytesPerSec),
  out: col((s) => s.egressBytesPerSec),
  peakOut: col((s) => s.peakEgressBytesPerSec),
  parts: col((s) => s.partitions),
  rf: col((s) => s.replicationFactor),
  ret: col((s) => s.retentionSeconds),
  local: col((s) => s.localRetentionSeconds),
  conns: col((_, w) => w.clientConnections),
  headroom: col((_, w) => w.targets.storageHeadroom),
  u: col((_, w) => w.targets.maxUtilisation.standard),
  uExp: col((_, w) => w.targets.maxUtilisation.express),
  share: col((_, w) => w.targets.maxUtilisation.partitions),
};

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

const tieredOk = Uint8Array.from(workloads, (w) =>
  w.streams[0].localRetentionSeconds < w.streams[0].retentionSeconds ? 1 : 0,
);
/** The floor: the four MSK options for workload i, and the cheapest (what evaluate's caller picks). */
function floor(i) {
  const a = floorStandard(i, false);
  const b = tieredOk[i] ? floorStandard(i, true) : Number.NaN;
  const c = floorExpress(i);
  const d = floorServerless(i);
  return Math.min(a || Infinity, b || Infinity, c || Infinity, d || Infinity);
}

let sink = 0;
const floorRate = rate((i) => {
  sink += floor(i);
});
const evalRate = rate((i) => {
  sink += planner.evaluate(workloads[i]).length;
});
const planRate = rate((i) => {
  sink += planner.plan(workloads[i]).options.length;
}, 1000);
if (!(sink > 0)) throw new Error("benchmark produced nothing");
report("evaluate(): 4 MSK options, random workloads", evalRate, "scen/s", "closed-form", floorRate);
report("plan(): full result, 4 MSK options", planRate, "scen/s", "closed-form", floorRate);

const anchor = await awsScriptRate(scriptRows);
if (anchor.rate)
  report("AWS msk_sizing.py (python3), same workloads", anchor.rate, "scen/s", "closed-form", floorRate);
goal(
  "2. evaluate() ÷ AWS msk_sizing.py, per scenario (1 core)",
  anchor.rate ? evalRate / anchor.rate : null,
  ">=",
  100,
  {
    ...(anchor.rate
      ? { detail: `floor ÷ script ${(floorRate / anchor.rate).toFixed(0)}×` }
      : { skipped: anchor.skipped }),
  },
);
