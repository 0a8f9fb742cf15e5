/**
 * Numbers as `Intl.NumberFormat("en-US", …)` writes them, character for character, without ICU:
 * the first number format a process builds loads ICU's locale data, about 18 ms of CPU, more
 * than a fifth of what `msk-planner price` may spend on top of Node's own start-up (issue #14).
 * test/model/number-text.test.ts compares every function here with Intl over random numbers.
 *
 * What Intl does (V8 with ICU): it takes the shortest decimal that reads back as the same double
 * (the digits `String(x)` prints), rounds that decimal half away from zero ("halfExpand", the
 * default), groups the integer digits by three with "," and writes "-" before a negative value,
 * negative zero included ("-0").
 */

/** |x| as 0.DIGITS × 10^point: DIGITS without leading or trailing zeros ("" for zero). */
interface Decimal {
  digits: string;
  point: number;
}

/** The shortest round-trip decimal of |x| (finite), as `String` prints it. */
function shortestDecimal(x: number): Decimal {
  const s = String(Math.abs(x));
  const e = s.indexOf("e");
  const mantissa = e >= 0 ? s.slice(0, e) : s;
  const dot = mantissa.indexOf(".");
  const int = dot >= 0 ? mantissa.slice(0, dot) : mantissa;
  let digits = int + (dot >= 0 ? mantissa.slice(dot + 1) : "");
  let point = int.length + (e >= 0 ? Number(s.slice(e + 1)) : 0);
  const lead = digits.length - digits.replace(/^0+/, "").length;
  digits = digits.slice(lead).replace(/0+$/, "");
  point -= lead;
  return { digits, point: digits === "" ? 0 : point };
}

/** `d` rounded half away from zero to its first `keep` digits (keep ≤ 0: to a unit of 10^(point−keep)). */
function roundHalfExpand(d: Decimal, keep: number): Decimal {
  if (d.digits.length <= keep) return d;
  if (keep < 0) return { digits: "", point: 0 };
  const up = (d.digits.charCodeAt(keep) as number) >= 53; // "5"
  let head = d.digits.slice(0, keep);
  let point = d.point;
  if (up) {
    // add one unit in the last kept place, carrying through nines
    let i = head.length - 1;
    while (i >= 0 && head[i] === "9") i--;
    if (i < 0) {
      head = "1";
      point += 1;
    } else head = head.slice(0, i) + String(Number(head[i]) + 1);
  }
  head = head.replace(/0+$/, "");
  return head === "" ? { digits: "", point: 0 } : { digits: head, point };
}

/** The decimal written out: sign, grouped integer digits, at least `minFraction` fraction digits. */
function write(negative: boolean, d: Decimal, minFraction: number): string {
  let int: string;
  let frac: string;
  if (d.digits === "") {
    int = "0";
    frac = "";
  } else if (d.point <= 0) {
    int = "0";
    frac = "0".repeat(-d.point) + d.digits;
  } else {
    int = d.digits.slice(0, d.point).padEnd(d.point, "0");
    frac = d.digits.slice(d.point);
  }
  frac = frac.padEnd(minFraction, "0");
  return `${negative ? "-" : ""}${group(int)}${frac ? `.${frac}` : ""}`;
}

/** Integer digits grouped by three: "1234567" → "1,234,567". */
function group(int: string): string {
  if (int.length <= 3) return int;
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += `,${int.slice(i, i + 3)}`;
  return out;
}

const isNegative = (x: number) => x < 0 || Object.is(x, -0);

/** Intl's text for a value that is not finite: "NaN", "∞", "-∞". */
function nonFinite(x: number): string {
  return Number.isNaN(x) ? "NaN" : x > 0 ? "∞" : "-∞";
}

/**
 * `new Intl.NumberFormat("en-US", { minimumFractionDigits, maximumFractionDigits }).format(x)`
 * (0 ≤ minimumFractionDigits ≤ maximumFractionDigits ≤ 20). Written on the decimal's text, as
 * `String` prints it: it runs in the planner's loops (reasons and notes), where a cached Intl
 * format was the bar to beat.
 */
export function formatFixedEnUs(x: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  const negative = isNegative(x);
  let s = String(negative ? -x : x);
  // 1e+21, 1.5e-7: written out in full (and ungrouped again)
  if (s.includes("e")) s = write(false, shortestDecimal(x), 0).replace(/,/g, "");
  const dot = s.indexOf(".");
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? "" : s.slice(dot + 1);
  if (frac.length > maximumFractionDigits) {
    const up = frac.charCodeAt(maximumFractionDigits) >= 53; // "5": half away from zero
    frac = frac.slice(0, maximumFractionDigits);
    if (up) {
      // one unit in the last kept place, carried through nines
      const t = int + frac;
      let i = t.length - 1;
      while (i >= 0 && t.charCodeAt(i) === 57) i--; // "9"
      const r = `${i < 0 ? "1" : t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) + 1)}${"0".repeat(t.length - 1 - i)}`;
      int = r.slice(0, r.length - frac.length);
      frac = r.slice(r.length - frac.length);
    }
  }
  let end = frac.length;
  while (end > minimumFractionDigits && frac.charCodeAt(end - 1) === 48) end--; // trailing "0"
  frac = frac.slice(0, end).padEnd(minimumFractionDigits, "0");
  return `${negative ? "-" : ""}${group(int)}${frac ? `.${frac}` : ""}`;
}

/** `new Intl.NumberFormat("en-US", { maximumSignificantDigits }).format(x)` (1 ≤ digits ≤ 21). */
export function formatSignificantEnUs(x: number, maximumSignificantDigits: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  return write(isNegative(x), roundHalfExpand(shortestDecimal(x), maximumSignificantDigits), 0);
}

/** `x.toLocaleString("en-US")`: grouped, at most 3 fraction digits. */
export function formatEnUs(x: number): string {
  return formatFixedEnUs(x, 3);
}
