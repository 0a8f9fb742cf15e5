// `msk-planner plan` end to end (issue #4): the table, the exact --json shape and ordering, flags
// over the file, determinism, and one-line exit-2 errors naming the field for bad workloads.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parseDuration, parseSize } from "../../src/model/units.js";
import { WORKLOAD_DEFAULTS } from "../../src/model/workload-schema.js";
import { resourceLabel } from "../../src/plan/infeasibility.js";
import type { Resource } from "../../src/plan/types.js";
import { ROOT, runCli } from "../helpers/cli.js";

const TYPICAL = "fixtures/workloads/typical.yaml";
const ENV = { env: { MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-test-cache" } };

interface Option {
  option: string;
  feasible: boolean;
  monthlyUsd: number | null;
  lineItems: { costUsd: number }[];
  reasons: string[];
  configuration: Record<string, unknown> | null;
  utilisation: Record<string, number>;
  binding: string | null;
}

function planJson(args: string[]): {
  region: string;
  workload: { streams: { ingressBytesPerSec: number }[] };
  demand: object;
  options: Option[];
  recommended: string | null;
} {
  const r = runCli(["plan", ...args, "--json"], ENV);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe("msk-planner plan", () => {
  it("prints every option with its cost and binding resource, and the recommendation", () => {
    const r = runCli(["plan", TYPICAL], ENV);
    expect(r.code, r.stderr).toBe(0);
    for (const o of ["standard", "standard-tiered", "express", "serverless"]) expect(r.stdout).toContain(o);
    expect(r.stdout).toMatch(/recommended: [a-z-]+/);
    expect(r.stdout).toMatch(/\$[\d,]+\.\d\d/);
    expect(r.stdout).toContain("bundled catalog dated");
  });

  it("--json has the documented shape, cheapest feasible first, infeasible last, recommended = cheapest", () => {
    const j = planJson([TYPICAL]);
    for (const k of ["region", "workload", "demand", "options", "recommended"]) expect(j).toHaveProperty(k);
    const feasible = j.options.filter((o) => o.feasible);
    const infeasible = j.options.filter((o) => !o.feasible);
    expect(j.options).toEqual([...feasible, ...infeasible]);
    for (let i = 1; i < feasible.length; i++)
      expect(feasible[i]?.monthlyUsd as number).toBeGreaterThanOrEqual(feasible[i - 1]?.monthlyUsd as number);
    expect(j.recommended).toBe(feasible[0]?.option ?? null);
    for (const o of j.options) {
      for (const k of [
        "option",
        "feasible",
        "configuration",
        "monthlyUsd",
        "lineItems",
        "utilisation",
        "binding",
        "reasons",
      ])
        expect(o).toHaveProperty(k);
      if (o.feasible) {
        // A total is the sum of its line items (DESIGN: line items).
        expect(o.monthlyUsd).toBeCloseTo(
          o.lineItems.reduce((s, l) => s + l.costUsd, 0),
          9,
        );
        expect(o.reasons).toEqual([]);
      } else {
        expect(o.monthlyUsd).toBeNull();
        expect(o.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it("an infeasible option names the constraint and by how much, and is never priced", () => {
    // 3,000 partitions per stream on one 400 MiB/s stream: beyond Serverless's 200 MBps ingress quota.
    const j = planJson([
      "--ingress",
      "400MiB/s",
      "--partitions",
      "3000",
      "--retention",
      "1d",
      "--options",
      "serverless",
    ]);
    const s = j.options[0] as Option;
    expect(s.feasible).toBe(false);
    expect(s.monthlyUsd).toBeNull();
    expect(s.lineItems).toEqual([]);
    expect(s.reasons.join("\n")).toMatch(/peak ingress 419\.43 MBps > 200 MBps/);
    expect(s.reasons.join("\n")).toMatch(/partitions 3,000 > 2,400/);
  });

  it("flags override the file", () => {
    const base = planJson([TYPICAL]);
    const changed = planJson([TYPICAL, "--region", "us-east-1", "--azs", "2", "--options", "standard"]);
    expect(changed.options.map((o) => o.option)).toEqual(["standard"]);
    expect((changed.workload as unknown as { azs: number }).azs).toBe(2);
    expect((base.workload as unknown as { azs: number }).azs).toBe(3);
  });

  it("describes a single-stream workload from flags alone, with every default echoed", () => {
    const j = planJson(["--ingress", "20MiB/s", "--partitions", "100"]);
    const w = j.workload as unknown as {
      azs: number;
      targets: { storageHeadroom: number };
      streams: { replicationFactor: number; retentionSeconds: number }[];
    };
    expect(w.streams[0]?.replicationFactor).toBe(3);
    expect(w.streams[0]?.retentionSeconds).toBe(7 * 86_400);
    expect(w.azs).toBe(3);
    expect(w.targets.storageHeadroom).toBe(2);
  });

  it("--json is byte-identical across runs", () => {
    const a = runCli(["plan", TYPICAL, "--json"], ENV);
    const b = runCli(["plan", TYPICAL, "--json"], ENV);
    expect(a.stdout).toBe(b.stdout);
  });

  it.each([
    [
      "negative throughput",
      ["--ingress=-5MiB/s", "--partitions", "10"],
      /^msk-planner: --ingress: expected a non-negative rate/,
    ],
    [
      "a duration without a unit",
      ["--ingress", "5MiB/s", "--partitions", "10", "--retention", "7"],
      /^msk-planner: --retention: expected a duration with a unit/,
    ],
    [
      "peak below average",
      ["--ingress", "5MiB/s", "--peak-ingress", "1MiB/s", "--partitions", "10"],
      /^msk-planner: --peak-ingress: expected at least --ingress/,
    ],
    [
      "unknown region",
      ["--region", "xx-nowhere-1", "--ingress", "5MiB/s", "--partitions", "10"],
      /^msk-planner: --region: region "xx-nowhere-1" has no prices/,
    ],
    [
      "RF above the broker quota",
      ["--ingress", "5MiB/s", "--partitions", "10", "--replication-factor", "61"],
      /^msk-planner: --replication-factor: expected at most 60/,
    ],
    [
      "RF 1 while one AZ may be lost",
      ["--ingress", "5MiB/s", "--partitions", "10", "--replication-factor", "1"],
      /^msk-planner: --replication-factor: expected at least 2/,
    ],
    [
      "local retention above retention",
      ["--ingress", "5MiB/s", "--partitions", "10", "--retention", "1d", "--local-retention", "2d"],
      /^msk-planner: --local-retention: expected at most --retention/,
    ],
    [
      "azs other than 2 or 3",
      ["--ingress", "5MiB/s", "--partitions", "10", "--azs", "4"],
      /^msk-planner: --azs: /,
    ],
    ["a missing file", ["no-such-workload.yaml"], /^msk-planner: .*file not found: no-such-workload\.yaml/],
  ])("%s exits 2 with one line naming the field", (_name, args, message) => {
    const r = runCli(["plan", ...args], ENV);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("an unknown field in a file names its path", () => {
    const r = runCli(["plan", "test/cli/fixtures/unknown-field.yaml"], ENV);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^msk-planner: streams\.a\.bogus: unknown field/);
  });

  it("schema workload prints a JSON Schema of the workload file", () => {
    const r = runCli(["schema", "workload"], ENV);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(s.$schema).toMatch(/json-schema\.org/);
    for (const k of ["region", "azs", "streams"]) expect(s.properties).toHaveProperty(k);
  });

  it("--help shows examples", () => {
    const r = runCli(["plan", "--help"], ENV);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
  });

  it("--options names one option; an unknown one is bad input naming --options", () => {
    const r = runCli(
      [
        "plan",
        "--ingress",
        "45MB/s",
        "--egress",
        "90MB/s",
        "--partitions",
        "30",
        "--retention",
        "1d",
        "--options",
        "express",
        "--no-tolerate-az-loss",
      ],
      ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/recommended: express/);
    expect(r.stdout).not.toContain("serverless");
    const bad = runCli(
      ["plan", "--ingress", "5MiB/s", "--partitions", "3", "--options", "kafka-on-mars"],
      ENV,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^msk-planner: --options: unknown option "kafka-on-mars"/);
  });
});

describe("msk-planner plan: the contract in detail", () => {
  it("--json holds exactly the PlanResult keys (src/plan/types.ts) at the top and in every option, plus the sources its text cites", () => {
    const j = planJson([TYPICAL]) as unknown as Record<string, unknown> & {
      options: Record<string, unknown>[];
    };
    // hours and catalog are the provenance of every figure (the period priced and the catalog's date).
    expect(Object.keys(j).sort()).toEqual(
      [
        "catalog",
        "demand",
        "hours",
        "instanceTypes",
        "options",
        "pricesNeeded",
        "recommended",
        "region",
        "workload",
      ].sort(),
    );
    for (const o of j.options)
      expect(Object.keys(o).sort()).toEqual(
        [
          "binding",
          "configuration",
          "family",
          "feasible",
          "lineItems",
          "missingPrices",
          "monthlyUsd",
          "notes",
          "option",
          "priced",
          "reasons",
          "problems",
          "sources",
          "utilisation",
        ].sort(),
      );
  });

  it("--json lists, per option, the sources its notes and reasons name in words, with their URLs", () => {
    const j = planJson([TYPICAL]);
    const express = j.options.find((o) => o.option === "express") as unknown as {
      notes: string[];
      sources: { key: string; title: string; url: string }[];
    };
    expect(express.sources.length).toBeGreaterThan(0);
    for (const s of express.sources) {
      expect(express.notes.some((n) => n.includes(s.title))).toBe(true);
      expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it("the table row of each option shows its configuration, the --json cost, binding and utilisation", () => {
    const j = planJson([TYPICAL]);
    const table = runCli(["plan", TYPICAL], ENV).stdout.split("\n");
    expect(table[0]).toContain(`recommended: ${j.recommended}`);
    for (const o of j.options) {
      const row = table.find((l) => l.startsWith(`│ ${o.option} `));
      expect(row, o.option).toBeDefined();
      const usd = (o.monthlyUsd as number).toLocaleString("en-US", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      expect(row).toContain(`$${usd}`);
      const util = ((o.utilisation[o.binding as string] as number) * 100).toFixed(1);
      // The binding resource in words (issue #15): networkOut → "network out".
      expect(row).toContain(`${resourceLabel(o.binding as Resource)} ${util}%`);
      if (o.configuration?.brokers !== undefined)
        expect(row).toContain(`${o.configuration.brokers} × ${o.configuration.instanceType}`);
    }
  });

  it("an infeasible option's row says so and its reasons are printed under the table", () => {
    const r = runCli(
      [
        "plan",
        "--ingress",
        "400MiB/s",
        "--partitions",
        "3000",
        "--retention",
        "1d",
        "--options",
        "serverless",
      ],
      ENV,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/│ serverless +│ no +│/);
    expect(r.stdout).toContain("serverless: not feasible");
    expect(r.stdout).toMatch(/partitions 3,000 > 2,400/);
    expect(r.stdout).toMatch(/recommended: none|no feasible option/);
  });

  it("a Standard cluster above the broker quota is infeasible, unpriced, and says by how much", () => {
    const j = planJson([
      "--ingress",
      "3GiB/s",
      "--partitions",
      "3000",
      "--retention",
      "1d",
      "--options",
      "standard",
    ]);
    const s = j.options[0] as Option;
    expect([s.feasible, s.monthlyUsd, s.lineItems.length, j.recommended]).toEqual([false, null, 0, null]);
    expect(s.reasons.join("\n")).toMatch(/brokers needed \d+ > 60/);
  });

  it("a stream flag overrides the same field of a single-stream file", () => {
    const dir = mkdtempSync(join(tmpdir(), "msk-plan-"));
    const file = join(dir, "one.yaml");
    writeFileSync(
      file,
      "streams:\n  - name: a\n    ingress: 5 MiB/s\n    partitions: 30\n    retention: 1d\n",
    );
    const fromFile = planJson([file]);
    const flagged = planJson([file, "--ingress", "50MiB/s", "--retention", "2d"]);
    expect(fromFile.workload.streams[0]?.ingressBytesPerSec).toBe(5 * 2 ** 20);
    expect(flagged.workload.streams[0]?.ingressBytesPerSec).toBe(50 * 2 ** 20);
    const retention = (x: typeof flagged) =>
      (x.workload.streams[0] as unknown as { retentionSeconds: number }).retentionSeconds;
    expect([retention(fromFile), retention(flagged)]).toEqual([86_400, 2 * 86_400]);
    // More traffic never costs less (the recommended option's total).
    const cheapest = (x: typeof flagged) => x.options[0]?.monthlyUsd as number;
    expect(cheapest(flagged)).toBeGreaterThan(cheapest(fromFile));
  });

  // Bad workload files: each exits 2 with one line naming the field's path in the file, and the file
  // itself is left as it was.
  it.each([
    [
      "negative throughput",
      "ingress: -5 MiB/s",
      /^msk-planner: streams\.a\.ingress: expected a non-negative rate/,
    ],
    [
      "a duration without a unit",
      "retention: 7",
      /^msk-planner: streams\.a\.retention: expected a duration with a unit/,
    ],
    [
      "peak below average",
      "peakIngress: 1 MiB/s",
      /^msk-planner: streams\.a\.peakIngress: expected at least ingress \(5 MiB\/s\)/,
    ],
    [
      "peak egress below average",
      "egress: 5 MiB/s\n    peakEgress: 1 MiB/s",
      /^msk-planner: streams\.a\.peakEgress: expected at least egress/,
    ],
    [
      "RF above the broker quota",
      "replicationFactor: 61",
      /^msk-planner: streams\.a\.replicationFactor: expected at most 60/,
    ],
    [
      "RF 1 while one AZ may be lost",
      "replicationFactor: 1",
      /^msk-planner: streams\.a\.replicationFactor: expected at least 2 to keep serving with one AZ lost/,
    ],
    [
      "local retention above retention",
      "retention: 1d\n    localRetention: 2d",
      /^msk-planner: streams\.a\.localRetention: expected at most retention \(1d\)/,
    ],
    ["an unknown stream field", "bogus: 1", /^msk-planner: streams\.a\.bogus: unknown field/],
  ])("a file with %s exits 2 with one line naming the field", (_name, extra, message) => {
    const dir = mkdtempSync(join(tmpdir(), "msk-plan-"));
    const file = join(dir, "bad.yaml");
    const ingress = extra.startsWith("ingress:") ? "" : "ingress: 5 MiB/s\n    ";
    const text = `streams:\n  - name: a\n    partitions: 10\n    ${ingress}${extra}\n`;
    writeFileSync(file, text);
    const r = runCli(["plan", file, "--json"], ENV);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it.each([
    [
      "an unknown region",
      "region: xx-nowhere-1",
      /^msk-planner: region: region "xx-nowhere-1" has no prices/,
    ],
    ["an unknown top-level field", "colour: red", /^msk-planner: colour: unknown field/],
    ["azs 4", "azs: 4", /^msk-planner: azs: expected 2 or 3, got 4/],
    [
      "a storage head-room below 1",
      "targets: {storageHeadroom: 0.5}",
      /^msk-planner: targets\.storageHeadroom: /,
    ],
  ])("a file with %s exits 2 with one line naming the field", (_name, top, message) => {
    const dir = mkdtempSync(join(tmpdir(), "msk-plan-"));
    const file = join(dir, "bad.yaml");
    writeFileSync(file, `${top}\nstreams:\n  - name: a\n    ingress: 5 MiB/s\n    partitions: 10\n`);
    const r = runCli(["plan", file], ENV);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("schema workload --help shows examples, and the schema describes every field of the minimal file", () => {
    const help = runCli(["schema", "workload", "--help"], ENV);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("msk-planner schema workload");
    const s = JSON.parse(runCli(["schema", "workload"], ENV).stdout) as {
      properties: { streams: { items: { properties: Record<string, unknown>; required?: string[] } } };
    };
    const stream = s.properties.streams.items;
    for (const k of [
      "name",
      "description",
      "ingress",
      "peakIngress",
      "egress",
      "peakEgress",
      "partitions",
      "replicationFactor",
      "retention",
      "localRetention",
    ])
      expect(stream.properties).toHaveProperty(k);
    expect(stream.required).toEqual(expect.arrayContaining(["name", "partitions"]));
  });

  it("every field of every bundled workload (fixtures/workloads) is in the schema, which admits no others", () => {
    type Obj = { properties: Record<string, Obj>; additionalProperties?: boolean; items?: Obj };
    const s = JSON.parse(runCli(["schema", "workload"], ENV).stdout) as Obj;
    const check = (value: unknown, schema: Obj, at: string) => {
      if (Array.isArray(value)) for (const v of value) check(v, schema.items as Obj, `${at}[]`);
      else if (typeof value === "object" && value !== null && schema.properties) {
        expect(schema.additionalProperties, at).toBe(false);
        for (const [k, v] of Object.entries(value)) {
          expect(schema.properties, `${at}.${k}`).toHaveProperty(k);
          check(v, schema.properties[k] as Obj, `${at}.${k}`);
        }
      }
    };
    const dir = join(ROOT, "fixtures/workloads");
    const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) check(parseYaml(readFileSync(join(dir, f), "utf8")), s, f);
  });
});

describe("README and the code agree", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = (title: string) => {
    const start = readme.indexOf(`\n## ${title}\n`);
    expect(start, title).toBeGreaterThan(-1);
    const end = readme.indexOf("\n## ", start + 1);
    return readme.slice(start, end < 0 ? undefined : end);
  };

  it("every workload default (WORKLOAD_DEFAULTS) is in the README table and echoed in --json", () => {
    const table = section("Workloads").split("\n");
    const j = planJson(["--ingress", "20MiB/s", "--partitions", "100"]);
    const w = j.workload as unknown as Record<string, unknown> & {
      targets: Record<string, unknown>;
      streams: Record<string, unknown>[];
    };
    const s = w.streams[0] as Record<string, unknown>;
    // Where each default shows in the canonical workload (a missing key here fails to type-check).
    const echoed: Record<keyof typeof WORKLOAD_DEFAULTS, unknown> = {
      region: w.region,
      azs: w.azs,
      clientConnections: w.clientConnections,
      sizingModel: w.sizingModel,
      maxUtilisation: w.targets.maxUtilisation,
      storageHeadroom: w.targets.storageHeadroom,
      tolerateAzLoss: w.targets.tolerateAzLoss,
      fetchFromNearestReplica: w.targets.fetchFromNearestReplica,
      tieredLocalRetention: w.targets.tieredLocalRetentionSeconds,
      replicationFactor: s.replicationFactor,
      retention: s.retentionSeconds,
      messageSize: s.messageSizeBytes,
      compressionRatio: s.compressionRatio,
      consumerGroups: s.consumerGroups,
    };
    const canonical = (k: string, v: unknown): unknown =>
      k === "messageSize"
        ? parseSize(v as string, k)
        : k.endsWith("etention")
          ? parseDuration(v as string, k)
          : v;
    for (const [k, v] of Object.entries(WORKLOAD_DEFAULTS)) {
      expect(echoed[k as keyof typeof WORKLOAD_DEFAULTS], k).toEqual(canonical(k, v));
      // The row whose first cell names the field (`region`, `targets.storageHeadroom`, `streams[].retention`).
      const names = new RegExp(`[\`.]${k}[\`.]`);
      const row = table.find((l) => l.startsWith("| ") && names.test(l.split("|")[1] as string));
      expect(row, `README Workloads row for ${k}`).toBeDefined();
      const cell = (row as string).split("|").at(-2) as string;
      const shown = typeof v === "object" ? Object.values(v) : [v];
      for (const x of shown) expect(cell, k).toContain(String(x));
    }
  });

  it("the README's minimal workload file plans, and every `msk-planner plan` example in it runs", () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section("Workloads"))?.[1] as string;
    const dir = mkdtempSync(join(tmpdir(), "msk-plan-"));
    writeFileSync(join(dir, "minimal.yaml"), yaml);
    const j = planJson([join(dir, "minimal.yaml")]);
    expect(j.options.map((o) => o.option).sort()).toEqual([
      "express",
      "serverless",
      "standard",
      "standard-tiered",
    ]);
    expect(j.recommended).not.toBeNull();
    const examples = section("`msk-planner plan`")
      .split("\n")
      .filter((l) => l.startsWith("msk-planner plan "));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const line of examples) {
      const r = runCli(line.split(/\s+/).slice(1), ENV);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
    }
  });

  it("the README's example output is what `plan` prints for the typical workload", () => {
    const shown = /```text\n([\s\S]*?)```/.exec(section("`msk-planner plan`"))?.[1] as string;
    const rows = shown.split("\n").filter((l) => l.startsWith("│ ") || l.startsWith("MSK options"));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const printed = runCli(["plan", TYPICAL], ENV).stdout.split("\n");
    for (const row of rows) expect(printed).toContain(row);
  });
});

describe("plan --fail-if-infeasible (issue #15)", () => {
  // 400 MiB/s is above Serverless's 200 MBps per-cluster ingress quota; Express needs 3 AZs.
  const tooBig = ["plan", "--ingress", "400MiB/s", "--partitions", "3000", "--retention", "1d", "--azs", "2"];
  it("exits 3 when no option fits, and still prints the plan", () => {
    const r = runCli([...tooBig, "--options", "serverless,express", "--fail-if-infeasible"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("recommended: none (no option is feasible)");
  });
  it("exits 0 without the flag, and 0 with it when an option fits", () => {
    expect(runCli([...tooBig, "--options", "serverless,express"]).code).toBe(0);
    expect(runCli(["plan", "fixtures/workloads/small.yaml", "--fail-if-infeasible"]).code).toBe(0);
  });
});
