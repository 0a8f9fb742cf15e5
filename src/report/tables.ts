/**
 * The report's tables as plain rows (raw numbers, unrounded), shared by the CSV and Markdown
 * renderers so both show exactly the workbook's content: summary, assumptions, one table of line
 * items per feasible option, and any further tables (projection, Monte Carlo, sensitivity, sweep).
 */
import type { ValueFormat } from "./assumptions.js";
import type { ReportModel } from "./model.js";

export type Value = number | string | null;

export interface FlatTable {
  /** File stem (CSV) and anchor: `summary`, `assumptions`, `option-standard-tiered`, `sweep`. */
  name: string;
  title: string;
  columns: { header: string; format: ValueFormat }[];
  rows: Value[][];
  /** A cell's format when it differs by row (the Assumptions' value column); default: its column's. */
  formatOf?: (row: number, col: number) => ValueFormat | undefined;
}

const col = (header: string, format: ValueFormat = "text") => ({ header, format });

export function reportTables(m: ReportModel): FlatTable[] {
  const out: FlatTable[] = [
    {
      name: "summary",
      title: "Cost per option",
      columns: [
        col("option"),
        col("feasible"),
        col("monthly_usd", "usd"),
        col("annual_usd", "usd"),
        col("priced"),
        col("not_priced"),
        col("binding"),
        col("notes"),
      ],
      rows: m.options.map((o) => [
        o.id,
        o.feasible ? "yes" : "no",
        o.monthlyUsd,
        o.annualUsd,
        o.feasible ? o.priced : "",
        o.missingPrices.map((x) => x.name).join("; "),
        o.binding ?? "",
        o.feasible ? o.notes.join("; ") : `Infeasible: ${o.reasons.join("; ")}`,
      ]),
    },
    {
      name: "assumptions",
      title: "Assumptions",
      columns: [
        col("section"),
        col("name"),
        col("input"),
        col("value", "number"),
        col("unit"),
        col("source"),
        col("source_url"),
      ],
      rows: m.assumptions.map((a) => [
        a.section,
        a.name ?? "",
        a.label,
        a.value,
        a.unit,
        a.source,
        a.sourceUrl ?? "",
      ]),
      formatOf: (row, col) => (col === 3 ? m.assumptions[row]?.format : undefined),
    },
  ];
  for (const o of m.options) {
    if (!o.feasible || o.priced === "none") continue;
    out.push({
      name: `option-${o.id}`,
      title: `${o.sheetName}: line items`,
      columns: [
        col("component"),
        col("quantity", "number"),
        col("unit"),
        col("unit_price_usd", "usdRate"),
        col("cost_usd", "usd"),
        col("quantity_formula"),
        col("source"),
        col("source_url"),
      ],
      rows: o.lines.map((l) => [
        l.component,
        l.quantity,
        l.unit,
        l.unitPriceUsd,
        l.costUsd,
        l.quantityFormula ?? "planned quantity",
        l.source,
        l.sourceUrl ?? "",
      ]),
    });
  }
  for (const t of m.tables)
    out.push({
      name: slug(t.name),
      title: t.title,
      columns: t.columns.map((c) => col(c.header, c.format)),
      rows: t.rows,
    });
  return out;
}

export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "table"
  );
}
