/**
 * `msk-planner price [FILE] [flags]`: read a configuration (file and/or flags), price it with the
 * catalog, print line items and the total (table, or `--json`). No arithmetic here.
 */
import { CONFIG_FIELDS } from "../../pricing/config-fields.js";
import type { PriceResult } from "../../pricing/configuration.js";
import { configFromInput, relabel } from "../../pricing/configuration-file.js";
import { priceConfiguration } from "../../pricing/price-configuration.js";
import { formatQuantity, formatTotal, formatUnitPrice, formatUsd } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { loadCatalog } from "../catalog.js";
import { checkFinite } from "../finite.js";
import { readStructuredFile } from "../io.js";

export type PriceArgs = Record<string, unknown> & { file?: string; catalog?: string; json?: boolean };

const FLAG_FIELDS = [...Object.keys(CONFIG_FIELDS), "kind", "hours", "days"];

export async function handler(argv: PriceArgs): Promise<void> {
  const file = argv.file !== undefined ? readStructuredFile(argv.file, "FILE") : undefined;
  const flags = Object.fromEntries(FLAG_FIELDS.map((f) => [f, argv[f]]));
  const { config, hours, pathOf } = configFromInput({ file, fileLabel: argv.file, flags });
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });
  let result: PriceResult;
  try {
    result = priceConfiguration(config, catalog, { hours });
  } catch (e) {
    relabel(e, pathOf);
  }
  checkFinite(result, "the price");
  process.stdout.write(argv.json ? `${JSON.stringify(result, null, 2)}\n` : renderPrice(result, origin));
}

/** The terminal rendering: a line-item table, the total, and where each price comes from. */
export function renderPrice(r: PriceResult, origin: string): string {
  const table = renderTable({
    head: ["Component", "Quantity", "Unit", "Unit price", "Cost (USD)"],
    rows: r.lineItems.map((l) => [
      l.component,
      formatQuantity(l.quantity),
      l.unit,
      formatUnitPrice(l.unitPriceUsd),
      formatUsd(l.costUsd),
    ]),
    align: ["left", "right", "left", "right", "right"],
    footer: [["Total", "", "", "", formatTotal(r.totalUsd, r.priced, r.missingPrices)]],
  });
  const months = r.hours === 730 ? "one month" : `${formatQuantity(r.hours / 24)} days`;
  return [
    `MSK cost in ${r.region} for ${formatQuantity(r.hours)} hours (${months}; a month is 730 h; billed GB = GiB, 2^30 bytes)`,
    table,
    `Prices: ${r.catalog.source} catalog dated ${r.catalog.date} (${origin}). Sources:`,
    ...r.lineItems.map((l) => `  ${l.component}: ${l.source}${l.sourceUrl ? ` <${l.sourceUrl}>` : ""}`),
    ...r.missingPrices.map((m) => `  Not priced — ${m.name}: ${m.reason}`),
    "",
  ].join("\n");
}
