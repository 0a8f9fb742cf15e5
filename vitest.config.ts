import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // One test file per core. Vitest's default for `vitest run` is one less (cores − 1), which on a
    // 2-core CI machine runs every file one after another; but most of this suite's time is spent
    // in a worker waiting on a child (the built CLI, npm pack, tsc, LibreOffice) or on a fake
    // server's deadline, so the main process and the second core sit idle. Two workers on 2 cores
    // (issue #16's CI machine) use both: 12 of the slowest files took 393 s with one and 269 s with
    // two, the same CPU time (busy shared machine).
    maxWorkers: availableParallelism(),
    globalSetup: ["test/global-setup.ts"],
    // Every fast-check property runs with one seed (FC_SEED overrides it): see the file.
    setupFiles: ["test/setup/fast-check.ts"],
  },
});
