/**
 * The five alternatives to MSK as planner options (issue #8), family "alternative", in the order
 * `--compare alternatives` lists them after the MSK options.
 */
import type { AlternativeOptionId, OptionResult } from "../types.js";
import type { AlternativeContext, AlternativeEvaluator } from "./common.js";
import { evaluateKinesisOnDemand, evaluateKinesisProvisioned } from "./kinesis.js";
import { evaluateSelfManaged } from "./self-managed.js";
import { evaluateSqsFifo, evaluateSqsStandard } from "./sqs.js";

export type { AlternativeContext, AlternativeEvaluator, AlternativeInputs } from "./common.js";
export { INFRASTRUCTURE_ONLY, WITH_LABOUR } from "./self-managed.js";

/**
 * The evaluator of each alternative to MSK (self-managed Kafka on EC2, Kinesis provisioned and
 * on-demand, SQS standard and FIFO), by option id.
 */
export const ALTERNATIVE_EVALUATORS: Readonly<Record<AlternativeOptionId, AlternativeEvaluator>> = {
  "self-managed": evaluateSelfManaged,
  "kinesis-provisioned": evaluateKinesisProvisioned,
  "kinesis-on-demand": evaluateKinesisOnDemand,
  "sqs-standard": evaluateSqsStandard,
  "sqs-fifo": evaluateSqsFifo,
};

/** Evaluate the given alternatives (default: all five) for one workload. */
export function evaluateAlternatives(
  ctx: AlternativeContext,
  ids: readonly AlternativeOptionId[] = Object.keys(ALTERNATIVE_EVALUATORS) as AlternativeOptionId[],
): OptionResult[] {
  return ids.map((id) => ALTERNATIVE_EVALUATORS[id](ctx));
}
