// Law: the plain-YAML reader (src/cli/plain-yaml.ts) gives exactly the value of the `yaml` library
// (parseDocument(text).toJS()) for every text it accepts, and leaves to `yaml` every text it does
// not — never accepting one `yaml` rejects or warns about. Random block documents over keys and
// scalars chosen to sit on the edges of the core schema and of plain-scalar syntax, written plain,
// double- or single-quoted, with comments, blank lines, 2- or 4-space and compact indentation.
// Seeded by the suite's one fast-check seed (test/setup/fast-check.ts; FC_SEED=N replays).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { NOT_PLAIN, parsePlainYaml } from "../../src/cli/plain-yaml.js";
import { LIMITS } from "../../src/model/limits.js";

const SCALARS = [
  ...[
    "null",
    "Null",
    "NULL",
    "~",
    "nUll",
    "true",
    "True",
    "TRUE",
    "tRue",
    "false",
    "FALSE",
    "yes",
    "no",
    "on",
  ],
  ...[
    "0",
    "-0",
    "+5",
    "007",
    "0o17",
    "0o8",
    "0x1F",
    "0X1F",
    "0xg",
    "1e3",
    "1E-3",
    "-.5e+2",
    ".5",
    "5.",
    "1.50",
  ],
  ...[".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "1_000", "12345678901234567890", "0.1.2", "1 000"],
  ...[
    "1 MiB/s",
    "20 MiB/s",
    "3d",
    "50%",
    "kafka.m5.*",
    "a: b",
    "a:b",
    "a #b",
    "a#b",
    "a:",
    "- x",
    "-5",
    "-x",
  ],
  ...["[a]", "{a: 1}", "*a", "&a", "!t", "|", ">", "@x", "`x", "%x", "?x", ":x", "#x", ",x", "it's"],
  ...[
    'say "hi"',
    '"a" b',
    "'a' b",
    '"a"#b',
    "",
    " lead",
    "trail ",
    "back\\slash",
    "é ü",
    "x\u00a0y",
    "a\tb",
    "line\nbreak",
  ],
];
/** Scalars a workload file holds: most documents should take the fast path. */
const COMMON = [
  "1 MiB/s",
  "3d",
  "50%",
  "us-east-1",
  "orders",
  "kafka.m7g.*",
  "2",
  "0.5",
  "1e3",
  "true",
  "null",
  "it's",
];
const KEYS = [
  "region",
  "azs",
  "streams",
  "name",
  "ingress",
  "a",
  "b",
  "a.b",
  "a-b",
  "_x",
  "null",
  "true",
  "__proto__",
  "1",
  "x y",
  "é",
];

type Node = string | Node[] | { [k: string]: Node };
const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.constantFrom(...COMMON),
    fc.constantFrom(...COMMON),
    fc.array(tie("node"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("node"), { maxKeys: 4 }),
  ),
})).node;

interface Style {
  width: number;
  compact: boolean;
  quote: number[];
  comments: boolean[];
}
let q = 0;
/** One scalar as written: plain (as is), double-quoted (JSON) or single-quoted. */
function text(s: string, st: Style): string {
  const k = st.quote[q++ % st.quote.length] as number;
  const c = st.comments[q % st.comments.length] ? "  # note" : "";
  return (k === 0 ? s : k === 1 ? JSON.stringify(s) : `'${s.replace(/'/g, "''")}'`) + c;
}
function render(n: Node, indent: number, st: Style): string[] {
  const pad = " ".repeat(indent);
  if (typeof n === "string") return [pad + text(n, st)];
  if (Array.isArray(n)) {
    if (n.length === 0) return [`${pad}[]`];
    return n.flatMap((item) => {
      if (typeof item === "string") return [`${pad}- ${text(item, st)}`];
      const inner = render(item, indent + 2, st);
      if (!Array.isArray(item) && Object.keys(item).length > 0)
        return [`${pad}- ${(inner[0] as string).trimStart()}`, ...inner.slice(1)];
      return [`${pad}-`, ...render(item, indent + st.width, st)];
    });
  }
  const keys = Object.keys(n);
  if (keys.length === 0) return [`${pad}{}`];
  return keys.flatMap((k) => {
    const v = n[k] as Node;
    if (typeof v === "string") return [`${pad}${k}: ${text(v, st)}`];
    if (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0)
      return [`${pad}${k}: ${Array.isArray(v) ? "[]" : "{}"}`];
    const nested = Array.isArray(v) && st.compact ? indent : indent + st.width;
    return [`${pad}${k}:${st.comments[0] ? " # section" : ""}`, ...render(v, nested, st)];
  });
}

