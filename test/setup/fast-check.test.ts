import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FC_SEED, FC_SEED, fcSeed } from "./fast-check.js";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? testFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("fast-check seeding", () => {
  it("every property runs with the suite's seed (FC_SEED when set)", () => {
    expect(fc.readConfigureGlobal().seed).toBe(FC_SEED);
    expect(fcSeed(undefined)).toBe(DEFAULT_FC_SEED);
    expect(fcSeed("")).toBe(DEFAULT_FC_SEED);
    expect(fcSeed("42")).toBe(42);
    expect(fcSeed("-7")).toBe(-7);
    expect(() => fcSeed("1.5")).toThrow('FC_SEED: expected an integer, got "1.5"');
    expect(() => fcSeed("abc")).toThrow('FC_SEED: expected an integer, got "abc"');
  });

  it("a failing property reports the seed it ran with, and that seed replays it", () => {
    const seen: number[] = [];
    const prop = fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
      seen.push(n);
      return n < 500_000;
    });
    const first = fc.check(prop);
    expect(first.failed).toBe(true);
    expect(first.seed).toBe(FC_SEED);
    expect(fc.defaultReportMessage(first)).toContain(`seed: ${FC_SEED}`);
    const firstRun = [...seen];
    seen.length = 0;
    fc.check(prop, { seed: first.seed });
    expect(seen).toEqual(firstRun);
  });

  it("no test passes its own seed to fast-check (it would override FC_SEED)", () => {
    const offenders = testFiles("test")
      .filter((f) => !f.startsWith(join("test", "setup")))
      .filter((f) => {
        const src = readFileSync(f, "utf8");
        return /numRuns[^}]*\bseed:|\bseed:[^}]*numRuns/.test(src);
      });
    expect(offenders).toEqual([]);
  });
});
