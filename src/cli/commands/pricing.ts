/**
 * `msk-planner pricing regions` and `msk-planner pricing show --region R`: what the price catalog
 * holds, with provenance. Read → render; no arithmetic.
 */

import { catalogRegions, dimensionLabel, newestDate, regionPrices } from "../../pricing/catalog.js";
import { type Catalog, PRICE_FLAG_WORDS, type Price } from "../../pricing/catalog-schema.js";
import { formatUnitPrice } from "../../report/format.js";
import { renderTable } from "../../report/table.js";
import { loadCatalog } from "../catalog.js";

export interface PricingArgs {
  catalog?: string;
  json?: boolean;
  region?: string;
}

/** Per region: number of prices, newest date, source keys (`msk-planner pricing sources`), or URLs for a refresh. */
export function regionSummaries(
  catalog: Catalog,
): { region: string; prices: number; date: string; currencies: string[]; sources: string[] }[] {
  return catalogRegions(catalog).map((region) => {
    const prices = Object.values(regionPrices(catalog, region));
    const sources = new Set<string>();
    for (const p of prices) for (const k of p.sourceKeys ?? [p.sourceUrl ?? p.source]) sources.add(k);
    return {
      region,
      prices: prices.length,
      date: newestDate(prices.map((p) => p.date)),
      currencies: [...new Set(prices.map((p) => p.currency))].sort(),
      sources: [...sources].sort(),
    };
  });
}

export async function regionsHandler(argv: PricingArgs): Promise<void> {
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });
  const regions = regionSummaries(catalog);
  if (argv.json) {
    process.stdout.write(
      `${JSON.stringify({ catalog: { source: catalog.source, date: catalog.date, origin }, regions }, null, 2)}\n`,
    );
    return;
  }
  const table = renderTable({
    head: ["Region", "Prices", "Newest date", "Currency", "Sources"],
    rows: regions.map((r) => [
      r.region,
      String(r.prices),
      r.date,
      r.currencies.join(", "),
      r.sources.join(" "),
    ]),
    align: ["left", "right", "left", "left", "left"],
  });
  process.stdout.write(
    `${[
      `Price catalog: ${catalog.source}, dated ${catalog.date} (${origin}).`,
      table,
      "Regions not listed have no sourced MSK price; supply one with --catalog FILE. Details: msk-planner pricing show --region R",
      "",
    ].join("\n")}`,
  );
}

interface PriceRow extends Price {
  dimension: string;
  label: string;
}

export async function showHandler(argv: PricingArgs): Promise<void> {
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog });
  const region = argv.region ?? "us-east-1";
  const prices = regionPrices(catalog, region, "--region");
  const rows: PriceRow[] = Object.keys(prices)
    .sort()
    .map((dimension) => ({ dimension, label: dimensionLabel(dimension), ...(prices[dimension] as Price) }));
  if (argv.json) {
    process.stdout.write(
      `${JSON.stringify({ region, catalog: { source: catalog.source, date: catalog.date, origin }, prices: rows }, null, 2)}\n`,
    );
    return;
  }
  const table = renderTable({
    head: ["Dimension", "Price", "Unit", "Status", "Flags", "Date", "Source", "Usage type"],
    rows: rows.map((p) => [
      p.dimension,
      formatUnitPrice(p.amount, p.currency),
      p.unit,
      p.status ?? "",
      (p.flags ?? []).map((f) => PRICE_FLAG_WORDS[f]).join(", "),
      p.date,
      p.source,
      p.usageType ?? "",
    ]),
    align: ["left", "right", "left", "left", "left", "left", "left", "left"],
  });
  process.stdout.write(
    `${[
      `${region}: ${rows.length} prices in the ${catalog.source} catalog dated ${catalog.date} (${origin}).`,
      table,
      "Status: published by AWS (an AWS-authored source); confirmed by two sources (independent public copies agree); one secondary source (a single third-party copy, not checked against AWS).",
      "Every source, with its URL: msk-planner pricing sources",
      "",
    ].join("\n")}`,
  );
}
