// `npm run bench`: runs every bench/*.bench.mjs in its own process, one after another, then prints
// every goal (PASS/FAIL/SKIP, each a ratio to a floor measured in the same run) together.
// Exit status: 0 when every bench ran to the end, whatever its goals said (a FAIL is a
// measurement, not an error); 1 when a bench crashed (threw, or exited non-zero), named at the end.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const files = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort();
const only = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), "msk-bench-"));
const goalsFile = join(dir, "goals.txt");
const crashed = [];
for (const f of files) {
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ["--expose-gc", new URL(f, import.meta.url).pathname], {
    stdio: "inherit",
    env: { ...process.env, BENCH_GOALS_FILE: goalsFile },
  });
  if (r.status !== 0) crashed.push(`${f} (${r.signal ?? `exit ${r.status}`})`);
}
let goals = "";
try {
  goals = readFileSync(goalsFile, "utf8");
} catch {
  // no bench recorded a goal
}
rmSync(dir, { recursive: true, force: true });
if (goals) console.log(`\n== goals\n${goals.trimEnd()}`);
if (crashed.length) console.log(`\n== crashed (their goals are missing above)\n${crashed.join("\n")}`);
process.exit(crashed.length ? 1 : 0);
