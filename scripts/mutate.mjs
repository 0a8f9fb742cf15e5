// `npm run mutate [-- STRYKER ARGS]`: runs StrykerJS (stryker.config.mjs), then records its report
// in the mutation ledger (docs/mutation-ledger.json) and prints the score per folder and file.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status ?? 1;
const stryker = fileURLToPath(
  new URL("../node_modules/@stryker-mutator/core/bin/stryker.js", import.meta.url),
);
const status = run([stryker, "run", ...process.argv.slice(2)]);
if (status !== 0) process.exit(status);
process.exit(run(["scripts/mutation-ledger.mjs", "record"]));
