// Issue #16's rules for the whole suite, checked by scanning test/: no timed assertion (a test
// that reads a clock can pass or fail with the machine's load; performance lives in bench/, as
// ratios measured in the same run) and no unseeded randomness (every property runs with the suite's
// FC_SEED, test/setup/fast-check.test.ts; Math.random or crypto randomness would escape it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(p) ? [p] : [];
  });
}

const THIS_FILE = join("test", "setup", "no-timed-or-unseeded.test.ts");
const sources = files("test")
  .filter((f) => f !== THIS_FILE)
  .map((f) => ({ f, lines: readFileSync(f, "utf8").split("\n") }));

/** Lines matching `re`, as "file:line: text", minus the allowed ones (each with its reason). */
function offenders(re: RegExp, allowed: { file: string; text: string }[]): string[] {
  const out: string[] = [];
  for (const { f, lines } of sources)
    lines.forEach((line, i) => {
      if (!re.test(line)) return;
      if (allowed.some((a) => a.file === f && line.includes(a.text))) return;
      out.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  return out;
}

describe("the suite has no timed assertion and no unseeded randomness", () => {
  it("no test reads a clock (performance.now, process.hrtime, Date.now, new Date())", () => {
    const clock = /performance\.now\s*\(|process\.hrtime|Date\.now\s*\(|new Date\s*\(\s*\)/;
    expect(
      offenders(clock, [
        // Sets a file's mtime two days back (the output-set test's "old file"); nothing is timed.
        {
          file: join("test", "report", "output-set.test.ts"),
          text: "new Date(Date.now() - 2 * 24 * 3600_000)",
        },
      ]),
    ).toEqual([]);
  });

  it("no test draws unseeded random numbers (Math.random, crypto.randomInt / randomBytes / randomUUID)", () => {
    expect(offenders(/Math\.random\s*\(|\brandom(Int|Bytes|UUID|Fill)\s*\(/, [])).toEqual([]);
  });

  it("the scan sees the suite (so an empty match list means something)", () => {
    expect(sources.length).toBeGreaterThan(80);
    expect(sources.some((s) => s.f === join("test", "report", "output-set.test.ts"))).toBe(true);
  });
});
