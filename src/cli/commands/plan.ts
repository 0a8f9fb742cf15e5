/**
 * `msk-planner plan [WORKLOAD_FILE] [flags]`: read the workload (file and/or flags), size and price
 * every option, print them cheapest feasible first (table, or `--json`). No arithmetic here.
 */

import { resourceLabel } from "../../plan/infeasibility.js";
import { plan } from "../../plan/planner.js";
import type { OptionId, OptionResult, PlanResult, Resource } from "../../plan/types.js";
import { planJson } from "../../report/citations.js";
import { formatPercent, formatQuantity, formatTotal } from "../../report/format.js";
import { words } from "../../report/labels.js";
import { renderTable } from "../../report/table.js";
import { loadCatalog } from "../catalog.js";
import { checkFinite } from "../finite.js";
import { loadWorkload, planSelection } from "../plan-flags.js";

export type PlanArgs = Record<string, unknown> & {
  workloadFile?: string;
  catalog?: string;
  options?: string;
  json?: boolean;
  /** A saved `plan --json`: print what changed from it instead of the plan (issue #15). */
  baseline?: string;
  failIfInfeasible?: boolean;
  markdown?: boolean;
};

/** Read the workload (file and/or flags) and plan it with the command's flags: what `plan` and `diff` share. */
export async function planFromArgs(
  argv: PlanArgs,
  file: string | undefined,
): Promise<{ result: PlanResult; origin: string; distributions: unknown[] }> {
  const { workload, distributions } = await loadWorkload(argv, file);
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });
  // --options and --compare alternatives (issue #8), and the alternatives' own flags.
  const selection = await planSelection(argv);
  const options = selection.options as OptionId[] | undefined;
  // The planner names workload fields (`region`); the top-level handler names the flag when the
  // value came from one (plan-flags.ts namedForFlag).
  const result = plan(workload, {
    catalog,
    ...(options ? { options } : {}),
    alternatives: selection.alternatives,
  });
  return { result, origin, distributions };
}

/** Exit code when `--fail-if-infeasible` is given and no option fits (1 and 2 are errors). */
export const EXIT_NO_FEASIBLE_OPTION = 3;

export async function handler(argv: PlanArgs): Promise<void> {
  const { result, origin, distributions } = await planFromArgs(argv, argv.workloadFile);
  checkFinite(result, "the plan");
  // The output is printed either way; CI notices through the exit code.
  if (argv.failIfInfeasible && result.recommended === null) process.exitCode = EXIT_NO_FEASIBLE_OPTION;
  if (argv.baseline !== undefined) {
    const { printDiff, loadSavedPlan } = await import("./diff.js");
    printDiff(loadSavedPlan(argv.baseline), result, argv);
    return;
  }
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(planJson(result), null, 2)}\n`);
    return;
  }
  process.stdout.write(renderPlan(result, origin));
  if (distributions.length) {
    process.stderr.write(
      `msk-planner: ${distributions.length} distribution(s) in the workload were replaced by their medians; \`msk-planner simulate\` samples them\n`,
    );
  }
}

/** "9 × kafka.m7g.large, 1,125 GiB each, PST 300 MiB/s, tiered" — from the option's typed configuration. */
export function describeConfiguration(o: OptionResult): string {
  const c = o.configuration;
  if (!c) return "—";
  const parts: string[] = [];
  if ("instanceType" in c)
    parts.push(
      `${c.brokers} × ${c.instanceType}${"brokersNeeded" in c && c.brokersNeeded ? ` (needs ${formatQuantity(c.brokersNeeded)})` : ""}`,
    );
  if ("storagePerBrokerGiB" in c) parts.push(`${formatQuantity(c.storagePerBrokerGiB)} GiB each`);
  if ("provisionedThroughputMiBps" in c && c.provisionedThroughputMiBps !== null)
    parts.push(`PST ${formatQuantity(c.provisionedThroughputMiBps)} MiB/s`);
  if ("tieredStorage" in c && c.tieredStorage) parts.push("tiered");
  if ("costBasis" in c) parts.push(c.costBasis); // self-managed: "infrastructure only" (issue #8)
  if ("clusters" in c) parts.push(`${c.clusters} cluster, ${formatQuantity(c.partitions)} partitions`);
  // The alternatives (issue #8), in words (issue #15): no internal key names in the table.
  if ("shards" in c) parts.push(plural(c.streams, "stream"), plural(c.shards, "shard"));
  else if ("readMode" in c) parts.push(plural(c.streams, "stream"));
  if ("readMode" in c) parts.push(`${c.readMode} reads`);
  if ("efoConsumers" in c && c.efoConsumers > 0)
    parts.push(plural(c.efoConsumers, "enhanced fan-out consumer"));
  if ("putUnitsPerRecord" in c && c.putUnitsPerRecord > 1)
    parts.push(`${c.putUnitsPerRecord} PUT units per record`);
  if ("billedRecordBytes" in c) parts.push(`records billed as ${formatQuantity(c.billedRecordBytes)} bytes`);
  if ("queues" in c)
    parts.push(
      plural(c.queues, "queue"),
      `batches of ${c.batchSize}`,
      `${formatQuantity(c.requestsPerMonth)} requests`,
      ...(c.freeTier ? ["free tier subtracted"] : []),
    );
  if (parts.length === 0) {
    for (const [k, v] of Object.entries(c))
      if (v !== null) parts.push(`${words(k)} ${typeof v === "number" ? formatQuantity(v) : String(v)}`);
  }
  return parts.join(", ");
}

function plural(n: number, noun: string): string {
  return `${formatQuantity(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** "network out 48.4%": the binding resource in words, with its utilisation when it has one. */
function bindingText(o: OptionResult): string {
  if (!o.binding) return "—";
  const u = (o.utilisation as Partial<Record<Resource, number>>)[o.binding];
  return u === undefined ? resourceLabel(o.binding) : `${resourceLabel(o.binding)} ${formatPercent(u)}`;
}

/** "MSK options" when only MSK options are shown, otherwise what is shown. */
function planTitle(r: PlanResult): string {
  return r.options.every((o) => o.family === "msk") ? "MSK options" : "MSK options and alternatives";
}

export function renderPlan(r: PlanResult, origin: string): string {
  const rows = r.options.map((o) => [
    o.option,
    o.feasible ? "yes" : "no",
    describeConfiguration(o),
    o.feasible ? formatTotal(o.monthlyUsd, o.priced, o.missingPrices) : "—",
    bindingText(o),
  ]);
  const table = renderTable({
    head: ["Option", "Feasible", "Configuration", "Monthly (USD)", "Binding (utilisation)"],
    rows,
    align: ["left", "left", "left", "right", "left"],
  });
  const lines = [
    `${planTitle(r)} in ${r.region} for ${formatQuantity(r.hours)} hours; recommended: ${r.recommended ?? (r.pricesNeeded ? "none (no feasible option is completely priced)" : "none (no option is feasible)")}`,
    table,
  ];
  if (r.pricesNeeded) lines.push(`Prices needed: ${r.pricesNeeded.message}`);
  for (const o of r.options) {
    if (!o.feasible) lines.push(`${o.option}: not feasible`, ...o.reasons.map((x) => `  - ${x}`));
  }
  const notes = r.options.filter((o) => o.notes.length);
  if (notes.length) {
    lines.push("Notes:");
    for (const o of notes) lines.push(...o.notes.map((n) => `  ${o.option}: ${n}`));
  }
  lines.push(
    `Prices: ${r.catalog.source} catalog dated ${r.catalog.date} (${origin}). Line items and utilisation per resource: --json`,
    "",
  );
  return lines.join("\n");
}
