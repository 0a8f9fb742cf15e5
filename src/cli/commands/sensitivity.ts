/** `msk-planner sensitivity WORKLOAD [--delta 20%]`: tornado of each input's effect on each option's cost. */
import { parseFraction } from "../../model/units.js";
import { sensitivity } from "../../plan/simulate/sensitivity.js";
import { formatUsd } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { checkFinite } from "../finite.js";
import { type SimArgs, simulationContext } from "../simulate-context.js";

export async function handler(argv: SimArgs & { delta?: string; top?: unknown }): Promise<void> {
  const delta = parseFraction(argv.delta ?? "20%", "--delta");
  const ctx = await simulationContext(argv);
  const r = sensitivity(ctx.parsed, delta, ctx.planner);
  checkFinite(r, "the sensitivity");
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const top = argv.top === undefined ? 8 : Math.max(1, Number(argv.top) || 8);
  const usd = (v: number | null) => (v === null ? "infeasible" : formatUsd(v));
  const out = [
    `Sensitivity: each input −${delta * 100}% / +${delta * 100}%, one at a time; largest swing first`,
  ];
  for (const o of r.options) {
    out.push(`${o.option} (baseline ${usd(o.baselineUsd)}):`);
    out.push(
      renderTable({
        head: ["Input", "Low", "High", "Swing"],
        rows: o.bars
          .slice(0, top)
          .map((b) => [
            b.path,
            usd(b.lowUsd),
            usd(b.highUsd),
            b.swingUsd === null ? "—" : formatUsd(b.swingUsd),
          ]),
        align: ["left", "right", "right", "right"],
      }),
    );
  }
  out.push(`Prices: ${ctx.origin}. Every input: --json`, "");
  process.stdout.write(out.join("\n"));
}
