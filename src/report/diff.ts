/**
 * Renderers for a {@link PlanDiff} (src/plan/diff.ts): a terminal table, Markdown fit for a
 * pull-request comment, and JSON. Money is rounded here only, by the one display rule (formatUsd).
 */
import type { CostChange, LineItemDiff, OptionDiff, PlanDiff } from "../plan/diff.js";
import { formatUsd } from "./format.js";
import { renderTable } from "./table.js";

/** "+$12.34" / "-$5.00" / "$0.00"; "—" when there is nothing to compare. */
export function formatDeltaUsd(delta: number | null): string {
  if (delta === null) return "—";
  const s = formatUsd(delta);
  return s.startsWith("-") || s === "$0.00" ? s : `+${s}`;
}

/** "+10.0%" / "-3.2%"; "—" when the old cost is absent or zero. */
export function formatDeltaPct(fraction: number | null): string {
  if (fraction === null) return "—";
  const s = (fraction * 100).toFixed(1);
  return s === "0.0" || s === "-0.0" ? "0.0%" : `${fraction > 0 ? "+" : ""}${s}%`;
}

function usdOrDash(usd: number | null): string {
  return usd === null ? "—" : formatUsd(usd);
}

/** An option's state in one plan: its cost, "infeasible", or "absent". */
function side(feasible: boolean | null, usd: number | null): string {
  if (feasible === null) return "absent";
  if (!feasible) return "infeasible";
  return usdOrDash(usd);
}

function changeCells(c: CostChange): [string, string] {
  return [formatDeltaUsd(c.deltaUsd), formatDeltaPct(c.deltaFraction)];
}

function feasibilityNote(o: OptionDiff): string | null {
  if (o.oldFeasible === o.newFeasible || o.oldFeasible === null || o.newFeasible === null) return null;
  return o.newFeasible ? "now feasible" : "no longer feasible";
}

function configurationText(o: OptionDiff): string[] {
  return o.configuration.map((c) => `${c.field}: ${String(c.old)} → ${String(c.new)}`);
}

/** Lines that changed (unchanged lines are left out: the diff is about what moved). */
function changedLines(o: OptionDiff): LineItemDiff[] {
  return o.lineItems.filter((l) => l.kind !== "unchanged");
}

/** One sentence on the recommendation: kept or changed, and the recommended cost before → after. */
export function recommendationSummary(d: PlanDiff): string {
  const r = d.recommended;
  const who = r.changed
    ? `recommendation changed: ${r.old ?? "none"} → ${r.new ?? "none"}`
    : `recommendation unchanged: ${r.new ?? "none (no option is feasible)"}`;
  const c = d.recommendedCost;
  if (c.oldUsd === null && c.newUsd === null) return who;
  return `${who}; its cost ${usdOrDash(c.oldUsd)} → ${usdOrDash(c.newUsd)} (${formatDeltaUsd(c.deltaUsd)}, ${formatDeltaPct(c.deltaFraction)})`;
}

function context(d: PlanDiff): string[] {
  const out: string[] = [];
  if (d.region.old !== d.region.new) out.push(`region ${d.region.old} → ${d.region.new}`);
  if (d.hours.old !== d.hours.new) out.push(`billing period ${d.hours.old} → ${d.hours.new} hours`);
  if (d.catalog.old !== d.catalog.new)
    out.push(`price catalog ${d.catalog.old ?? "unknown"} → ${d.catalog.new ?? "unknown"}`);
  return out;
}

/** The diff as a terminal table: one row per option, its changed line items indented under it. */
export function renderDiffTable(d: PlanDiff): string {
  const rows: string[][] = [];
  for (const o of d.options) {
    const note = feasibilityNote(o) ?? (o.kind === "added" || o.kind === "removed" ? o.kind : "");
    rows.push([
      o.option,
      side(o.oldFeasible, o.oldUsd),
      side(o.newFeasible, o.newUsd),
      ...changeCells(o),
      note,
    ]);
    for (const l of changedLines(o))
      rows.push([`  ${l.component}`, usdOrDash(l.oldUsd), usdOrDash(l.newUsd), ...changeCells(l), l.kind]);
    for (const c of configurationText(o)) rows.push([`  ${c}`, "", "", "", "", "configuration"]);
  }
  const table = renderTable({
    head: ["Option / line item", "Old (USD)", "New (USD)", "Change", "%", ""],
    rows,
    align: ["left", "right", "right", "right", "right", "left"],
  });
  return [
    `Plan diff (old → new): ${recommendationSummary(d)}`,
    ...context(d).map((c) => `  ${c}`),
    table,
    "",
  ].join("\n");
}

/** Markdown for a pull-request comment: a summary line, one table of options, the changed lines per option. */
export function renderDiffMarkdown(d: PlanDiff): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const out: string[] = ["### msk-planner cost diff", "", `**${esc(recommendationSummary(d))}**`, ""];
  for (const c of context(d)) out.push(`- ${esc(c)}`);
  if (context(d).length) out.push("");
  out.push("| Option | Old | New | Change | % |", "|---|---:|---:|---:|---:|");
  for (const o of d.options) {
    const note = feasibilityNote(o) ?? (o.kind === "added" || o.kind === "removed" ? o.kind : "");
    out.push(
      `| ${esc(o.option)}${note ? ` (${note})` : ""} | ${side(o.oldFeasible, o.oldUsd)} | ${side(o.newFeasible, o.newUsd)} | ${changeCells(o).join(" | ")} |`,
    );
  }
  for (const o of d.options) {
    const lines = changedLines(o);
    const config = configurationText(o);
    if (!lines.length && !config.length) continue;
    out.push("", `<details><summary>${esc(o.option)}: ${formatDeltaUsd(o.deltaUsd)}</summary>`, "");
    if (config.length) out.push(...config.map((c) => `- ${esc(c)}`), "");
    if (lines.length) {
      out.push("| Line item | Old | New | Change | % |", "|---|---:|---:|---:|---:|");
      for (const l of lines)
        out.push(
          `| ${esc(l.component)} | ${usdOrDash(l.oldUsd)} | ${usdOrDash(l.newUsd)} | ${changeCells(l).join(" | ")} |`,
        );
    }
    out.push("", "</details>");
  }
  out.push("");
  return out.join("\n");
}

/** The diff as JSON (numbers unrounded; the same inputs give byte-identical output). */
export function renderDiffJson(d: PlanDiff): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
