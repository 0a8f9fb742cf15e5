/**
 * Right-sizing (pure): a running cluster's current configuration against the planner's result
 * for the workload its metrics imply. Per option: the monthly saving (positive) or extra cost
 * (negative) of moving to it, and each resource's utilisation now and after. The current
 * configuration is priced by the same calculators as `price` and its utilisation measured with
 * the same capacity model as the planner (src/model/sizing/), so now and after are comparable.
 * (Issue #7; in src/plan because it builds on the planner's result.)
 */
import { BYTES_PER_GIB, BYTES_PER_MIB, SECONDS_PER_HOUR } from "../model/conventions.js";
import { deriveDemand } from "../model/derive-demand.js";
import { InputError } from "../model/errors.js";
import { expressCapacities, expressLoads, expressUtilisation } from "../model/sizing/express.js";
import { serverlessUtilisation } from "../model/sizing/serverless.js";
import { standardCapacities, standardLoads, standardUtilisation } from "../model/sizing/standard.js";
import type { Workload } from "../model/workload.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { ClusterConfig } from "../pricing/configuration.js";
import type { LineItem, MissingPrice, PricedStatus } from "../pricing/line-item.js";
import { priceConfiguration } from "../pricing/price-configuration.js";
import type { OptionId, PlanResult } from "./types.js";

/**
 * The running cluster in a right-sizing: its configuration, how it was obtained, its cost over the
 * period and its utilisation.
 */
export interface CurrentCluster {
  configuration: ClusterConfig;
  /** How the configuration was obtained: "given (--current FILE)" or what was inferred and from what. */
  basis: string;
  /** Sum of the priced line items: a lower bound when `priced` is "partial", null when "none". */
  monthlyUsd: number | null;
  priced: PricedStatus;
  missingPrices: MissingPrice[];
  lineItems: LineItem[];
  /** Utilisation per resource at peak now, as fractions of capacity (same keys as the option's). */
  utilisation: Record<string, number>;
}

/**
 * One option in a right-sizing result: feasible or not, cost over the period, and saving against
 * the current cluster.
 */
export interface RightsizeOption {
  option: OptionId;
  feasible: boolean;
  monthlyUsd: number | null;
  priced: PricedStatus;
  /**
   * current − option (USD/month): positive saves, negative costs more; null when infeasible or
   * when either side is not completely priced (lower bounds do not subtract).
   */
  savingsUsd: number | null;
  utilisationNow: Record<string, number>;
  utilisationAfter: Record<string, number>;
}

/**
 * Result of {@link rightsize}: the current cluster, the saving of the recommended option, and
 * every option.
 */
export interface RightsizeResult {
  current: CurrentCluster;
  /** Saving of the recommended option (null when none is feasible). */
  savingsUsd: number | null;
  options: RightsizeOption[];
}

/** Utilisation of an explicit configuration under a workload, by the planner's capacity model. */
export function currentUtilisation(config: ClusterConfig, workload: Workload): Record<string, number> {
  const d = deriveDemand(workload);
  switch (config.kind) {
    case "standard": {
      const c = standardCapacities().find((x) => x.name === config.instanceType);
      if (!c)
        throw new InputError(
          "instanceType",
          `unknown Standard instance type "${config.instanceType}"`,
          "unknown_instance",
        );
      const L = standardLoads(workload, d, (config.tieredStoredBytes ?? 0) > 0);
      return standardUtilisation(c, L, {
        brokers: config.brokers,
        storagePerBrokerGiB: config.storagePerBrokerBytes / BYTES_PER_GIB,
        pstMiBps: config.throughputPerBrokerBytesPerSec
          ? config.throughputPerBrokerBytesPerSec / BYTES_PER_MIB
          : 0,
      });
    }
    case "express": {
      const c = expressCapacities().find((x) => x.name === config.instanceType);
      if (!c)
        throw new InputError(
          "instanceType",
          `unknown Express instance type "${config.instanceType}"`,
          "unknown_instance",
        );
      return expressUtilisation(c, expressLoads(workload, d), config.brokers);
    }
    case "serverless":
      return serverlessUtilisation(d);
  }
}

/** Compare the current cluster with every option of `planned` (a plan of the imported workload). */
export function rightsize(
  planned: PlanResult,
  current: ClusterConfig,
  basis: string,
  catalog: Catalog,
): RightsizeResult {
  // The planner prices cross-AZ client traffic for provisioned options; price the current cluster
  // the same way (unless the configuration states its own), so the saving compares like with like.
  let config = current;
  let why = basis;
  if (
    config.kind !== "serverless" &&
    config.crossAzBytes === undefined &&
    planned.demand.crossAzBytesPerSec > 0
  ) {
    config = {
      ...config,
      crossAzBytes: planned.demand.crossAzBytesPerSec * planned.hours * SECONDS_PER_HOUR,
    };
    why = `${basis}; cross-AZ client traffic from the workload, as the planner prices it`;
  }
  const priced = priceConfiguration(config, catalog, { hours: planned.hours });
  const now = currentUtilisation(config, planned.workload);
  const cur: CurrentCluster = {
    configuration: config,
    basis: why,
    monthlyUsd: priced.totalUsd,
    priced: priced.priced,
    missingPrices: priced.missingPrices,
    lineItems: priced.lineItems,
    utilisation: now,
  };
  const options = planned.options.map((o) => ({
    option: o.option,
    feasible: o.feasible,
    monthlyUsd: o.monthlyUsd,
    priced: o.priced,
    savingsUsd:
      o.feasible && o.priced === "complete" && priced.priced === "complete" && priced.totalUsd !== null
        ? priced.totalUsd - (o.monthlyUsd as number)
        : null,
    utilisationNow: now,
    utilisationAfter: o.utilisation,
  }));
  const rec = options.find((o) => o.option === planned.recommended);
  return { current: cur, savingsUsd: rec?.savingsUsd ?? null, options };
}
