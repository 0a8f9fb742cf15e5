/**
 * A fast reader for the plain block YAML that workload files are written in: nested block mappings
 * (`key: value`), block sequences (`- item`, `- key: value` …), plain and simply quoted scalars,
 * comments. The `yaml` library builds a concrete syntax tree and a document before the values
 * (about 15 µs a line: 1.4 s of CPU for a 10,000-stream workload); this reads the lines once.
 *
 * It returns the same value as `yaml`'s parseDocument(text).toJS() (YAML 1.2 core schema: the
 * library's own null, bool, int, float patterns and conversions below) or {@link NOT_PLAIN} for
 * anything outside the subset, and the caller then parses the text with `yaml`, which also words
 * every error: flow collections, anchors and aliases, tags, block scalars, multi-line or escaped
 * scalars, directives and document markers, tabs, CR line ends, duplicate keys, a key that is not
 * a plain word, or nesting past the depth limit. test/cli/plain-yaml.property.test.ts checks the
 * two agree on random documents.
 */
import { LIMITS } from "../model/limits.js";

/**
 * Tabs, CR, a byte-order mark, control characters, and whitespace JavaScript trims but YAML does
 * not: any of them sends the text to `yaml`.
 */
const UNPLAIN_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what it detects
  /[\t\r\uFEFF\x00-\x08\v\f\x0e-\x1f\x7f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** What {@link parsePlainYaml} returns for text outside the plain subset. */
export const NOT_PLAIN: unique symbol = Symbol("not plain YAML");

interface Line {
  indent: number;
  text: string;
}

class NotPlain extends Error {}
const bail = (): never => {
  throw new NotPlain();
};

// YAML 1.2 core schema, as the `yaml` library (2.x) resolves plain scalars (schema/core, common/null).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema (the library's resolve functions). */
function resolvePlain(s: string): unknown {
  // Only these can start a null, bool or number; any other first character is a string.
  if (!"~nNtTfF0123456789+-.".includes(s[0] as string)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === "t" || s[0] === "T";
  if (INT_OCT.test(s)) return Number.parseInt(s.substring(2), 8);
  if (INT.test(s)) return Number.parseInt(s, 10);
  if (INT_HEX.test(s)) return Number.parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s))
    return s.slice(-3).toLowerCase() === "nan"
      ? Number.NaN
      : s[0] === "-"
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return Number.parseFloat(s);
  return s;
}

/** Characters a plain scalar may not start with (YAML indicators); `-` is let through before a digit. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * The value written after `key:` or `- ` (already trimmed at the start, non-empty): a quoted string
 * without escapes or line breaks, or a plain scalar, either followed by an optional comment.
 */
function scalar(v: string): unknown {
  const q = v[0];
  if (q === '"' || q === "'") {
    const end = v.indexOf(q, 1);
    if (end < 0) bail();
    const body = v.slice(1, end);
    // Escapes (\ in double quotes, '' in single) and anything after the closing quote but a comment.
    if ((q === '"' && body.includes("\\")) || (q === "'" && v[end + 1] === "'")) bail();
    const rest = v.slice(end + 1);
    if (rest.trim() !== "" && !/^ +#/.test(rest)) bail();
    return body;
  }
  // A comment starts at " #"; the scalar is what comes before it, trailing spaces removed.
  const hash = v.indexOf(" #");
  const s = (hash < 0 ? v : v.slice(0, hash)).trimEnd();
  if (s === "" || (INDICATOR.test(s) && !/^-[0-9.]/.test(s))) bail();
  if (s.includes(": ") || s.endsWith(":")) bail();
  return resolvePlain(s);
}

/** `key: value` or `key:` — a plain word key (not one the core schema would read as null or a bool). */
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: +(.*))?$/;
const RESERVED_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

function isItem(text: string): boolean {
  return text === "-" || text.startsWith("- ");
}

class Reader {
  pos = 0;
  constructor(private readonly lines: Line[]) {}

  private get line(): Line | undefined {
    return this.lines[this.pos];
  }

  /** The block node starting at the current line (a mapping or a sequence). */
  node(depth: number): unknown {
    if (depth > LIMITS.nestingDepth) bail();
    const first = this.line as Line;
    if (isItem(first.text)) return this.seq(first.indent, depth);
    if (KEY.test(first.text)) return this.map(first.indent, depth);
    return bail(); // a multi-line scalar, or something else the subset leaves to `yaml`
  }

  private seq(indent: number, depth: number): unknown[] {
    const out: unknown[] = [];
    for (let l = this.line; l && l.indent === indent && isItem(l.text); l = this.line) {
      if (l.text === "-") bail();
      const after = l.text.slice(2);
      const rest = after.trimStart();
      if (rest === "" || rest.startsWith("- ")) bail();
      if (KEY.test(rest)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        this.lines[this.pos] = { indent: indent + 2 + (after.length - rest.length), text: rest };
        out.push(this.node(depth + 1));
      } else {
        out.push(scalar(rest));
        this.pos++;
      }
      const next = this.line;
      if (next && next.indent > indent) bail();
    }
    return out;
  }

  private map(indent: number, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let l = this.line; l && l.indent === indent && !isItem(l.text); l = this.line) {
      const m = KEY.exec(l.text) ?? bail();
      const key = m[1] as string;
      if (RESERVED_KEY.test(key) || Object.hasOwn(out, key)) bail();
      const v = m[2]?.trimEnd() ?? "";
      this.pos++;
      const next = this.line;
      if (v !== "" && !v.startsWith("#")) out[key] = scalar(v);
      else if (next && next.indent > indent) out[key] = this.node(depth + 1);
      // A sequence may sit at its key's own indentation.
      else if (next && next.indent === indent && isItem(next.text)) out[key] = this.seq(indent, depth + 1);
      else out[key] = null;
      const after = this.line;
      if (after && after.indent > indent) bail();
    }
    return out;
  }

  get done(): boolean {
    return this.pos === this.lines.length;
  }
}

/**
 * The value of a YAML document written in the plain block subset (module comment), or
 * {@link NOT_PLAIN} when the text needs the full YAML parser.
 */
export function parsePlainYaml(text: string): unknown {
  if (UNPLAIN_CHARS.test(text)) return NOT_PLAIN;
  const lines: Line[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    // Blank and comment-only lines carry nothing.
    if (i < end && text.charCodeAt(i) !== 35) {
      let j = end;
      while (text.charCodeAt(j - 1) === 32) j--;
      lines.push({ indent: i - start, text: text.slice(i, j) });
    }
    start = end + 1;
  }
  if (lines.length === 0 || (lines[0] as Line).indent !== 0) return NOT_PLAIN;
  const r = new Reader(lines);
  try {
    const value = r.node(1);
    return r.done ? value : NOT_PLAIN;
  } catch (e) {
    if (e instanceof NotPlain) return NOT_PLAIN;
    throw e;
  }
}
