// Explanations of surviving mutants (scripts/mutation-explained.mjs): issue #16 asks that every
// survivor be killed or explained. These tests check the rules on hand-built data, then hold the
// project's own explanations (docs/mutation-explained/) to the ledger (docs/mutation-ledger.json).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

type Ledger = { files: Record<string, { sha: string; mutants: Record<string, string> }> };
type Explanations = Record<string, unknown>;
// Dynamic imports of plain .mjs scripts (no type declarations): typed by hand below.
const ex = (await import("../../scripts/mutation-explained.mjs" as string)) as {
  KINDS: string[];
  readExplanations(root: string): Explanations;
  problems(e: Explanations, l: Ledger): string[];
  survivors(
    l: Ledger,
    e: Explanations,
    file: string,
    source?: string,
  ): { key: string; status: string; explained?: { kind: string; why: string }; line?: string }[];
};
const lib = (await import("../../scripts/mutation-ledger.mjs" as string)) as {
  readLedger(): Ledger;
  scores(
    l: Ledger,
    sources: Record<string, string>,
    e?: Explanations,
  ): {
    folders: { folder: string; survived: number; noCoverage: number; explained: number }[];
    files: { explained?: number }[];
  };
  formatScores(s: unknown): string;
};

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FILE = "src/plan/x.ts";
const ledger: Ledger = {
  files: {
    [FILE]: {
      sha: "0",
      mutants: {
        "1:1-1:5 EqualityOperator a <= b": "Survived",
        "2:1-2:5 BooleanLiteral false": "NoCoverage",
        "3:1-3:5 EqualityOperator c < d": "Killed",
      },
    },
  },
};
const group = (
  mutants: string[],
  kind = "equivalent",
  why = "a running maximum; equal values change nothing",
) => ({
  kind,
  why,
  mutants,
});

describe("explanations of surviving mutants", () => {
  it("accepts survivors and not-covered mutants, each once, with a known kind and a reason", () => {
    const e = {
      [FILE]: {
        groups: [
          group(["1:1-1:5 EqualityOperator a <= b"]),
          group(["2:1-2:5 BooleanLiteral false"], "unreachable"),
        ],
      },
    };
    expect(ex.problems(e, ledger)).toEqual([]);
    expect(ex.KINDS).toEqual(["equivalent", "speed", "unreachable", "text"]);
  });

  it("names each problem in one line: killed, unknown, twice, bad kind, no reason, no run", () => {
    const e = {
      [FILE]: {
        groups: [
          group(["3:1-3:5 EqualityOperator c < d", "9:1-9:5 X y"]),
          group(["1:1-1:5 EqualityOperator a <= b", "1:1-1:5 EqualityOperator a <= b"], "harmless", "short"),
          { kind: "text", why: "only the message's wording", mutants: [] },
        ],
      },
      "src/plan/never.ts": { groups: [group(["1:1-1:2 X y"])] },
      "src/plan/empty.ts": { groups: [] },
      "src/plan/broken.ts": { error: "Unexpected token" },
    };
    expect(ex.problems(e, ledger)).toEqual([
      'docs/mutation-explained/src/plan/x.ts.json: groups[0]: "3:1-3:5 EqualityOperator c < d" is recorded as Killed, not surviving',
      'docs/mutation-explained/src/plan/x.ts.json: groups[0]: "9:1-9:5 X y" is not a mutant the ledger records for src/plan/x.ts',
      "docs/mutation-explained/src/plan/x.ts.json: groups[1].kind: expected one of equivalent, speed, unreachable, text",
      "docs/mutation-explained/src/plan/x.ts.json: groups[1].why: expected a sentence saying why (at least 10 characters)",
      'docs/mutation-explained/src/plan/x.ts.json: groups[1]: "1:1-1:5 EqualityOperator a <= b" is explained twice',
      "docs/mutation-explained/src/plan/x.ts.json: groups[2].mutants: expected a non-empty array of ledger keys",
      "docs/mutation-explained/src/plan/never.ts.json: the ledger records no run of src/plan/never.ts",
      'docs/mutation-explained/src/plan/empty.ts.json: expected "groups", a non-empty array',
      "docs/mutation-explained/src/plan/broken.ts.json: not valid JSON (Unexpected token)",
    ]);
  });

  it("reads one file per source file, at the source's path with .json added", () => {
    const root = mkdtempSync(join(tmpdir(), "explained-"));
    mkdirSync(join(root, "docs/mutation-explained/src/plan"), { recursive: true });
    writeFileSync(
      join(root, "docs/mutation-explained/src/plan/x.ts.json"),
      JSON.stringify({ groups: [group(["a"])] }),
    );
    writeFileSync(join(root, "docs/mutation-explained/src/plan/y.ts.json"), "{ not json");
    writeFileSync(join(root, "docs/mutation-explained/src/plan/notes.md"), "ignored");
    const read = ex.readExplanations(root);
    expect(Object.keys(read)).toEqual(["src/plan/x.ts", "src/plan/y.ts"]);
    expect(read["src/plan/x.ts"]).toEqual({ groups: [group(["a"])] });
    expect(read["src/plan/y.ts"]).toHaveProperty("error");
    expect(ex.readExplanations(join(root, "nowhere"))).toEqual({});
  });

  it("the score counts explained survivors per file and folder; the rest are unexplained", () => {
    const e = { [FILE]: { groups: [group(["1:1-1:5 EqualityOperator a <= b"])] } };
    const s = lib.scores(ledger, { [FILE]: "" }, e);
    const plan = s.folders.find((f) => f.folder === "src/plan");
    // 1 survived + 1 not covered, 1 explained: 1 unexplained.
    expect(plan).toMatchObject({ survived: 1, noCoverage: 1, explained: 1 });
    expect(s.files[0]?.explained).toBe(1);
    // Killed 1 of 3 valid: 33.3 %; explained 1, unexplained 1.
    expect(lib.formatScores(s)).toMatch(/src\/plan\s+1\s+1\s+1\s+1\s+1\s+1\s+33\.3 %\s+1\s+1\s+0\n/);
    // An explanation of a mutant recorded as killed (which `problems` reports) is not counted.
    const stale = {
      [FILE]: { groups: [group(["1:1-1:5 EqualityOperator a <= b", "3:1-3:5 EqualityOperator c < d"])] },
    };
    expect(
      lib.scores(ledger, { [FILE]: "" }, stale).folders.find((f) => f.folder === "src/plan")?.explained,
    ).toBe(1);
    // Without explanations nothing is explained.
    expect(lib.scores(ledger, { [FILE]: "" }).folders.find((f) => f.folder === "src/plan")?.explained).toBe(
      0,
    );
  });

  it("lists a file's survivors in source order with their line and explanation", () => {
    const e = {
      [FILE]: {
        groups: [group(["2:1-2:5 BooleanLiteral false"], "speed", "only the chunk size; rows are the same")],
      },
    };
    const list = ex.survivors(ledger, e, FILE, "let a = x <= y;\nif (cache) go();\nc < d;\n");
    expect(list).toEqual([
      {
        key: "1:1-1:5 EqualityOperator a <= b",
        status: "Survived",
        explained: undefined,
        line: "let a = x <= y;",
      },
      {
        key: "2:1-2:5 BooleanLiteral false",
        status: "NoCoverage",
        explained: { kind: "speed", why: "only the chunk size; rows are the same" },
        line: "if (cache) go();",
      },
    ]);
  });

  it("the project's explanations agree with the ledger", () => {
    expect(ex.problems(ex.readExplanations(ROOT), lib.readLedger())).toEqual([]);
  });
});
