/**
 * File input for the CLI: reading YAML/JSON files. Output is written with the report writers' atomic
 * writes (src/report/atomic.ts: temp file in the same folder, then rename), so a failed run never
 * leaves a half-written file or clobbers a good one.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { InputError } from "../model/errors.js";

/** Read a YAML or JSON file (by extension; YAML is a superset, so anything else parses as YAML). */
export function readStructuredFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(what, `file not found: ${path}`, "file_not_found");
    throw new InputError(what, `cannot read ${path}: ${(e as Error).message}`, "file_not_found");
  }
  try {
    return extname(path).toLowerCase() === ".json" ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const msg = (e as Error).message.split("\n")[0];
    throw new InputError(
      what,
      `${path} is not valid ${extname(path).toLowerCase() === ".json" ? "JSON" : "YAML"}: ${msg}`,
    );
  }
}
