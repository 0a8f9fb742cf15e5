// Every number traceable (issue #11): in every command's --json that shows line items, each line
// item has a source in words and an https sourceUrl; every note, reason or assumption that cites a
// source of the table (by its short title) carries that source's URL beside it (`sources` for an
// option's notes and reasons, `sourceUrl` for an assumption row). plan and price over every fixture
// are also checked by no-private-notes.test.ts; here: report, whatif, diff, price --iac, and the
// commands that print notes (project, simulate, sweep, breakeven, sensitivity).
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citedSources } from "../../src/model/sources.js";
import { ROOT, runCli } from "../helpers/cli.js";

const env = { MSK_PLANNER_CACHE_DIR: mkdtempSync(join(tmpdir(), "msk-src-cache-")) };
const WORKLOADS = readdirSync(join(ROOT, "fixtures/workloads")).filter((f) => f.endsWith(".yaml"));
const fixture = (w: string) => join(ROOT, "fixtures/workloads", w);

function json(args: string[]): unknown {
  const r = runCli([...args, "--json"], { env });
  expect(r.code, `${args.join(" ")}\n${r.stderr}`).toBe(0);
  const t = r.stdout.trim();
  // sweep --json streams NDJSON: one object per line.
  return t.startsWith("{") && !t.includes("}\n{") ? JSON.parse(t) : t.split("\n").map((l) => JSON.parse(l));
}

const URL = /^https:\/\/\S+$/;

/** Walks a --json value; returns how many line items it checked. */
function expectTraceable(value: unknown, where: string): number {
  let items = 0;
  const walk = (v: unknown, path: string): void => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
      return;
    }
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    // A line item: a priced cost with its unit price (plan, report, whatif, price --iac).
    if ("costUsd" in o && "unitPriceUsd" in o) {
      items++;
      expect(o.sourceUrl, `${where} ${path}`).toMatch(URL);
      expect(o.source, `${where} ${path}`).toMatch(/^[A-Z][^[\]]+ as of \d{4}-\d{2}-\d{2}/);
    }
    // A diff's line item: the line's source and URL when the plans carry them (they do here).
    if ("oldQuantity" in o && "newQuantity" in o) {
      items++;
      expect(o.sourceUrl, `${where} ${path}`).toMatch(URL);
      expect(typeof o.source, `${where} ${path}`).toBe("string");
    }
    // Notes and reasons that cite the table carry the URLs in `sources`.
    const texts = [o.notes, o.reasons].flatMap((t) =>
      Array.isArray(t) ? t.filter((x) => typeof x === "string") : [],
    );
    const cited = citedSources(texts);
    if (cited.length) {
      const urls = ((o.sources ?? []) as { url: string }[]).map((s) => s.url);
      for (const c of cited) expect(urls, `${where} ${path}: ${c.key}`).toContain(c.url);
    }
    // Any other text with a source citing the table (assumption rows) carries its URL.
    if (typeof o.source === "string" && citedSources([o.source]).length)
      expect(o.sourceUrl, `${where} ${path}: ${o.source}`).toMatch(URL);
    for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  walk(value, "$");
  return items;
}

describe("every command's --json: line items and cited notes carry their source URLs", () => {
  for (const w of WORKLOADS) {
    it(`${w}: report (with alternatives), whatif, diff of a saved plan (with alternatives)`, () => {
      expect(
        expectTraceable(json(["report", fixture(w), "--compare", "alternatives"]), `report ${w}`),
      ).toBeGreaterThan(0);
      expect(
        expectTraceable(json(["whatif", fixture(w), "--set", "ingress=50MiB/s"]), `whatif ${w}`),
      ).toBeGreaterThan(0);
      const dir = mkdtempSync(join(tmpdir(), "msk-src-"));
      const saved = join(dir, "before.json");
      writeFileSync(saved, JSON.stringify(json(["plan", fixture(w), "--compare", "alternatives"])));
      const d = json(["diff", saved, fixture("heavy.yaml"), "--compare", "alternatives"]);
      expect(expectTraceable(d, `diff ${w}`)).toBeGreaterThan(0);
    }, 120_000);
  }

  it("price --iac over every IaC fixture", () => {
    for (const f of ["plan.json", "state.json", "template.json", "template.yaml", "hcl"]) {
      const j = json(["price", "--iac", join(ROOT, "fixtures/iac", f)]);
      expect(expectTraceable(j, `price --iac ${f}`), f).toBeGreaterThan(0);
    }
  }, 120_000);

  it("project, simulate, sweep, breakeven, sensitivity: every cited note carries its URL", () => {
    const typical = fixture("typical.yaml");
    for (const args of [
      ["project", typical, "--months", "3", "--growth", "ingress=8%/month"],
      ["simulate", fixture("uncertain.yaml"), "--samples", "200", "--seed", "1"],
      ["sweep", fixture("small.yaml"), "--vary", "peakIngress=3MiB/s..300MiB/s:3"],
      ["breakeven", fixture("small.yaml"), "--vary", "ingress", "--between", "serverless,standard"],
      ["sensitivity", typical],
    ])
      expectTraceable(json(args), args[0] as string);
  }, 120_000);
});
