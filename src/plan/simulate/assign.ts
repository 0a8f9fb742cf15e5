/**
 * `FIELD=VALUE` assignments (whatif `--set`): the path resolved against the workload and the value
 * parsed once, in the field's human units, to a canonical number.
 */
import { InputError } from "../../model/errors.js";
import { checkFieldValue, parseFieldValue } from "../../model/workload-fields.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import { type ResolvedPath, resolvePath } from "./scenario.js";

export interface Assignment {
  resolved: ResolvedPath;
  /** The value as given. */
  label: string;
  value: number;
}

export function parseAssignment(spec: string, parsed: ParsedWorkloadInput, flag: string): Assignment {
  const eq = spec.indexOf("=");
  if (eq <= 0 || eq === spec.length - 1)
    throw new InputError(flag, `expected FIELD=VALUE such as ingress=80MiB/s, got ${JSON.stringify(spec)}`);
  const path = spec.slice(0, eq).trim();
  const label = spec.slice(eq + 1).trim();
  const resolved = resolvePath(path, parsed, flag);
  const where = `${flag} ${path}`;
  const value = checkFieldValue(resolved.field, parseFieldValue(resolved.field, label, where), where, label);
  return { resolved, label, value };
}
