/**
 * Renderers of `price --iac`: the terminal table (one block per resource, its line items
 * indented under it) and Markdown fit for a pull-request comment. A total with lines not priced
 * is a lower bound and is shown as `≥ $X (not priced: …)`. Rounding happens only here.
 */
import type { IacPriceResult, IacResourcePrice } from "../iac/price-iac.js";
import { formatPercent, formatQuantity, formatUnitPrice, formatUsd } from "./format.js";
import { cell } from "./markdown.js";
import { renderTable } from "./table.js";

/** `$5,936.25`, or `≥ $5,936.25 (not priced: 9 lines need usage)` when anything is missing. */
export function iacTotalText(r: IacPriceResult): string {
  const missing = r.resources.reduce((n, x) => n + x.missingPrices.length, 0);
  const unpriced = r.resources.filter((x) => x.kind === "unresolved").length;
  if (r.priced === "complete") return formatUsd(r.totalUsd);
  const why = [
    missing
      ? `${missing} usage-based line${missing === 1 ? "" : "s"} need${missing === 1 ? "s" : ""} usage`
      : "",
    unpriced ? `${unpriced} resource${unpriced === 1 ? "" : "s"} with unresolved values` : "",
  ].filter(Boolean);
  return `≥ ${formatUsd(r.totalUsd)} (not priced: ${why.join("; ")})`;
}

function resourceTotal(x: IacResourcePrice): string {
  if (x.kind === "free" || x.kind === "storage-autoscaling") return "free";
  if (x.kind === "unknown" || x.kind === "unresolved") return "not priced";
  return x.priced === "complete" ? formatUsd(x.totalUsd) : `≥ ${formatUsd(x.totalUsd)}`;
}

function period(r: IacPriceResult): string {
  return r.hours === 730 ? "one month" : `${formatQuantity(r.hours)} hours`;
}

function rangeLines(r: IacPriceResult): string[] {
  return r.resources.flatMap((x) => {
    const s = x.storageAutoscaling;
    if (!s) return [];
    const g = s.perBrokerGiB;
    const u = s.totalUsd;
    return [
      `${x.address}: broker storage autoscaling (${s.target}) ${formatQuantity(g.minimum)} / ${formatQuantity(g.configured)} / ${formatQuantity(g.maximum)} GiB per broker (minimum / configured / maximum): ${formatUsd(u.minimum)} / ${formatUsd(u.configured)} / ${formatUsd(u.maximum)}${x.priced === "complete" ? "" : " before usage-based lines"}`,
    ];
  });
}

function unresolvedLines(r: IacPriceResult): string[] {
  return r.unresolved.map((u) => `${u.address}: ${u.attribute} = ${u.expression} (${u.reason})`);
}

/** One line per recommendation: deployed cost and feasibility, the cheapest feasible option, the saving. */
export function recommendationLines(r: IacPriceResult): string[] {
  return (r.recommendations ?? []).map((x) => {
    const d = x.deployed;
    const peak = Object.entries(d.utilisation)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 1)
      .map(([k, u]) => `peak ${k} ${formatPercent(u)}`);
    const deployed = d.feasible
      ? `deployed ${formatUsd(d.totalUsd)} (fits its workload; ${peak.join("")} of capacity)`
      : `deployed ${formatUsd(d.totalUsd)}, INFEASIBLE for its workload: ${d.overCapacity.map((o) => `${o.resource} at ${formatPercent(o.utilisation)} of capacity`).join(", ")}`;
    if (!x.cheapest) return `${x.address}: ${deployed}; no MSK option is feasible for the workload`;
    const c = x.cheapest;
    const config = Object.entries(c.configuration ?? {})
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `${k} ${typeof v === "number" ? formatQuantity(v) : String(v)}`)
      .join(", ");
    const saving =
      (x.savingsUsd ?? 0) > 0
        ? `saves ${formatUsd(x.savingsUsd ?? 0)}`
        : `costs ${formatUsd(-(x.savingsUsd ?? 0))} more`;
    return `${x.address}: ${deployed}; cheapest feasible: ${c.option} (${config}) ${formatUsd(c.totalUsd)}, ${saving}; binding constraint: ${c.binding ?? "none"}`;
  });
}