const docArb = fc
  .record({
    root: fc.dictionary(
      fc.oneof(fc.constantFrom(...KEYS), fc.constantFrom("region", "streams", "name")),
      nodeArb,
      {
        minKeys: 1,
        maxKeys: 5,
      },
    ),
    width: fc.constantFrom(2, 4),
    compact: fc.boolean(),
    quote: fc.array(fc.constantFrom(0, 0, 0, 1, 2), { minLength: 1, maxLength: 5 }),
    comments: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    blank: fc.nat({ max: 6 }),
  })
  .map(({ root, blank, ...st }) => {
    const lines = render(root, 0, st);
    if (blank) lines.splice(blank % (lines.length + 1), 0, "", "# a comment line", "   ");
    return `${lines.join("\n")}\n`;
  });

function yamlValue(t: string): { ok: boolean; value?: unknown } {
  const doc = parseDocument(t, { logLevel: "silent" });
  if (doc.errors.length || doc.warnings.length) return { ok: false };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

describe("plain YAML reader", () => {
  test("law: every accepted document reads as `yaml` reads it; every other one is left to `yaml`", () => {
    let accepted = 0;
    fc.assert(
      fc.property(docArb, (t) => {
        const plain = parsePlainYaml(t);
        if (plain === NOT_PLAIN) return;
        accepted++;
        const y = yamlValue(t);
        expect(y.ok, `accepted a document yaml rejects:\n${t}`).toBe(true);
        expect(plain, t).toStrictEqual(y.value);
      }),
      { numRuns: 3000 },
    );
    // The law is not vacuous: a good share of the random documents take the fast path.
    expect(accepted).toBeGreaterThan(300);
  });

  test("the example workloads are plain and read the same (the flow-style one goes to `yaml`)", () => {
    const dir = new URL("../../fixtures/workloads/", import.meta.url);
    for (const f of readdirSync(dir)) {
      const t = readFileSync(new URL(f, dir), "utf8");
      const plain = parsePlainYaml(t);
      if (f === "uncertain.yaml")
        expect(plain).toBe(NOT_PLAIN); // `{ dist: lognormal, … }`
      else expect(plain, f).toStrictEqual(yamlValue(t).value);
    }
  });

  test("outside the subset: flow, anchors, tags, block scalars, markers, duplicates, tabs, CR", () => {
    for (const t of [
      "a: [1, 2]\n",
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "a: |\n  text\n",
      "---\na: 1\n",
      "a: 1\na: 2\n",
      "a:\n\tb: 1\n",
      "a: 1\r\n",
      "a: one\n  two\n",
      'a: "x\\ty"\n',
      "",
      "# only a comment\n",
      "  a: 1\n",
      "- a\n- b\n".replace(/^/, "x: 1\n"),
    ])
      expect(parsePlainYaml(t), JSON.stringify(t)).toBe(NOT_PLAIN);
  });

  test(`nesting: ${LIMITS.nestingDepth} levels read, one more left to yaml (and its depth check)`, () => {
    const nested = (levels: number) =>
      `${Array.from({ length: levels }, (_, i) => `${" ".repeat(i)}k:`).join("\n")} 1\n`;
    // `levels` mappings nest `levels` deep.
    expect(parsePlainYaml(nested(LIMITS.nestingDepth))).not.toBe(NOT_PLAIN);
    expect(parsePlainYaml(nested(LIMITS.nestingDepth + 1))).toBe(NOT_PLAIN);
  });
});
