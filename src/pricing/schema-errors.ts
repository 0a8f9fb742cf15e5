/**
 * zod issues → one-line InputErrors naming the field. Used wherever a user's file or flags are
 * validated by a zod schema in the pricing layer (config files, catalogs).
 */
import type { z } from "zod";
import { InputError } from "../model/errors.js";
import { didYouMean } from "../model/suggest.js";

/** Dotted path of a zod issue: `regions.us-east-1.storage.amount`. */
export function issuePath(issue: z.core.$ZodIssue, prefix = ""): string {
  const p = issue.path.map(String).join(".");
  // A prefix ending in ":" names a file (`--catalog x.yaml:`): join with a space, not a dot.
  return prefix && p ? `${prefix}${prefix.endsWith(":") ? " " : "."}${p}` : prefix.replace(/:$/, "") || p;
}

function hintFor(key: string | undefined, fields: readonly string[]): string {
  const hint = key === undefined ? undefined : didYouMean(key, fields);
  return hint ? `; ${hint}` : "";
}

/**
 * The first issue as an InputError (one line: field and what was expected); the rest are kept in
 * `problems` so callers can list them.
 */
export function inputErrorFromZod(
  error: z.ZodError,
  prefix = "",
  /** The fields the top-level object takes: an unknown one there gets a "did you mean". */
  topFields: readonly string[] = [],
): InputError {
  const problems = error.issues.map((i) => {
    const code = i.code === "unrecognized_keys" ? ("unknown_field" as const) : ("invalid_input" as const);
    const path =
      i.code === "unrecognized_keys"
        ? issuePath({ ...i, path: [...i.path, i.keys[0] ?? ""] }, prefix)
        : issuePath(i, prefix);
    const message =
      i.code === "unrecognized_keys"
        ? `unknown field${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => JSON.stringify(k)).join(", ")}${hintFor(i.path.length === 0 ? i.keys[0] : undefined, topFields)}`
        : i.message;
    return { code, path, message };
  });
  const first = problems[0] ?? { code: "invalid_input" as const, path: prefix, message: "invalid value" };
  return new InputError(first.path, first.message, first.code, problems);
}
