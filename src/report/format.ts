/**
 * Display formatting: the only place numbers are rounded (money stays unrounded through the
 * pipeline; STYLE.md "Money"). Deterministic: fixed en-US grouping, no locale or clock input.
 * The en-US texts are Intl.NumberFormat's, written without ICU (src/model/number-text.ts: ICU's
 * first load is a fifth of a command's start-up budget).
 */
import { formatEnUs, formatFixedEnUs, formatSignificantEnUs } from "../model/number-text.js";

/**
 * The display rule for money: USD rounded to the cent, half away from zero, with thousands
 * separators: 759.9 → "$759.90", -0.005 → "-$0.01". (`Math.round` alone rounds -0.5 up; and
 * binary floats such as 1.005 are nudged by a relative epsilon so decimal halves round as written.)
 */
export function roundCents(usd: number): number {
  const sign = usd < 0 ? -1 : 1;
  const a = Math.abs(usd) * 100;
  return (sign * Math.round(a * (1 + Number.EPSILON))) / 100;
}

/** "$1,234.56" (see {@link roundCents}). */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return String(usd);
  const r = roundCents(usd);
  return `${r < 0 ? "-" : ""}$${formatFixedEnUs(Math.abs(r), 2, 2)}`;
}

/**
 * A unit price as the catalog states it, never rounded to the cent: "$0.0015", "$0.21",
 * "$13.056" (at most 8 decimals, trailing zeros dropped, at least 2). `currency` other than USD
 * prints its code: "CNY 4.306".
 */
export function formatUnitPrice(amount: number, currency = "USD"): string {
  if (!Number.isFinite(amount)) return String(amount);
  let s = amount.toFixed(8).replace(/0+$/, "");
  const [int, frac = ""] = s.split(".");
  s = `${formatEnUs(Number(int))}.${frac.padEnd(2, "0")}`;
  return currency === "USD" ? `$${s}` : `${currency} ${s}`;
}

/** A quantity: grouped, at most 2 decimals ("2,190", "1,019.18"); tiny non-zero values keep 4 significant digits. */
export function formatQuantity(q: number): string {
  if (!Number.isFinite(q)) return String(q);
  if (q !== 0 && Math.abs(q) < 0.01) return formatSignificantEnUs(q, 4);
  return formatFixedEnUs(q, 2);
}

/** A fraction as a percentage: 0.4567 → "45.7%". */
export function formatPercent(f: number, digits = 1): string {
  return `${(f * 100).toFixed(digits)}%`;
}

const SIG4 = (x: number) => formatSignificantEnUs(x, 4);

/**
 * A canonical workload value in the unit people read it in: rates in MiB/s, sizes in GiB,
 * durations in days or hours, fractions as percentages (4 significant digits; display only).
 */
export function formatFieldValue(
  kind: "rate" | "size" | "duration" | "count" | "fraction",
  n: number,
): string {
  if (!Number.isFinite(n)) return String(n);
  switch (kind) {
    case "rate":
      return `${SIG4(n / 2 ** 20)} MiB/s`;
    case "size":
      return `${SIG4(n / 2 ** 30)} GiB`;
    case "duration":
      return n >= 86_400 ? `${SIG4(n / 86_400)} d` : `${SIG4(n / 3600)} h`;
    case "fraction":
      return formatPercent(n);
    default:
      return SIG4(n);
  }
}

/**
 * A total as complete as its prices: "$1,234.56" when complete; "≥ $3,108.43 (not priced:
 * cross-AZ transfer)" when partial (the sum is a lower bound); "not priced (missing: …)" when
 * nothing is priced. `usd` is null only for "none".
 */
export function formatTotal(
  usd: number | null,
  priced: "complete" | "partial" | "none",
  missing: readonly { name: string }[],
): string {
  const names = missing.map((m) => m.name).join(", ");
  if (priced === "none" || usd === null) return names ? `not priced (missing: ${names})` : "not priced";
  if (priced === "partial") return `≥ ${formatUsd(usd)} (not priced: ${names})`;
  return formatUsd(usd);
}
