/**
 * The sources table as Markdown (docs/sources.md) and as terminal rows: rendered from
 * sources.ts, never written by hand. `npm run docs` writes the file; a test checks it is current.
 */

import { SOURCES, type Source, type SourceKey } from "../model/sources.js";
import { PRICE_STATUSES } from "./catalog-schema.js";

/** One row per source, in table order, for JSON and terminal output. */
export function sourceRows(): (Source & { key: SourceKey })[] {
  return (Object.keys(SOURCES) as SourceKey[]).map((key) => ({ key, ...SOURCES[key] }));
}

/** What each price status means, in words (shown under every table that shows a status). */
export const STATUS_MEANINGS: Record<(typeof PRICE_STATUSES)[number], string> = {
  "published by AWS":
    "an AWS-authored source states it: the AWS pricing page, the AWS Price List, AWS documentation or code AWS published; every price a `pricing refresh` fetches has this status",
  "confirmed by two sources":
    "two or more independent public copies of the AWS Price List or pricing page agree (test fixtures of maintained open-source projects count)",
  "one secondary source":
    "a single third-party copy; bundled with the flag `unverified` (not checked against AWS) and the first to re-check with `pricing refresh`",
};

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** docs/sources.md. */
export function renderSourcesMarkdown(): string {
  const lines = [
    "# Sources",
    "",
    "<!-- Generated from src/model/sources.ts by `npm run docs`; do not edit by hand. -->",
    "",
    "Every price, limit and billing rule msk-planner relies on cites one or more of these public",
    "sources by key. Each line item of `price`, `plan`, `report` and the simulators carries the",
    "first source's title in words (`source`) and its URL (`sourceUrl`); notes and reasons that",
    "rest on a source name it in words, and `--json` lists the URLs they cite. The same table is",
    "printed by `msk-planner pricing sources` (`--json` for data).",
    "",
    "**Read** is the date of the version read: the publication or effective date the source",
    'states, else when it was read; "undated" when the source carries no date. A source marked',
    "*third party* that names an AWS page as its URL is a public copy of that page: the URL is",
    "where you can check the figure against AWS.",
    "",
    "## How sure each price is",
    "",
    "| Status | Meaning |",
    "|---|---|",
    ...PRICE_STATUSES.map((s) => `| ${s} | ${cell(STATUS_MEANINGS[s])} |`),
    "",
    "A price may also carry the flags *suspect* (out of line with other sizes and regions) and",
    "*billing basis not confirmed* (the quantity AWS bills is not stated; see",
    "[billing rules](billing-rules.md)).",
    "",
    "## The table",
    "",
    "| Key | Source | Publisher | Supports | Read |",
    "|---|---|---|---|---|",
    ...sourceRows().map(
      (s) =>
        `| \`${s.key}\` | [${cell(s.title)}](${s.url}) | ${s.publisher} | ${cell(s.supports)} | ${s.read ?? "undated"} |`,
    ),
    "",
  ];
  return lines.join("\n");
}
