// LibreOffice for tests that recalculate a workbook in a second engine: present or not, one
// headless conversion of a workbook's first sheet (the Summary) to CSV with its computed values, and
// one of every sheet, read back by defined name.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";

export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

function convert(cwd: string, file: string, filter: string): SpawnSyncReturns<string> {
  return spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${cwd}/lo-profile`,
      "--convert-to",
      filter,
      "--outdir",
      cwd,
      join(cwd, file),
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
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
  const run = convert(
    cwd,
    file,
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
  );
  const values: Record<string, number | string> = {};
  if (run.status !== 0) return { run, values };
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
  return { run, values };
}
