/**
 * Every number that reaches output is finite. An input near the top of the double range
 * (`--connect-mcus 1e308`, `--hours 1e308`, `--ingress 1e300MiB/s`) is a valid number on its own
 * but overflows once multiplied (× 730 hours, × a price), and JSON would print the result as
 * `null`, a table as `Infinity`. Each command checks its result before rendering: the first
 * non-finite number is a one-line error naming where it is — exit 2 when it comes from the user's
 * input, exit 1 when from AWS data (`import cloudwatch`, `rightsize`).
 */
import { InputError, RuntimeError } from "../model/errors.js";

/** Whether `value` holds a non-finite number anywhere (no paths built: the common, clean case). */
function anyNonFinite(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return true;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v !== null && typeof v === "object") {
      for (const k in v) if (Object.hasOwn(v, k)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return false;
}

/** The path (`lines[3].costUsd`) and value of the first non-finite number in `value`, if any. */
export function firstNonFinite(value: unknown): { path: string; value: number } | undefined {
  // Paths are worded only when there is one to report: a 10,000-stream plan has ~500,000 numbers.
  if (!anyNonFinite(value)) return undefined;
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return { path: path || "result", value: v };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i] as [string, unknown];
        stack.push([x, path ? `${path}.${k}` : k]);
      }
    }
  }
  return undefined;
}

/**
 * Throw when `result` holds NaN or ±Infinity. `from`: "input" (exit 2) or "aws" (exit 1).
 * @param what what the result is, for the message: "the price", "the plan"
 */
export function checkFinite(result: unknown, what: string, from: "input" | "aws" = "input"): void {
  const bad = firstNonFinite(result);
  if (!bad) return;
  const message = `${what} overflows: ${bad.path} is ${bad.value} (${from === "input" ? "an input value is too large; use realistic magnitudes" : "the metrics from AWS hold out-of-range values"})`;
  throw from === "input" ? new InputError("", message) : new RuntimeError(message);
}
