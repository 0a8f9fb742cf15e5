// Mutation testing (issue #16): `npm run mutate` runs StrykerJS over the pure core and the report
// renderers with the vitest runner. Not part of CI (a full run takes hours on 2 cores); incremental
// mode reuses earlier results, so day-to-day runs only test mutants in changed code. Narrow a run
// with `npm run mutate -- --mutate "src/pricing/**/*.ts"`. See docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: [
    "src/model/**/*.ts",
    "src/pricing/**/*.ts",
    "src/plan/**/*.ts",
    "src/report/**/*.ts",
    // Worker-thread adapters: their code runs in other threads, where Stryker cannot switch mutants.
    "!src/plan/simulate/worker.ts",
    "!src/plan/simulate/pool.ts",
  ],
  coverageAnalysis: "perTest",
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  concurrency: 1,
  timeoutMS: 30_000,
  // The first (coverage) run executes every library test once: minutes on a busy 2-core machine.
  dryRunTimeoutMinutes: 30,
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
