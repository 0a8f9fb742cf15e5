/**
 * `msk-planner pricing diff [--catalog FILE] [--all] [--json]`: what a refreshed catalog changes
 * against the bundled snapshot, per region and dimension.
 */
import { existsSync } from "node:fs";
import { diffCatalogs, type PriceChange } from "../../aws/catalog-diff.js";
import { InputError } from "../../model/errors.js";
import { bundledCatalog } from "../../pricing/bundled-catalog.js";
import { loadCatalog, refreshedCatalogPath } from "../catalog.js";

export interface PricingDiffArgs {
  catalog?: string;
  all?: boolean;
  json?: boolean;
}

function price(p: PriceChange["before"]): string {
  return p ? `${p.amount} ${p.currency}/${p.unit}` : "—";
}

function change(c: PriceChange): string {
  if (c.kind !== "changed") return c.kind;
  return c.relative === null ? "changed" : `${c.relative > 0 ? "+" : ""}${(c.relative * 100).toFixed(2)}%`;
}

export async function handler(argv: PricingDiffArgs): Promise<void> {
  if (!argv.catalog && !existsSync(refreshedCatalogPath())) {
    throw new InputError(
      "--catalog",
      `no refreshed catalog at ${refreshedCatalogPath()}: run \`msk-planner pricing refresh\` or pass --catalog FILE`,
    );
  }
  const { catalog, origin } = loadCatalog({ catalog: argv.catalog, quiet: true, layered: false });
  const diff = diffCatalogs(bundledCatalog(), catalog);
  if (argv.json) {
    process.stdout.write(
      `${JSON.stringify({ against: "bundled", catalog: { origin, source: catalog.source, date: catalog.date }, ...diff }, null, 2)}\n`,
    );
    return;
  }
  const rows = diff.changes.filter((c) => argv.all || c.kind !== "unchanged");
  const head = ["region", "dimension", "bundled", "refreshed", "change"];
  const table = [
    head,
    ...rows.map((c) => [c.region, c.dimension, price(c.before), price(c.after), change(c)]),
  ];
  const widths = head.map((_, i) => Math.max(...table.map((r) => (r[i] as string).length)));
  const lines = [
    `${origin === argv.catalog ? `${origin} (${catalog.source}, ${catalog.date})` : origin} against the bundled snapshot (${bundledCatalog().date}):`,
    `${diff.counts.changed} changed, ${diff.counts.added} added, ${diff.counts.removed} not in the refresh, ${diff.counts.unchanged} unchanged in ${diff.regions.length} regions.`,
  ];
  if (rows.length)
    lines.push(
      "",
      ...table.map((r) =>
        r
          .map((cell, i) => cell.padEnd(widths[i] as number))
          .join("  ")
          .trimEnd(),
      ),
    );
  process.stdout.write(`${lines.join("\n")}\n`);
}
