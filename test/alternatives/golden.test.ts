// Golden scenarios: `plan --compare alternatives --json` on every fixture workload. Every option gets
// a price or a reason; the five alternatives' results are pinned in test/golden/alternatives/<workload>.json.
// UPDATE_GOLDEN=1 rewrites the pinned files; otherwise a mismatch fails with a diff.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const WORKLOADS = join(ROOT, "fixtures/workloads");
const GOLDEN = join(ROOT, "test/golden/alternatives");
const files = readdirSync(WORKLOADS)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

interface Option {
  option: string;
  family: string;
  feasible: boolean;
  monthlyUsd: number | null;
  reasons: string[];
}

describe("plan --compare alternatives --json on every fixture workload", () => {
  it("there are fixture workloads", () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, () => {
      const r = runCli(["plan", join("fixtures/workloads", file), "--compare", "alternatives", "--json"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const result = JSON.parse(r.stdout) as { options: Option[] };
      const ids = result.options.map((o) => o.option);
      for (const id of [
        "self-managed",
        "kinesis-provisioned",
        "kinesis-on-demand",
        "sqs-standard",
        "sqs-fifo",
      ])
        expect(ids).toContain(id);
      for (const o of result.options) {
        // a price or a reason, never neither
        if (o.feasible)
          expect(
            typeof o.monthlyUsd === "number" && Number.isFinite(o.monthlyUsd),
            `${o.option} priced`,
          ).toBe(true);
        else expect(o.monthlyUsd === null && o.reasons.length > 0, `${o.option} has a reason`).toBe(true);
      }
      const alternatives = result.options
        .filter((o) => o.family === "alternative")
        .sort((a, b) => a.option.localeCompare(b.option));
      const path = join(GOLDEN, `${basename(file).replace(/\.(ya?ml|json)$/, "")}.json`);
      const text = `${JSON.stringify(alternatives, null, 2)}\n`;
      if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
        if (process.env.UPDATE_GOLDEN !== "1")
          throw new Error(`no golden file ${path}: run with UPDATE_GOLDEN=1 to create it`);
        writeFileSync(path, text);
      }
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, "utf8")));
    });
  }
});
