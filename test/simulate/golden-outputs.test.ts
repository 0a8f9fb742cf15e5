// Sweeps and Monte Carlo runs on the fixture workloads, compared byte for byte with outputs
// captured from the code before the hot-path work of issue #14 (test/golden/simulations/README.md).
// Their numbers come from the planner that the hand-worked tests check (test/plan, test/simulate,
// test/alternatives); this test holds the faster sweep and simulation paths to exactly those bytes.
// UPDATE_GOLDEN=1 rewrites the files (only when a number rightly changed: say why in the commit).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { runMonteCarlo, runSweep } from "../../src/plan/simulate/run.js";
import type { SweepInit } from "../../src/plan/simulate/sweep.js";
import { ALTERNATIVE_OPTIONS, MSK_OPTIONS } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { runCli } from "../helpers/cli.js";

const GOLDEN = "test/golden/simulations";
const catalog = bundledCatalog();
const fixture = (name: string) => parse(readFileSync(`fixtures/workloads/${name}.yaml`, "utf8"));
const ALL = [...MSK_OPTIONS, ...ALTERNATIVE_OPTIONS];

interface SweepCase {
  name: string;
  input: unknown;
  vary: string[];
  format: "csv" | "ndjson";
  options?: readonly (typeof ALL)[number][];
  region?: string;
}

const SWEEPS: SweepCase[] = [
  {
    // every option; tiny to very large rates (PST, quotas, infeasible), partitions across types
    name: "small-all-options",
    input: fixture("small"),
    vary: ["peakIngress=1MiB/s..4000MiB/s:24:log", "partitions=10..40000:5:log"],
    format: "csv",
    options: ALL,
  },
  {
    name: "typical-msk",
    input: fixture("typical"),
    vary: ["streams.orders.peakIngress=60MiB/s..2000MiB/s:20:log", "streams.clicks.retention=3d,30d,365d"],
    format: "ndjson",
  },
  {
    // tiered storage: local retention and tier reads
    name: "long-retention-msk",
    input: fixture("long-retention"),
    vary: [
      "retention=3d,7d,90d,400d",
      "tierReads=0TiB/month..8TiB/month:5",
      "ingress=5MiB/s..200MiB/s:4:log",
    ],
    format: "csv",
  },
  {
    // the script's throughput model and two AZs
    name: "heavy-aws-script",
    input: { ...fixture("heavy"), sizingModel: "aws-script" },
    vary: ["azs=2,3", "ingress=5MiB/s..900MiB/s:12:log"],
    format: "csv",
    options: ALL,
  },
  {
    // a restricted instance list and a region where some prices are missing (partial, none)
    name: "many-partitions-m5-partial",
    input: {
      ...fixture("many-partitions"),
      instanceTypes: ["kafka.m5.*", "express.*"],
      region: "ap-south-1",
    },
    vary: ["partitions=100..60000:15:log", "replicationFactor=2,3"],
    format: "ndjson",
    options: ALL,
    region: "ap-south-1",
  },
];

async function sweepText(c: SweepCase, workers: number, chunkSize: number): Promise<string> {
  const init: SweepInit = { input: c.input, vary: c.vary, catalog, format: c.format };
  if (c.options) init.options = c.options;
  if (c.region) init.region = c.region;
  let out = "";
  await runSweep(
    init,
    (t) => {
      out += t;
    },
    { workers, chunkSize },
  );
  return out;
}

function golden(file: string, text: string): string {
  const path = join(GOLDEN, file);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, text);
  if (!existsSync(path)) throw new Error(`no golden file ${path}: run with UPDATE_GOLDEN=1 to create it`);
  return readFileSync(path, "utf8");
}

describe("sweeps on the fixtures are byte-identical to the captured outputs", () => {
  for (const c of SWEEPS) {
    it(c.name, async () => {
      const text = await sweepText(c, 1, 2048);
      expect(text).toBe(golden(`${c.name}.${c.format}`, text));
      // Chunk boundaries inside the grid change nothing.
      expect(await sweepText(c, 1, 7)).toBe(text);
    });
  }
});

describe("the CLI writes the same bytes, on one thread and on two workers (rows transferred as bytes)", () => {
  it("small-all-options: sweep --csv --workers 1 and 2 equal the captured file", () => {
    const args = [
      "sweep",
      "fixtures/workloads/small.yaml",
      ...(SWEEPS[0] as SweepCase).vary.flatMap((v) => ["--vary", v]),
    ];
    const golden = readFileSync(join(GOLDEN, "small-all-options.csv"), "utf8");
    for (const workers of ["1", "2"]) {
      const r = runCli([...args, "--options", ALL.join(","), "--csv", "--workers", workers]);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(golden);
    }
  });
});

interface McCase {
  name: string;
  input: unknown;
  samples: number;
  seed: number;
  options?: readonly (typeof ALL)[number][];
}

const SIMULATIONS: McCase[] = [
  { name: "uncertain-msk", input: fixture("uncertain"), samples: 400, seed: 42 },
  { name: "uncertain-all-options", input: fixture("uncertain"), samples: 300, seed: 7, options: ALL },
];

describe("Monte Carlo runs on the fixtures are byte-identical to the captured outputs", () => {
  for (const c of SIMULATIONS) {
    it(c.name, async () => {
      const { input, distributions } = extractDistributions(c.input as Record<string, unknown>);
      const run = (chunkSize: number) =>
        runMonteCarlo(
          { input, distributions, seed: c.seed, catalog, ...(c.options ? { options: c.options } : {}) },
          c.samples,
          { chunkSize },
        );
      const text = `${JSON.stringify(await run(1024), null, 2)}\n`;
      expect(text).toBe(golden(`${c.name}.json`, text));
      expect(`${JSON.stringify(await run(33), null, 2)}\n`).toBe(text);
    });
  }
});
