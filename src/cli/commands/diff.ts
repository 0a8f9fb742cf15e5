/**
 * `msk-planner diff BASE NEW` (issue #15): what changed between two plans. Each side is a saved
 * `plan --json` output or a workload file (planned here with the same flags as `plan`).
 * `plan WORKLOAD --baseline saved.json` is `diff saved.json WORKLOAD`. Read → diffPlans → render.
 */
import { existsSync, statSync } from "node:fs";
import * as z from "zod";
import { InputError } from "../../model/errors.js";
import { type DiffablePlan, diffPlans } from "../../plan/diff.js";
import { renderDiffJson, renderDiffMarkdown, renderDiffTable } from "../../report/diff.js";
import { readStructuredFile } from "../io.js";
import { type PlanArgs, planFromArgs } from "./plan.js";

/** The fields of a saved `plan --json` a diff reads; anything else in the file is ignored. */
const SavedPlan = z.object({
  region: z.string(),
  hours: z.number(),
  catalog: z.object({ source: z.string(), date: z.string() }).optional(),
  recommended: z.string().nullable(),
  options: z.array(
    z.object({
      option: z.string(),
      feasible: z.boolean(),
      monthlyUsd: z.number().nullable(),
      configuration: z.record(z.string(), z.unknown()).nullable(),
      lineItems: z.array(
        z.object({
          component: z.string(),
          dimension: z.string().optional(),
          quantity: z.number(),
          unit: z.string(),
          costUsd: z.number(),
          source: z.string().optional(),
          sourceUrl: z.string().nullable().optional(),
        }),
      ),
      reasons: z.array(z.string()).optional(),
    }),
  ),
});

/** Top-level keys of Terraform plan/state JSON and CloudFormation templates (compared by `diff --iac`). */
const IAC_KEYS = [
  "format_version",
  "terraform_version",
  "resource_changes",
  "AWSTemplateFormatVersion",
  "Resources",
];

function isSavedPlan(raw: unknown): boolean {
  return typeof raw === "object" && raw !== null && "options" in raw && "recommended" in raw;
}

function parseSavedPlan(raw: unknown, path: string, what: string): DiffablePlan {
  const r = SavedPlan.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const at = issue?.path.join(".") ?? "";
  throw new InputError(
    what,
    `${path} is not a saved \`plan --json\`: ${at ? `${at}: ` : ""}${issue?.message}`,
  );
}

/** Read a saved `plan --json` output (for `plan --baseline`). */
export function loadSavedPlan(path: string, what = "--baseline"): DiffablePlan {
  return parseSavedPlan(readStructuredFile(path, what), path, what);
}

/** One side of a diff: a saved plan as it is, or a workload file planned now. */
async function loadSide(path: string, what: string, argv: PlanArgs): Promise<DiffablePlan> {
  const iac = () =>
    new InputError("--iac", `${path} looks like infrastructure as code: give --iac to compare it`);
  if (existsSync(path) && statSync(path).isDirectory()) throw iac();
  const raw = readStructuredFile(path, what);
  if (isSavedPlan(raw)) return parseSavedPlan(raw, path, what);
  if (typeof raw === "object" && raw !== null && IAC_KEYS.some((k) => k in raw)) throw iac();
  return (await planFromArgs(argv, path)).result;
}

export type DiffArgs = PlanArgs & { base: string; new: string };

/** Print the diff of old → new in the format the flags ask for (table, --markdown, --json). */
export function printDiff(oldPlan: DiffablePlan, newPlan: DiffablePlan, argv: PlanArgs): void {
  const d = diffPlans(oldPlan, newPlan);
  if (argv.json && argv.markdown) throw new InputError("--markdown", "give --markdown or --json, not both");
  process.stdout.write(
    argv.json ? renderDiffJson(d) : argv.markdown ? renderDiffMarkdown(d) : renderDiffTable(d),
  );
}

export async function handler(argv: DiffArgs): Promise<void> {
  const oldPlan = await loadSide(argv.base, "BASE", argv);
  const newPlan = await loadSide(argv.new, "NEW", argv);
  printDiff(oldPlan, newPlan, argv);
}
