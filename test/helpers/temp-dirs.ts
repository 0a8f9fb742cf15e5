// Fresh empty folders under one temporary root per test file, removed after the file's tests.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/** Call at a test file's top level: returns a function giving a new empty folder on each call. */
export function freshDirs(prefix: string): () => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  return () => {
    const d = join(root, `d${n++}`);
    mkdirSync(d);
    return d;
  };
}
