// Fault injection for every file the project writes: report --xlsx, --md and --csv, pricing
// refresh (catalog cache or --out) and import cloudwatch --out. The built CLI runs with a fault
// injected into node:fs (test/helpers/inject-fault.cjs): a rename that fails after the temp file is
// complete, or a write that stops half way (a full disk). Each run must exit 1 with one line, keep
// the existing file byte for byte, and leave no temp file behind. A second test checks that no
// source file writes outside the one atomic-write module.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { syntheticCluster } from "../aws/fakes/cloudwatch-fake.mjs";
import { useCliSandbox } from "../aws/fakes/harness.js";
import { offersRoute } from "../aws/fakes/price-list.js";

const sandbox = useCliSandbox("msk-faults-");
const PRELOAD = resolve(import.meta.dirname, "../helpers/inject-fault.cjs");
const FAULTS = ["rename", "write"] as const;
const env = (fault: string) => ({ NODE_OPTIONS: `--require ${PRELOAD}`, MSK_PLANNER_TEST_FAULT: fault });
const OLD = "OLD CONTENT, must survive\n";

/** Put OLD in each file, run, then check exit 1, one line, files intact and no temp file in their folders. */
async function expectKept(files: string[], run: () => Promise<{ code: number; stderr: string }>) {
  for (const f of files) {
    mkdirSync(resolve(f, ".."), { recursive: true });
    writeFileSync(f, OLD);
  }
  const r = await run();
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/injected fault/);
  for (const f of files) expect(readFileSync(f, "utf8"), f).toBe(OLD);
  for (const d of new Set(files.map((f) => resolve(f, ".."))))
    expect(
      readdirSync(d).filter((n) => n.endsWith(".tmp")),
      d,
    ).toEqual([]);
}

describe.each(FAULTS)("a failed %s keeps every existing file whole", (fault) => {
  const report = (...out: string[]) =>
    Promise.resolve(sandbox.runCli(["report", "fixtures/workloads/small.yaml", ...out], { env: env(fault) }));
  it("report --xlsx", async () => {
    const f = join(sandbox.dir, "r.xlsx");
    await expectKept([f], () => report("--xlsx", f));
  });
  it("report --md", async () => {
    const f = join(sandbox.dir, "r.md");
    await expectKept([f], () => report("--md", f));
  });
  it("report --csv (the first file of the set)", async () => {
    const d = join(sandbox.dir, "csv");
    await expectKept([join(d, "summary.csv")], () => report("--csv", d));
  });
  it("pricing refresh: the cached catalog, and --out", async () => {
    const host = await sandbox.serve((req) => offersRoute(req) ?? { status: 404 });
    const cached = join(sandbox.dir, "catalog.json");
    await expectKept([cached], () => sandbox.cli(["pricing", "refresh", "--offers-url", host], env(fault)));
    const out = join(sandbox.dir, "out", "prices.json");
    await expectKept([out], () =>
      sandbox.cli(["pricing", "refresh", "--offers-url", host, "--out", out], env(fault)),
    );
  });
  it("import cloudwatch --out", async () => {
    const c = syntheticCluster({ cluster: "c1", brokers: 3, topics: 1, value: () => 1 });
    const host = await sandbox.serve((req) => c.handle(req));
    const out = join(sandbox.dir, "w.yaml");
    await expectKept([out], () =>
      sandbox.cli(
        [
          "import",
          "cloudwatch",
          "--cluster",
          "c1",
          "--region",
          "us-east-1",
          "--endpoint",
          host,
          "--out",
          out,
        ],
        env(fault),
      ),
    );
  });
});

describe("one place writes files", () => {
  it("no module under src/ writes a file except src/report/atomic.ts (and exceljs into its temp file)", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
      );
    const writers =
      /\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|renameSync|copyFileSync)\s*\(/;
    const offenders = files("src").filter(
      (f) => f !== join("src", "report", "atomic.ts") && writers.test(readFileSync(f, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
