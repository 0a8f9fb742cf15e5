// The mutation ledger (issue #16): every StrykerJS run's result per mutant, kept across runs in
// docs/mutation-ledger.json, and the score per file and per folder computed from it.
//
// Why a ledger: a run over the whole scope takes hours on a 2-core machine, so the scope is
// measured a file (or a line range) at a time with the tests that cover it. Each run's report
// holds only its own files; the ledger merges them, keyed by the hash of the source each mutant
// was tested against, so a file changed since its run shows as "stale" rather than silently
// counting old results.
//
//   node scripts/mutation-ledger.mjs record [--replace] [reports/mutation/mutation.json ...]
//   node scripts/mutation-ledger.mjs score [--json]
//   node scripts/mutation-ledger.mjs survivors FILE [--unexplained]
//   node scripts/mutation-ledger.mjs check
//
// A survivor no test can kill is explained in docs/mutation-explained/ (scripts/mutation-explained.mjs);
// `score` counts explained and unexplained survivors, `check` lists explanations the ledger
// contradicts.
//
// `npm run mutate` records its report automatically (scripts/mutate.mjs).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { explainedIn, problems, readExplanations, SURVIVING, survivors } from "./mutation-explained.mjs";

/** The folders issue #16 scores, and the files Stryker's configuration leaves out of them. */
export const SCOPE = ["src/model", "src/pricing", "src/plan", "src/report"];
export const EXCLUDED = new Set(["src/plan/simulate/worker.ts", "src/plan/simulate/pool.ts"]);

/**
 * Stryker's statuses, as the ledger counts them. The score is Stryker's mutation score:
 * detected (killed, timed out) ÷ valid (detected, survived, no coverage); mutants that are ignored
 * (static, or disabled by a comment), and those that did not compile or crashed the runner, are
 * not valid and do not count.
 */
const DETECTED = new Set(["Killed", "Timeout"]);

const sha = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** A mutant's identity within one version of a file: where it is, what it does. */
export const mutantKey = (m) =>
  `${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column} ${m.mutatorName} ${m.replacement ?? ""}`;

/**
 * Merge one Stryker JSON report (mutation-testing-report-schema) into a ledger. A file whose
 * source is the one already recorded gains or updates the mutants the report tested (a run over
 * a line range leaves the others as they were); a file whose source changed starts afresh.
 * `sources` (path → the file's text now), when given, keeps a current entry from being replaced by
 * an older version's: an incremental report also carries results it reused for files outside the
 * run, as they were in that worktree, which may be behind the ledger's.
 *
 * Within one version of a file a detected mutant stays detected: a later report that calls it
 * survived is a narrower run (fewer tests) or a result an incremental run reused from a worktree
 * behind the ledger, not evidence that the suite stopped killing it. `replace` (the `--replace`
 * flag) records the report's statuses as they are, for the rare case of a test removed on purpose.
 */
export function record(ledger, report, sources, { replace = false } = {}) {
  const files = { ...ledger.files };
  for (const [path, result] of Object.entries(report.files ?? {})) {
    const file = path.split(sep).join("/");
    const hash = sha(result.source);
    const now = sources?.[file];
    if (now !== undefined && files[file]?.sha === sha(now) && hash !== files[file].sha) continue;
    const before = files[file]?.sha === hash ? files[file].mutants : {};
    const mutants = { ...before };
    for (const m of result.mutants) {
      const key = mutantKey(m);
      if (replace || !DETECTED.has(mutants[key]) || DETECTED.has(m.status)) mutants[key] = m.status;
    }
    files[file] = { sha: hash, mutants: sortKeys(mutants) };
  }
  return { files: sortKeys(files) };
}

/**
 * Counts for one file's recorded mutants; `explained` (key → explanation) counts the survivors
 * (survived or not covered) that have one.
 */
export function countMutants(mutants, explained = new Map()) {
  const c = { killed: 0, survived: 0, noCoverage: 0, other: 0, explained: 0 };
  for (const [key, status] of Object.entries(mutants)) {
    if (DETECTED.has(status)) c.killed++;
    else if (status === "Survived") c.survived++;
    else if (status === "NoCoverage") c.noCoverage++;
    else c.other++;
    if (SURVIVING.has(status) && explained.has(key)) c.explained++;
  }
  return c;
}

