/**
 * `msk-planner price --iac FILE...`: read Terraform or CloudFormation, price every MSK resource,
 * print a per-resource breakdown (table, `--json`, `--markdown`). Read → library → render.
 */
import { dirname, resolve } from "node:path";
import { loadIac } from "../../iac/load.js";
import { type IacPriceResult, priceIac } from "../../iac/price-iac.js";
import { parseUsage, type Usage } from "../../iac/usage.js";
import { InputError } from "../../model/errors.js";
import { parseCount } from "../../model/units.js";
import { renderIacMarkdown, renderIacTable } from "../../report/iac.js";
import { loadCatalog } from "../catalog.js";
import { readStructuredFile } from "../io.js";
import { fileOnly } from "../stdio.js";

export type PriceIacArgs = Record<string, unknown> & {
  iac: string[];
  file?: string;
  usage?: string;
  usageDefaults?: string;
  region?: string;
  hours?: string;
  days?: string;
  catalog?: string;
  json?: boolean;
  markdown?: boolean;
  recommend?: boolean;
  xlsx?: string;
};

/** Read a usage file; a `workload: path` entry is read relative to the usage file. */
function readUsageFile(path: string, flag: string): { content: unknown; label: string } {
  const content = readStructuredFile(path, flag);
  if (content !== null && typeof content === "object" && !Array.isArray(content))
    for (const entry of Object.values(content as Record<string, unknown>)) {
      const e = entry as Record<string, unknown> | null;
      if (e && typeof e === "object" && typeof e.workload === "string")
        e.workload = readStructuredFile(resolve(dirname(path), e.workload), `${path}: workload`);
    }
  return { content, label: path };
}

export function loadUsage(argv: { usage?: string; usageDefaults?: string }): Usage {
  return parseUsage(
    argv.usage !== undefined ? readUsageFile(argv.usage, "--usage") : undefined,
    argv.usageDefaults !== undefined ? readUsageFile(argv.usageDefaults, "--usage-defaults") : undefined,
  );
}

export function periodHours(argv: { hours?: string; days?: string }): number | undefined {
  if (argv.days !== undefined) return parseCount(argv.days, "--days") * 24;
  if (argv.hours !== undefined) return parseCount(argv.hours, "--hours");
  return undefined;
}

export async function priceIacFromArgs(paths: string[], argv: PriceIacArgs): Promise<IacPriceResult> {
  if (paths.length === 0) throw new InputError("--iac", "expected at least one file or folder");
  const usage = loadUsage(argv);
  const hours = periodHours(argv);
  const { catalog } = loadCatalog({ catalog: argv.catalog });
  const docs = await loadIac(paths);
  return priceIac(docs, catalog, {
    usage,
    ...(argv.recommend ? { recommend: true } : {}),
    ...(argv.region !== undefined ? { region: argv.region } : {}),
    ...(hours !== undefined ? { hours } : {}),
  });
}

export async function handler(argv: PriceIacArgs): Promise<void> {
  if (argv.file !== undefined)
    throw new InputError("--iac", `give either a configuration file (${argv.file}) or --iac, not both`);
  if (argv.recommend && argv.usage === undefined && argv.usageDefaults === undefined)
    throw new InputError(
      "--recommend",
      "needs a workload per cluster: give --usage FILE with a workload entry",
    );
  fileOnly("--xlsx", argv.xlsx, "a workbook");
  const result = await priceIacFromArgs(argv.iac, argv);
  if (argv.xlsx !== undefined) {
    const { buildIacWorkbook } = await import("../../report/iac-xlsx.js");
    const { writeReport } = await import("../../report/xlsx.js");
    await writeReport(await buildIacWorkbook(result), argv.xlsx);
  }
  process.stdout.write(
    argv.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : argv.markdown
        ? renderIacMarkdown(result)
        : renderIacTable(result),
  );
}
