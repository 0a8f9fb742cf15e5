/**
 * The unit parser of each numeric workload field, from its row of the field table (used by the
 * zod schema, src/model/workload-schema.ts), and a fast reader of the streams list built on the
 * same parsers.
 *
 * Why the reader: zod parsing cost about 25 µs a stream (a pipe, a union and a transform per
 * field, and a cold start), 0.3 s of a 10,000-stream `plan`. The reader takes the common case —
 * every stream a plain object with known keys, a non-empty name, a string description, and numeric
 * fields that are strings or finite numbers which their parser accepts — and returns exactly what
 * the schema returns (keys in the schema's order, absent optional fields left out). For anything
 * else it returns undefined and the caller runs zod on the whole list, so every error is still
 * zod's, worded as before. test/model/workload-streams.property.test.ts holds the two equal.
 */
import { InputError } from "./errors.js";
import { parseCount, parseDuration, parseFraction, parseRate, parseSize } from "./units.js";
import type { FieldRow } from "./workload-table.js";

export type UnitParser = (v: unknown, path: string) => number;

function fraction(v: unknown, p: string): number {
  const f = parseFraction(v, p);
  if (!(f > 0 && f <= 1))
    throw new InputError(p, `expected a fraction in (0, 1] such as "50%" or 0.5, got ${JSON.stringify(v)}`);
  return f;
}

/** A numeric field's parser (human units to canonical), from its table row. */
export function unitParser(r: FieldRow): UnitParser {
  switch (r.input) {
    case "rate":
      return parseRate;
    case "duration":
      return parseDuration;
    case "size":
      return parseSize;
    case "count": {
      const min = r.min ?? 0;
      return (v, p) => parseCount(v, p, { min });
    }
    case "whole": {
      const min = r.min ?? 1;
      return (v, p) => parseCount(v, p, { integer: true, min });
    }
    case "fraction":
      return fraction;
    default:
      throw new Error(`workload-schema: ${r.name} is not a number (${r.input})`);
  }
}

/** A parsed stream as the schema outputs it (canonical numbers, optional fields absent). */
export type StreamRecord = Record<string, string | number>;

/**
 * A reader of a streams list: `keys` in the schema's order, each numeric one with its parser;
 * `name` (non-empty string), `description` (string) and `required` as the schema has them.
 */
export function streamsReader(
  keys: readonly string[],
  parsers: Readonly<Record<string, UnitParser>>,
  required: readonly string[],
): (streams: readonly unknown[]) => StreamRecord[] | undefined {
  const known = new Set(keys);
  const fields = keys.map((k) => ({ key: k, parse: parsers[k] }));
  const one = (s: unknown): StreamRecord | undefined => {
    if (typeof s !== "object" || s === null || Array.isArray(s)) return undefined;
    const src = s as Record<string, unknown>;
    for (const k in src) if (!known.has(k) || src[k] === undefined) return undefined;
    for (const k of required) if (src[k] === undefined) return undefined;
    const out: StreamRecord = {};
    for (const { key, parse } of fields) {
      const v = src[key];
      if (v === undefined) continue;
      if (parse) {
        if (!(typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) return undefined;
        try {
          out[key] = parse(v, "");
        } catch {
          return undefined;
        }
      } else if (typeof v === "string" && (key !== "name" || v.length > 0)) out[key] = v;
      else return undefined;
    }
    return out;
  };
  return (streams) => {
    const out: StreamRecord[] = new Array(streams.length);
    for (let i = 0; i < streams.length; i++) {
      const r = one(streams[i]);
      if (!r) return undefined;
      out[i] = r;
    }
    return out;
  };
}
