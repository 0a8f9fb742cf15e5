/**
 * Self-managed Kafka's cost-only path: the sizing of src/plan/alternatives/self-managed.ts
 * (selfManagedFlowsInto, sizeSelfManagedInto: the functions the full evaluator calls, writing into
 * records reused from call to call) on the candidate broker types, each priced as
 * priceSelfManaged (src/pricing/alternatives/self-managed.ts) prices it — same lines, same
 * quantities, same order — on prices read once into numbers. The cheapest (then fewest brokers)
 * wins, as in the full evaluator; only its total and priced status are returned. Types that
 * cannot win are left unsized by exact lower bounds (see the loop): on the benchmark's grid 3.3
 * of us-east-1's 9 priced types are sized per scenario (test/alternatives/cost-path.property.test.ts
 * proves the choice unchanged).
 */
import {
  ec2EbsBytesPerSec,
  ec2NetworkBytesPerSec,
  GP3_LIMITS_2023,
  KRAFT_CONTROLLERS,
} from "../../model/alternatives/ec2.js";
import { SECONDS_PER_HOUR } from "../../model/conventions.js";
import type { Demand } from "../../model/demand.js";
import type { Workload } from "../../model/workload.js";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../pricing/alternatives/prices.js";
import { bytesToBilledGB, hoursToMonths } from "../../pricing/billing.js";
import type { OptionEvaluation } from "../options.js";
import { amountOf, PricedSum } from "../priced-sum.js";
import type { AlternativeInputs } from "./common.js";
import { validateInputs } from "./common.js";
import {
  type BrokerSizing,
  brokerCandidates,
  controllerType,
  crossAzReplicationBytesPerSec,
  labourOf,
  networkOutBrokers,
  type SelfManagedFlows,
  selfManagedFlowsInto,
  sizeSelfManagedInto,
  storageThroughputBrokers,
} from "./self-managed.js";

const OPTION = "self-managed" as const;

/** Prepare self-managed Kafka's cost-only evaluation for a region, period and inputs. */
export function prepareSelfManagedCost(
  region: string,
  hours: number,
  inputs: AlternativeInputs = {},
): (workload: Workload, demand: Demand) => OptionEvaluation {
  const prices = inputs.prices ?? BUNDLED_ALTERNATIVE_PRICES;
  const hourly = prices.ec2Hourly[region] ?? {};
  const candidates = brokerCandidates(region, prices).map((c) => ({
    net: ec2NetworkBytesPerSec(c),
    ebs: ec2EbsBytesPerSec(c),
    usdPerHour: amountOf(hourly[c.name]),
  }));
  // Cheapest type first (a stable sort) when every type has a non-negative price: a type then
  // costs at least its instance line at the fewest brokers any type can have (each later line
  // adds a non-negative amount, and a float sum of such never decreases), so once that bound
  // exceeds the best total so far, neither this type nor any dearer one can win, and the loop
  // stops. The order changes no result: only types of equal cost and equal brokers can swap
  // places, and those bill the same lines (the volumes follow the broker count).
  const sortable = candidates.every((t) => t.usdPerHour >= 0);
  const types = sortable ? [...candidates].sort((a, b) => a.usdPerHour - b.usdPerHour) : candidates;
  const gp3 = inputs.gp3Limits ?? GP3_LIMITS_2023;
  const g = prices.gp3[region] ?? {};
  const gp3Storage = amountOf(g.storage);
  const gp3Iops = amountOf(g.iops);
  const gp3Tput = amountOf(g.throughput);
  const crossAz = amountOf(prices.crossAz[region]);
  const labour = labourOf(inputs);
  const months = hoursToMonths(hours);
  const seconds = hours * SECONDS_PER_HOUR;
  // The calculator bills IOPS and throughput above the 2023 free baseline.
  const { baselineIops, baselineThroughputMiBps } = GP3_LIMITS_2023;
  const controllers = KRAFT_CONTROLLERS.count;
  let controllerUsdPerHour: number | undefined;
  let canStop = false;
  const sum = new PricedSum();
  const best = new PricedSum();
  // Scratch records reused for every type and scenario: nothing is allocated per call.
  const x = {} as SelfManagedFlows;
  const s = {} as BrokerSizing;

  /** One gp3 volume group's lines (storage, IOPS above, throughput above). */
  const volume = (count: number, sizeGiB: number, iops: number, tputMiBps: number) => {
    if (count === 0) return;
    sum.add(count * sizeGiB * months, gp3Storage);
    const extraIops = Math.max(0, iops - baselineIops);
    if (extraIops > 0) sum.add(count * extraIops * months, gp3Iops);
    const extraTput = Math.max(0, tputMiBps - baselineThroughputMiBps);
    if (extraTput > 0) sum.add(count * extraTput * months, gp3Tput);
  };

  return (workload, demand) => {
    // The full evaluator's input checks, on every call as there (they throw InputError).
    validateInputs(inputs);
    if (controllerUsdPerHour === undefined) {
      const { type } = controllerType(region, inputs.controllerInstanceType, prices);
      controllerUsdPerHour = amountOf(hourly[type]);
      // The bound needs every line non-negative (a missing price adds nothing); labour is
      // checked non-negative by validateInputs.
      canStop =
        sortable &&
        [controllerUsdPerHour, gp3Storage, gp3Iops, gp3Tput, crossAz].every((p) => Number.isNaN(p) || p >= 0);
    }
    selfManagedFlowsInto(workload, demand, gp3, x);
    const replicationGB = 2 * bytesToBilledGB(crossAzReplicationBytesPerSec(workload) * seconds);
    const clientGB = 2 * bytesToBilledGB(demand.crossAzBytesPerSec * seconds);
    let bestBrokers = 0;
    best.reset();
    for (let i = 0; i < types.length; i++) {
      const t = types[i] as (typeof types)[number];
      if (canStop && i > 0) {
        if (x.minBrokers * hours * t.usdPerHour > best.usd) break;
        // Nor a type whose first two needs alone (sizeSelfManagedInto's: the brokers are at least
        // each need) already make its instance line dearer than the best total.
        const atLeast = Math.max(storageThroughputBrokers(x, t.ebs), networkOutBrokers(x, t.net));
        if (atLeast * hours * t.usdPerHour > best.usd) continue;
      }
      sizeSelfManagedInto(x, t.net, t.ebs, s);
      sum.reset();
      sum.add(s.brokers * hours, t.usdPerHour);
      if (controllers > 0) sum.add(controllers * hours, controllerUsdPerHour);
      volume(s.brokers, s.sizeGiB, s.iops, s.tputMiBps);
      volume(controllers, KRAFT_CONTROLLERS.volumeGiB, gp3.baselineIops, gp3.baselineThroughputMiBps);
      sum.add(replicationGB, crossAz);
      sum.add(clientGB, crossAz);
      if (labour) sum.add(labour.hoursPerMonth * months, labour.hourlyRateUsd);
      // The full evaluator compares the priced costs (pricedUsd), then the broker counts.
      if (i === 0 || sum.usd < best.usd || (sum.usd === best.usd && s.brokers < bestBrokers)) {
        best.usd = sum.usd;
        best.priced = sum.priced;
        best.missing = sum.missing;
        bestBrokers = s.brokers;
      }
    }
    return { option: OPTION, feasible: true, monthlyUsd: best.monthlyUsd, priced: best.status };
  };
}
