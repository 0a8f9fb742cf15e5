// The atomic writer as a user other than root (src/report/atomic.ts): a folder it may write but
// not list, and a file it may read but not hard-link
// (Linux's protected_hardlinks) whose backup must then be a copy. Run as root, the test takes the
// user "nobody" for its effective uid and gives root back after each case (vitest runs each test
// file in its own process: pool "forks"); skipped when not run as root or in a worker thread. (Another user's running
// writer cannot be imitated this way: kill(pid, 0) checks the real uid, which stays root.)
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { atomicWrite, OutputSet } from "../../src/report/atomic.js";
import { freshDirs } from "../helpers/temp-dirs.js";

const NOBODY = 65534;
// seteuid is a process-wide call, refused in worker threads (where a mutation run executes tests).
const asRoot = isMainThread && typeof process.geteuid === "function" && process.geteuid() === 0;
const fresh = freshDirs("msk-atomic-user-");
const open = (d: string) => {
  chmodSync(join(d, ".."), 0o755);
  chmodSync(d, 0o777);
  return d;
};
const asNobody = <T>(f: () => T): T => {
  (process.seteuid as (id: number) => void)(NOBODY);
  try {
    return f();
  } finally {
    (process.seteuid as (id: number) => void)(0);
  }
};

afterEach(() => {
  if (asRoot) expect(process.geteuid?.()).toBe(0);
});

describe.skipIf(!asRoot)("as another user than root", () => {
  it("a folder it may write but not list: the write succeeds (stale temp files are simply not looked for)", () => {
    const d = open(fresh());
    chmodSync(d, 0o733);
    asNobody(() => atomicWrite(join(d, "r.json"), "new"));
    expect(readFileSync(join(d, "r.json"), "utf8")).toBe("new");
    expect(readdirSync(d)).toEqual(["r.json"]);
  });

  it("a file it may read but not hard-link: the backup is a copy, and a failed set restores it", () => {
    const d = open(fresh());
    const [a, b] = [join(d, "a"), join(d, "b")];
    writeFileSync(a, "old a", { mode: 0o644 }); // root's, read-only to nobody: no hard link allowed
    expect(statSync(a).uid).toBe(0);
    asNobody(() => {
      writeFileSync(b, "old b");
      const set = new OutputSet();
      set.stage(a, "new a");
      set.stage(b, "new b");
      // The fault: b is a folder when its turn comes, after a was replaced.
      rmSync(b);
      mkdirSync(b);
      expect(() => set.commit()).toThrow(/is a directory/);
    });
    expect(readFileSync(a, "utf8")).toBe("old a");
    expect(readdirSync(d).sort()).toEqual(["a", "b"]);
  });
});
