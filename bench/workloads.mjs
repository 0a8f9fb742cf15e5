// Seeded random workloads for the planner benches (issue #14 goals 2 and 6): the planner, the
// honest floor and AWS's msk_sizing.py all see the same workloads.
import { parseWorkload } from "../dist/index.js";

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RETENTION_HOURS = [24, 72, 168, 720];

/**
 * `n` one-stream workloads in us-east-1, 3 AZs, RF 3: average ingress log-uniform 0.5–400 MiB/s,
 * peak 1–4× it, 1–5 consumer groups, 6–6,000 partitions (log-uniform), retention 1, 3, 7 or 30
 * days, and half of those over 3 days tiered with 1 day local. Returns the parsed workloads and,
 * per workload, the same numbers as msk_sizing.py takes them (MiB/s, partitions incl. replicas, hours).
 */
export function randomWorkloads(n, seed = 1) {
  const r = prng(seed);
  const workloads = [];
  const scriptRows = [];
  for (let i = 0; i < n; i++) {
    const ingress = Math.round(0.5 * 800 ** r() * 1000) / 1000;
    const peak = Math.round(ingress * (1 + 3 * r()) * 1000) / 1000;
    const groups = 1 + Math.floor(5 * r());
    const partitions = Math.round(6 * 1000 ** r());
    const hours = RETENTION_HOURS[Math.floor(4 * r())];
    const tiered = hours > 72 && r() < 0.5;
    const stream = {
      name: "s",
      ingress: `${ingress} MiB/s`,
      peakIngress: `${peak} MiB/s`,
      consumerGroups: groups,
      partitions,
      replicationFactor: 3,
      retention: `${hours}h`,
    };
    if (tiered) stream.localRetention = "24h";
    workloads.push(parseWorkload({ region: "us-east-1", azs: 3, streams: [stream] }));
    scriptRows.push([
      ingress,
      peak,
      ingress * groups,
      peak * groups,
      partitions * 3,
      3,
      hours,
      tiered ? 24 : hours,
    ]);
  }
  return { workloads, scriptRows };
}
