// `msk-planner price FILE`, `plan FILE` and `sensitivity FILE` (each also with `--json`) run their
// handler without yargs (src/cli/fast-path.ts, issue #14), with the arguments yargs gave the
// handler at build time for the same line with a placeholder file. Checked here: the substitution
// gives what yargs gives for real file names (odd ones included), dist/cli-argv.json is what the
// program records now, only the exact `COMMAND FILE [--json]` lines take the fast path, and the
// output, errors and exit codes are those of the yargs path (`--json=false` and `--json=true` are
// the same requests, but not the fast path's lines, so yargs runs them).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ARGV_FILE,
  FAST_COMMANDS,
  FILE_PLACEHOLDER,
  fastArgv,
  RECORDED_COMMANDS,
  type RecordedArgv,
} from "../../src/cli/fast-path.js";
import { parsedArgv } from "../../src/cli/program.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { refuseModules } from "../helpers/refuse-modules.js";

/** What the build records (scripts/build.mjs): [key] for undefined, [key, value]. */
async function record(): Promise<RecordedArgv> {
  const out: Partial<RecordedArgv> = {};
  for (const c of RECORDED_COMMANDS)
    out[c] = Object.entries(await parsedArgv([c, FILE_PLACEHOLDER])).map(([k, v]) =>
      v === undefined ? [k] : [k, v],
    );
  return out as RecordedArgv;
}

