/**
 * The live parts of the workbook: the Instance types sheet (capabilities and quotas the sizing
 * formulas read, with their sources), and an MSK option sheet whose configuration, line items
 * and total are formulas (src/report/live-*.ts) that re-size when an input changes. Formulas
 * longer than Excel's limit move their overflow into named cells on a Helpers sheet (fitFormula).
 * Only type imports of exceljs here (see xlsx-sheets.ts).
 */
import type { Cell, Workbook, Worksheet } from "exceljs";
import { type Env, type Expr, evaluate, fitFormula, render } from "./expr.js";
import { isLiveCell, isTextCell, type LiveCell, type LiveEntry, type TextCell } from "./live.js";
import type { InstanceSheet, LiveView } from "./live-model.js";
import type { OptionSheet } from "./model.js";
import {
  header,
  hideHelperSheet,
  LINE_ITEM_HEADER,
  lineHeight,
  NOTE_CHARS_PER_LINE,
  NOTE_COLUMNS,
  name,
  safeText,
  setFormula,
  setNumber,
  sheet,
  writeNotes,
} from "./xlsx-sheets.js";

const SUBTLE = { italic: true, color: { argb: "FF666666" } } as const;
const TEXT_BESIDE_NUMBER = { indent: 2, vertical: "top" } as const;
/** Formula cells the sizing computes: a pale green, unlike the yellow inputs and the grey fixed values. */
const LIVE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } } as const;

/** Helper cells for live sizing formulas over Excel's length limit: one Sizing helpers sheet per workbook. */
export class Helpers {
  private ws: Worksheet | null = null;
  private n = 0;
  constructor(private readonly wb: Workbook) {}
  /** The expression as a formula that fits, its overflow in named helper cells. */
  formula(e: Expr, env: Env, at?: Addresses): string {
    const local = at ? (n: string) => at.local.get(n) : undefined;
    const qualified = at ? (n: string) => at.qualified.get(n) : undefined;
    return render(
      fitFormula(e, (part) => {
        if (!this.ws) {
          this.ws = sheet(this.wb, "Sizing helpers", 1, [18, 18, 100]);
          hideHelperSheet(this.ws);
          header(this.ws, ["Name", "Value", "Formula (part of a longer formula)"]);
        }
        const id = `sizing_helper_${++this.n}`;
        const text = render(part, qualified);
        const row = this.ws.addRow([id]);
        setFormula(row.getCell(2), text, evaluate(part, env), "number");
        name(row.getCell(2), id);
        row.getCell(3).value = text;
        row.commit();
        (env as Map<string, number>).set(id, evaluate(part, env));
        return id;
      }),
      local,
    );
  }
}

const SOURCE_EVERY_ROW = "Source (for every row of the table)";

/** The Instance types sheet: one row per candidate type, then the Serverless quotas and unit conventions. */
export function writeInstances(wb: Workbook, s: InstanceSheet): void {
  const ws = sheet(wb, "Instance types", 1, [58, ...s.standardHeader.map(() => 16), 60]);
  // One source per table (every row has the same), on its first row: repeated on each row it made
  // every row six lines tall.
  header(ws, ["Standard broker type", ...s.standardHeader, SOURCE_EVERY_ROW]);
  s.standard.forEach((r, i) => {
    writeCapRow(ws, r.type, r.cells, i === 0 ? s.sources.standard : "");
  });
  ws.addRow([]);
  // Express rows keep their source in the Standard table's Source column: the header says so there.
  const gap = Array<string>(s.standardHeader.length - s.expressHeader.length).fill("");
  header(ws, ["Express broker type", ...s.expressHeader, ...gap, SOURCE_EVERY_ROW]);
  s.express.forEach((r, i) => {
    writeCapRow(ws, r.type, r.cells, i === 0 ? s.sources.express : "", s.standardHeader.length);
  });
  ws.addRow([]);
  header(ws, ["Quota or convention", "Value", "Unit", "Source"]);
  for (const q of s.quotas) {
    const row = ws.addRow([q.label]);
    setNumber(row.getCell(2), q.cell.value, q.cell.format);
    name(row.getCell(2), q.cell.name);
    row.getCell(3).value = q.unit;
    row.getCell(4).value = safeText(q.source);
    row.commit();
  }
  for (const c of s.conventions) {
    const row = ws.addRow([c.label]);
    setNumber(row.getCell(2), c.cell.value, c.cell.format);
    name(row.getCell(2), c.cell.name);
    row.getCell(4).value = safeText(c.source);
    row.commit();
  }
}

