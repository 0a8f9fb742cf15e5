// Explanations of surviving mutants (issue #16: "every surviving mutant either killed or explained
// as equivalent"). A survivor no test can kill is explained in one JSON file per source file, at
// the source's path under docs/mutation-explained/ with ".json" added:
//
//   docs/mutation-explained/src/plan/simulate/sweep.ts.json
//   { "groups": [ { "kind": "equivalent", "why": "…", "mutants": ["12:7-12:20 EqualityOperator a >= b"] } ] }
//
// `mutants` are the ledger's keys (scripts/mutation-ledger.mjs), so an explanation names exactly
// one mutant of one version of the file; when the file changes, the ledger marks it stale and the
// explanation must be re-checked with the new run's keys.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * What an explanation may claim. Each is a claim a reviewer can check against the code; none of
 * them allows a mutant that changes a number a user sees (that one must be killed).
 * - equivalent: no input changes any output;
 * - speed: only time or memory changes, every output byte-identical;
 * - unreachable: no valid input reaches the mutated code;
 * - text: only the wording of a message or label changes, never a number.
 */
export const KINDS = ["equivalent", "speed", "unreachable", "text"];

export const EXPLAINED_DIR = join("docs", "mutation-explained");

/** The statuses a survivor has in the ledger: the ones that lower the score. */
export const SURVIVING = new Set(["Survived", "NoCoverage"]);

/**
 * Every explanation file under `root`'s docs/mutation-explained, as source path → parsed JSON
 * (or the parse error's message, reported by `problems`).
 */
export function readExplanations(root) {
  const out = {};
  const base = join(root, EXPLAINED_DIR);
  if (!existsSync(base)) return out;
  const walk = (dir) => {
    for (const name of readdirSync(join(base, dir)).sort()) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(join(base, rel)).isDirectory()) walk(rel);
      else if (name.endsWith(".json")) {
        const text = readFileSync(join(base, rel), "utf8");
        try {
          out[rel.slice(0, -".json".length)] = JSON.parse(text);
        } catch (e) {
          out[rel.slice(0, -".json".length)] = { error: e.message };
        }
      }
    }
  };
  walk("");
  return out;
}

/** Key → { kind, why } for one source file's explanations (malformed groups are skipped). */
export function explainedIn(explanations, file) {
  const out = new Map();
  for (const g of explanations[file]?.groups ?? [])
    if (Array.isArray(g?.mutants)) for (const key of g.mutants) out.set(key, { kind: g.kind, why: g.why });
  return out;
}

/**
 * Everything wrong with the explanations against the ledger, one line each (empty when all hold):
 * a malformed file or group, a kind not in KINDS, a mutant the ledger does not record for that
 * file, a mutant recorded as killed (its explanation is out of date), a mutant explained twice.
 */
export function problems(explanations, ledger) {
  const out = [];
  for (const [file, doc] of Object.entries(explanations)) {
    const where = `${EXPLAINED_DIR}/${file}.json`.split("\\").join("/");
    if (doc.error !== undefined) {
      out.push(`${where}: not valid JSON (${doc.error})`);
      continue;
    }
    if (!Array.isArray(doc.groups) || doc.groups.length === 0) {
      out.push(`${where}: expected "groups", a non-empty array`);
      continue;
    }
    const recorded = ledger.files[file]?.mutants;
    if (!recorded) out.push(`${where}: the ledger records no run of ${file}`);
    const seen = new Set();
    doc.groups.forEach((g, i) => {
      const at = `${where}: groups[${i}]`;
      if (!KINDS.includes(g?.kind)) out.push(`${at}.kind: expected one of ${KINDS.join(", ")}`);
      if (typeof g?.why !== "string" || g.why.trim().length < 10)
        out.push(`${at}.why: expected a sentence saying why (at least 10 characters)`);
      if (!Array.isArray(g?.mutants) || g.mutants.length === 0) {
        out.push(`${at}.mutants: expected a non-empty array of ledger keys`);
        return;
      }
      for (const key of g.mutants) {
        if (seen.has(key)) out.push(`${at}: "${key}" is explained twice`);
        seen.add(key);
        if (!recorded) continue;
        const status = recorded[key];
        if (status === undefined) out.push(`${at}: "${key}" is not a mutant the ledger records for ${file}`);
        else if (!SURVIVING.has(status)) out.push(`${at}: "${key}" is recorded as ${status}, not surviving`);
      }
    });
  }
  return out;
}

/** The line a ledger key starts on ("12:7-12:20 …" → 12). */
export const keyLine = (key) => Number(key.slice(0, key.indexOf(":")));

/**
 * One file's surviving mutants in source order, each with its status, its explanation (if any) and
 * the source line it mutates: what `survivors FILE` prints.
 */
export function survivors(ledger, explanations, file, source) {
  const lines = source === undefined ? [] : source.split("\n");
  const explained = explainedIn(explanations, file);
  return Object.entries(ledger.files[file]?.mutants ?? {})
    .filter(([, status]) => SURVIVING.has(status))
    .map(([key, status]) => ({ key, status, explained: explained.get(key), line: lines[keyLine(key) - 1] }))
    .sort((a, b) => keyLine(a.key) - keyLine(b.key) || (a.key < b.key ? -1 : 1));
}
