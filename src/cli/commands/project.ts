/** `msk-planner project WORKLOAD --months N --growth FIELD=RULE …`: month-by-month configuration and cost. */
import { InputError } from "../../model/errors.js";
import { project } from "../../plan/simulate/projection.js";
import type { OptionConfiguration } from "../../plan/types.js";
import { formatUsd } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { checkFinite } from "../finite.js";
import { listOf, type SimArgs, simulationContext } from "../simulate-context.js";
import { describeConfiguration } from "./plan.js";

export async function handler(
  argv: SimArgs & { months?: unknown; growth?: unknown; csv?: boolean },
): Promise<void> {
  const months = argv.months === undefined ? 12 : Number(argv.months);
  if (!Number.isInteger(months) || months < 1)
    throw new InputError(
      "--months",
      `expected a whole number of months ≥ 1, got ${JSON.stringify(argv.months)}`,
    );
  const growth = listOf(argv.growth, "--growth");
  const ctx = await simulationContext(argv);
  const r = project(ctx.parsed, growth, months, ctx.planner);
  checkFinite(r, "the projection");
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  if (argv.csv) {
    const head = ["month", ...r.options.flatMap((o) => [`${o.option}`, `${o.option}_cumulative`])];
    const lines = [head.join(",")];
    for (let m = 0; m < r.months; m++)
      lines.push(
        [
          m + 1,
          ...r.options.flatMap((o) => [o.months[m]?.monthlyUsd ?? "", o.months[m]?.cumulativeUsd ?? ""]),
        ].join(","),
      );
    process.stdout.write(`${lines.join("\n")}\n`);
    return;
  }
  const usd = (v: number | null | undefined) => (v === null || v === undefined ? "infeasible" : formatUsd(v));
  const out = [
    `Projection over ${r.months} months (${r.growth.length ? growth.join(", ") : "no growth"}); monthly USD per option`,
    renderTable({
      head: ["Month", ...r.options.map((o) => o.option)],
      rows: Array.from({ length: r.months }, (_, m) => [
        String(m + 1),
        ...r.options.map((o) => usd(o.months[m]?.monthlyUsd)),
      ]),
      align: ["right", ...r.options.map(() => "right" as const)],
    }),
    `Total over ${r.months} months: ${r.options.map((o) => `${o.option} ${formatUsd(o.totalUsd)}${o.infeasibleFromMonth ? ` (infeasible from month ${o.infeasibleFromMonth})` : ""}`).join("; ")}`,
    "Scaling events:",
  ];
  const cfg = (c: OptionConfiguration | null, option: string) =>
    c ? describeConfiguration({ option, configuration: c } as never) : "none";
  for (const o of r.options) {
    for (const e of o.events)
      out.push(
        `  month ${e.month}, ${o.option}: ${cfg(e.from, o.option)} → ${cfg(e.to, o.option)} (${e.why})`,
      );
  }
  if (!r.options.some((o) => o.events.length)) out.push("  none");
  out.push(
    `Storage per broker never shrinks (EBS volumes cannot be reduced). Prices: ${ctx.origin}. Every month's configuration: --json`,
    "",
  );
  process.stdout.write(out.join("\n"));
}
