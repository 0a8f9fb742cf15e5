// `msk-planner --help` (and `-h`) print the help yargs rendered at build time, without loading
// yargs (src/cli/help-text.ts, issue #14). It must be exactly what yargs prints: `--help=true`
// means the same to yargs but is not the fast path's exact command line, so yargs renders it now.
// Refusing the program chunk (test/helpers/refuse-modules.ts) proves the fast path loads no yargs.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { refuseModules } from "../helpers/refuse-modules.js";

const english = { LC_ALL: "", LC_MESSAGES: "", LANG: "en_US.UTF-8", LANGUAGE: "" };
const columns = (n: number) =>
  `--import=data:text/javascript,Object.defineProperty(process.stdout,'columns',{value:${n}})`;

function bothWays(env: NodeJS.ProcessEnv) {
  const fast = runCli(["--help"], { env });
  const short = runCli(["-h"], { env });
  const yargs = runCli(["--help=true"], { env });
  for (const r of [fast, short, yargs]) {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
  return { fast: fast.stdout, short: short.stdout, yargs: yargs.stdout };
}

describe("--help without yargs", () => {
  it("a pipe (width 100): --help and -h print byte for byte what yargs renders", () => {
    const r = bothWays(english);
    expect(r.yargs).toContain("msk-planner <command> [options]");
    expect(r.yargs).toContain("msk-planner plan [workload-file]");
    expect(r.fast).toBe(r.yargs);
    expect(r.short).toBe(r.yargs);
  });

  it("a 110-column and a 200-column terminal (both wrap to 110), and an 80-column one (yargs)", () => {
    for (const n of [110, 200, 80]) {
      const r = bothWays({ ...english, NODE_OPTIONS: columns(n) });
      expect(r.fast).toBe(r.yargs);
    }
    // the widths differ, so the comparison above covers three renderings, not one
    const at = (n: number) => runCli(["--help"], { env: { ...english, NODE_OPTIONS: columns(n) } }).stdout;
    expect(new Set([at(80), at(110), bothWays(english).fast]).size).toBe(3);
  });

  it("any locale: the same as yargs (the bundle has no yargs translations, so yargs prints English)", () => {
    for (const LANG of ["de_DE.UTF-8", "C"]) {
      const r = bothWays({ ...english, LANG });
      expect(r.fast).toBe(r.yargs);
    }
  });

  it("loads no yargs: with the program chunk refused, --help still prints and price fails (control)", () => {
    const env = { ...english, NODE_OPTIONS: refuseModules(/program-[A-Z0-9]+\.js$/) };
    const help = runCli(["--help"], { env });
    expect(help.stderr).toBe("");
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(bothWays(english).yargs);
    // (`price FILE [--json]` has its own fast path, src/cli/fast-path.ts: `--region` goes through yargs)
    const price = runCli(["price", "fixtures/clusters/standard.yaml", "--region", "us-east-1"], { env });
    expect(price.code).not.toBe(0);
    expect(price.stderr).toMatch(/refused \S*program-/);
  });
});
