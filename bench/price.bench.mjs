// Cold start of `msk-planner price` (issue #3: aim ≤ 3× `node -e 0`), measured against `node -e 0`
// in the same run. Also: the in-process cost of one priceConfiguration call (the planner calls it
// in loops) against a floor of JSON.stringify of the same config. (mathjs's unit tables are never
// built on this path: plain byte units take the unit parser's fast path, src/model/units.ts.)
import { fileURLToPath } from "node:url";
import { processMs, report, timeMs } from "./lib.mjs";

const node = process.execPath;
const env = { ...process.env, MSK_PLANNER_CACHE_DIR: "/nonexistent-msk-planner-bench-cache" };

// dist/ is built by `npm run bench`; scripts/build.mjs swaps it in whole, so a rebuild by another
// process never leaves it half-written under this run.
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const floor = processMs(node, ["-e", "0"], { env });
const price = processMs(node, [cli, "price", "fixtures/clusters/standard.yaml"], { env });
report("cold start: price fixtures/clusters/standard.yaml", price, "ms", "node -e 0", floor);
const json = processMs(node, [cli, "price", "fixtures/clusters/standard.yaml", "--json"], { env });
report("cold start: price … --json", json, "ms", "node -e 0", floor);
const help = processMs(node, [cli, "--help"], { env });
report("cold start: --help (yargs + command table only)", help, "ms", "node -e 0", floor);
// In-process: one priceConfiguration call on the bundled catalog.
const { priceConfiguration, bundledCatalog } = await import(
  new URL("../dist/index.js", import.meta.url).href
);
const catalog = bundledCatalog();
const config = {
  kind: "standard",
  region: "us-east-1",
  instanceType: "kafka.m5.large",
  brokers: 3,
  storagePerBrokerBytes: 1000 * 2 ** 30,
  connectMcus: 2,
};
const N = 20_000;
const perCall =
  (timeMs(() => {
    for (let i = 0; i < N; i++) priceConfiguration(config, catalog, { hours: 730 });
  }) *
    1e3) /
  N;
const floorCall =
  (timeMs(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += JSON.stringify(config).length;
    if (s < 0) throw 0;
  }) *
    1e3) /
  N;
report(
  "priceConfiguration (standard + add-on), per call",
  perCall,
  "µs",
  "JSON.stringify(config)",
  floorCall,
);
