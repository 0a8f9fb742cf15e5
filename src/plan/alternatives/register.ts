/**
 * The alternatives as planner options (src/plan/options.ts registry), family "alternative".
 * Their prices come from src/pricing/alternatives/prices.ts (docs/billing-rules.md), not from the MSK
 * catalog; the user's inputs for them (labour, SQS batching, free tier) arrive in
 * OptionContext.alternatives. `evaluate` is the full evaluation reduced to {feasible, monthlyUsd},
 * so the two always agree.
 */
import { type OptionEvaluator, registerOption } from "../options.js";
import { ALTERNATIVE_OPTIONS, type AlternativeOptionId } from "../types.js";
import { ALTERNATIVE_EVALUATORS } from "./index.js";

const DESCRIPTIONS: Readonly<Record<AlternativeOptionId, string>> = {
  "self-managed":
    "Apache Kafka on EC2: brokers sized like MSK Standard, gp3, KRaft controllers, cross-AZ replication; labour only when given",
  "kinesis-provisioned": "Kinesis Data Streams, provisioned shards (PUT units, retention, enhanced fan-out)",
  "kinesis-on-demand": "Kinesis Data Streams, on-demand (stream-hours, GB in/out rounded per record)",
  "sqs-standard": "SQS standard queues, one per consumer group (64 KB request chunks, batching)",
  "sqs-fifo": "SQS FIFO queues, one per consumer group (300 calls/s per action)",
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
      evaluate: (workload, demand) => {
        const r = evaluate({ ...base, workload, demand });
        return { option: id, feasible: r.feasible, monthlyUsd: r.monthlyUsd, priced: r.priced };
      },
    };
  },
}));

/** Register the five alternatives after the MSK options (idempotent). */
export function registerAlternatives(): void {
  for (const e of ALTERNATIVE_OPTION_EVALUATORS) registerOption(e);
}
