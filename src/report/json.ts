/**
 * JSON: the report model as data (unrounded numbers, each quantity's formula as text), with a
 * fixed key order so the same inputs give byte-identical output.
 */
import { withCitations } from "./citations.js";
import type { ReportModel } from "./model.js";

/** The `report --json` shape: the model without its internal expression trees. */
export function reportJson(m: ReportModel): string {
  const value = {
    meta: m.meta,
    assumptions: m.assumptions,
    options: m.options.map((o) => ({
      id: o.id,
      family: o.family,
      sheetName: o.sheetName,
      feasible: o.feasible,
      recommended: o.recommended,
      binding: o.binding,
      totalName: o.totalName,
      priced: o.priced,
      missingPrices: o.missingPrices,
      totalUsd: o.totalUsd,
      monthlyUsd: o.monthlyUsd,
      annualUsd: o.annualUsd,
      configuration: o.config.map((c) => ({ key: c.key, name: c.name, value: c.value })),
      lineItems: o.lines.map((l) => ({
        component: l.component,
        dimension: l.dimension,
        quantity: l.quantity,
        unit: l.unit,
        quantityName: l.quantityName,
        quantityFormula: l.quantityFormula,
        priceName: l.priceName,
        unitPriceUsd: l.unitPriceUsd,
        costUsd: l.costUsd,
        source: l.source,
        sourceUrl: l.sourceUrl,
      })),
      utilisation: Object.fromEntries(o.utilisation),
      reasons: o.reasons,
      notes: o.notes,
      sources: withCitations(o).sources,
    })),
    tables: m.tables,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
