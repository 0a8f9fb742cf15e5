// Plans per second for one workload over the full candidate space (4 MSK options, every instance
// type × broker count × PST), as a ratio to a bare loop doing the same arithmetic (derive demand,
// then for each of the 23 instance types: the broker count from each constraint, rounded to the AZ
// multiple, and its cost) in the same run. Imports the built library (npm run bench builds it).
import { bundledCatalog, parseWorkload, preparePlanner } from "../dist/index.js";
import { report, timeMs } from "./lib.mjs";

const workload = parseWorkload({
  region: "us-east-1",
  azs: 3,
  streams: [
    { name: "orders", ingress: "20 MiB/s", peakIngress: "60 MiB/s", egress: "40 MiB/s", peakEgress: "120 MiB/s", partitions: 600, retention: "7d", localRetention: "1d" },
    { name: "clicks", ingress: "5 MiB/s", consumerGroups: 2, partitions: 120, retention: "3d" },
  ],
});
const planner = preparePlanner({ catalog: bundledCatalog(), region: "us-east-1" });
const N = 200_000;

let sink = 0;
const evaluateMs = timeMs(() => {
  for (let i = 0; i < N; i++) sink += planner.evaluate(workload)[0].monthlyUsd ?? 0;
});
const planMs = timeMs(() => {
  for (let i = 0; i < N / 100; i++) sink += planner.plan(workload).options.length;
}, { runs: 5 });

// The floor: the same arithmetic with no structure — sum the streams, then per instance
// ceil(load / capacity) for 6 constraints, round to the AZ multiple, multiply by a price.
const caps = Array.from({ length: 23 }, (_, i) => ({ net: 1e8 * (i + 1), st: 8e7 * (i + 1), part: 1000 * (1 + (i % 4)), price: 0.2 * (i + 1) }));
const floorMs = timeMs(() => {
  for (let i = 0; i < N; i++) {
    let inP = 0, outP = 0, rep = 0, stw = 0, stored = 0, parts = 0;
    for (const s of workload.streams) {
      inP += s.peakIngressBytesPerSec; outP += s.peakEgressBytesPerSec;
      rep += s.peakIngressBytesPerSec * (s.replicationFactor - 1); stw += s.peakIngressBytesPerSec * s.replicationFactor;
      stored += s.ingressBytesPerSec * s.retentionSeconds * s.replicationFactor; parts += s.partitions * s.replicationFactor;
    }
    let best = Infinity;
    for (const c of caps) {
      const n = Math.ceil(Math.max(3, Math.ceil(((outP + rep) * 1.5) / (c.net * 0.5)), Math.ceil(((inP + rep) * 1.5) / (c.net * 0.5)),
        Math.ceil((stw * 1.5) / (c.st * 0.5)), Math.ceil(parts / c.part), Math.ceil((stored * 2) / 1.76e13)) / 3) * 3;
      const usd = n * (c.price * 730 + Math.ceil((stored * 2) / n / 2 ** 30) * 0.1);
      if (usd < best) best = usd;
    }
    sink += best;
  }
});

const perSec = (ms, n) => (n / ms) * 1000;
report("plan: evaluate() plans/s (4 options)", perSec(evaluateMs, N), "plans/s", "bare loop", perSec(floorMs, N), "(ratio < 1: slower than the floor)");
report("plan: plan() full results/s (line items, reasons)", perSec(planMs, N / 100), "plans/s", "bare loop", perSec(floorMs, N));
console.log(`  1,000,000 evaluate() calls ≈ ${((evaluateMs / N) * 1e6 / 1000).toFixed(2)} s on one core${sink === 42 ? "" : ""}`);
