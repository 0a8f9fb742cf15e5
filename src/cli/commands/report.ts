/**
 * `msk-planner report [WORKLOAD_FILE] [plan flags] [--xlsx FILE] [--md FILE] [--csv DIR] [--json]`:
 * plan the workload, then render the report (src/report) as an Excel workbook with live formulas,
 * Markdown, CSV (one file per table) and/or JSON. With no output flag it writes
 * reports/<workload file name>.xlsx; `--md -` prints the Markdown on stdout instead of a file.
 * Read → call the library → write; no arithmetic here.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError, isMskPlannerError, RuntimeError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import { plan } from "../../plan/planner.js";
import type { OptionId } from "../../plan/types.js";
import { OutputSet } from "../../report/atomic.js";
import { reportCsv } from "../../report/csv.js";
import { reportJson } from "../../report/json.js";
import { reportMarkdown } from "../../report/markdown.js";
import { buildReportModel, type ReportTable } from "../../report/model.js";
import { loadCatalog } from "../catalog.js";
import { checkFinite } from "../finite.js";
import { loadWorkload, planSelection } from "../plan-flags.js";
import { fileOnly, STDIO } from "../stdio.js";

export type ReportArgs = Record<string, unknown> & {
  workloadFile?: string;
  catalog?: string;
  options?: string;
  xlsx?: string;
  md?: string;
  csv?: string;
  json?: boolean;
  months?: unknown;
  growth?: unknown;
  samples?: unknown;
  seed?: unknown;
  sensitivity?: string;
  sweep?: unknown;
};

/** msk-planner's version, from the package.json above this module (source tree or dist/). */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "msk-planner" && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return "unknown";
}

/** When the report is made: SOURCE_DATE_EPOCH (seconds; reproducible output) or now. */
function generatedAt(env: NodeJS.ProcessEnv): string {
  const e = env.SOURCE_DATE_EPOCH;
  if (e !== undefined) {
    if (!/^\d+$/.test(e))
      throw new InputError(
        "SOURCE_DATE_EPOCH",
        `expected whole seconds since 1970, got ${JSON.stringify(e)}`,
      );
    return new Date(Number(e) * 1000).toISOString();
  }
  return new Date().toISOString();
}

function checkExt(flag: string, file: string, ext: string): void {
  if (extname(file).toLowerCase() !== ext)
    throw new InputError(flag, `expected a file name ending in ${ext}, got ${JSON.stringify(file)}`);
}

async function io<T>(what: string, f: () => Promise<T> | T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code && !isMskPlannerError(e))
      throw new RuntimeError(`cannot write ${what}: ${err.code} ${err.message.split("\n")[0]}`);
    throw e;
  }
}

function wholeNumber(v: unknown, flag: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new InputError(flag, `expected a whole number ≥ ${min}, got ${JSON.stringify(v)}`);
  return n;
}

/** The simulator's sheets asked for (--months, --samples, --sensitivity, --sweep), via the simulator's library. */
async function simulationTables(argv: ReportArgs): Promise<ReportTable[]> {
  const wanted =
    argv.months !== undefined ||
    argv.samples !== undefined ||
    argv.sensitivity !== undefined ||
    argv.sweep !== undefined;
  if (!wanted) return [];
  const [{ simulationContext, listOf, monteCarloInit }, t] = await Promise.all([
    import("../simulate-context.js"),
    import("../../report/simulation-tables.js"),
  ]);
  const ctx = await simulationContext(argv);
  const tables: ReportTable[] = [];
  if (argv.months !== undefined) {
    const { project } = await import("../../plan/simulate/projection.js");
    tables.push(
      t.projectionTable(
        project(
          ctx.parsed,
          listOf(argv.growth, "--growth"),
          wholeNumber(argv.months, "--months", 1),
          ctx.planner,
        ),
      ),
    );
  }
  if (argv.samples !== undefined) {
    const { runMonteCarlo } = await import("../../plan/simulate/run.js");
    const seed = argv.seed === undefined ? 42 : wholeNumber(argv.seed, "--seed", 0);
    const samples = wholeNumber(argv.samples, "--samples", 1);
    tables.push(t.monteCarloTable(await runMonteCarlo(monteCarloInit(ctx, seed), samples)));
  }
  if (argv.sensitivity !== undefined) {
    const [{ sensitivity }, { parseFraction }] = await Promise.all([
      import("../../plan/simulate/sensitivity.js"),
      import("../../model/units.js"),
    ]);
    const delta = parseFraction(argv.sensitivity === "" ? "20%" : argv.sensitivity, "--sensitivity");
    tables.push(t.sensitivityTable(sensitivity(ctx.parsed, delta, ctx.planner)));
  }
  if (argv.sweep !== undefined) {
    const { collectSweep } = await import("../../plan/simulate/run.js");
    const vary = listOf(argv.sweep, "--sweep");
    if (vary.length === 0) throw new InputError("--sweep", "expected FIELD=A..B:N[:log] or FIELD=v1,v2,…");
    tables.push(
      t.sweepTable(
        collectSweep({
          input: ctx.input,
          vary,
          catalog: ctx.catalog,
          region: ctx.region,
          ...(ctx.options ? { options: ctx.options } : {}),
        }),
      ),
    );
  }
  return tables;
}

