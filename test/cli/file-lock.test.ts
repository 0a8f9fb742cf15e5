// The lock beside the refreshed catalog: a stale lock (its run was killed) is taken over by one run
// at a time. A run that finds the lock stale while another run is taking it over must not remove
// the fresh lock the other run creates (both would then hold it). Concurrent processes:
// test/aws/cli-hostile.test.ts (two refreshes finding a stale lock keep both regions).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { withFileLock } from "../../src/cli/file-lock.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("a run finding a stale lock while another takes it over waits for the winner instead of removing its lock", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "msk-lock-")), "catalog.json");
  const lock = `${path}.lock`;
  const dead = spawnSync(process.execPath, ["-e", ""]).pid as number;
  writeFileSync(lock, `${dead}\n`);
  // Another run is taking the stale lock over (it holds the takeover lock).
  writeFileSync(`${lock}.takeover`, "1\n");
  let ran = false;
  const run = withFileLock(path, () => {
    ran = true;
  });
  await sleep(150);
  expect(ran).toBe(false); // it did not remove the stale lock on its own
  // The winner removes the stale lock and takes it: a live process's pid.
  const winner = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
  rmSync(lock);
  writeFileSync(lock, `${winner.pid}\n`);
  rmSync(`${lock}.takeover`);
  await sleep(200);
  expect(ran).toBe(false);
  expect(readFileSync(lock, "utf8")).toBe(`${winner.pid}\n`); // the winner's lock is intact
  // The winner dies: its lock is stale now, and the waiting run takes it over and runs.
  winner.kill("SIGKILL");
  await run;
  expect(ran).toBe(true);
});

it("an empty lock (its owner has created it and not yet written its pid) is held, not stale, until it has stayed empty 10 s", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "msk-lock-")), "catalog.json");
  const lock = `${path}.lock`;
  writeFileSync(lock, ""); // created by another run, pid not yet written
  let ran = false;
  const run = withFileLock(path, () => {
    ran = true;
  });
  await sleep(300);
  expect(ran).toBe(false); // it waited instead of taking the lock over
  expect(readFileSync(lock, "utf8")).toBe(""); // and left the owner's lock in place
  // Left empty for over 10 s (its owner was killed between the two steps): stale, taken over.
  // Dated from the file's own time (no clock read in tests: test/setup/no-timed-or-unseeded).
  const old = new Date(statSync(lock).mtimeMs - 10_001);
  utimesSync(lock, old, old);
  await run;
  expect(ran).toBe(true);
});
