// Did-you-mean everywhere a name is typed (issue #15): commands, flags, workload fields in files
// and in --vary/--set paths, regions, instance types and option ids. Each is one line, exit 2.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };
const FLOW = ["--ingress", "5MiB/s", "--partitions", "10"];

/** The run's whole stderr, which must be exactly one `msk-planner: …` line, and exit 2. */
function oneLine(args: string[]): string {
  const r = runCli(args, ENV);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0] as string;
}

function workloadFile(yaml: string): string {
  const f = join(mkdtempSync(join(tmpdir(), "msk-dym-")), "w.yaml");
  writeFileSync(f, yaml);
  return f;
}

describe("did you mean", () => {
  it.each([
    [["plann"], 'msk-planner: unknown command "plann"; did you mean plan?'],
    [["pricing", "shw"], 'msk-planner: unknown command "shw"; did you mean show?'],
    [["plan", "--ingres", "5MiB/s"], "msk-planner: --ingres: unknown flag; did you mean --ingress?"],
    [
      ["plan", "--ingres", "5MiB/s", "--colour", "red"],
      "msk-planner: --ingres: unknown flag; did you mean --ingress? (also unknown: --colour)",
    ],
    [
      ["plan", "--peakingress", "5MiB/s"],
      "msk-planner: --peakingress: unknown flag; did you mean --peak-ingress?",
    ],
    [
      ["plan", "--no-tolerate-az-los"],
      "msk-planner: --no-tolerate-az-los: unknown flag; did you mean --no-tolerate-az-loss?",
    ],
    [
      ["price", "--instanc", "kafka.m5.large"],
      "msk-planner: --instanc: unknown flag; did you mean --instance?",
    ],
    [["plan", "--colour", "red"], "msk-planner: --colour: unknown flag; see --help for the flags"],
    [
      ["plan", "a.yaml", "b.yaml"],
      'msk-planner: unexpected argument "b.yaml": this command takes no more arguments',
    ],
  ])("%j", (args, line) => {
    expect(oneLine(args)).toBe(line);
  });

  it("an unknown command with nothing close lists the commands", () => {
    expect(oneLine(["xyzzy"])).toMatch(
      /^msk-planner: unknown command "xyzzy"; expected one of: .*\bplan\b.*\bsweep\b/,
    );
  });

  it("a workload file's unknown field, at any depth, in any spelling", () => {
    const f = workloadFile("streams:\n  - name: a\n    ingres: 1MiB/s\n    partitions: 3\n");
    expect(oneLine(["plan", f])).toBe(
      `msk-planner: streams.a.ingres: unknown field; did you mean ingress? (in ${f})`,
    );
    const g = workloadFile(
      "regoin: us-east-1\nstreams:\n  - name: a\n    ingress: 1MiB/s\n    partitions: 3\n",
    );
    expect(oneLine(["plan", g])).toBe(`msk-planner: regoin: unknown field; did you mean region? (in ${g})`);
    const h = workloadFile(
      "streams:\n  - name: a\n    ingress: 1MiB/s\n    partitions: 3\ntargets:\n  maxUtilisation:\n    standrd: 40%\n",
    );
    expect(oneLine(["plan", h])).toBe(
      `msk-planner: targets.maxUtilisation.standrd: unknown field; did you mean standard? (in ${h})`,
    );
    const k = workloadFile(
      "streams:\n  - name: a\n    peak-ingress: 1MiB/s\n    ingress: 1MiB/s\n    partitions: 3\n",
    );
    expect(oneLine(["plan", k])).toBe(
      `msk-planner: streams.a.peak-ingress: unknown field; did you mean peakIngress? (in ${k})`,
    );
  });

  it("a configuration file's unknown field", () => {
    const f = workloadFile("kind: standard\ninstance: kafka.m5.large\nbrokers: 3\nstorgePerBroker: 1TiB\n");
    expect(oneLine(["price", f])).toBe(
      `msk-planner: ${f}: storgePerBroker: unknown field "storgePerBroker"; did you mean storagePerBroker?`,
    );
  });

  it("field paths of --vary and --set", () => {
    const typical = "fixtures/workloads/typical.yaml";
    expect(oneLine(["sweep", typical, "--vary", "ingres=1MiB/s,2MiB/s"])).toBe(
      "msk-planner: --vary ingres: unknown field path; did you mean ingress?",
    );
    expect(oneLine(["whatif", typical, "--set", "streams.ordrs.retention=3d"])).toBe(
      'msk-planner: --set streams.ordrs.retention: unknown stream "ordrs"; did you mean orders?',
    );
    expect(oneLine(["whatif", typical, "--set", "streams.orders.retnetion=3d"])).toBe(
      'msk-planner: --set streams.orders.retnetion: unknown stream field "retnetion"; did you mean retention?',
    );
    expect(oneLine(["whatif", typical, "--set", "targets.storagehedroom=3"])).toBe(
      "msk-planner: --set targets.storagehedroom: unknown field path; did you mean targets.storageHeadroom?",
    );
  });

  it("a mistyped region is a typo, not a region without prices; a real region without prices says so", () => {
    expect(oneLine(["plan", ...FLOW, "--region", "us-east1"])).toBe(
      'msk-planner: --region: "us-east1" is not an AWS region code (such as us-east-1); did you mean us-east-1?',
    );
    expect(oneLine(["price", "fixtures/clusters/standard.yaml", "--region", "US_EAST_1"])).toBe(
      'msk-planner: --region: "US_EAST_1" is not an AWS region code (such as us-east-1); did you mean us-east-1?',
    );
    expect(oneLine(["plan", ...FLOW, "--region", "usgovwest1"])).toMatch(/did you mean us-gov-west-1\?$/);
    expect(oneLine(["plan", ...FLOW, "--region", "us-eats-1"])).toBe(
      'msk-planner: --region: "us-eats-1" is not an AWS region code (such as us-east-1); did you mean us-east-1?',
    );
    expect(oneLine(["plan", ...FLOW, "--region", "mars"])).toBe(
      'msk-planner: --region: "mars" is not an AWS region code (such as us-east-1)',
    );
    expect(oneLine(["plan", ...FLOW, "--region", "us-east-2"])).toMatch(
      /^msk-planner: --region: region "us-east-2" has no prices in the bundled catalog/,
    );
  });

  it("instance types and option ids", () => {
    expect(oneLine(["plan", ...FLOW, "--instance-types", "kafka.m5.larg"])).toBe(
      'msk-planner: --instance-types: "kafka.m5.larg" matches no MSK broker type; did you mean kafka.m5.large?',
    );
    expect(
      oneLine(["price", "--instance", "kafka.m5.larg", "--brokers", "3", "--storage-per-broker", "1TiB"]),
    ).toBe('msk-planner: --instance: unknown instance type "kafka.m5.larg"; did you mean kafka.m5.large?');
    expect(oneLine(["plan", ...FLOW, "--options", "standrd"])).toBe(
      'msk-planner: --options: unknown option "standrd"; did you mean standard?',
    );
    expect(oneLine(["plan", ...FLOW, "--options", "kinesis"])).toBe(
      'msk-planner: --options: unknown option "kinesis"; did you mean kinesis-provisioned or kinesis-on-demand?',
    );
  });
});
