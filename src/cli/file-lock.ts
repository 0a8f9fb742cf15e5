/**
 * A lock file beside a file that several processes read, merge and rewrite (the refreshed catalog:
 * two `pricing refresh` runs for different regions into one cache must both keep their region).
 * The lock is a file created with O_EXCL (`wx`) holding the owner's pid; a lock whose owner is no
 * longer running (killed) or that is older than {@link STALE_MS} is taken over. The holder keeps it
 * only while it reads the previous file, merges and renames the new one — never during network calls.
 *
 * Takeover is serialised: two runs that both find the lock stale could otherwise both remove it,
 * one removing the fresh lock the other had just created, and both would hold it. A run removes a
 * stale lock only while holding `<lock>.takeover` (also O_EXCL), after checking again that the
 * lock is still stale; nobody else can replace a lock that exists, so it is the same stale file.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { RuntimeError } from "../model/errors.js";

/** A lock this old is stale whatever its pid says (a merge and write take milliseconds). */
const STALE_MS = 10 * 60_000;
/** How long to wait for another holder before giving up. */
const WAIT_MS = 60_000;
const POLL_MS = 25;

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * An empty lock is one whose owner has created it and not yet written its pid (tryTake's open and
 * write are two steps; on a loaded machine the gap is long enough for another run to read it):
 * stale only once it has stayed empty this long, else both runs would hold the lock and one
 * merge would be lost.
 */
const EMPTY_STALE_MS = 10_000;

function stale(lock: string, now: number): boolean {
  try {
    const text = readFileSync(lock, "utf8").trim();
    const age = now - statSync(lock).mtimeMs;
    if (text === "") return age > EMPTY_STALE_MS;
    return !alive(Number(text)) || age > STALE_MS;
  } catch {
    return false; // vanished or unreadable between our attempts: just try again
  }
}

function tryTake(lock: string): boolean {
  try {
    const fd = openSync(lock, "wx", 0o600);
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/** A takeover lock this old was left by a run killed during the few microseconds it holds it. */
const TAKEOVER_STALE_MS = 30_000;

/** Remove the stale lock, if it is still stale, holding the takeover lock; false when busy. */
function takeOver(lock: string): boolean {
  const mutex = `${lock}.takeover`;
  if (!tryTake(mutex)) {
    try {
      if (Date.now() - statSync(mutex).mtimeMs > TAKEOVER_STALE_MS) rmSync(mutex, { force: true });
    } catch {
      // removed meanwhile: try again
    }
    return false;
  }
  try {
    if (stale(lock, Date.now())) rmSync(lock, { force: true });
    return true;
  } finally {
    rmSync(mutex, { force: true });
  }
}

/** Run `f` holding `<path>.lock`; waits (polling) while another live process holds it. */
export async function withFileLock<T>(path: string, f: () => T | Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const start = Date.now();
  while (!tryTake(lock)) {
    if (stale(lock, Date.now()) && takeOver(lock)) continue;
    if (Date.now() - start > WAIT_MS)
      throw new RuntimeError(
        `${lock} is held by another msk-planner run for over ${WAIT_MS / 1000} s; retry when it ends, or delete the lock file if no run is active`,
      );
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  try {
    return await f();
  } finally {
    rmSync(lock, { force: true });
  }
}
