/** `msk-planner breakeven WORKLOAD --vary FIELD --between A,B [--range LO..HI]`: where two options' costs cross. */
import { InputError } from "../../model/errors.js";
import { parseFieldValue } from "../../model/workload-fields.js";
import { type BreakevenResult, breakeven } from "../../plan/simulate/breakeven.js";
import { type ResolvedPath, resolvePath, ScenarioWorkload } from "../../plan/simulate/scenario.js";
import type { OptionId } from "../../plan/types.js";
import { formatFieldValue, formatUsd } from "../../report/format.js";
import { checkFinite } from "../finite.js";
import { type SimArgs, type SimContext, simulationContext } from "../simulate-context.js";

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
  if (!r.crossings.length) out.push(`  no crossing in the range: ${cheaperThroughout(ctx, r0, r)}`);
  for (const c of r.crossings) {
    out.push(
      `  at ${show(c.at)} (${c.kind}): below ${a} ${formatUsd(c.belowUsd.a)} vs ${b} ${formatUsd(c.belowUsd.b)}; above ${a} ${formatUsd(c.aboveUsd.a)} vs ${b} ${formatUsd(c.aboveUsd.b)} → ${c.cheaperAbove} cheaper above`,
    );
  }
  for (const f of r.boundaries) out.push(`  ${f.option} becomes ${f.becomes} at ${show(f.at)}`);
  out.push(`Prices: ${ctx.origin}`, "");
  process.stdout.write(out.join("\n"));
}

/**
 * Which option is cheaper over the whole range when the costs never cross: the two plans at each
 * end of the range (library calls, no arithmetic), e.g. "standard-tiered is cheaper throughout
 * ($53.12 vs $95.14 at 0.1 MiB/s; $1,120.50 vs $2,020.61 at 10 MiB/s)".
 */
function cheaperThroughout(ctx: SimContext, path: ResolvedPath, r: BreakevenResult): string {
  const [a, b] = r.between;
  const sc = new ScenarioWorkload(ctx.parsed);
  const set = sc.setter(path);
  const ends = [r.from, r.to].map((x) => {
    set(x);
    const built = sc.build();
    const rows = built.problems.length ? [] : ctx.planner.evaluate(built.workload);
    const cost = (id: OptionId) => {
      const row = rows[ctx.planner.options.indexOf(id)];
      return row?.feasible ? row.monthlyUsd : null;
    };
    return { x, a: cost(a), b: cost(b) };
  });
  const show = (v: number) => formatFieldValue(path.field.kind, v);
  const usd = (v: number | null) => (v === null ? "not feasible" : formatUsd(v));
  const detail = ends.map((e) => `${usd(e.a)} vs ${usd(e.b)} at ${show(e.x)}`).join("; ");
  const cheaper = ends.map((e) =>
    e.a === null || e.b === null ? undefined : e.a < e.b ? a : e.b < e.a ? b : "equal",
  );
  if (cheaper[0] !== undefined && cheaper[0] === cheaper[1])
    return cheaper[0] === "equal"
      ? `${a} and ${b} cost the same throughout (${detail})`
      : `${cheaper[0]} is cheaper throughout (${a} vs ${b}: ${detail})`;
  return `the two are not both feasible over the whole range (${a} vs ${b}: ${detail})`;
}
