// `msk-planner price` and `pricing show` never load exceljs, the AWS SDK or cli-progress (issue #3:
// cold start ≤ ~3× `node -e 0`). A module-resolution hook refuses those packages: if the command
// imported one, it would fail. A positive control proves the hook bites.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "msk-lazy-"));
const hooks = join(dir, "hooks.mjs");
writeFileSync(
  hooks,
  `export async function resolve(specifier, context, next) {
  if (/^(exceljs|@aws-sdk\\/|cli-progress|@cdktf\\/)/.test(specifier)) throw new Error("refused heavy dependency " + specifier);
  return next(specifier, context);
}\n`,
);
const register = join(dir, "register.mjs");
writeFileSync(
  register,
  `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
);
const env = { NODE_OPTIONS: `--import=${pathToFileURL(register).href}`, MSK_PLANNER_CACHE_DIR: dir };

describe("price path loads no heavy dependency", () => {
  it("control: the hook refuses exceljs", () => {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", 'await import("exceljs")'], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("refused heavy dependency exceljs");
  });

  it("price and pricing show run with exceljs, @aws-sdk/* and cli-progress refused", () => {
    const p = runCli(["price", "fixtures/clusters/standard-addons.yaml", "--json"], { env });
    expect(p.stderr).toBe("");
    expect(p.code).toBe(0);
    expect(Math.round(JSON.parse(p.stdout).totalUsd * 100)).toBe(94050);
    const show = runCli(["pricing", "show", "--region", "us-east-1"], { env });
    expect(show.stderr).toBe("");
    expect(show.code).toBe(0);
    const regions = runCli(["pricing", "regions"], { env });
    expect(regions.stderr).toBe("");
    expect(regions.code).toBe(0);
  });
});