function writeCapRow(
  ws: Worksheet,
  type: string,
  cells: InstanceSheet["standard"][number]["cells"],
  source: string,
  sourceColumn = cells.length,
): void {
  const row = ws.addRow([type]);
  cells.forEach((c, i) => {
    const cell = row.getCell(i + 2);
    setNumber(cell, c.value, c.format);
    name(cell, c.name);
  });
  if (source) {
    const src = row.getCell(sourceColumn + 2);
    src.value = safeText(source);
    row.alignment = { vertical: "top" };
    // Wrapped in its column, so the printed page ends there (see writeAssumptions).
    src.alignment = { wrapText: true, vertical: "top" };
    row.height = lineHeight(source, 65);
  }
  row.commit();
}

/**
 * Where a sheet's unnamed cells are: name → address on the sheet itself, and sheet-qualified for
 * the Helpers sheet (a defined name per cell would make the workbook slow to open).
 */
interface Addresses {
  local: Map<string, string>;
  qualified: Map<string, string>;
}

function writeEntry(c: Cell, e: LiveEntry | LiveCell | TextCell, env: Env, h: Helpers, at: Addresses): void {
  if (isLiveCell(e)) {
    setFormula(c, h.formula(e.expr, env, at), env.get(e.name) as number, e.format);
    if (!at.local.has(e.name)) name(c, e.name);
    c.fill = LIVE_FILL;
  } else if (isTextCell(e)) {
    c.value = { formula: withAddresses(e.formula, at), result: e.value(env) };
    if (e.name && !at.local.has(e.name)) name(c, e.name);
    c.fill = LIVE_FILL;
  } else c.value = e.text;
}

/** A text formula with its unnamed cells' names replaced by their addresses (names hold an underscore; labels in quotes do not). */
function withAddresses(formula: string, at: Addresses): string {
  return formula.replace(/"[^"]*"|[A-Za-z_][A-Za-z0-9_]*_[A-Za-z0-9_]*/g, (m) =>
    m.startsWith('"') ? m : (at.local.get(m) ?? m),
  );
}

