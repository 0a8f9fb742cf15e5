/**
 * Atomic file output, the one implementation (report writers, the refreshed catalog, imported
 * workloads): write a temp file in the destination folder, then rename it over the destination,
 * so readers see the old file or the complete new one, never a partial one, and a failure removes
 * the temp file and leaves any existing file untouched.
 *
 * - A set of outputs (`report --xlsx --md --csv`) is all-or-nothing ({@link OutputSet}): every file
 *   is staged first; only when all are staged are they renamed into place, and if a rename fails the
 *   ones already replaced are restored from hard-link backups.
 * - A replaced file keeps its permission bits (a 600 report stays 600).
 * - Only regular files are replaced: a directory, FIFO, socket or device at an output path is
 *   refused before anything is written (a FIFO would block the writer forever).
 * - Temp names carry the writer's pid (`.<name>.<pid>.<hex>.tmp`); temp and backup files left by a
 *   run that was killed (its pid no longer running, or older than a day for names without a pid)
 *   are removed by the next write into that folder.
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../model/errors.js";

/** Temp files without a pid in their name (older versions) are stale after this long. */
const LEGACY_STALE_MS = 24 * 3600_000;
const OURS = /^\..+?\.(?:(\d+)\.)?[0-9a-f]{12}\.(?:tmp|bak)$/;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove our temp and backup files in `dir` whose writer is gone. Never fails the write. */
function removeStale(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    const m = OURS.exec(name);
    if (!m) continue;
    const p = join(dir, name);
    try {
      const pid = m[1] ? Number(m[1]) : undefined;
      const stale =
        pid !== undefined
          ? pid !== process.pid && !running(pid)
          : now - statSync(p).mtimeMs > LEGACY_STALE_MS;
      if (stale) rmSync(p, { force: true, recursive: true });
    } catch {
      // raced with another cleaner, or not ours to remove: leave it
    }
  }
}

const KIND: [string, (s: Stats) => boolean][] = [
  ["a directory", (s) => s.isDirectory()],
  ["a FIFO", (s) => s.isFIFO()],
  ["a socket", (s) => s.isSocket()],
  ["a device", (s) => s.isCharacterDevice() || s.isBlockDevice()],
];

/**
 * Throws InputError (naming `what`, e.g. the flag) when `path` exists and is not a regular file.
 * Returns the permission bits of an existing file, to give its replacement.
 */
export function checkReplaceable(path: string, what = path): number | undefined {
  let s: Stats;
  try {
    s = statSync(path);
  } catch {
    return undefined;
  }
  if (s.isFile()) return s.mode & 0o7777;
  const kind = KIND.find(([, is]) => is(s))?.[0] ?? "not a regular file";
  throw new InputError(what, `${path} is ${kind}, not a regular file; refusing to replace it`);
}

/** Every temp and backup path this process has made; once renamed or removed, removing it again is a no-op. */
const MADE = new Set<string>();

function tempFor(path: string, ext: "tmp" | "bak" = "tmp"): string {
  mkdirSync(dirname(path), { recursive: true });
  removeStale(dirname(path));
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.${ext}`,
  );
  MADE.add(tmp);
  return tmp;
}

/**
 * Remove this process's temp files now (an interrupted run: Ctrl-C). No destination is touched:
 * a staged file was never renamed into place, and {@link OutputSet.commit} is synchronous, so an
 * interrupt cannot land between its renames. Never throws.
 */
export function removeOwnTempFiles(): void {
  for (const tmp of MADE) {
    try {
      rmSync(tmp, { force: true, recursive: true });
    } catch {
      // best effort: the next write into that folder removes it (removeStale)
    }
  }
  MADE.clear();
}

/** Write bytes or text to `path` atomically. */
export function atomicWrite(path: string, data: string | Uint8Array, what?: string): void {
  const set = new OutputSet();
  set.stage(path, data, what);
  set.commit();
}

/**
 * Let `write` produce the file at a temp path (e.g. a streaming writer); it may return final bytes
 * to replace the temp file's content. Then rename into place; on any failure remove the temp file.
 */
export async function atomicWriteVia(
  path: string,
  write: (tmp: string) => Promise<Uint8Array | null>,
  what?: string,
): Promise<void> {
  const set = new OutputSet();
  await set.stageVia(path, write, what);
  set.commit();
}

interface Staged {
  path: string;
  tmp: string;
}

/**
 * Files written all-or-nothing: `stage` each (nothing visible changes), then `commit` renames them
 * all into place; any failure while staging or committing leaves every destination as it was.
 */
export class OutputSet {
  private readonly staged: Staged[] = [];

  /** Refuse special files at every destination up front, before any work is staged. */
  static check(paths: readonly { path: string; what?: string }[]): void {
    for (const { path, what } of paths) checkReplaceable(path, what);
  }

  stage(path: string, data: string | Uint8Array, what?: string): void {
    this.stageSync(path, what, (tmp) => writeFileSync(tmp, data));
  }

  async stageVia(
    path: string,
    write: (tmp: string) => Promise<Uint8Array | null>,
    what?: string,
  ): Promise<void> {
    const mode = checkReplaceable(path, what);
    const tmp = tempFor(path);
    try {
      const bytes = await write(tmp);
      if (bytes) writeFileSync(tmp, bytes);
      if (mode !== undefined) chmodSync(tmp, mode);
    } catch (e) {
      rmSync(tmp, { force: true });
      this.abort();
      throw e;
    }
    this.staged.push({ path, tmp });
  }

  private stageSync(path: string, what: string | undefined, write: (tmp: string) => void): void {
    let tmp: string | undefined;
    try {
      const mode = checkReplaceable(path, what);
      tmp = tempFor(path);
      write(tmp);
      if (mode !== undefined) chmodSync(tmp, mode);
    } catch (e) {
      if (tmp) rmSync(tmp, { force: true });
      this.abort();
      throw e;
    }
    this.staged.push({ path, tmp });
  }

  /** Remove every staged temp file; no destination is touched. */
  abort(): void {
    for (const s of this.staged.splice(0)) rmSync(s.tmp, { force: true });
  }

  /** Rename every staged file into place; if one fails, restore those already replaced. */
  commit(): void {
    const done: { path: string; backup?: string }[] = [];
    let backup: string | undefined;
    try {
      for (const s of this.staged) {
        backup = undefined;
        if (checkReplaceable(s.path) !== undefined) {
          backup = tempFor(s.path, "bak");
          try {
            linkSync(s.path, backup);
          } catch {
            copyFileSync(s.path, backup);
          }
        }
        renameSync(s.tmp, s.path);
        done.push({ path: s.path, backup });
      }
    } catch (e) {
      // The backup of the file whose rename failed: that file was never replaced.
      if (backup && !done.some((d) => d.backup === backup)) rmSync(backup, { force: true });
      for (const d of done.reverse()) {
        try {
          if (d.backup) renameSync(d.backup, d.path);
          else rmSync(d.path, { force: true });
        } catch {
          // best effort: the error below is what the user must see
        }
      }
      this.abort();
      throw e;
    }
    for (const d of done) if (d.backup) rmSync(d.backup, { force: true });
    this.staged.length = 0;
  }
}
