/** `msk-planner whatif WORKLOAD --set FIELD=VALUE …`: baseline and changed plans side by side. */
import { whatIf } from "../../plan/simulate/whatif.js";
import { planJson } from "../../report/citations.js";
import { formatUsd } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { checkFinite } from "../finite.js";
import { listOf, type SimArgs, simulationContext } from "../simulate-context.js";

export async function handler(argv: SimArgs & { set?: unknown }): Promise<void> {
  const sets = listOf(argv.set, "--set");
  const ctx = await simulationContext(argv);
  const r = whatIf(ctx.parsed, sets, ctx.planner);
  checkFinite(r, "the what-if");
  if (argv.json) {
    // Each plan as `plan --json` prints it: options carry the URLs of the sources their notes cite.
    const out = { ...r, baseline: planJson(r.baseline), changed: planJson(r.changed) };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const usd = (v: number | null) => (v === null ? "infeasible" : formatUsd(v));
  const signed = (v: number | null) => (v === null ? "—" : `${v >= 0 ? "+" : "−"}${formatUsd(Math.abs(v))}`);
  const out = [
    `What if ${Object.entries(r.set)
      .map(([k, v]) => `${k} = ${v}`)
      .join(", ")} (recommended: ${r.baseline.recommended ?? "none"} → ${r.changed.recommended ?? "none"})`,
    renderTable({
      head: ["Option", "Baseline (USD/month)", "Changed (USD/month)", "Difference"],
      rows: r.differences.map((d) => [d.option, usd(d.baselineUsd), usd(d.changedUsd), signed(d.deltaUsd)]),
      align: ["left", "right", "right", "right"],
    }),
  ];
  for (const d of r.differences) {
    if (!d.changedFeasible && d.changedReasons.length)
      out.push(`${d.option}: infeasible after the change: ${d.changedReasons.join("; ")}`);
    if (!d.baselineFeasible && d.baselineReasons.length)
      out.push(`${d.option}: infeasible at the baseline: ${d.baselineReasons.join("; ")}`);
    const moved = d.lineItems.filter((l) => l.deltaUsd !== 0);
    if (!moved.length) continue;
    out.push(
      `${d.option}:`,
      renderTable({
        head: ["Line item", "Baseline", "Changed", "Difference"],
        rows: moved.map((l) => [
          l.component,
          formatUsd(l.baselineUsd),
          formatUsd(l.changedUsd),
          signed(l.deltaUsd),
        ]),
        align: ["left", "right", "right", "right"],
      }),
    );
  }
  out.push(`Prices: ${ctx.origin}. Full plans and every line item: --json`, "");
  process.stdout.write(out.join("\n"));
}