const colLetter = (i: number): string => {
  let s = "";
  for (let n = i; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Addresses of the sheet's table cells and line cells, from the row layout writeLiveOption follows. */
function layout(o: OptionSheet, v: LiveView): Addresses {
  const sheetRef = `'${o.sheetName.replace(/'/g, "''")}'!`;
  const at: Addresses = { local: new Map(), qualified: new Map() };
  const put = (name: string, row: number, col: number) => {
    at.local.set(name, `$${colLetter(col)}$${row}`);
    at.qualified.set(name, `${sheetRef}$${colLetter(col)}$${row}`);
  };
  v.lines.forEach((l, j) => {
    put(l.quantity.name, 5 + j, 2);
    put(l.price.name, 5 + j, 4);
    put(l.cost.name, 5 + j, 5);
  });
  let row = 5 + v.lines.length; // total
  row += 2; // blank, configuration title
  row += v.sizing.config.length + 1; // configuration rows, binding
  for (const t of v.sizing.tables) {
    row += 4; // blank, title, note, header
    for (const r of t.rows) {
      row++;
      r.cells.forEach((c, i) => {
        if (isLiveCell(c) || (isTextCell(c) && c.name)) put((c as { name: string }).name, row, i + 2);
      });
    }
  }
  return at;
}

/** A live MSK option sheet: line items and total, the configuration, then the sizing tables. */
export function writeLiveOption(wb: Workbook, o: OptionSheet, v: LiveView, h: Helpers): void {
  const env = v.env as Env;
  const at = layout(o, v);
  // Column A holds the configuration and load labels (up to ~70 characters); B the values; the
  // sizing tables run on to the right, each column wide enough for a cost or a short label.
  const columns = Math.max(0, ...v.sizing.tables.flatMap((t) => t.rows.map((r) => r.cells.length + 1)));
  const ws = sheet(
    wb,
    o.sheetName,
    4,
    [66, 18, 16, 18, 18, 50, 40, 60, ...Array<number>(Math.max(0, columns - 8)).fill(14)],
    // Standard's sizing tables (20 and 30 columns) print over pages at a legible scale; the
    // narrower Express and Serverless sheets fit one page wide as the other sheets do.
    columns > 12 ? "pages" : "fit",
  );
  ws.addRow([o.title]).font = { bold: true, size: 14 };
  const status = ws.addRow([]);
  const f = v.sizing.feasible;
  const binding = `${o.id.replace(/[^A-Za-z0-9]/g, "_")}_binding`;
  status.getCell(1).value = {
    formula: `IF(${f}=1,"Feasible"&IF(recommended_option="${o.id}"," (recommended)","")&IF(${binding}="","","; its size is set by "&${binding})&IF(${v.missingName}>0,"; a lower bound: some prices are missing",""),"Infeasible at these inputs: no configuration fits (the tables below show which constraint)")`,
    result: statusText(o, v),
  };
  status.commit();
  ws.addRow([]);
  header(ws, LINE_ITEM_HEADER);
  const first = 5;
  for (const l of v.lines) {
    const row = ws.addRow([]);
    const comp = row.getCell(1);
    if (typeof l.component === "string") comp.value = safeText(l.component);
    else comp.value = { formula: l.component.formula, result: l.component.value(env) };
    const q = h.formula(l.quantity.expr, env, at);
    setFormula(row.getCell(2), q, env.get(l.quantity.name) as number, "number");
    name(row.getCell(2), l.quantity.name);
    row.getCell(3).value = safeText(l.unit);
    setFormula(
      row.getCell(4),
      h.formula(l.price.expr, env, at),
      env.get(l.price.name) as number,
      "usdRateOrMissing",
    );
    setFormula(row.getCell(5), h.formula(l.cost.expr, env, at), env.get(l.cost.name) as number, "usd");
    row.getCell(6).value = safeText(l.source);
    if (l.sourceUrl)
      row.getCell(7).value = /^https:\/\/\S+$/.test(l.sourceUrl)
        ? { text: l.sourceUrl, hyperlink: l.sourceUrl }
        : safeText(l.sourceUrl);
    row.getCell(8).value = safeText(q);
    row.alignment = { vertical: "top" };
    row.getCell(6).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
    row.getCell(8).alignment = { ...TEXT_BESIDE_NUMBER, wrapText: true };
    row.height = 15 * Math.max(1, Math.ceil(l.source.length / 55), Math.min(6, Math.ceil(q.length / 55)));
    row.commit();
  }
  const last = first + v.lines.length - 1;
  const total = ws.addRow([
    "Total for the billing period (lines without a price count 0: then a lower bound)",
  ]);
  total.font = { bold: true };
  const sum = v.lines.reduce((t, l) => t + (env.get(l.cost.name) ?? 0), 0);
  setFormula(total.getCell(5), `SUM(E${first}:E${last})`, sum, "usd");
  name(total.getCell(5), o.totalName ?? `total_${o.id.replace(/[^A-Za-z0-9]/g, "_")}`);
  total.getCell(5).border = { top: { style: "thin" }, bottom: { style: "double" } };
  total.commit();
  ws.addRow([]);
  ws.addRow(["Configuration (sized by formula from the Assumptions and Instance types sheets)"]).font = {
    bold: true,
  };
  for (const c of v.sizing.config) {
    const row = ws.addRow([safeText(c.label)]);
    writeEntry(row.getCell(2), c.entry, env, h, at);
    row.getCell(2).alignment = { horizontal: "right" };
    row.commit();
  }
  const b = ws.addRow(["Binding resource (what sets the size)"]);
  b.getCell(2).value = {
    formula: withAddresses(v.sizing.binding.formula, at),
    result: v.sizing.binding.value(env),
  };
  name(b.getCell(2), binding);
  b.getCell(2).fill = LIVE_FILL;
  b.commit();
  for (const t of v.sizing.tables) {
    ws.addRow([]);
    ws.addRow([safeText(t.title)]).font = { bold: true };
    const note = ws.addRow([safeText(t.note)]);
    note.getCell(1).font = SUBTLE;
    ws.mergeCells(note.number, 1, note.number, NOTE_COLUMNS);
    note.getCell(1).alignment = { wrapText: true, vertical: "top" };
    note.height = lineHeight(t.note, NOTE_CHARS_PER_LINE);
    note.commit();
    header(ws, t.header);
    for (const r of t.rows) {
      const row = ws.addRow([safeText(r.label)]);
      for (const [i, c] of r.cells.entries()) writeEntry(row.getCell(i + 2), c, env, h, at);
      row.commit();
    }
  }
  writeNotes(ws, "Notes (as planned)", o.notes);
}

function statusText(o: OptionSheet, v: LiveView): string {
  const env = v.env;
  if (env.get(v.sizing.feasible) !== 1)
    return "Infeasible at these inputs: no configuration fits (the tables below show which constraint)";
  const b = v.sizing.binding.value(env);
  return `Feasible${o.recommended ? " (recommended)" : ""}${b ? `; its size is set by ${b}` : ""}${(env.get(v.missingName) ?? 0) > 0 ? "; a lower bound: some prices are missing" : ""}`;
}