const env = { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-fast-path" };

describe("the fast path's arguments", () => {
  it("dist/cli-argv.json is what the program records now (rebuilt with the flags)", async () => {
    const built = JSON.parse(readFileSync(join(ROOT, "dist", ARGV_FILE), "utf8"));
    expect(built).toEqual(await record());
    expect(built.plan.find(([k]: [string]) => k === "workloadFile")).toEqual([
      "workloadFile",
      FILE_PLACEHOLDER,
    ]);
  });

  it("equal yargs' own for real file names, odd ones included, key for key and in order", async () => {
    const recorded = await record();
    const names = ["fixtures/clusters/standard.yaml", "123", "1e3", "0x10", "true", "no", "a=b", "x y.yaml"];
    for (const command of FAST_COMMANDS)
      for (const name of names) {
        const fast = fastArgv([command, name], recorded);
        const yargs = await parsedArgv([command, name]);
        expect(fast?.command).toBe(command);
        expect(Object.entries(fast?.argv ?? {}), `${command} ${name}`).toEqual(Object.entries(yargs));
        // With --json: the same arguments and json true, as yargs sets it.
        const json = fastArgv([command, name, "--json"], recorded);
        expect(json?.argv, `${command} ${name} --json`).toEqual(await parsedArgv([command, name, "--json"]));
        expect(json?.argv.json).toBe(true);
      }
  });

  it("only `COMMAND FILE`: flags, more arguments, other commands and names yargs reads otherwise go to yargs", async () => {
    const recorded = await record();
    for (const args of [
      ["price"],
      ["price", "a.yaml", "--json", "--json"],
      ["price", "a.yaml", "--json=true"],
      ["price", "a.yaml", "--csv"],
      ["plan", "a.yaml", "--options", "standard"],
      ["sensitivity", "a.yaml", "--delta", "10%"],
      ["sensitivity", "a.yaml", "--json", "--delta", "10%"],
      ["price", "--json"],
      ["price", "--json", "a.yaml"],
      ["plan", "a.yaml", "b.yaml"],
      ["sweep", "a.yaml"],
      ["price", ""],
      ["price", "  "],
      ["price", "-"],
      ["price", "-x.yaml"],
      ["plan", "'a.yaml'"],
      ["plan", '"a.yaml"'],
    ])
      expect(fastArgv(args, recorded), args.join(" ")).toBeUndefined();
    expect(fastArgv(["price", "a.yaml"], recorded)?.argv.file).toBe("a.yaml");
    // the recording is copied, never changed
    const before = JSON.stringify(recorded);
    const copy = fastArgv(["plan", "b.yaml"], recorded);
    (copy?.argv._ as string[] | undefined)?.push("changed");
    expect(copy?.argv._).toEqual(["plan", "changed"]);
    expect(JSON.stringify(recorded)).toBe(before);
  });
});

describe("the sweep's fast path (sweep FILE --vary … [--csv|--json] [--workers N])", () => {
  const V1 = "peakIngress=3MiB/s..300MiB/s:1000";
  const V2 = "partitions=30..3000:300";
  const fastLines = [
    ["sweep", "fixtures/workloads/small.yaml", "--vary", V1],
    ["sweep", "a.yaml", "--vary", V1, "--vary", V2, "--csv"],
    ["sweep", "a.yaml", "--csv", "--vary", V1, "--workers", "2", "--vary", V2],
    ["sweep", "a.yaml", "--vary", "retention=1d,3d,7d", "--json", "--workers", "1"],
    ["sweep", "x y.yaml", "--vary", "streams.orders.ingress=1 MiB/s..10 MiB/s:3:log", "--json", "--csv"],
    ["sweep", "123", "--vary", "targets.maxUtilisation.partitions=0.5,1.5", "--workers", "12"],
    ["sweep", "a.yaml", "--vary", "partitions=-1,2"],
  ];

  it("gives the handler what yargs gives it, key for key", async () => {
    const recorded = await record();
    for (const line of fastLines) {
      const fast = fastArgv(line, recorded);
      expect(fast?.command, line.join(" ")).toBe("sweep");
      expect(fast?.argv, line.join(" ")).toEqual(await parsedArgv(line));
    }
  });

  it("takes only those flags, each switch and --workers once, plain values: anything else goes to yargs", async () => {
    const recorded = await record();
    for (const args of [
      ["sweep", "a.yaml"],
      ["sweep", "a.yaml", "--csv"],
      ["sweep", "a.yaml", "--vary"],
      ["sweep", "a.yaml", "--vary", ""],
      ["sweep", "a.yaml", "--vary", "-ingress=1MiB/s"],
      ["sweep", "a.yaml", "--vary", "'ingress=1MiB/s,2MiB/s'"],
      ["sweep", "a.yaml", "--vary", "ingress"],
      ["sweep", "a.yaml", "--vary=ingress=1MiB/s,2MiB/s"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--csv", "--csv"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--workers", "2", "--workers", "2"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--workers", "0"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--workers", "two"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--workers"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--partitions", "30"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--options", "standard"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--csv=true"],
      ["sweep", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s", "--", "x"],
      ["sweep", "-a.yaml", "--vary", "ingress=1MiB/s,2MiB/s"],
      ["sweep", "--vary", "ingress=1MiB/s,2MiB/s"],
      ["plan", "a.yaml", "--vary", "ingress=1MiB/s,2MiB/s"],
    ])
      expect(fastArgv(args, recorded), args.join(" ")).toBeUndefined();
  });

  it("prints what the yargs path prints, errors and exit codes included", () => {
    const small = "fixtures/workloads/small.yaml";
    for (const rest of [
      ["--vary", "peakIngress=3MiB/s..300MiB/s:4", "--vary", "partitions=30..3000:3", "--csv"],
      ["--vary", "retention=1d,3d", "--json", "--workers", "2"],
      ["--vary", "peakIngress=3MiB/s..30MiB/s:3"],
      ["--vary", "nosuchfield=1,2", "--csv"],
      ["--vary", "partitions=-1,2", "--csv"],
      ["--vary", "retention=1d,3d", "--workers", "999"],
      ["--vary", "retention=1d,3d", "--json", "--csv"],
    ]) {
      const fast = runCli(["sweep", small, ...rest], { env });
      // The same request in a form only yargs takes (`--csv=true` for `--csv`).
      const slow = rest.some((t) => t === "--json" || t === "--csv")
        ? rest.map((t) => (t === "--json" || t === "--csv" ? `${t}=true` : t))
        : [...rest, "--json=false"];
      const yargs = runCli(["sweep", small, ...slow], { env });
      expect(fast, rest.join(" ")).toEqual(yargs);
    }
  });

  it("loads no yargs: with the program chunk refused, the sweep still runs (control: --options fails)", () => {
    const refused = { ...env, NODE_OPTIONS: refuseModules(/program-[A-Z0-9]+\.js$/) };
    const line = ["sweep", "fixtures/workloads/small.yaml", "--vary", "retention=1d,3d", "--csv"];
    const r = runCli(line, { env: refused });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(runCli([...line, "--json=false"], { env }).stdout);
    const control = runCli([...line, "--options", "standard"], { env: refused });
    expect(control.code).not.toBe(0);
    expect(control.stderr).toMatch(/refused \S*program-/);
  });
});

describe("the fast path prints what the yargs path prints", () => {
  const files = (dir: string) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => `${dir}/${f}`);
  const cases: [string, string][] = [
    ...files("fixtures/clusters").map((f): [string, string] => ["price", f]),
    ...files("fixtures/workloads").map((f): [string, string] => ["plan", f]),
    ["sensitivity", "fixtures/workloads/typical.yaml"],
    ["sensitivity", "fixtures/workloads/uncertain.yaml"],
    ["sensitivity", "no-such-file.yaml"],
    ["sensitivity", "fixtures/clusters/standard.yaml"],
    // errors: a missing file, a file of the other kind, an unknown field
    ["price", "no-such-file.yaml"],
    ["plan", "no-such-file.yaml"],
    ["price", "fixtures/workloads/small.yaml"],
    ["plan", "fixtures/clusters/standard.yaml"],
    ["plan", "test/cli/fixtures/unknown-field.yaml"],
    ["price", "package.json"],
  ];
  // Not plain block YAML (flow collections, an anchor): read by the `yaml` library, which the
  // build loads on first use only (scripts/build.mjs lazyYamlInIo).
  const dir = mkdtempSync(join(tmpdir(), "msk-fast-path-"));
  const flowCluster = join(dir, "flow-cluster.yaml");
  writeFileSync(
    flowCluster,
    "{ region: us-east-1, instance: kafka.m5.large, brokers: &n 3, storagePerBroker: 1000GiB }\n",
  );
  const flowWorkload = join(dir, "flow-workload.yaml");
  writeFileSync(
    flowWorkload,
    "streams: [{ name: orders, ingress: 10MiB/s, retention: 3d, partitions: &p 60 }]\n",
  );
  cases.push(["price", flowCluster], ["plan", flowWorkload]);

  it("files that are not plain YAML are read (by yaml, loaded on first use) and priced", () => {
    const price = runCli(["price", flowCluster], { env });
    expect(price.code).toBe(0);
    expect(price.stdout).toBe(runCli(["price", "fixtures/clusters/standard.yaml"], { env }).stdout);
    const plan = runCli(["plan", flowWorkload], { env });
    expect(plan.stderr).toBe("");
    expect(plan.code).toBe(0);
  });

  it.each(cases)("%s %s", (command, file) => {
    const fast = runCli([command, file], { env });
    const yargs = runCli([command, file, "--json=false"], { env });
    expect(fast).toEqual(yargs);
  });

  it.each([
    ["price", "fixtures/clusters/express.yaml"],
    ["plan", "fixtures/workloads/typical.yaml"],
    ["sensitivity", "fixtures/workloads/small.yaml"],
    ["sensitivity", "no-such-file.yaml"],
    ["plan", "test/cli/fixtures/unknown-field.yaml"],
  ])("%s %s --json", (command, file) => {
    const fast = runCli([command, file, "--json"], { env });
    const yargs = runCli([command, file, "--json=true"], { env });
    expect(fast).toEqual(yargs);
  });

  it.each([
    ["price", "fixtures/clusters/standard.yaml"],
    ["plan", "fixtures/workloads/typical.yaml"],
    ["sensitivity", "fixtures/workloads/small.yaml"],
  ])(
    "loads no yargs: with the program chunk refused, %s FILE [--json] still runs (control: --json=true fails)",
    (command, file) => {
      const refused = { ...env, NODE_OPTIONS: refuseModules(/program-[A-Z0-9]+\.js$/) };
      const r = runCli([command, file], { env: refused });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(runCli([command, file, "--json=false"], { env }).stdout);
      expect(runCli([command, file, "--json"], { env: refused }).code).toBe(0);
      const control = runCli([command, file, "--json=true"], { env: refused });
      expect(control.code).not.toBe(0);
      expect(control.stderr).toMatch(/refused \S*program-/);
    },
  );
});
