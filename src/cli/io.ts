/**
 * File input for the CLI: reading YAML/JSON files. Output is written with the report writers' atomic
 * writes (src/report/atomic.ts: temp file in the same folder, then rename), so a failed run never
 * leaves a half-written file or clobbers a good one.
 *
 * Bounded (src/model/limits.ts): only a regular file is read (`/dev/zero` or a FIFO would never
 * end), at most {@link LIMITS.inputFileBytes} of it, nested at most {@link LIMITS.nestingDepth} deep
 * (checked on the text before parsing, since a parser recurses, and on the parsed value). YAML
 * warnings (an unknown `!tag`) are one-line errors, never Node's multi-line warning text. Plain
 * block YAML (what workload files are) is read by src/cli/plain-yaml.ts, ten times faster than the
 * `yaml` library, to the same value; anything else goes to `yaml`.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import { InputError } from "../model/errors.js";
import { checkLimit, LIMITS, nestingDepth } from "../model/limits.js";
import { NOT_PLAIN, parsePlainYaml } from "./plain-yaml.js";

/** The file's text, refusing special files and files over the size limit. */
function readBounded(path: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(what, `file not found: ${path}`, "file_not_found");
    throw new InputError(what, `cannot read ${path}: ${(e as Error).message}`, "file_not_found");
  }
  try {
    const s = fstatSync(fd);
    if (!s.isFile())
      throw new InputError(
        what,
        `${path} is ${s.isDirectory() ? "a directory" : s.isFIFO() ? "a FIFO" : "not a regular file"}; expected a YAML or JSON file`,
      );
    checkLimit("inputFileBytes", s.size, what, `${path}: size in bytes`);
    // Read at most one byte past the limit: a file that grows while read is still bounded.
    const buf = Buffer.alloc(Math.min(s.size, LIMITS.inputFileBytes) + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    checkLimit("inputFileBytes", n, what, `${path}: size in bytes`);
    return buf.subarray(0, n).toString("utf8");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(what, `cannot read ${path}: ${(e as Error).message}`, "file_not_found");
  } finally {
    closeSync(fd);
  }
}

/** The deepest nesting of `[`/`{` outside quoted strings: the JSON depth exactly, YAML flow depth. */
function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = "";
    } else if (c === '"') quote = c;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if (c === "]" || c === "}") depth--;
  }
  return max;
}

function checkDepth(depth: number, path: string, what: string): void {
  checkLimit("nestingDepth", depth, what, `${path}: nesting depth (arrays and objects)`);
}

/** Read a YAML or JSON file (by extension; YAML is a superset, so anything else parses as YAML). */
export function readStructuredFile(path: string, what: string): unknown {
  const text = readBounded(path, what);
  const json = extname(path).toLowerCase() === ".json";
  checkDepth(bracketDepth(text), path, what);
  let value: unknown;
  try {
    value = json ? JSON.parse(text) : parsePlainYaml(text);
    if (value === NOT_PLAIN) {
      const doc = parseDocument(text, { logLevel: "silent" });
      const problem = doc.errors[0] ?? doc.warnings[0];
      if (problem) throw problem;
      value = doc.toJS({ maxAliasCount: 100 });
    }
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0]?.replace(/:\s*$/, "");
    throw new InputError(what, `${path} is not valid ${json ? "JSON" : "YAML"}: ${msg}`);
  }
  checkDepth(nestingDepth(value), path, what);
  return value;
}
