/**
 * `--recommend`: for each deployed MSK cluster whose usage entry gives a workload, plan that
 * workload with the planner and set the deployed configuration's cost beside the cheapest
 * feasible option (its configuration, the saving and the binding constraint), by the same
 * comparison as `rightsize`. The deployed cluster is flagged infeasible when the workload needs
 * more than its capacity (any resource above 100 % utilisation by the planner's capacity model).
 * Pure.
 */

import { plan } from "../plan/planner.js";
import { rightsize } from "../plan/rightsize.js";
import type { OptionConfiguration, OptionId } from "../plan/types.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { ClusterConfig } from "../pricing/configuration.js";
import type { IacResourcePrice } from "./price-iac.js";
import type { Usage } from "./usage.js";
import { usageOf } from "./usage.js";

export interface Recommendation {
  address: string;
  /** The deployed configuration priced with the workload's usage (cross-AZ traffic included as the planner prices it). */
  deployed: {
    totalUsd: number;
    /** False when the workload needs more than the deployed cluster has. */
    feasible: boolean;
    /** Resources above 100 % of capacity at peak: name and utilisation (fraction). */
    overCapacity: { resource: string; utilisation: number }[];
    utilisation: Record<string, number>;
  };
  /** The cheapest feasible MSK option for the workload, or null when none is feasible. */
  cheapest: {
    option: OptionId;
    configuration: OptionConfiguration | null;
    totalUsd: number;
    /** The resource that decided its size. */
    binding: string | null;
  } | null;
  /** deployed − cheapest (positive saves); null when nothing is feasible. */
  savingsUsd: number | null;
}

/** Recommendations for every priced cluster with a workload in `usage`. */
export function recommendIac(
  resources: readonly IacResourcePrice[],
  usage: Usage,
  catalog: Catalog,
  hours: number,
): Recommendation[] {
  const out: Recommendation[] = [];
  for (const r of resources) {
    if (r.kind !== "msk-cluster" && r.kind !== "msk-serverless") continue;
    const workload = usageOf(usage, r.address, r.type)?.workload;
    const config = r.configuration as ClusterConfig | undefined;
    if (!workload || !config) continue;
    const w = { ...workload, region: config.region };
    const planned = plan(w, { catalog, hours });
    const rs = rightsize(planned, config, `deployed (${r.address})`, catalog);
    const over = Object.entries(rs.current.utilisation)
      .filter(([, u]) => u > 1)
      .map(([resource, utilisation]) => ({ resource, utilisation }));
    const best = planned.options[0];
    const cheapest =
      best?.feasible && best.monthlyUsd !== null
        ? {
            option: best.option,
            configuration: best.configuration,
            totalUsd: best.monthlyUsd,
            binding: best.binding,
          }
        : null;
    out.push({
      address: r.address,
      deployed: {
        totalUsd: rs.current.monthlyUsd ?? 0,
        feasible: over.length === 0,
        overCapacity: over,
        utilisation: rs.current.utilisation,
      },
      cheapest,
      savingsUsd:
        cheapest && rs.current.priced === "complete" && rs.current.monthlyUsd !== null
          ? rs.current.monthlyUsd - cheapest.totalUsd
          : null,
    });
  }
  return out;
}
