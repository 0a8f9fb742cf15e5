/**
 * `msk-planner pricing sources [--json]`: the project's table of sources (src/model/sources.ts),
 * the same table docs/sources.md renders. Read → render; no arithmetic.
 */
import { STATUS_MEANINGS, sourceRows } from "../../pricing/sources-doc.js";
import { renderTable } from "../../report/table.js";

export interface PricingSourcesArgs {
  json?: boolean;
}

export async function handler(argv: PricingSourcesArgs): Promise<void> {
  const rows = sourceRows();
  if (argv.json) {
    process.stdout.write(`${JSON.stringify({ statuses: STATUS_MEANINGS, sources: rows }, null, 2)}\n`);
    return;
  }
  const table = renderTable({
    head: ["Key", "Source", "Publisher", "Read", "URL"],
    rows: rows.map((s) => [s.key, s.short, s.publisher, s.read ?? "undated", s.url]),
    align: ["left", "left", "left", "left", "left"],
  });
  process.stdout.write(
    `${[
      `${rows.length} sources. Every price, limit and billing rule cites one or more of them by key; each line item's \`source\` names the first in words and \`sourceUrl\` links it.`,
      table,
      "How sure a price is:",
      ...Object.entries(STATUS_MEANINGS).map(([s, m]) => `  ${s}: ${m}`),
      "What each source supports: msk-planner pricing sources --json, or docs/sources.md.",
      "",
    ].join("\n")}`,
  );
}
