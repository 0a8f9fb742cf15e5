/**
 * File IO for the CLI: reading YAML/JSON inputs and writing outputs atomically (temp file in the
 * same folder, then rename), so a failed run never leaves a half-written file or clobbers a good one.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
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

/** Write a file atomically: the destination is either the old file or the complete new one. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A temp path next to `path` for writers that stream (rename it with {@link commitTemp}). */
export function tempPathFor(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

export function commitTemp(tmp: string, path: string): void {
  renameSync(tmp, path);
}

export function discardTemp(tmp: string): void {
  rmSync(tmp, { force: true });
}