/** The terminal rendering. */
export function renderIacTable(r: IacPriceResult): string {
  const rows: string[][] = [];
  for (const x of r.resources) {
    rows.push([`${x.address} (${x.type})`, "", "", "", resourceTotal(x)]);
    for (const l of x.lineItems)
      rows.push([
        `  ${l.component}`,
        formatQuantity(l.quantity),
        l.unit,
        formatUnitPrice(l.unitPriceUsd),
        formatUsd(l.costUsd),
      ]);
    for (const m of x.missingPrices) rows.push([`  ${m.name}`, "", "", "", "not priced: needs usage"]);
  }
  const table = renderTable({
    head: ["Resource / component", "Quantity", "Unit", "Unit price", "Cost (USD)"],
    rows,
    align: ["left", "right", "left", "right", "right"],
    footer: [["Total", "", "", "", iacTotalText(r)]],
  });
  const ranges = rangeLines(r);
  const notes = r.resources.flatMap((x) => x.notes.map((n) => `${x.address}: ${n}`));
  const unresolved = unresolvedLines(r);
  const sources = [
    ...new Set(r.resources.flatMap((x) => x.lineItems.map((l) => `  ${l.component}: ${l.source}`))),
  ];
  return [
    `MSK cost of ${r.sources.map((s) => `${s.file} (${s.format})`).join(", ")} in ${r.region} for ${formatQuantity(r.hours)} hours (${period(r)}; a month is 730 h; billed GB = GiB, 2^30 bytes)`,
    table,
    ...(ranges.length ? ["Storage autoscaling:", ...ranges.map((l) => `  ${l}`)] : []),
    ...(notes.length ? ["Notes:", ...notes.map((l) => `  ${l}`)] : []),
    ...(r.recommendations
      ? [
          "What to run instead (each cluster's workload, planned):",
          ...recommendationLines(r).map((l) => `  ${l}`),
        ]
      : []),
    ...(unresolved.length ? ["Values not resolved:", ...unresolved.map((l) => `  ${l}`)] : []),
    `Prices: ${r.catalog.source} catalog dated ${r.catalog.date}. Sources:`,
    ...sources,
    "",
  ].join("\n");
}

/** Markdown for a pull-request comment: a summary table, then every resource's line items. */
export function renderIacMarkdown(r: IacPriceResult): string {
  const out: string[] = [
    `### MSK cost: ${cell(iacTotalText(r))} for ${period(r)}`,
    "",
    `Region ${r.region}; prices from the ${r.catalog.source} catalog dated ${r.catalog.date}; read from ${r.sources.map((s) => `\`${s.file}\``).join(", ")}.`,
    "",
    "| Resource | Type | Cost (USD) | Priced |",
    "| --- | --- | ---: | --- |",
    ...r.resources.map(
      (x) => `| \`${x.address}\` | ${cell(x.type)} | ${cell(resourceTotal(x))} | ${x.priced} |`,
    ),
    "",
    "<details><summary>Line items</summary>",
    "",
    "| Resource | Component | Quantity | Unit | Unit price | Cost (USD) |",
    "| --- | --- | ---: | --- | ---: | ---: |",
  ];
  for (const x of r.resources) {
    for (const l of x.lineItems)
      out.push(
        `| \`${x.address}\` | ${cell(l.component)} | ${formatQuantity(l.quantity)} | ${l.unit} | ${formatUnitPrice(l.unitPriceUsd)} | ${formatUsd(l.costUsd)} |`,
      );
    for (const m of x.missingPrices)
      out.push(`| \`${x.address}\` | ${cell(m.name)} | | | | not priced: needs usage |`);
  }
  out.push("", "</details>", "");
  const notes = [
    ...rangeLines(r),
    ...r.resources.flatMap((x) => x.notes.map((n) => `${x.address}: ${n}`)),
    ...unresolvedLines(r).map((l) => `not resolved: ${l}`),
  ];
  if (notes.length) out.push(...notes.map((n) => `- ${cell(n)}`), "");
  const recs = recommendationLines(r);
  if (recs.length) out.push("#### What to run instead", "", ...recs.map((n) => `- ${cell(n)}`), "");
  return out.join("\n");
}
