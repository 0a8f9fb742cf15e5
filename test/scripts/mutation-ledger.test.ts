// The mutation ledger (scripts/mutation-ledger.mjs) merges StrykerJS reports run a file or a line
// range at a time; the per-folder score issue #16 asks for is computed from it, so its counting is
// tested here on hand-built reports.
import { describe, expect, it } from "vitest";

type Ledger = { files: Record<string, { sha: string; mutants: Record<string, string> }> };
// A dynamic import of a plain .mjs script (no type declarations): typed by hand below.
const lib = (await import("../../scripts/mutation-ledger.mjs" as string)) as {
  record(
    l: Ledger,
    report: unknown,
    sources?: Record<string, string>,
    options?: { replace?: boolean },
  ): Ledger;
  scores(
    l: Ledger,
    sources: Record<string, string>,
    explanations?: Record<string, unknown>,
    mutantCounts?: Record<string, number>,
  ): {
    folders: {
      folder: string;
      files: number;
      measured: number;
      stale: number;
      killed: number;
      survived: number;
      noCoverage: number;
      score: number | null;
      unmeasuredMutants: number | null;
    }[];
    files: { file: string; state: string; score?: number | null; mutants?: number }[];
  };
  formatScores(s: unknown): string;
  countUnmeasured(l: Ledger, sources: Record<string, string>): Promise<Record<string, number>>;
};

const at = (line: number, status: string, mutatorName = "EqualityOperator") => ({
  mutatorName,
  replacement: "<=",
  status,
  location: { start: { line, column: 1 }, end: { line, column: 5 } },
});
const report = (files: Record<string, { source: string; mutants: ReturnType<typeof at>[] }>) => ({ files });
const SRC = "export const a = 1 < 2;\n";

