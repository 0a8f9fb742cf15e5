// Run the built CLI from a private snapshot of dist/ taken once per test file. Why: other test runs
// on this machine rebuild dist/ (scripts/build.mjs empties dist/chunks first), and a CLI spawned
// mid-rebuild fails to load a chunk. The snapshot lives under node_modules/.cache so the external
// packages (@aws-sdk/*, cli-progress) still resolve from the project's node_modules.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../helpers/cli.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function snapshotCli(): { cli: string; remove: () => void } {
  const dest = join(ROOT, "node_modules", ".cache", `msk-planner-aws-test-${process.pid}`);
  for (let attempt = 0; ; attempt++) {
    rmSync(dest, { recursive: true, force: true });
    cpSync(join(ROOT, "dist"), dest, { recursive: true });
    const cli = join(dest, "cli.js");
    const ok =
      existsSync(cli) && spawnSync(process.execPath, [cli, "--version"], { encoding: "utf8" }).status === 0;
    if (ok || attempt >= 5) return { cli, remove: () => rmSync(dest, { recursive: true, force: true }) };
    spawnSync("sleep", ["1"]);
  }
}

/** Asynchronous run (the fake AWS server lives in the test process, so a synchronous spawn would deadlock). */
export function runAsync(cli: string, args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1", ...env },
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export function runSync(cli: string, args: string[], env: NodeJS.ProcessEnv): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
