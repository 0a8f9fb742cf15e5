/**
 * The planner's result: the `--json` shape of `msk-planner plan` (issue #4), also what reports,
 * the simulator and the alternatives build on.
 */
import type { Workload } from "../model/workload.js";
import type { LineItem } from "../pricing/line-item.js";

export const MSK_OPTIONS = ["standard", "standard-tiered", "express", "serverless"] as const;
export const ALTERNATIVE_OPTIONS = [
  "self-managed",
  "kinesis-provisioned",
  "kinesis-on-demand",
  "sqs-standard",
  "sqs-fifo",
] as const;
export type MskOptionId = (typeof MSK_OPTIONS)[number];
export type AlternativeOptionId = (typeof ALTERNATIVE_OPTIONS)[number];
export type OptionId = MskOptionId | AlternativeOptionId;

/** A configuration as shown to users: instanceType, brokers, storagePerBrokerGiB, … (option-specific). */
export type OptionConfiguration = Record<string, string | number | boolean | null>;

export interface OptionResult {
  option: OptionId;
  family: "msk" | "alternative";
  feasible: boolean;
  /** The chosen configuration; for an infeasible option, the closest one tried (or null). */
  configuration: OptionConfiguration | null;
  /** Monthly cost (USD, unrounded); null when infeasible: an infeasible option is never priced. */
  monthlyUsd: number | null;
  lineItems: LineItem[];
  /** Utilisation per resource at peak, as a fraction of capacity (not of the target). */
  utilisation: Record<string, number>;
  /** The resource that decided the size, or null. */
  binding: string | null;
  /** Why infeasible (each names the constraint and by how much); empty when feasible. */
  reasons: string[];
  /** Assumptions and caveats the user should see (e.g. "infrastructure only"). */
  notes: string[];
}

export interface PlanResult {
  region: string;
  hours: number;
  catalog: { source: string; date: string };
  workload: Workload;
  demand: import("../model/demand.js").Demand;
  /** Sorted cheapest feasible first, infeasible last. */
  options: OptionResult[];
  /** The cheapest feasible option, or null. */
  recommended: OptionId | null;
}
