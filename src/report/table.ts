/**
 * Terminal tables (cli-table3), one small helper for every command: a header, rows of strings,
 * per-column alignment, optional footer rows (totals) under a rule. No colours, so output is the
 * same on every terminal and in tests.
 */
import Table from "cli-table3";

export type Align = "left" | "right";

export interface TableSpec {
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** Per column; default left. Numbers read best right-aligned. */
  align?: readonly Align[];
  /** Rows drawn after the body (e.g. a total). */
  footer?: readonly (readonly string[])[];
}

/** Render a table to a string (no trailing newline). */
export function renderTable(spec: TableSpec): string {
  const t = new Table({
    head: [...spec.head],
    colAligns: spec.head.map((_, i) => spec.align?.[i] ?? "left"),
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
  });
  for (const r of spec.rows) t.push([...r]);
  for (const r of spec.footer ?? []) t.push([...r]);
  return t.toString();
}