describe("mutation ledger", () => {
  it("scores a file as Stryker does: (killed + timed out) ÷ (those + survived + no coverage)", () => {
    const l = lib.record(
      { files: {} },
      report({
        "src/plan/x.ts": {
          source: SRC,
          mutants: [
            at(1, "Killed"),
            at(2, "Timeout"),
            at(3, "Survived"),
            at(4, "NoCoverage"),
            at(5, "Ignored"),
            at(6, "CompileError"),
          ],
        },
      }),
    );
    const s = lib.scores(l, { "src/plan/x.ts": SRC, "src/plan/y.ts": "", "src/model/z.ts": "" });
    // 2 detected of 4 valid (Ignored and CompileError are not valid): 2 ÷ 4 = 50 %.
    expect(s.files[0]).toMatchObject({ file: "src/model/z.ts", state: "unmeasured" });
    expect(s.files[1]).toMatchObject({ file: "src/plan/x.ts", state: "current", score: 50 });
    const plan = s.folders.find((f) => f.folder === "src/plan");
    expect(plan).toMatchObject({
      files: 2,
      measured: 1,
      stale: 0,
      killed: 2,
      survived: 1,
      noCoverage: 1,
      score: 50,
    });
    expect(s.folders.find((f) => f.folder === "src/model")).toMatchObject({ measured: 0, score: null });
    expect(lib.formatScores(s)).toMatch(/src\/plan\s+2\s+1\s+0\s+2\s+1\s+1\s+50\.0 %/);
  });

  it("a second run over part of the same source updates those mutants and keeps the others", () => {
    const first = lib.record(
      { files: {} },
      report({
        "src/report/r.ts": { source: SRC, mutants: [at(1, "Survived"), at(2, "Survived"), at(3, "Killed")] },
      }),
    );
    const second = lib.record(
      first,
      report({ "src/report/r.ts": { source: SRC, mutants: [at(1, "Killed")] } }),
    );
    // Line 1 now killed, line 2 still survived, line 3 still killed: 2 ÷ 3.
    const s = lib.scores(second, { "src/report/r.ts": SRC });
    expect(s.files[0]?.score).toBeCloseTo((2 / 3) * 100, 12);
  });

  it("a mutant detected in one version stays detected unless the report is recorded with replace", () => {
    const first = lib.record(
      { files: {} },
      report({
        "src/plan/k.ts": { source: SRC, mutants: [at(1, "Killed"), at(2, "Timeout"), at(3, "Survived")] },
      }),
    );
    // A narrower run (or a reused result) calls all three survived: only line 3's status is its own.
    const narrower = report({
      "src/plan/k.ts": { source: SRC, mutants: [at(1, "Survived"), at(2, "NoCoverage"), at(3, "Survived")] },
    });
    const kept = lib.record(first, narrower);
    expect(Object.values(kept.files["src/plan/k.ts"]?.mutants ?? {})).toEqual([
      "Killed",
      "Timeout",
      "Survived",
    ]);
    // A survivor later killed is recorded as killed.
    const killed = lib.record(kept, report({ "src/plan/k.ts": { source: SRC, mutants: [at(3, "Killed")] } }));
    expect(Object.values(killed.files["src/plan/k.ts"]?.mutants ?? {})).toEqual([
      "Killed",
      "Timeout",
      "Killed",
    ]);
    // With replace, the report's statuses stand as they are.
    const replaced = lib.record(first, narrower, undefined, { replace: true });
    expect(Object.values(replaced.files["src/plan/k.ts"]?.mutants ?? {})).toEqual([
      "Survived",
      "NoCoverage",
      "Survived",
    ]);
  });

  it("a changed source starts afresh when recorded, and shows as stale until then", () => {
    const first = lib.record(
      { files: {} },
      report({ "src/pricing/p.ts": { source: SRC, mutants: [at(1, "Survived"), at(2, "Killed")] } }),
    );
    const changed = `${SRC}// edited\n`;
    const stale = lib.scores(first, { "src/pricing/p.ts": changed });
    expect(stale.files[0]).toMatchObject({ state: "stale", score: 50 });
    expect(stale.folders.find((f) => f.folder === "src/pricing")?.stale).toBe(1);
    const again = lib.record(
      first,
      report({ "src/pricing/p.ts": { source: changed, mutants: [at(1, "Killed")] } }),
    );
    // Only the new run's one mutant: 1 ÷ 1.
    expect(lib.scores(again, { "src/pricing/p.ts": changed }).files[0]).toMatchObject({
      state: "current",
      score: 100,
    });
  });

  it("mutants with the same place but another mutator are different mutants", () => {
    const l = lib.record(
      { files: {} },
      report({ "src/model/m.ts": { source: SRC, mutants: [at(1, "Killed", "A"), at(1, "Survived", "B")] } }),
    );
    expect(lib.scores(l, { "src/model/m.ts": SRC }).files[0]?.score).toBe(50);
  });

  it("an older version's results never replace a current entry; a newer or first one is recorded", () => {
    const OLD = "export const a = 0 < 2;\n";
    const current = lib.record(
      { files: {} },
      report({ "src/plan/x.ts": { source: SRC, mutants: [at(1, "Killed")] } }),
    );
    const now = { "src/plan/x.ts": SRC, "src/plan/y.ts": SRC };
    // A report carrying x.ts as it was in a worktree behind main (an incremental run's reused result).
    const behind = report({
      "src/plan/x.ts": { source: OLD, mutants: [at(1, "Survived")] },
      "src/plan/y.ts": { source: OLD, mutants: [at(1, "Survived")] },
    });
    const l = lib.record(current, behind, now);
    expect(l.files["src/plan/x.ts"]).toEqual(current.files["src/plan/x.ts"]);
    // y.ts had no entry: the older result is recorded (and shows as stale against SRC).
    expect(lib.scores(l, now).files.find((f) => f.file === "src/plan/y.ts")?.state).toBe("stale");
    // Without the current texts, the report replaces the entry as before.
    expect(Object.values(lib.record(current, behind).files["src/plan/x.ts"]?.mutants ?? {})).toEqual([
      "Survived",
    ]);
    // A report of the current text updates a stale entry.
    const stale = lib.record(
      { files: {} },
      report({ "src/plan/x.ts": { source: OLD, mutants: [at(1, "Survived")] } }),
    );
    const fresh = lib.record(
      stale,
      report({ "src/plan/x.ts": { source: SRC, mutants: [at(1, "Killed")] } }),
      now,
    );
    expect(lib.scores(fresh, now).files.find((f) => f.file === "src/plan/x.ts")).toMatchObject({
      state: "current",
      score: 100,
    });
  });

  it("a never-measured file shows Stryker's count of its mutants; one with none is not 'unmeasured'", async () => {
    // Stryker's own instrumenter counts: `a < b` gives 3 (< → <=, < → >=, the condition → true/false
    // counted as ConditionalExpression true and false) — whatever the exact set, a file holding only
    // types gives none, and a file with code more than none.
    const sources = {
      "src/model/types-only.ts": "export interface A { x: number }\nexport type B = A | null;\n",
      "src/model/code.ts": "export function f(a: number, b: number) { return a < b ? a : b; }\n",
    };
    const counts = await lib.countUnmeasured({ files: {} }, sources);
    expect(counts["src/model/types-only.ts"]).toBe(0);
    expect(counts["src/model/code.ts"]).toBeGreaterThan(0);
    // A measured file is not counted again.
    const measured = lib.record(
      { files: {} },
      report({ "src/model/code.ts": { source: sources["src/model/code.ts"], mutants: [at(1, "Killed")] } }),
    );
    expect(await lib.countUnmeasured(measured, sources)).toEqual({ "src/model/types-only.ts": 0 });

    const s = lib.scores(
      { files: {} },
      sources,
      {},
      { "src/model/types-only.ts": 0, "src/model/code.ts": 7 },
    );
    expect(s.files).toEqual([
      { file: "src/model/code.ts", state: "unmeasured", mutants: 7 },
      { file: "src/model/types-only.ts", state: "no mutants" },
    ]);
    const model = s.folders.find((f) => f.folder === "src/model");
    // Neither file is measured; the folder's unmeasured mutants are the one file's 7.
    expect(model).toMatchObject({ files: 2, measured: 0, unmeasuredMutants: 7 });
    const text = lib.formatScores(s);
    expect(text).toMatch(/src\/model\/code\.ts\s+unmeasured \(7 mutants\)\n/);
    expect(text).toMatch(/src\/model\/types-only\.ts\s+no mutants\n/);
    expect(text).toMatch(/src\/model\s+2\s+0\s+0\s+0\s+0\s+0\s+—\s+0\s+0\s+7\n/);
    // Without counts (the instrumenter missing) a folder's unmeasured total is unknown, not 0.
    const unknown = lib.scores({ files: {} }, sources);
    expect(unknown.folders.find((f) => f.folder === "src/model")?.unmeasuredMutants).toBeNull();
    expect(lib.formatScores(unknown)).toMatch(/src\/model\s+2\s+0\s+0\s+0\s+0\s+0\s+—\s+0\s+0\s+\?\n/);
  });
});
