/** Shared builders for OptionResult values (infeasible, cost fields) and common notes. */

import { citeInWords } from "../model/sources.js";
import type { Workload } from "../model/workload.js";
import { describeInfeasibility, type Infeasibility } from "./infeasibility.js";
import type { InfeasibleOptionResult, MskOptionId, OptionConfigurations } from "./types.js";

/** The resource needing the most brokers (first in `order` on a tie). */
export function binding<K extends string>(need: Record<K, number>, order: readonly K[]): K {
  let best = order[0] as K;
  for (const k of order) if (need[k] > need[best]) best = k;
  return best;
}

/** An infeasible MSK option: never priced; its reasons are its problems worded. */
export function infeasibleResult<O extends MskOptionId>(
  option: O,
  configuration: OptionConfigurations[O]["infeasible"] | null,
  problems: Infeasibility[],
  notes: string[],
): InfeasibleOptionResult<O> {
  return {
    option,
    family: "msk",
    feasible: false,
    configuration,
    monthlyUsd: null,
    priced: "none",
    missingPrices: [],
    lineItems: [],
    utilisation: {},
    binding: null,
    reasons: problems.map(describeInfeasibility),
    problems,
    notes,
  } as InfeasibleOptionResult<O>;
}

/**
 * The note on instance types without a broker-hour price in the region, or null when all have one:
 * they were sized only when no priced type fits (then the chosen one is among them, and its
 * broker-hours are listed as a missing price).
 */
export function unpricedTypesNote(
  unpricedTypes: readonly string[],
  chosenUnpriced: boolean,
  region: string,
): string | null {
  if (unpricedTypes.length === 0) return null;
  return chosenUnpriced
    ? `no instance type with a broker-hour price in ${region} fits; sized with one that has none, chosen on its priced costs (types without a price: ${unpricedTypes.join(", ")})`
    : `types without a broker-hour price in ${region} (${unpricedTypes.join(", ")}) were considered only in case no priced type fits`;
}

/**
 * Why an option has nothing to size: the instance-type allow-list leaves none of its types, e.g.
 * "candidate broker types 0 < 1 (the allow-list instanceTypes / --instance-types leaves no Express type)".
 */
export function noCandidate(what: string): Infeasibility {
  return {
    code: "below",
    resource: "instanceTypes",
    actual: 0,
    limit: 1,
    unit: "count",
    basis: `the allow-list instanceTypes / --instance-types leaves no ${what} type`,
  };
}

/** Which sizing model and head-room rule sized the option (shown with every MSK option). */
export function modelNote(w: Workload, kind: "standard" | "express" = "standard"): string {
  if (kind === "express" && w.sizingModel === "blog")
    return `sized at ${Math.round(w.targets.maxUtilisation.express * 100)}% (targets.maxUtilisation.express) of AWS's recommended sustained throughput per Express broker at peak; those rates already leave the head-room for one AZ lost below the enforced maximum (maximum ingress = 1.5 × recommended), so no AZ-loss factor is added (docs/express-headroom.md)`;
  const az = w.targets.tolerateAzLoss
    ? `utilisation is at peak with one of ${w.azs} AZs lost`
    : "utilisation is at peak, all AZs up";
  const standard = w.sizingModel === "blog" ? "AWS blog Equation 1 flows" : "AWS msk_sizing.py factors";
  // Express under the blog model returned above: here it is sized by the script's rule.
  const express = `Express rule of the ${citeInWords("aws-msk-sizing-script")} (egress 2.5 × sustained ingress)`;
  return `sized with the ${kind === "express" ? express : standard} (sizingModel ${w.sizingModel}); ${az}`;
}
