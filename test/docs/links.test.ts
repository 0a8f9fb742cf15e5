// README, CONTRIBUTING and docs/ render with no broken relative link: every link or image that
// is not a URL points at a file in the repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const PAGES = [
  "README.md",
  "CONTRIBUTING.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** Link targets of Markdown `[text](target)` and `![alt](target)`, outside code spans and blocks. */
function linkTargets(md: string): string[] {
  const prose = md.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
}

describe("relative links resolve", () => {
  it("finds links in prose, not in code", () => {
    expect(linkTargets("see [a](docs/a.md) and `[b](c.md)`\n```\n[d](e.md)\n```")).toEqual(["docs/a.md"]);
  });

  for (const page of PAGES) {
    it(page, () => {
      const broken = linkTargets(readFileSync(join(ROOT, page), "utf8"))
        .filter((t) => !/^(https?:|mailto:|#)/.test(t))
        .map((t) => t.split("#")[0] as string)
        .filter((t) => !existsSync(join(ROOT, dirname(page), decodeURIComponent(t))));
      expect(broken).toEqual([]);
    });
  }
});