/** Stryker's score in per cent, or null when nothing valid was tested. */
export function score(c) {
  const valid = c.killed + c.survived + c.noCoverage;
  return valid === 0 ? null : (100 * c.killed) / valid;
}

/**
 * The score of every file in scope and of every folder. `sources` maps each file in scope to its
 * current text. A file is "current" when its recorded hash is its hash now, "stale" when it changed
 * since, "unmeasured" when never recorded. Folder totals add current and stale files alike (stale
 * ones are listed, so a reader knows which to re-run). `explanations` (readExplanations) adds the
 * count of explained survivors; the unexplained are survived + no coverage − explained.
 */
export function scores(ledger, sources, explanations = {}, mutantCounts = {}) {
  const files = [];
  for (const [file, text] of Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry = ledger.files[file];
    if (!entry) {
      const mutants = mutantCounts[file];
      files.push(mutants === 0 ? { file, state: "no mutants" } : { file, state: "unmeasured", mutants });
      continue;
    }
    const c = countMutants(entry.mutants, explainedIn(explanations, file));
    files.push({ file, state: entry.sha === sha(text) ? "current" : "stale", ...c, score: score(c) });
  }
  const folders = SCOPE.map((folder) => {
    const mine = files.filter((f) => f.file.startsWith(`${folder}/`));
    const measured = mine.filter((f) => f.state === "current" || f.state === "stale");
    const unmeasured = mine.filter((f) => f.state === "unmeasured");
    const c = { killed: 0, survived: 0, noCoverage: 0, other: 0, explained: 0 };
    for (const f of measured) for (const k of Object.keys(c)) c[k] += f[k];
    return {
      folder,
      files: mine.length,
      measured: measured.length,
      stale: measured.filter((f) => f.state === "stale").length,
      ...c,
      score: score(c),
      // Mutants in never-measured files (null when a count is unknown): the work left, and what a
      // whole-scope run would add to the denominator.
      unmeasuredMutants: unmeasured.some((f) => f.mutants === undefined)
        ? null
        : unmeasured.reduce((sum, f) => sum + f.mutants, 0),
    };
  });
  return { folders, files };
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every .ts file in scope (less the excluded ones) with its text. */
export function scopeSources(root) {
  const out = {};
  const walk = (dir) => {
    for (const name of readdirSync(join(root, dir))) {
      const rel = `${dir}/${name}`;
      if (statSync(join(root, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".ts") && !EXCLUDED.has(rel)) out[rel] = readFileSync(join(root, rel), "utf8");
    }
  };
  for (const folder of SCOPE) walk(folder);
  return out;
}

const pct = (s) => (s === null ? "—" : `${s.toFixed(1)} %`);

/** The score as the text `score` prints. */
export function formatScores({ folders, files }) {
  const n = (v, w) => String(v).padStart(w);
  const tail = (f) => `${n(f.explained, 9)}  ${n(f.survived + f.noCoverage - f.explained, 11)}`;
  const lines = [
    "Folder          Files  Measured  Stale  Killed  Survived  No coverage    Score  Explained  Unexplained  Unmeasured",
  ];
  for (const f of folders)
    lines.push(
      `${f.folder.padEnd(15)} ${n(f.files, 5)}  ${n(f.measured, 8)}  ${n(f.stale, 5)}  ${n(f.killed, 6)}  ${n(f.survived, 8)}  ${n(f.noCoverage, 11)}  ${pct(f.score).padStart(7)}  ${tail(f)}  ${n(f.unmeasuredMutants ?? "?", 10)}`,
    );
  lines.push(
    "",
    "File                                             State       Killed  Survived  No coverage    Score  Explained  Unexplained",
  );
  for (const f of files)
    lines.push(
      f.state === "no mutants"
        ? `${f.file.padEnd(48)} no mutants`
        : f.state === "unmeasured"
          ? `${f.file.padEnd(48)} unmeasured${f.mutants === undefined ? "" : ` (${f.mutants} mutants)`}`
          : `${f.file.padEnd(48)} ${f.state.padEnd(10)}  ${n(f.killed, 6)}  ${n(f.survived, 8)}  ${n(f.noCoverage, 11)}  ${pct(f.score).padStart(7)}  ${tail(f)}`,
    );
  return `${lines.join("\n")}\n`;
}

/** What `survivors FILE` prints: each surviving mutant, its explanation or "UNEXPLAINED", its line. */
export function formatSurvivors(list) {
  return list
    .map(
      (s) =>
        `${s.key}  [${s.status}]  ${s.explained ? `${s.explained.kind}: ${s.explained.why}` : "UNEXPLAINED"}\n    ${(s.line ?? "").trim()}\n`,
    )
    .join("");
}

/**
 * How many mutants Stryker's instrumenter makes in each never-measured file (its own code, so the
 * count is Stryker's; static ones included, which a run may then ignore). A file with none holds
 * only types: Stryker leaves it out of its reports, so it would otherwise show as unmeasured for
 * ever. Empty when the instrumenter (installed with @stryker-mutator/core) cannot be loaded.
 */
export async function countUnmeasured(ledger, sources) {
  let Instrumenter;
  try {
    ({ Instrumenter } = await import("@stryker-mutator/instrumenter"));
  } catch {
    return {};
  }
  const quiet = () => false;
  const noop = () => {};
  const logger = {
    ...Object.fromEntries(["trace", "debug", "info", "warn", "error", "fatal"].map((l) => [l, noop])),
    ...Object.fromEntries(
      ["Trace", "Debug", "Info", "Warn", "Error", "Fatal"].map((l) => [`is${l}Enabled`, quiet]),
    ),
  };
  const instrumenter = new Instrumenter(logger);
  const counts = {};
  for (const [file, content] of Object.entries(sources)) {
    if (ledger.files[file]) continue;
    const r = await instrumenter.instrument([{ name: file, content, mutate: true }], {
      plugins: null,
      excludedMutations: [],
      ignorers: [],
      noHeader: true,
    });
    counts[file] = r.mutants.length;
  }
  return counts;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const LEDGER = join(root, "docs", "mutation-ledger.json");

export function readLedger(path = LEDGER) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : { files: {} };
}

/** Written whole to a temporary file, then renamed: an interrupted write leaves the old ledger. */
export function writeLedger(ledger, path = LEDGER) {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(ledger, null, 1)}\n`);
  renameSync(tmp, path);
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === "record") {
    const replace = rest.includes("--replace");
    const paths = rest.filter((a) => a !== "--replace");
    const reports = paths.length ? paths : [join(root, "reports", "mutation", "mutation.json")];
    let ledger = readLedger();
    const sources = scopeSources(root);
    for (const path of reports) {
      if (!existsSync(path)) {
        console.error(`mutation-ledger: no report at ${path} (run npm run mutate first)`);
        process.exit(2);
      }
      ledger = record(ledger, JSON.parse(readFileSync(path, "utf8")), sources, { replace });
    }
    writeLedger(ledger);
    const counts = await countUnmeasured(ledger, sources);
    process.stdout.write(formatScores(scores(ledger, sources, readExplanations(root), counts)));
  } else if (command === "score") {
    const ledger = readLedger();
    const sources = scopeSources(root);
    const s = scores(ledger, sources, readExplanations(root), await countUnmeasured(ledger, sources));
    process.stdout.write(rest.includes("--json") ? `${JSON.stringify(s, null, 2)}\n` : formatScores(s));
  } else if (command === "survivors" && rest[0]) {
    const file = rest[0].split(sep).join("/");
    const source = existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8") : undefined;
    const list = survivors(readLedger(), readExplanations(root), file, source);
    process.stdout.write(
      formatSurvivors(rest.includes("--unexplained") ? list.filter((s) => !s.explained) : list),
    );
  } else if (command === "check") {
    const found = problems(readExplanations(root), readLedger());
    for (const line of found) console.error(line);
    process.exit(found.length ? 1 : 0);
  } else {
    console.error(
      "usage: node scripts/mutation-ledger.mjs record [--replace] [REPORT.json ...] | score [--json] | survivors FILE [--unexplained] | check",
    );
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
