/**
 * Which broker types the planner may size: an allow-list of names and patterns (`kafka.m7g.*`,
 * `express.*`, `kafka.t3.small`), from the workload's `instanceTypes` or `--instance-types`. By
 * default every non-burstable type: burstable types (kafka.t3.small) are for development and test
 * and are sized only when asked for by name or pattern.
 */
import { InputError } from "./errors.js";
import { INSTANCE_NAMES, INSTANCES } from "./instances.js";
import { didYouMean } from "./suggest.js";

/** The default candidates: every non-burstable MSK broker type, in table order. */
export const DEFAULT_INSTANCE_TYPES: readonly string[] = INSTANCES.filter((i) => !i.burstable).map(
  (i) => i.name,
);

function matcher(pattern: string): (name: string) => boolean {
  if (!pattern.includes("*")) return (name) => name === pattern;
  const re = new RegExp(`^${pattern.split("*").map(escape).join(".*")}$`);
  return (name) => re.test(name);
}

function escape(s: string): string {
  return s.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The candidate types an allow-list selects, in table order; the default set when `patterns` is
 * undefined. Each entry is a type name or a pattern with `*`; an entry that names no MSK broker type
 * is an InputError naming `path` (the flag or field the list came from).
 */
export function resolveInstanceTypes(patterns: readonly string[] | undefined, path: string): string[] {
  if (patterns === undefined) return [...DEFAULT_INSTANCE_TYPES];
  if (patterns.length === 0)
    throw new InputError(
      path,
      "expected at least one instance type or pattern (e.g. kafka.m7g.*, express.*)",
    );
  const selected = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.trim();
    const matches = INSTANCE_NAMES.filter(matcher(pattern));
    if (matches.length === 0)
      throw new InputError(
        path,
        `${JSON.stringify(pattern)} matches no MSK broker type; ${didYouMean(pattern, INSTANCE_NAMES) ?? `expected names or patterns such as kafka.m7g.*, express.*, kafka.t3.small (types: ${INSTANCE_NAMES.join(", ")})`}`,
        "unknown_instance",
      );
    for (const m of matches) selected.add(m);
  }
  return INSTANCE_NAMES.filter((n) => selected.has(n));
}
