// LibreOffice for tests that recalculate a workbook in a second engine: present or not, and one
// headless conversion of a workbook's first sheet (the Summary) to CSV with its computed values.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { join } from "node:path";

export const hasSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/** Convert `file` to `<cwd>/<stem>.csv` (a private profile under `cwd`, so runs do not share one). */
export function sofficeToCsv(cwd: string, file: string): SpawnSyncReturns<string> {
  return spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${cwd}/lo-profile`,
      "--convert-to",
      "csv",
      "--outdir",
      cwd,
      join(cwd, file),
    ],
    { encoding: "utf8", timeout: 120_000 },
  );
}
