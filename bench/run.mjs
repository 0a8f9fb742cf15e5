// `npm run bench`: runs every bench/*.bench.mjs in its own process, one after another.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync(new URL(".", import.meta.url))
  .filter((f) => f.endsWith(".bench.mjs"))
  .sort();
const only = process.argv[2];
let failed = 0;
for (const f of files) {
  if (only && !f.includes(only)) continue;
  console.log(`\n== ${f}`);
  const r = spawnSync(process.execPath, ["--expose-gc", new URL(f, import.meta.url).pathname], {
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
