// Seeded fuzz of the whole command line: every command with malformed flags, values and files.
// Laws: the exit code is 0 or 2 (never 1 "unexpected error", never a crash); a failure is ONE line
// on stderr with no stack trace; nothing printed holds NaN, Infinity or undefined. (A number that
// overflows is refused before JSON could print it as null: src/cli/finite.ts, tested per command in
// test/limits/finite.test.ts.) Bounded: CASES invocations of the built CLI, a few at a time; the
// seed is the suite's fast-check seed (test/setup/fast-check.ts), printed with any counterexample.
// AWS commands only get mutations that must be refused before any request (their endpoints point
// at a closed loopback port, so a request would exit 1 and fail the law).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type CliResult, runCliAsync } from "../helpers/cli.js";

const CASES = 36;
const PARALLEL = 4;

const dir = mkdtempSync(join(tmpdir(), "msk-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
mkdirSync(join(dir, "folder.yaml"));
const BAD_FILES = [
  "/dev/zero",
  join(dir, "folder.yaml"),
  join(dir, "missing.yaml"),
  file("empty.yaml", ""),
  file("deep.json", `${"[".repeat(2000)}${"]".repeat(2000)}`),
  file("tag.yaml", "streams: !foo 1\n"),
  file("garbage.yaml", "\u0000\u0001\u00ff{[:\n  - ]]\n"),
  file("huge-number.yaml", "streams:\n  - name: s\n    ingress: 1e400MiB/s\n    partitions: 10\n"),
  file("overflow.yaml", "streams:\n  - name: s\n    ingress: 1e300MiB/s\n    partitions: 10\n"),
  file("wrong-type.json", '{"streams": "many"}'),
];
const BAD_VALUES = [
  "",
  " ",
  "NaN",
  "Infinity",
  "-1",
  "1e400",
  "1e308",
  "1e12",
  "0x10",
  "abc",
  "5MiB/s/s",
  "=1",
  "1..",
  ",",
];
const W = "fixtures/workloads/small.yaml";
const CLOSED = "http://127.0.0.1:9";

interface Command {
  args: string[];
  /** Flags taking a value (mutated with BAD_VALUES), and switches. */
  values: string[];
  switches: string[];
  /** Talks to AWS: only mutations that must be refused before any request. */
  aws?: boolean;
}

const COMMANDS: Command[] = [
  {
    args: ["price", "fixtures/clusters/standard.yaml"],
    values: ["--brokers", "--hours", "--connect-mcus", "--region", "--catalog"],
    switches: ["--json"],
  },
  {
    args: ["plan", W],
    values: ["--ingress", "--partitions", "--retention", "--options", "--catalog", "--azs"],
    switches: ["--json"],
  },
  { args: ["whatif", W], values: ["--set", "--options"], switches: ["--json"] },
  {
    args: ["sweep", W, "--vary", "ingress=1MiB/s..9MiB/s:3"],
    values: ["--vary", "--workers"],
    switches: ["--json", "--csv"],
  },
  { args: ["project", W], values: ["--months", "--growth"], switches: ["--json", "--csv"] },
  {
    args: ["simulate", W, "--samples", "50"],
    values: ["--samples", "--seed", "--workers"],
    switches: ["--json"],
  },
  { args: ["sensitivity", W], values: ["--delta", "--top"], switches: ["--json"] },
  {
    args: ["breakeven", W, "--vary", "ingress", "--between", "serverless,standard", "--points", "50"],
    values: ["--vary", "--between", "--range", "--points"],
    switches: ["--json"],
  },
  {
    args: ["report", W, "--json"],
    values: ["--months", "--samples", "--sweep", "--sensitivity", "--md"],
    switches: ["--json"],
  },
  { args: ["pricing", "show"], values: ["--region", "--catalog"], switches: ["--json"] },
  { args: ["pricing", "regions"], values: ["--catalog"], switches: ["--json"] },
  { args: ["pricing", "diff"], values: ["--catalog"], switches: ["--json", "--all"] },
  { args: ["schema", "workload"], values: [], switches: [] },
  {
    args: ["pricing", "refresh", "--offers-url", CLOSED, "--endpoint", CLOSED],
    values: ["--regions", "--timeout", "--out"],
    switches: ["--verbose", "--accept-partial"],
    aws: true,
  },
  {
    args: ["import", "cloudwatch", "--cluster", "c", "--region", "us-east-1", "--endpoint", CLOSED],
    values: ["--cluster", "--days", "--out"],
    switches: ["--json"],
    aws: true,
  },
  {
    args: [
      "rightsize",
      "--cluster",
      "c",
      "--region",
      "us-east-1",
      "--endpoint",
      CLOSED,
      "--instance",
      "kafka.m5.large",
    ],
    values: ["--cluster", "--instance", "--current", "--catalog"],
    switches: ["--json"],
    aws: true,
  },
];

/** One mutation of a command line: [extra args, refused-for-sure?]. */
type Mutation = (c: Command) => fc.Arbitrary<{ extra: string[]; refused: boolean }>;
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const MUTATIONS: Mutation[] = [
  // a single-value flag given twice
  (c) =>
    pick(c.values.length ? c.values : ["--json"]).map((f) => ({ extra: [f, "a", f, "b"], refused: true })),
  // a switch given a value
  (c) =>
    pick(c.switches.length ? c.switches : ["--help"]).map((f) => ({
      extra: [`${f}=maybe`],
      refused: c.switches.length > 0,
    })),
  // an empty value
  (c) =>
    pick(c.values.length ? c.values : ["--json"]).map((f) => ({
      extra: [f, ""],
      refused: c.values.length > 0,
    })),
  // arguments after --
  () => fc.constant({ extra: ["--", "extra"], refused: true }),
  // an unknown flag
  () => pick(["--bogus", "--ingres", "--json-out"]).map((f) => ({ extra: [f, "1"], refused: true })),
  // a bad value for a flag (may be accepted: exit 0 is fine, but not for an AWS command)
  (c) =>
    fc
      .tuple(pick(c.values.length ? c.values : ["--json"]), pick(BAD_VALUES))
      .map(([f, v]) => ({ extra: [f, v], refused: false })),
  // a bad file where a file goes: the command's file argument, else --catalog
  (c) =>
    pick(BAD_FILES).map((f) => ({
      extra: c.values.includes("--catalog") && c.args.length < 2 ? ["--catalog", f] : ["__FILE__", f],
      refused: true,
    })),
];

const invocation = fc
  .tuple(pick(COMMANDS), fc.integer({ min: 0, max: MUTATIONS.length - 1 }))
  .chain(([c, m]) =>
    (MUTATIONS[m] as Mutation)(c).map(({ extra, refused }) => {
      // A bad file replaces the command's own file argument (positional) when it has one.
      let args = [...c.args];
      let more = extra;
      if (extra[0] === "__FILE__") {
        args = [args[0] as string, extra[1] as string, ...args.slice(2)];
        more = [];
      }
      return { args: [...args, ...more], aws: c.aws === true, refused };
    }),
  )
  .filter((x) => !x.aws || x.refused);

function lawsHold(inv: { args: string[] }, r: CliResult, seed: number | undefined): void {
  const where = `(fast-check seed ${seed}) msk-planner ${inv.args.map((a) => JSON.stringify(a)).join(" ")}\n${r.stderr}`;
  expect([0, 2], where).toContain(r.code);
  expect(r.stderr, where).not.toMatch(/\n\s+at |unexpected error|Error:/);
  expect(r.stdout + r.stderr, where).not.toMatch(/\bNaN\b|Infinity|undefined/);
  if (r.code === 2) {
    expect(r.stderr.split("\n").filter(Boolean), where).toHaveLength(1);
    expect(r.stderr, where).toMatch(/^msk-planner: /);
  }
}

describe("fuzz: every command with malformed flags, values and files", () => {
  it(`${CASES} seeded invocations: exit 0 or 2, one-line errors, no stack trace, no NaN/Infinity/undefined`, async () => {
    // fc.sample takes the suite's global seed (test/setup/fast-check.ts).
    const seed = fc.readConfigureGlobal().seed;
    const cases = fc.sample(invocation, { numRuns: CASES });
    const env = { MSK_PLANNER_CACHE_DIR: join(dir, "cache"), AWS_ACCESS_KEY_ID: "", AWS_MAX_ATTEMPTS: "1" };
    const results: [(typeof cases)[number], CliResult][] = [];
    for (let i = 0; i < cases.length; i += PARALLEL) {
      const batch = cases.slice(i, i + PARALLEL);
      const rs = await Promise.all(batch.map((c) => runCliAsync(c.args, { env })));
      for (const [j, c] of batch.entries()) results.push([c, rs[j] as CliResult]);
    }
    for (const [inv, r] of results) lawsHold(inv, r, seed);
    // The sample covers the commands and the refusals it is meant to.
    expect(new Set(cases.map((c) => c.args[0])).size).toBeGreaterThan(6);
    expect(results.filter(([, r]) => r.code === 2).length).toBeGreaterThan(CASES / 2);
  }, 600_000);
});
