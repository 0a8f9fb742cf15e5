import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    // Every fast-check property runs with one seed (FC_SEED overrides it): see the file.
    setupFiles: ["test/setup/fast-check.ts"],
  },
});
