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
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1, compact: true },
  });
  for (const r of spec.rows) t.push([...r]);
  const footer = spec.footer ?? [];
  for (const r of footer) t.push([...r]);
  const out = t.toString();
  if (!footer.length) return out;
  // Compact tables draw no rule between rows: repeat the header rule above the footer rows
  // (cells never wrap here, so each row is one line).
  const lines = out.split("\n");
  const rule = lines[2] as string;
  lines.splice(lines.length - 1 - footer.length, 0, rule);
  return lines.join("\n");
}
