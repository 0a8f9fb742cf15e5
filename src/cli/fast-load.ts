/**
 * Loading a fast-path bundle (dist/fast/<command>.cjs for price, plan, sensitivity and sweep:
 * src/cli/fast-path.ts) with V8's code cache. Compiling the bundle and the functions its start-up
 * runs was about half of its load (issue #14: `price FILE` within 2× `node -e 0`). The build runs
 * each bundle on the fixture files and keeps the code V8 compiled for it beside the bundle
 * (`<bundle>.cache`, scripts/build.mjs); here the bundle is compiled with that cache. V8 checks the cache against
 * the source and its own version and flags and ignores it when they differ (another Node version:
 * the bundle compiles as it would without it), so a stale or foreign cache costs a file read,
 * never a wrong result. Node 20 has a code cache for scripts only (vm.Script cachedData), not for
 * ES modules: these bundles are CommonJS, built strict, as ES modules are.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/** The function CommonJS wraps a module in, on the bundle's first line (line numbers unchanged). */
const HEAD = "(function (exports, require, module, __filename, __dirname) { ";
const TAIL = "\n})";

/** The code cache of `bundle` (the build writes it; a missing one is no error). */
export function cachePath(bundle: string): string {
  return `${bundle}.cache`;
}

/** The bundle compiled, with `cachedData` when given (V8 rejects a cache that does not fit). */
export function compileBundle(bundle: string, cachedData?: Buffer): Script {
  return new Script(HEAD + readFileSync(bundle, "utf8") + TAIL, {
    filename: bundle,
    ...(cachedData ? { cachedData } : {}),
  });
}

/** Run a compiled bundle as a CommonJS module; its exports. */
export function runBundle<T>(script: Script, bundle: string): T {
  const module = { exports: {} as T };
  (script.runInThisContext() as (...a: unknown[]) => void)(
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    dirname(bundle),
  );
  return module.exports;
}

/** The bundle at `bundle` (a path) compiled, with its code cache when there is one. */
export function compileCachedBundle(bundle: string): Script {
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cachePath(bundle));
  } catch {
    // no cache (a build without one, or removed): compile from source
  }
  return compileBundle(bundle, cachedData);
}

/** Load the fast-path bundle at `bundle` (a path), with its code cache when there is one. */
export function loadFastBundle<T>(bundle: string): T {
  return runBundle<T>(compileCachedBundle(bundle), bundle);
}
