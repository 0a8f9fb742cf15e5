// A child process that refuses some modules, so a test can prove a command never loads them:
// NODE_OPTIONS registering an ES-module resolution hook and a CommonJS resolver patch (for
// createRequire), each throwing `refused <specifier>` for a specifier matching the pattern.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** NODE_OPTIONS under which importing or requiring a specifier matching `pattern` throws. */
export function refuseModules(pattern: RegExp): string {
  const dir = mkdtempSync(join(tmpdir(), "msk-refuse-"));
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {
  if (${pattern}.test(specifier)) throw new Error("refused " + specifier);
  return next(specifier, context);
}\n`,
  );
  const register = join(dir, "register.mjs");
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const cjs = join(dir, "refuse.cjs");
  writeFileSync(
    cjs,
    `const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (${pattern}.test(request)) throw new Error("refused " + request);
  return resolve.call(this, request, ...rest);
};\n`,
  );
  return `--require=${cjs} --import=${pathToFileURL(register).href}`;
}
