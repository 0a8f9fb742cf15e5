// The in-process cost of one priceConfiguration call (the planner calls it in loops) against a
// floor of JSON.stringify of the same config. Cold start of `price` is in startup.bench.mjs.
import { report, timeMs } from "./lib.mjs";

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
