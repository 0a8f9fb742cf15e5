// docs/sources.md is the sources table rendered (npm run docs), and `pricing sources` lists it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "../../src/model/sources.js";
import { renderSourcesMarkdown } from "../../src/pricing/sources-doc.js";
import { ROOT, runCli } from "../helpers/cli.js";

describe("docs/sources.md", () => {
  it("equals the render of src/model/sources.ts (run `npm run docs` after editing the table)", () => {
    expect(readFileSync(join(ROOT, "docs/sources.md"), "utf8")).toBe(renderSourcesMarkdown());
  });

  it("has one row per source, each linking its URL", () => {
    const md = renderSourcesMarkdown();
    for (const [key, s] of Object.entries(SOURCES)) {
      expect(md).toContain(`| \`${key}\` | [`);
      expect(md).toContain(`](${s.url}) |`);
    }
  });
});

describe("msk-planner pricing sources", () => {
  it("--json lists every source with title, URL, publisher, what it supports and date, and the status meanings", () => {
    const r = runCli(["pricing", "sources", "--json"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.sources.map((s: { key: string }) => s.key)).toEqual(Object.keys(SOURCES));
    for (const s of j.sources) {
      expect(Object.keys(s).sort()).toEqual([
        "key",
        "publisher",
        "read",
        "short",
        "supports",
        "title",
        "url",
      ]);
      expect(s.url).toMatch(/^https:\/\//);
    }
    expect(Object.keys(j.statuses)).toEqual([
      "published by AWS",
      "confirmed by two sources",
      "one secondary source",
    ]);
  });

  it("prints a table with each key, title and URL, and explains the statuses", () => {
    const r = runCli(["pricing", "sources"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /msk-quotas\s+│ Amazon MSK quotas page\s+│ AWS\s+│ undated\s+│ https:\/\/docs\.aws\.amazon\.com\/msk\/latest\/developerguide\/limits\.html/,
    );
    expect(r.stdout).toContain("one secondary source: a single third-party copy");
  });

  it("--help shows examples", () => {
    const r = runCli(["pricing", "sources", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("msk-planner pricing sources --json");
  });
});
