// Planner throughput (issue #4): plans per second for one workload over the full candidate space
// (every priced instance type × every broker count a multiple of the AZ count × storage × PST, for
// standard, standard-tiered, express and serverless), as a ratio to a floor measured in the same
// run: a bare loop doing the same arithmetic — the blog Equation 1 checks and the cost of every
// Standard candidate (instance × broker count × whole-MiB/s PST), from precomputed plain-number
// tables, with no planner, no objects and no strings. The planner sizes each instance type in
// closed form (broker counts by ceil to an AZ multiple, PST by the least that fits) instead of
// enumerating, so a ratio above 1 is how much faster it is than walking every candidate.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { report } from "./lib.mjs";

const lib = await import(new URL("../dist/index.js", import.meta.url).href);
const catalog = lib.bundledCatalog();
const workload = lib.parseWorkload(
  parse(readFileSync(new URL("../fixtures/workloads/typical.yaml", import.meta.url), "utf8")),
);
const planner = lib.preparePlanner({ catalog, region: workload.region });
const demand = lib.deriveDemand(workload);

function rate(fn, minMs = 1500) {
  for (let i = 0; i < 200; i++) fn(); // warm up
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
    t = performance.now();
  }
  return (n / (t - t0)) * 1000;
}

// ── floor tables, built once ──
const prices = catalog.regions[workload.region];
const MiB = 2 ** 20;
const types = lib.STANDARD_INSTANCES.filter((s) => prices[`broker:${s.name}`]);
const net = Float64Array.from(types, (s) => s.networkBaselineGbps * 125e6);
const ebs = Float64Array.from(types, (s) => s.ebsBaselineMBps * 1e6);
const rec = Float64Array.from(types, (s) => s.recommendedPartitionsPerBroker);
const pstMax = Float64Array.from(types, (s) => (s.pst ? s.pst.maxMiBps : 0));
const hourly = Float64Array.from(types, (s) => prices[`broker:${s.name}`].amount);
const storageUsd = prices.storage.amount;
const pstUsd = prices.pst.amount;
const u = workload.targets.maxUtilisation.standard;
const f = workload.azs / (workload.azs - 1);
const azs = workload.azs;
const d = demand;

function floor() {
  let best = Infinity;
  const provision = d.localStoredBytes * workload.targets.storageHeadroom;
  for (let i = 0; i < types.length; i++) {
    for (let n = azs; n <= 60; n += azs) {
      if (((d.peakEgressBytesPerSec + d.peakReplicationBytesPerSec) * f) / n > net[i] * u) continue;
      if (((d.peakIngressBytesPerSec + d.peakReplicationBytesPerSec) * f) / n > net[i] * u) continue;
      if (d.partitionReplicas / n > rec[i]) continue;
      for (let p = 0; p <= pstMax[i]; p = p === 0 ? 250 : p + 1) {
        const volume = (p || 250) * MiB;
        if ((d.peakStorageWriteBytesPerSec * f) / n > Math.min(ebs[i], volume) * u) continue;
        const gib = Math.max(p ? 10 : 1, Math.ceil(provision / n / 2 ** 30));
        if (gib > 16_384) continue;
        const cost = n * (hourly[i] * 730 + gib * storageUsd + p * pstUsd);
        if (cost < best) best = cost;
      }
    }
  }
  return best;
}

let sink = 0;
const floorRate = rate(() => {
  sink += floor();
});
const planRate = rate(() => {
  sink += planner.plan(workload, demand).options.length;
});
const evalRate = rate(() => {
  sink += planner.evaluate(workload, demand).length;
});
if (!(sink > 0)) throw new Error("benchmark produced nothing");
report(
  "plan(): full result, 4 MSK options",
  planRate,
  "plans/s",
  "bare loop",
  floorRate,
  "(ratio = plan rate ÷ floor rate)",
);
report(
  "evaluate(): costs only (the sweep path)",
  evalRate,
  "plans/s",
  "bare loop",
  floorRate,
  "(ratio = evaluate rate ÷ floor rate)",
);
