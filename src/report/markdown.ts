/**
 * Markdown: the workbook's content as a document (GitHub-flavoured tables), money rounded for
 * display only (src/report/format.ts). Long tables are cut at {@link MD_MAX_ROWS} rows with a note
 * pointing at the CSV, which holds them all.
 */
import type { ValueFormat } from "./assumptions.js";
import { formatPercent, formatQuantity, formatTotal, formatUnitPrice, formatUsd } from "./format.js";
import type { ReportModel } from "./model.js";
import { type FlatTable, reportTables, type Value } from "./tables.js";

export const MD_MAX_ROWS = 200;

/** One Markdown table cell: numbers by their format, text escaped so it cannot break the table (the format of text is never read). */
export function cell(v: Value, fmt: ValueFormat = "text"): string {
  if (v === null) return "—";
  if (typeof v === "number") {
    switch (fmt) {
      case "usd":
        return formatUsd(v);
      case "usdRate":
        return formatUnitPrice(v);
      case "fraction":
        return formatPercent(v);
      default:
        return formatQuantity(v);
    }
  }
  // Escape what would break the table or render as markup: pipes, HTML, any line break (a lone CR
  // too), and link/image syntax (`[text](url)`, `![alt](src)`) so user text never becomes a link.
  return v
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;"))
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, " ");
}

function table(t: FlatTable, headers?: string[]): string {
  const head = headers ?? t.columns.map((c) => c.header);
  const numeric = t.columns.map((c) => c.format !== "text");
  const lines = [
    `| ${head.map((h) => cell(h)).join(" | ")} |`,
    `| ${numeric.map((n) => (n ? "---:" : "---")).join(" | ")} |`,
  ];
  t.rows.slice(0, MD_MAX_ROWS).forEach((r, ri) => {
    // A cell's own format, else its column's (text ignores it; a number without one reads as a quantity).
    lines.push(`| ${r.map((v, i) => cell(v, t.formatOf?.(ri, i) ?? t.columns[i]?.format)).join(" | ")} |`);
  });
  if (t.rows.length > MD_MAX_ROWS)
    lines.push(
      "",
      `_${(t.rows.length - MD_MAX_ROWS).toLocaleString("en-US")} more rows: see the CSV (\`--csv DIR\`, ${t.name}.csv)._`,
    );
  return lines.join("\n");
}

/**
 * The summary as shown: a partly priced option's totals as "≥ $X (not priced: …)" (a lower bound,
 * said so), its completeness columns folded into that text.
 */
function summaryTable(m: ReportModel, t: FlatTable): FlatTable {
  const drop = new Set(["priced", "not_priced"]);
  const keep = t.columns.map((c, i) => (drop.has(c.header) ? -1 : i)).filter((i) => i >= 0);
  return {
    ...t,
    columns: keep.map((i) => t.columns[i] as FlatTable["columns"][number]),
    rows: t.rows.map((r, ri) => {
      const o = m.options[ri];
      return keep.map((i) => {
        const v = r[i] ?? null;
        const header = t.columns[i]?.header;
        if (o?.feasible && o.priced !== "complete" && (header === "monthly_usd" || header === "annual_usd"))
          return formatTotal(typeof v === "number" ? v : null, o.priced, o.missingPrices);
        return v;
      });
    }),
  };
}

/** The report as one Markdown document: summary, per-option line items, assumptions and sources. */
export function reportMarkdown(m: ReportModel): string {
  const tables = reportTables(m);
  const byName = new Map(tables.map((t) => [t.name, t]));
  const summary = byName.get("summary") as FlatTable;
  const assumptions = byName.get("assumptions") as FlatTable;
  const out: string[] = [
    `# ${cell(m.meta.title)}`,
    "",
    `**Recommendation.** ${cell(m.meta.recommendation)}`,
    "",
  ];
  out.push(
    `## ${cell(summary.title)}`,
    "",
    table(summaryTable(m, summary), [
      "Option",
      "Feasible",
      "Monthly (USD)",
      "Annual (USD)",
      "Binding resource",
      "Notes",
    ]),
    "",
  );
  out.push(
    `Billing period ${formatQuantity(m.meta.hours)} hours; a month is 730 hours. Prices: catalog ${cell(m.meta.catalog.source)} dated ${cell(m.meta.catalog.date)}. ` +
      `Generated ${cell(m.meta.generatedAt)} by msk-planner ${cell(m.meta.version)}.`,
    "",
  );
  out.push(
    `## ${cell(assumptions.title)}`,
    "",
    table(assumptions, ["Section", "Name", "Input", "Value", "Unit", "Source", "Source URL"]),
    "",
  );
  for (const o of m.options) {
    out.push(`## ${cell(o.title)}`, "");
    if (!o.feasible) {
      out.push("Infeasible, not priced:", "", ...o.reasons.map((r) => `- ${cell(r)}`), "");
      continue;
    }
    if (o.priced === "none") {
      out.push(
        "Feasible, but no price for it in this region:",
        "",
        ...o.missingPrices.map((x) => `- ${cell(x.name)}: ${cell(x.reason)}`),
        "",
      );
      continue;
    }
    out.push(
      table(byName.get(`option-${o.id}`) as FlatTable, [
        "Component",
        "Quantity",
        "Unit",
        "Unit price",
        "Cost (USD)",
        "Quantity formula",
        "Source",
        "Source URL",
      ]),
      "",
    );
    const total = (usd: number | null) => formatTotal(usd, o.priced, o.missingPrices);
    out.push(
      `**Total for the billing period: ${cell(total(o.totalUsd))}** (${cell(total(o.monthlyUsd))}/month, ${cell(total(o.annualUsd))}/year)`,
      "",
    );
    if (o.missingPrices.length)
      out.push(...o.missingPrices.map((x) => `- Not priced — ${cell(x.name)}: ${cell(x.reason)}`), "");
    const cfg = o.config
      .filter((c) => c.value !== null)
      .map(
        (c) => `${c.label} ${typeof c.value === "number" ? formatQuantity(c.value) : cell(String(c.value))}`,
      );
    if (cfg.length) out.push(`Configuration: ${cfg.join(", ")}.`, "");
    if (o.notes.length) out.push(...o.notes.map((n) => `- ${cell(n)}`), "");
  }
  for (const t of tables.slice(2 + m.options.filter((o) => o.feasible && o.priced !== "none").length))
    out.push(`## ${cell(t.title)}`, "", table(t), "");
  return `${out.join("\n").trimEnd()}\n`;
}
