// The vitest configuration StrykerJS runs (stryker.config.mjs): the library-level tests only.
// Tests that spawn the built CLI (dist/cli.js) cannot see a mutant (Stryker activates mutants in
// the test process, the CLI is a separate process built before the run), so they would only cost
// time; the AWS tests exercise src/aws, which is not mutated. MUTATE_TESTS (comma-separated globs)
// narrows the run to the tests that matter for the files being mutated, e.g.
// MUTATE_TESTS="test/limits/**,test/model/**" npm run mutate -- --mutate "src/model/quotas.ts".
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

const merged = mergeConfig(
  base,
  defineConfig({
    test: {
      globalSetup: [],
      // MUTATE_ISOLATE=0 keeps imported modules between mutant runs (mutants are switched at run
      // time, so a cached module still sees each one): much faster on a busy machine.
      ...(process.env.MUTATE_ISOLATE === "0" ? { isolate: false } : {}),
      exclude: [
        "**/node_modules/**",
        "test/aws/**",
        "test/cli/**",
        "test/**/cli.test.ts",
        "test/alternatives/golden.test.ts",
        "test/report/simulation.test.ts",
      ],
    },
  }),
);

// Replaced, not merged: mergeConfig concatenates arrays, so an `include` given above would be added
// to the base config's test/**/*.test.ts and narrow nothing (every earlier MUTATE_TESTS run ran the
// whole library suite).
if (process.env.MUTATE_TESTS) merged.test = { ...merged.test, include: process.env.MUTATE_TESTS.split(",") };

export default merged;
