// LibreOffice for tests that recalculate a workbook in a second engine: present or not, one
// headless conversion of a workbook's first sheet (the Summary) to CSV with its computed values, and
// one of every sheet, read back by defined name.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";

export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

function convert(cwd: string, file: string | readonly string[], filter: string): SpawnSyncReturns<string> {
  const files = typeof file === "string" ? [file] : file;
  return spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${cwd}/lo-profile`,
      "--convert-to",
      filter,
      "--outdir",
      cwd,
      ...files.map((f) => join(cwd, f)),
    ],
    // One start-up for many files; each live workbook takes LibreOffice some seconds to recalculate.
    { encoding: "utf8", timeout: 120_000 * files.length },
  );
}

/** Every sheet of every file, recalculated, written as `<stem>-<sheet>.csv` (unformatted, full precision). */
const ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * Recalculate several workbooks in one LibreOffice run and read back, per file, the values its
 * defined names point at (as {@link sofficeNamedValues} does for one).
 */
export async function sofficeNamedValuesOfMany(
  cwd: string,
  files: readonly string[],
  names: readonly string[],
): Promise<{ run: SpawnSyncReturns<string>; values: Record<string, number | string>[] }> {
  const run = convert(cwd, files, ALL_SHEETS_CSV);
  if (run.status !== 0) return { run, values: [] };
  const values: Record<string, number | string>[] = [];
  for (const f of files) values.push(await readNamedValues(cwd, f, names));
  return { run, values };
}

/** Convert `file` to `<cwd>/<stem>.csv` (a private profile under `cwd`, so runs do not share one). */
export function sofficeToCsv(cwd: string, file: string): SpawnSyncReturns<string> {
  return convert(cwd, file, "csv");
}

/**
 * Recalculate `file` in LibreOffice and read the values its defined names point at: every sheet is
 * written to `<cwd>/<stem>-<sheet>.csv` (the CSV filter's last token, -1, means every sheet; the
 * ninth, false, writes values unformatted, at full precision), then each name's cell is read back.
 * Numbers come back as numbers, text as text, an empty cell as "".
 */
export async function sofficeNamedValues(
  cwd: string,
  file: string,
  names: readonly string[],
): Promise<{ run: SpawnSyncReturns<string>; values: Record<string, number | string> }> {
  const run = convert(cwd, file, ALL_SHEETS_CSV);
  if (run.status !== 0) return { run, values: {} };
  return { run, values: await readNamedValues(cwd, file, names) };
}

/** The values `names` point at in `<cwd>/<file>`, read from the CSV files LibreOffice wrote for it. */
async function readNamedValues(
  cwd: string,
  file: string,
  names: readonly string[],
): Promise<Record<string, number | string>> {
  const values: Record<string, number | string> = {};
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(cwd, file));
  const ranges = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const stem = file.replace(/\.xlsx$/, "");
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const n of names) {
    const range = ranges.find((d) => d.name === n)?.ranges[0];
    if (range === undefined) throw new Error(`no defined name ${n}`);
    const [, sheet, col, row] = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) as RegExpExecArray;
    let ws = sheets.get(sheet as string);
    if (ws === undefined) {
      // exceljs reads the CSV (RFC 4180 quoting); it turns numeric text into numbers.
      ws = await new ExcelJS.Workbook().csv.readFile(join(cwd, `${stem}-${sheet}.csv`));
      sheets.set(sheet as string, ws);
    }
    const v = ws.getCell(`${col}${row}`).value;
    values[n] = typeof v === "number" || typeof v === "string" ? v : v === null ? "" : String(v);
  }
  return values;
}

/**
 * Copy the workbook `from` to `to` (both in `cwd`) with the named input cells set to `cells` and
 * every formula's cached result stripped, so whatever reads `to` must recalculate. Returns how many
 * formulas it stripped.
 */
export async function writeEdited(
  cwd: string,
  from: string,
  to: string,
  cells: Record<string, number>,
): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(cwd, from));
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const [n, v] of Object.entries(cells)) {
    const range = model.find((d) => d.name === n)?.ranges[0];
    if (range === undefined) throw new Error(`no defined name ${n}`);
    const [, sheet, col, row] = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(range) as RegExpExecArray;
    (wb.getWorksheet(sheet as string) as ExcelJS.Worksheet).getCell(`${col}${row}`).value = v;
  }
  let stripped = 0;
  for (const ws of wb.worksheets)
    ws.eachRow((r) =>
      r.eachCell((c) => {
        const v = c.value as { formula?: string } | null;
        if (v && typeof v === "object" && "formula" in v) {
          c.value = { formula: v.formula as string } as ExcelJS.CellFormulaValue;
          stripped++;
        }
      }),
    );
  await wb.xlsx.writeFile(join(cwd, to));
  return stripped;
}
