/**
 * The alternatives as planner options (src/plan/options.ts registry), family "alternative".
 * Their prices come from src/pricing/alternatives/prices.ts (docs/billing-rules.md), not from the MSK
 * catalog; the user's inputs for them (labour, SQS batching, free tier) arrive in
 * OptionContext.alternatives. `plan` is the full evaluation (line items, notes, reasons); `evaluate`
 * (what a sweep or simulation calls per scenario) is each alternative's cost-only path
 * (*-cost.ts): the same sizing functions and the calculators' own line quantities summed as plain
 * numbers on prices read once, so the two agree to the last bit (test/alternatives/cost-path.property.test.ts).
 */
import { type OptionEvaluator, registerOption } from "../options.js";
import { ALTERNATIVE_OPTIONS, type AlternativeOptionId } from "../types.js";
import type { AlternativeInputs } from "./common.js";
import { ALTERNATIVE_EVALUATORS } from "./index.js";
import { prepareKinesisOnDemandCost, prepareKinesisProvisionedCost } from "./kinesis-cost.js";
import { prepareSelfManagedCost } from "./self-managed-cost.js";
import { prepareSqsCost } from "./sqs-cost.js";

const DESCRIPTIONS: Readonly<Record<AlternativeOptionId, string>> = {
  "self-managed":
    "Apache Kafka on EC2: brokers sized like MSK Standard, gp3, KRaft controllers, cross-AZ replication; labour only when given",
  "kinesis-provisioned": "Kinesis Data Streams, provisioned shards (PUT units, retention, enhanced fan-out)",
  "kinesis-on-demand": "Kinesis Data Streams, on-demand (stream-hours, GB in/out rounded per record)",
  "sqs-standard": "SQS standard queues, one per consumer group (64 KB request chunks, batching)",
  "sqs-fifo": "SQS FIFO queues, one per consumer group (300 calls/s per action)",
};

type CostPath = ReturnType<typeof prepareSelfManagedCost>;

/** Each alternative's cost-only path, prepared for a region, period and inputs. */
const COST_PATHS: Readonly<
  Record<AlternativeOptionId, (region: string, hours: number, inputs?: AlternativeInputs) => CostPath>
> = {
  "self-managed": prepareSelfManagedCost,
  "kinesis-provisioned": prepareKinesisProvisionedCost,
  "kinesis-on-demand": prepareKinesisOnDemandCost,
  "sqs-standard": (region, hours, inputs) =>
    prepareSqsCost("sqs-standard", "standard", region, hours, inputs),
  "sqs-fifo": (region, hours, inputs) => prepareSqsCost("sqs-fifo", "fifo", region, hours, inputs),
};

export const ALTERNATIVE_OPTION_EVALUATORS: readonly OptionEvaluator[] = ALTERNATIVE_OPTIONS.map((id) => ({
  option: id,
  family: "alternative" as const,
  description: DESCRIPTIONS[id],
  prepare(ctx) {
    const evaluate = ALTERNATIVE_EVALUATORS[id];
    const base = {
      hours: ctx.hours,
      region: ctx.region,
      ...(ctx.alternatives ? { inputs: ctx.alternatives } : {}),
    };
    return {
      option: id,
      family: "alternative" as const,
      plan: (workload, demand) => evaluate({ ...base, workload, demand }),
      evaluate: COST_PATHS[id](ctx.region, ctx.hours, ctx.alternatives),
    };
  },
}));

/** Register the five alternatives after the MSK options (idempotent). */
export function registerAlternatives(): void {
  for (const e of ALTERNATIVE_OPTION_EVALUATORS) registerOption(e);
}
