// docs/api.md is the library API rendered from src/index.ts and its TSDoc (scripts/api-doc.mjs,
// `npm run docs`), and every public export carries TSDoc (issue #15).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { ROOT } from "../helpers/cli.js";

let rendered: { markdown: string; undocumented: string[] };

beforeAll(() => {
  const out = execFileSync(process.execPath, ["scripts/api-doc.mjs", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  rendered = JSON.parse(out) as typeof rendered;
}, 120_000);

describe("docs/api.md", () => {
  it("every export of src/index.ts has TSDoc", () => {
    expect(rendered.undocumented).toEqual([]);
  });

  it("equals the render (run `npm run docs` after changing an export or its TSDoc)", () => {
    expect(readFileSync(join(ROOT, "docs/api.md"), "utf8")).toBe(rendered.markdown);
  });

  it("has a section for every runtime export and for the documented types", () => {
    for (const name of Object.keys(api)) expect(rendered.markdown, name).toContain(`#### \`${name}\`\n`);
    for (const name of ["OptionResult", "StandardConfiguration", "PlanResult", "LineItem", "Workload"])
      expect(rendered.markdown, name).toContain(`#### \`${name}\`\n`);
    // Deterministic: no absolute path of this machine.
    expect(rendered.markdown).not.toContain(ROOT);
  });
});
