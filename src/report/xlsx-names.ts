/**
 * Defined names for exceljs's streaming WorkbookWriter, in time linear in their number.
 *
 * exceljs keeps each name's cells in a matrix of row arrays and, when it writes workbook.xml, walks
 * every matrix row by row from row 1: with a name per input (about 12 per stream) on rows down the
 * Assumptions sheet, that is names × rows — minutes for a 1,000-stream workbook. The report names
 * single cells, each name once (src/report/xlsx-sheets.ts `name`), so the list exceljs would derive
 * is simply each name with its cell, in the order they were added: this keeps that list and gives it
 * to exceljs, which writes it as before (byte-identical, test/report/xlsx-writer.test.ts). A name on
 * more than one cell (not written by the report) falls back to exceljs's own derivation.
 *
 * Reaches into exceljs 4.4.0's WorkbookWriter (pinned exactly): the `_definedNames` it reads when it
 * writes the workbook part, and `addEx`/`model`, the two methods it and Cell.addName call.
 */
import type { Workbook } from "exceljs";
import { columnLetters } from "./xlsx-rows.js";

/** A cell's location as exceljs passes it to DefinedNames.addEx. */
interface Location {
  sheetName: string;
  address: string;
  row: number;
  col: number;
}

interface DefinedNamesLike {
  addEx(location: Location, name: string): void;
  readonly model: { name: string; ranges: string[] }[];
}

class SingleCellNames implements DefinedNamesLike {
  private readonly cells = new Map<string, Location[]>();
  constructor(private readonly original: DefinedNamesLike) {}

  addEx(location: Location, name: string): void {
    const list = this.cells.get(name);
    if (list) list.push({ ...location });
    else this.cells.set(name, [{ ...location }]);
  }

  get model(): { name: string; ranges: string[] }[] {
    if ([...this.cells.values()].some((l) => l.length > 1)) {
      for (const [name, list] of this.cells) for (const l of list) this.original.addEx(l, name);
      return this.original.model;
    }
    // exceljs's Range.$shortRange of one cell: the sheet name quoted unless alphanumeric, then $C$12.
    return [...this.cells].map(([name, [l]]) => {
      const { sheetName, row, col } = l as Location;
      const sheet = /^[a-zA-Z0-9]*$/.test(sheetName) ? sheetName : `'${sheetName}'`;
      return { name, ranges: [`${sheet}!$${columnLetters(col)}$${row}`] };
    });
  }
}

/** Give a streaming WorkbookWriter the linear-time names; any other workbook is left as it is. */
export function linearNames(wb: Workbook): void {
  const w = wb as unknown as { _definedNames?: DefinedNamesLike };
  const original = w._definedNames;
  if (original && typeof original.addEx === "function") w._definedNames = new SingleCellNames(original);
}
