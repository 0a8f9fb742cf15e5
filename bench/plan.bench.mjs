// Planner throughput (issue #14 goals 2 and 6), over seeded random workloads (bench/workloads.mjs),
// never one fixed workload. Every figure is a ratio measured in this run:
// - goal 2: planner.evaluate() (all four MSK options, the workload's demand derived inside) in
//   scenarios/s ÷ AWS's msk_sizing.py (python3, same workloads; bench/aws-anchor.mjs) ≥ 100×;
// - goal 6, the honest floor: a bare loop doing the planner's own closed-form arithmetic on the same
//   workloads (below), so "evaluate ÷ floor" says how close the planner is to the arithmetic it must do.
import { bundledCatalog, preparePlanner } from "../dist/index.js";
import { awsScriptRate } from "./aws-anchor.mjs";
import { makeFloor } from "./floor.mjs";
import { cpuRate, goal, report } from "./lib.mjs";
import { randomWorkloads } from "./workloads.mjs";

const N = 2000;
const { workloads, scriptRows } = randomWorkloads(N, 14);
const catalog = bundledCatalog();
const planner = preparePlanner({ catalog, region: "us-east-1" });

/** Scenarios per CPU second of fn(i) over the N workloads (the anchor is timed in CPU time too). */
const rate = (fn, minMs = 1500) => cpuRate(fn, N, minMs);

const F = makeFloor(catalog, N);
for (let i = 0; i < N; i++) F.set(i, workloads[i]);
const floor = F.floor;

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
