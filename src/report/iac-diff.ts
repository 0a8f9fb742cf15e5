/**
 * Renderers of `diff --iac`: a terminal table and Markdown for a pull-request comment, one row per
 * resource that changed (added, removed, changed), with the monthly cost before, after and the
 * change, and the total. Rounding happens only here.
 */
import type { IacDiff } from "../iac/diff.js";
import { formatDeltaUsd } from "./diff.js";
import { formatUsd } from "./format.js";
import { cell } from "./markdown.js";
import { renderTable } from "./table.js";

const lowerBound = (p: string | null) => p === "partial" || p === "none";

function side(usd: number, priced: string | null): string {
  if (priced === null) return "—";
  return lowerBound(priced) ? `≥ ${formatUsd(usd)}` : formatUsd(usd);
}

function caveat(d: IacDiff): string[] {
  return d.base.priced !== "complete" || d.new.priced !== "complete"
    ? [
        "Some lines are not priced (usage or values missing): the change is that of the priced lines; give --usage to price them.",
      ]
    : [];
}

const changed = (d: IacDiff) => d.resources.filter((r) => r.change !== "unchanged");

export function renderIacDiffTable(d: IacDiff): string {
  const rows = changed(d).flatMap((r) => [
    [
      `${r.address} (${r.change})`,
      side(r.baseUsd, r.priced.base),
      side(r.newUsd, r.priced.new),
      formatDeltaUsd(r.deltaUsd),
    ],
    ...r.lines
      .filter((l) => l.deltaUsd !== 0)
      .map((l) => [
        `  ${l.component}`,
        formatUsd(l.baseUsd),
        formatUsd(l.newUsd),
        formatDeltaUsd(l.deltaUsd),
      ]),
  ]);
  const table = renderTable({
    head: ["Resource / component", "Before (USD)", "After (USD)", "Change (USD)"],
    rows,
    align: ["left", "right", "right", "right"],
    footer: [
      [
        "Total",
        side(d.base.totalUsd, d.base.priced),
        side(d.new.totalUsd, d.new.priced),
        formatDeltaUsd(d.deltaUsd),
      ],
    ],
  });
  const unchanged = d.resources.length - changed(d).length;
  return [
    `MSK cost change from ${d.base.sources.map((s) => s.file).join(", ")} to ${d.new.sources.map((s) => s.file).join(", ")} in ${d.region} per ${d.hours === 730 ? "month (730 h)" : `${d.hours} hours`}`,
    table,
    `${unchanged} resource${unchanged === 1 ? "" : "s"} unchanged. Prices: ${d.catalog.source} catalog dated ${d.catalog.date}.`,
    ...caveat(d),
    "",
  ].join("\n");
}

export function renderIacDiffMarkdown(d: IacDiff): string {
  return [
    `### MSK cost change: ${formatDeltaUsd(d.deltaUsd)} per ${d.hours === 730 ? "month" : `${d.hours} hours`}`,
    "",
    `${cell(side(d.base.totalUsd, d.base.priced), "text")} → ${cell(side(d.new.totalUsd, d.new.priced), "text")} (${d.region}; ${d.catalog.source} catalog dated ${d.catalog.date}).`,
    "",
    "| Resource | Change | Before (USD) | After (USD) | Change (USD) |",
    "| --- | --- | ---: | ---: | ---: |",
    ...changed(d).map(
      (r) =>
        `| \`${r.address}\` | ${r.change} | ${cell(side(r.baseUsd, r.priced.base), "text")} | ${cell(side(r.newUsd, r.priced.new), "text")} | ${formatDeltaUsd(r.deltaUsd)} |`,
    ),
    `| **Total** | | ${cell(side(d.base.totalUsd, d.base.priced), "text")} | ${cell(side(d.new.totalUsd, d.new.priced), "text")} | **${formatDeltaUsd(d.deltaUsd)}** |`,
    "",
    ...caveat(d).map((c) => `_${c}_`),
    "",
  ].join("\n");
}
