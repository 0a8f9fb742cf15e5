/** Shared builders for OptionResult values (infeasible, unpriceable) and common notes. */
import type { Workload } from "../model/workload.js";
import { citeInWords } from "../pricing/sources.js";
import { describeInfeasibility, type Infeasibility, unpriced } from "./infeasibility.js";
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
    lineItems: [],
    utilisation: {},
    binding: null,
    reasons: problems.map(describeInfeasibility),
    problems,
    notes,
  } as InfeasibleOptionResult<O>;
}

/** An option the catalog cannot price in the region: reported infeasible, never priced in part. */
export function priceUnavailableResult<O extends MskOptionId>(
  option: O,
  why: string | undefined,
): InfeasibleOptionResult<O> {
  return infeasibleResult(option, null, [unpriced(why ?? "no sourced price")], []);
}

/** Which sizing model and head-room rule sized the option (shown with every MSK option). */
export function modelNote(w: Workload, kind: "standard" | "express" = "standard"): string {
  if (kind === "express" && w.sizingModel === "blog")
    return `sized at ${Math.round(w.targets.maxUtilisation.express * 100)}% (targets.maxUtilisation.express) of AWS's recommended sustained throughput per Express broker at peak; those rates already leave the head-room for one AZ lost below the enforced maximum (maximum ingress = 1.5 × recommended), so no AZ-loss factor is added (docs/express-headroom.md)`;
  const az = w.targets.tolerateAzLoss
    ? `utilisation is at peak with one of ${w.azs} AZs lost`
    : "utilisation is at peak, all AZs up";
  const standard = w.sizingModel === "blog" ? "AWS blog Equation 1 flows" : "AWS msk_sizing.py factors";
  const express =
    w.sizingModel === "blog"
      ? `documented Express sustained throughput per broker (${citeInWords("msk-quotas")})`
      : `Express rule of the ${citeInWords("aws-msk-sizing-script")} (egress 2.5 × sustained ingress)`;
  return `sized with the ${kind === "express" ? express : standard} (sizingModel ${w.sizingModel}); ${az}`;
}
