/**
 * The workbook's formula for each line item's billed quantity: the declaration the line-item
 * calculator computes (src/pricing/billed-quantities.ts), rendered over named cells. The
 * declaration is not written again here; this module only says where the workbook finds each of
 * its inputs:
 *
 * - the billing period: `hours`, and months = hours ÷ hours_per_month;
 * - the option's typed configuration (a fixed sheet's cells, e.g. `brokers_standard`,
 *   `standard_storagePerBrokerGiB`), or on a live sheet the cells that size it;
 * - the workload: the Assumptions sheet's derived cells (src/report/workload-demand.ts), each the
 *   model's own declaration of that figure (src/model/demand-rules.ts), cached at the planner's value:
 *   - data in (Express written, Serverless in) = ingress × 3600 × hours; data out likewise of egress
 *   - stored = retained bytes (Express, Serverless: one copy); tiered stored = the tier's bytes
 *   - tiered retrieved = tier reads × 3600 × hours; cross-AZ = its rate × 3600 × hours
 *   - partitions (live Serverless) = the workload's partitions; clusters (live Serverless) = 1.
 *
 * A quantity whose inputs the workbook cannot find (an alternative to MSK: its calculators have no
 * declarations yet) has no formula: the report model shows the planner's quantity as an editable
 * input, saying so.
 */

import type {
  ExpressConfiguration,
  OptionResult,
  ServerlessConfiguration,
  StandardConfiguration,
} from "../plan/types.js";
import type { Arithmetic, QuantityInput } from "../pricing/billed-quantities.js";
import { quantityRule } from "../pricing/billed-quantities.js";
import { N } from "./assumptions.js";
import { div, type Expr, mul, num, ref } from "./expr.js";
import { demand } from "./workload-demand.js";

/** The declarations' arithmetic in the workbook: expressions over named cells. */
export const FORMULAS: Arithmetic<Expr> = {
  // mul(mul(a, b), c) as the one product a*b*c: the formula text a reader sees stays flat.
  mul: (a, b) => (a.kind === "mul" ? mul(...a.factors, b) : mul(a, b)),
  div,
  bytesPerBilledGB: ref(N.bytesPerBilledGB),
};

/** Where the workbook finds each input of a declaration (built on demand: a sum over streams can be long). */
export type QuantityInputs = { readonly [I in QuantityInput]?: () => Expr | undefined };

/**
 * The formula of the quantity billed on a line of `dimension`, its declaration over `inputs`; or
 * undefined when the dimension has no declaration or an input has no cell.
 */
export function quantityFormula(dimension: string, inputs: QuantityInputs): Expr | undefined {
  const rule = quantityRule(dimension);
  if (!rule) return undefined;
  const x: Partial<Record<QuantityInput, Expr>> = {};
  for (const i of rule.inputs) {
    const e = inputs[i]?.();
    if (!e) return undefined;
    x[i] = e;
  }
  return rule.of(FORMULAS, x as Record<QuantityInput, Expr>);
}

const hours = ref(N.hours);

/** Bytes moved over the period at a total rate of `bps` bytes/s. */
const overPeriod = (bps: Expr): Expr => mul(bps, ref(N.secondsPerHour), hours);

/**
 * The inputs every sheet finds on the Assumptions sheet: the period, and the workload's figures
 * (its derived cells, src/report/workload-demand.ts: each the model's declaration of that figure,
 * so no quantity derives the workload again). Serverless's clusters and partitions are the
 * planner's one cluster and the streams' partitions (a fixed sheet's configuration cells take
 * their place).
 */
export function workloadInputs(): QuantityInputs {
  const dataIn = () => overPeriod(demand("ingressBytesPerSec"));
  return {
    hours: () => hours,
    months: () => div(hours, ref(N.hoursPerMonth)),
    tieredStoredBytes: () => demand("tieredStoredBytes"),
    tieredRetrievedBytes: () => overPeriod(demand("tierReadBytesPerSec")),
    dataWrittenBytes: dataIn,
    dataInBytes: dataIn,
    dataOutBytes: () => overPeriod(demand("egressBytesPerSec")),
    storedBytes: () => demand("retainedBytes"),
    clusters: () => num(1),
    partitions: () => demand("partitions"),
    crossAzBytes: () => overPeriod(demand("crossAzBytesPerSec")),
  };
}

/**
 * The inputs of a fixed option sheet: the option's typed configuration cells (`cell(field)`: the
 * defined name of a numeric configuration field's cell, or undefined, e.g. no PST), and where the
 * configuration has no cell for an input, the workload's.
 */
export function sheetInputs(o: OptionResult, cell: (field: string) => string | undefined): QuantityInputs {
  const out: { [I in QuantityInput]?: () => Expr | undefined } = { ...workloadInputs() };
  for (const [i, fromConfig] of Object.entries(configurationInputs(o, cell))) {
    const fromWorkload = out[i as QuantityInput];
    out[i as QuantityInput] = () => fromConfig() ?? fromWorkload?.();
  }
  return out;
}

function configurationInputs(o: OptionResult, cell: (field: string) => string | undefined): QuantityInputs {
  const at =
    <C>() =>
    (field: keyof C & string) =>
    () => {
      const name = cell(field);
      return name === undefined ? undefined : ref(name);
    };
  switch (o.option) {
    case "standard":
    case "standard-tiered": {
      const c = at<StandardConfiguration>();
      return {
        brokers: c("brokers"),
        storagePerBrokerGB: c("storagePerBrokerGiB"),
        throughputPerBrokerMiBps: c("provisionedThroughputMiBps"),
      };
    }
    case "express":
      return { brokers: at<ExpressConfiguration>()("brokers") };
    case "serverless": {
      const c = at<ServerlessConfiguration>();
      return { clusters: c("clusters"), partitions: c("partitions") };
    }
    default:
      return {};
  }
}
