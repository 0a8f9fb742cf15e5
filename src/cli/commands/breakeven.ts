/** `msk-planner breakeven WORKLOAD --vary FIELD --between A,B [--range LO..HI]`: where two options' costs cross. */
import { InputError } from "../../model/errors.js";
import { parseFieldValue } from "../../model/workload-fields.js";
import { breakeven } from "../../plan/simulate/breakeven.js";
import { resolvePath } from "../../plan/simulate/scenario.js";
import { formatFieldValue, formatUsd } from "../../report/format.js";
import { checkFinite } from "../finite.js";
import { type SimArgs, simulationContext } from "../simulate-context.js";

export async function handler(
  argv: SimArgs & { vary?: string; between?: string; range?: string; points?: unknown },
): Promise<void> {
  if (!argv.vary) throw new InputError("--vary", "expected a field path such as ingress");
  const between = (argv.between ?? "").split(",").map((s) => s.trim());
  if (between.length !== 2)
    throw new InputError(
      "--between",
      `expected two options such as serverless,standard, got ${JSON.stringify(argv.between ?? "")}`,
    );
  const ctx = await simulationContext(argv);
  const r0 = resolvePath(argv.vary, ctx.parsed, "--vary");
  let from: number | undefined;
  let to: number | undefined;
  if (argv.range !== undefined) {
    const [a, b, ...rest] = argv.range.split("..");
    if (!a || !b || rest.length)
      throw new InputError(
        "--range",
        `expected LO..HI such as 1MiB/s..200MiB/s, got ${JSON.stringify(argv.range)}`,
      );
    from = parseFieldValue({ ...r0.field, integer: false, allowed: undefined }, a.trim(), "--range");
    to = parseFieldValue({ ...r0.field, integer: false, allowed: undefined }, b.trim(), "--range");
  }
  const points = argv.points === undefined ? undefined : Number(argv.points);
  const r = breakeven(
    ctx.parsed,
    {
      field: argv.vary,
      between: [between[0] as string, between[1] as string],
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(points !== undefined ? { points } : {}),
    },
    ctx.planner,
  );
  checkFinite(r, "the break-even");
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return;
  }
  const [a, b] = r.between;
  const show = (v: number) => formatFieldValue(r0.field.kind, v);
  const out = [
    `Break-even of ${a} and ${b} over ${r.field} from ${show(r.from)} to ${show(r.to)} (--json gives exact values in bytes, seconds or counts)`,
  ];
  if (!r.crossings.length) out.push("  no crossing in the range");
  for (const c of r.crossings) {
    out.push(
      `  at ${show(c.at)} (${c.kind}): below ${a} ${formatUsd(c.belowUsd.a)} vs ${b} ${formatUsd(c.belowUsd.b)}; above ${a} ${formatUsd(c.aboveUsd.a)} vs ${b} ${formatUsd(c.aboveUsd.b)} → ${c.cheaperAbove} cheaper above`,
    );
  }
  for (const f of r.boundaries) out.push(`  ${f.option} becomes ${f.becomes} at ${show(f.at)}`);
  out.push(`Prices: ${ctx.origin}`, "");
  process.stdout.write(out.join("\n"));
}
