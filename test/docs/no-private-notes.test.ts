// Nothing a user does not have: no output of any bundled fixture (terminal, --json, Markdown,
// CSV, workbook cells), with and without --compare alternatives, and no tracked text file names
// the developers' private notes, their sections or keys, or a path outside the repository.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";
import { findForbidden } from "./patterns.js";

const env = { MSK_PLANNER_CACHE_DIR: mkdtempSync(join(tmpdir(), "msk-scan-cache-")) };
const WORKLOADS = readdirSync(join(ROOT, "fixtures/workloads")).filter((f) => f.endsWith(".yaml"));
const CLUSTERS = readdirSync(join(ROOT, "fixtures/clusters")).filter((f) => f.endsWith(".yaml"));

async function workbookText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(c.text)));
  });
  return parts.join("\n");
}

/** Every line item (any object with costUsd and source) has a source in words and an https sourceUrl. */
function expectSourcedLineItems(json: unknown): void {
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if ("costUsd" in o && "source" in o) {
        n++;
        expect(o.sourceUrl, String(o.component)).toMatch(/^https:\/\/\S+$/);
        expect(o.source, String(o.component)).toMatch(/^[A-Z][^[\]]+ as of \d{4}-\d{2}-\d{2}/);
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(json);
  expect(n).toBeGreaterThan(0);
}

function run(args: string[], cwd = ROOT): string {
  const r = runCli(args, { cwd, env });
  return `${r.stdout}\n${r.stderr}`;
}

describe("the scan's patterns", () => {
  it("catch each kind of mention and pass clean text", () => {
    // Built from pieces so that this file passes the scan of tracked files below.
    const [o, c] = ["[", "]"];
    const bad = `pricing${".md"} ${String.fromCharCode(0xa7)}8 ${o}A1${c} ${o}IC-EC2${c} ${o}AWS-KDS-QUOTA${c} ..${"/shared"}/x`;
    expect(findForbidden(bad).length).toBe(6);
    expect(
      findForbidden("docs/billing-rules.md, docs/sizing-model.md, [FILE] [REGION] `msk-quotas`"),
    ).toEqual([]);
  });
});

describe("outputs of every bundled fixture", () => {
  // With --compare alternatives every fixture's output holds all of its MSK text and the
  // alternatives'; one fixture is scanned without it too (the text only that run prints).
  for (const w of WORKLOADS) {
    for (const alt of w === "typical.yaml"
      ? [[], ["--compare", "alternatives"]]
      : [["--compare", "alternatives"]]) {
      it(`${w} ${alt.join(" ")}: plan (terminal, --json) and report (--json, Markdown, CSV, workbook)`, async () => {
        const file = join(ROOT, "fixtures/workloads", w);
        const cwd = mkdtempSync(join(tmpdir(), "msk-scan-"));
        const planJson = runCli(["plan", file, ...alt, "--json"], { env });
        const texts = [
          run(["plan", file, ...alt]),
          `${planJson.stdout}\n${planJson.stderr}`,
          run(["report", file, ...alt, "--xlsx", "r.xlsx", "--md", "r.md", "--csv", "csv", "--json"], cwd),
          readFileSync(join(cwd, "r.md"), "utf8"),
          ...readdirSync(join(cwd, "csv")).map((f) => readFileSync(join(cwd, "csv", f), "utf8")),
          await workbookText(join(cwd, "r.xlsx")),
        ];
        expectSourcedLineItems(JSON.parse(planJson.stdout));
        expect(findForbidden(texts.join("\n"))).toEqual([]);
      }, 180_000);
    }
  }

  it("every fixture cluster: price (terminal and --json)", () => {
    const texts = CLUSTERS.flatMap((c) => {
      const file = join(ROOT, "fixtures/clusters", c);
      const json = runCli(["price", file, "--json"], { env }).stdout;
      expectSourcedLineItems(JSON.parse(json));
      return [run(["price", file]), json];
    });
    expect(findForbidden(texts.join("\n"))).toEqual([]);
  }, 180_000);

  it("pricing regions, show (every bundled region), sources; a region without alternatives' prices; errors", () => {
    const regions = JSON.parse(runCli(["pricing", "regions", "--json"], { env }).stdout).regions.map(
      (r: { region: string }) => r.region,
    );
    const texts = [
      run(["pricing", "regions"]),
      run(["pricing", "sources"]),
      run(["pricing", "sources", "--json"]),
      ...regions.flatMap((r: string) => [
        run(["pricing", "show", "--region", r]),
        run(["pricing", "show", "--region", r, "--json"]),
      ]),
      run([
        "plan",
        join(ROOT, "fixtures/workloads/typical.yaml"),
        "--compare",
        "alternatives",
        "--region",
        "ap-southeast-1",
        "--json",
      ]),
      run(["price", join(ROOT, "fixtures/clusters/standard.yaml"), "--region", "eu-west-1"]),
      run(["price", join(ROOT, "fixtures/clusters/standard.yaml"), "--storage-per-broker", "20000GiB"]),
      run(["price", join(ROOT, "fixtures/clusters/standard.yaml"), "--throughput-per-broker", "300MiB/s"]),
    ];
    expect(findForbidden(texts.join("\n"))).toEqual([]);
  }, 180_000);
});

describe("the repository's tracked text files", () => {
  it("name no private note, section, note key or path outside the repository", () => {
    const files = spawnSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" })
      .stdout.split("\n")
      .filter((f) => f && !/\.(png|xlsx|jpg|gif|ico)$/.test(f) && f !== "test/docs/patterns.ts");
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => {
      let text: string;
      try {
        text = readFileSync(join(ROOT, f), "utf8");
      } catch {
        return []; // listed but deleted in the working tree
      }
      return findForbidden(text).map((m) => `${f}: ${m}`);
    });
    expect(found).toEqual([]);
  });
});