export async function handler(argv: ReportArgs): Promise<void> {
  for (const [flag, v] of [
    ["--xlsx", argv.xlsx],
    ["--md", argv.md],
    ["--csv", argv.csv],
  ] as const) {
    if (v !== undefined && (typeof v !== "string" || v.trim() === ""))
      throw new InputError(flag, "expected a path");
  }
  fileOnly("--xlsx", argv.xlsx, "a workbook");
  fileOnly("--csv", argv.csv, "a folder of CSV files");
  // `--md -`: the Markdown on stdout (e.g. a pull-request comment); stdout then holds only it.
  const mdToStdout = argv.md === STDIO;
  if (mdToStdout && argv.json)
    throw new InputError("--md", "- (standard output) and --json both print on stdout; give --md a file");
  const md = mdToStdout ? undefined : argv.md;
  if (argv.xlsx !== undefined) checkExt("--xlsx", argv.xlsx, ".xlsx");
  if (md !== undefined) checkExt("--md", md, ".md");
  // Before any work: a directory or FIFO where a file goes, or a file where the CSV folder goes.
  OutputSet.check([
    ...(argv.xlsx !== undefined ? [{ path: argv.xlsx, what: "--xlsx" }] : []),
    ...(md !== undefined ? [{ path: md, what: "--md" }] : []),
  ]);
  if (argv.csv !== undefined && existsSync(argv.csv) && !statSync(argv.csv).isDirectory())
    throw new InputError(
      "--csv",
      `${argv.csv} is not a folder; expected a folder to write the CSV files into`,
    );
  const { workload } = await loadWorkload(argv, argv.workloadFile);
  checkLimit(
    "reportStreams",
    workload.streams.length,
    "streams",
    "report: the workload's streams",
    "the workbook writes a dozen named inputs per stream; `plan --json` takes more",
  );
  const { catalog } = loadCatalog({ catalog: argv.catalog });
  const { options, alternatives } = await planSelection(argv);
  const result = plan(workload, {
    catalog,
    ...(options ? { options: options as OptionId[] } : {}),
    alternatives,
  });
  const tables = await simulationTables(argv);
  const model = buildReportModel(result, {
    generatedAt: generatedAt(process.env),
    version: packageVersion(),
    tables,
  });

  checkFinite(model, "the report");
  const anyOutput = argv.xlsx !== undefined || argv.md !== undefined || argv.csv !== undefined || argv.json;
  const xlsx =
    argv.xlsx ??
    (anyOutput
      ? undefined
      : join(
          "reports",
          `${argv.workloadFile ? basename(argv.workloadFile, extname(argv.workloadFile)) : "workload"}.xlsx`,
        ));
  // With --json or `--md -`, stdout holds only that; the list of files written goes to stderr.
  const say = (s: string) => (argv.json || mdToStdout ? process.stderr : process.stdout).write(`${s}\n`);
  // All or nothing: every file is staged (written to a temp file beside it) before any is renamed
  // into place, so a failure on the last output leaves the earlier ones as they were.
  const set = new OutputSet();
  const wrote: string[] = [];
  try {
    if (xlsx !== undefined) {
      const { writeReport } = await import("../../report/xlsx.js");
      await io(xlsx, () =>
        set.stageVia(
          xlsx,
          async (tmp) => {
            await writeReport(model, tmp);
            return null;
          },
          "--xlsx",
        ),
      );
      wrote.push(
        `Wrote ${xlsx}: Summary, Assumptions, ${model.options.length} option sheet${model.options.length === 1 ? "" : "s"}${model.tables.map((t) => `, ${t.name}`).join("")}${model.helpers.length ? ", Helpers" : ""}`,
      );
    }
    if (md !== undefined) {
      await io(md, () => set.stage(md, reportMarkdown(model), "--md"));
      wrote.push(`Wrote ${md}`);
    }
    if (argv.csv !== undefined) {
      const dir = argv.csv;
      const files = reportCsv(model);
      await io(dir, () => {
        for (const [name, text] of files) set.stage(join(dir, name), text, "--csv");
      });
      wrote.push(`Wrote ${files.size} CSV files to ${dir}: ${[...files.keys()].join(", ")}`);
    }
    await io("the report files", () => set.commit());
  } catch (e) {
    set.abort();
    throw e;
  }
  for (const line of wrote) say(line);
  if (argv.json) process.stdout.write(reportJson(model));
  if (mdToStdout) process.stdout.write(reportMarkdown(model));
}
