// The shared set-up of the AWS tests, so each test file states only its cases: one loopback fake per
// test, closed after it (`useFakeServer`), and for the end-to-end tests a fresh cache folder per test
// with the built CLI pointed at it and at the fake's credentials (`useCliSandbox`). Both register
// vitest hooks in the calling file, so call them at the top level of a test file.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { type CliResult, runCli, runCliAsync } from "../../helpers/cli.js";
import { FAKE_CREDENTIALS, type FakeServer, type Handler, startFake } from "./server.js";

export interface FakeHarness {
  /** Start a fake answering with handler; returns its URL. The previous one, if any, is closed. */
  serve(handler: Handler): Promise<string>;
  /** Start a fake answering with handler and return it (its URL and the requests it recorded). */
  start(handler: Handler): Promise<FakeServer>;
  /** The fake started last in this test, if it is still open. */
  readonly server: FakeServer | undefined;
  /** Close the current fake now (it is closed after each test anyway). */
  close(): Promise<void>;
}

/**
 * One loopback fake per test, closed after each test. With `credentials`, the fake's credentials are
 * put into this process's environment for the library-level tests (the SDK reads them from there).
 */
export function useFakeServer(opts: { credentials?: boolean } = {}): FakeHarness {
  let current: FakeServer | undefined;
  const close = async () => {
    await current?.close();
    current = undefined;
  };
  const start = async (handler: Handler) => {
    await close();
    current = await startFake(handler);
    return current;
  };
  if (opts.credentials) {
    beforeAll(() => {
      Object.assign(process.env, FAKE_CREDENTIALS);
    });
  }
  afterEach(close);
  return {
    start,
    serve: async (handler) => (await start(handler)).url,
    get server() {
      return current;
    },
    close,
  };
}

export interface CliSandbox extends FakeHarness {
  /** This test's cache folder (MSK_PLANNER_CACHE_DIR of every run below); removed after the file. */
  readonly dir: string;
  /** The built CLI, asynchronously (the fake lives in this process), with the fake's credentials and 2 attempts. */
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<CliResult>;
  /** The built CLI, synchronously, for runs that reach no fake (bad input, --help, cached catalog). */
  runCli(args: string[], opts?: { env?: NodeJS.ProcessEnv }): CliResult;
}

/** A fresh cache folder per test (named `<prefix>…` under the OS temp folder) plus a fake per test. */
export function useCliSandbox(prefix: string): CliSandbox {
  const fake = useFakeServer();
  const dirs: string[] = [];
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return {
    ...fake,
    get server() {
      return fake.server;
    },
    get dir() {
      return dir;
    },
    cli: (args, env = {}) =>
      runCliAsync(args, {
        env: { MSK_PLANNER_CACHE_DIR: dir, ...FAKE_CREDENTIALS, AWS_MAX_ATTEMPTS: "2", ...env },
      }),
    runCli: (args, opts = {}) => runCli(args, { env: { MSK_PLANNER_CACHE_DIR: dir, ...opts.env } }),
  };
}
