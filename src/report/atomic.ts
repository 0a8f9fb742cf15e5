/**
 * Atomic file output, the one implementation (report writers, and the CLI through src/cli/io.ts):
 * write a temp file in the destination folder, then rename it over the
 * destination, so readers see the old file or the complete new one, never a partial one, and a
 * failure removes the temp file and leaves any existing report untouched.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

function tempFor(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Write bytes or text to `path` atomically. */
export function atomicWrite(path: string, data: string | Uint8Array): void {
  const tmp = tempFor(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Let `write` produce the file at a temp path (e.g. a streaming writer); it may return final bytes
 * to replace the temp file's content. Then rename into place; on any failure remove the temp file.
 */
export async function atomicWriteVia(
  path: string,
  write: (tmp: string) => Promise<Uint8Array | null>,
): Promise<void> {
  const tmp = tempFor(path);
  try {
    const bytes = await write(tmp);
    if (bytes) writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Write several files atomically each (CSV: one per table), into `dir`. */
export function atomicWriteAll(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [name, text] of files) atomicWrite(join(dir, name), text);
}
