/**
 * Break-even: every value of one field where two options' monthly costs cross. Costs are step
 * functions (broker counts, instance sizes) plus linear parts, so they can cross more than once
 * and a crossing can sit on a step. Method: scan the range on a grid (`points`, linear or log
 * spaced) for sign changes of d(x) = cost_a(x) − cost_b(x), then bisect each bracket until its
 * ends are adjacent (whole-number fields) or 1e-12 apart relatively, so the point is the exact step
 * boundary or continuous crossing to double precision. Each reported point is verified: d has
 * opposite signs (or is zero) just below and just above it, both options feasible on both sides.
 * Limit: two crossings closer together than the scan spacing can hide each other (raise --points).
 * Ranges where an option becomes infeasible are reported as feasibility boundaries, not crossings.
 */
import { InputError } from "../../model/errors.js";
import { checkLimit } from "../../model/limits.js";
import type { ParsedWorkloadInput } from "../../model/workload-schema.js";
import type { Planner } from "../planner.js";
import type { OptionId } from "../types.js";
import { currentValues, resolvePath, ScenarioWorkload } from "./scenario.js";

export interface Crossing {
  /** The value (canonical units) where the cheaper option changes: the upper end of the final bracket. */
  at: number;
  /** The largest value checked below it. */
  below: number;
  kind: "step" | "continuous";
  /** Costs just below and at `at`. */
  belowUsd: { a: number; b: number };
  aboveUsd: { a: number; b: number };
  /** Which option is cheaper above the point. */
  cheaperAbove: OptionId | "equal";
}

export interface FeasibilityBoundary {
  option: OptionId;
  at: number;
  becomes: "feasible" | "infeasible";
}

/**
 * Result of {@link breakeven}: the field and the two options compared, the range scanned, the
 * crossings found and the feasibility boundaries.
 */
export interface BreakevenResult {
  field: string;
  between: [OptionId, OptionId];
  from: number;
  to: number;
  points: number;
  crossings: Crossing[];
  boundaries: FeasibilityBoundary[];
}

export interface BreakevenOptions {
  field: string;
  between: [string, string];
  from?: number;
  to?: number;
  points?: number;
  log?: boolean;
}

/**
 * Where two options cost the same as one workload field varies over a range: the crossing points,
 * and where either option stops being feasible.
 */
export function breakeven(
  parsed: ParsedWorkloadInput,
  o: BreakevenOptions,
  planner: Planner,
): BreakevenResult {
  const r = resolvePath(o.field, parsed, "--vary");
  const [a, b] = o.between;
  const ia = planner.options.indexOf(a as OptionId);
  const ib = planner.options.indexOf(b as OptionId);
  if (ia < 0 || ib < 0 || a === b) {
    throw new InputError(
      "--between",
      `expected two different options of ${planner.options.join(", ")}, got ${JSON.stringify(o.between.join(","))}`,
    );
  }
  const sc = new ScenarioWorkload(parsed);
  const v0 = currentValues(
    r,
    parsed,
    sc.buildOrThrow(() => "baseline"),
  )[0] as number;
  const from = o.from ?? v0 / 10;
  const to = o.to ?? v0 * 10;
  const points = o.points ?? 2000;
  if (!(to > from))
    throw new InputError("--range", `expected the range to increase, got ${from}..${to} (canonical units)`);
  if (!Number.isInteger(points) || points < 2)
    throw new InputError("--points", `expected a whole number ≥ 2, got ${points}`);
  checkLimit("breakevenPoints", points, "--points", "scan points");
  const log = o.log ?? from > 0;
  const integer = r.field.integer === true;
  const set = sc.setter(r);

  type Eval = { fa: boolean; fb: boolean; ca: number; cb: number };
  const cache = new Map<number, Eval>();
  const at = (x: number): Eval => {
    const hit = cache.get(x);
    if (hit) return hit;
    set(x);
    const built = sc.build();
    let e: Eval = { fa: false, fb: false, ca: Number.NaN, cb: Number.NaN };
    if (!built.problems.length) {
      const rows = planner.evaluate(built.workload);
      const ra = rows[ia];
      const rb = rows[ib];
      const fa = !!ra?.feasible && ra.monthlyUsd !== null;
      const fb = !!rb?.feasible && rb.monthlyUsd !== null;
      e = {
        fa,
        fb,
        ca: fa ? (ra?.monthlyUsd as number) : Number.NaN,
        cb: fb ? (rb?.monthlyUsd as number) : Number.NaN,
      };
    }
    cache.set(x, e);
    return e;
  };
  const sign = (e: Eval) => (e.fa && e.fb ? Math.sign(e.ca - e.cb) : Number.NaN);

  const xs: number[] = [];
  for (let i = 0; i < points; i++) {
    const t = i / (points - 1);
    let x = i === 0 ? from : i === points - 1 ? to : log ? from * (to / from) ** t : from + (to - from) * t;
    if (integer) x = Math.round(x);
    if (xs.length === 0 || x > (xs[xs.length - 1] as number)) xs.push(x);
  }

  const crossings: Crossing[] = [];
  const boundaries: FeasibilityBoundary[] = [];
  const done = (lo: number, hi: number) =>
    integer ? hi - lo <= 1 : hi - lo <= 1e-12 * Math.max(Math.abs(hi), 1e-300);
  for (let i = 1; i < xs.length; i++) {
    let lo = xs[i - 1] as number;
    let hi = xs[i] as number;
    const elo = at(lo);
    const ehi = at(hi);
    for (const [opt, f] of [
      [a, "fa"],
      [b, "fb"],
    ] as const) {
      if (elo[f] !== ehi[f]) {
        // Bisect to the feasibility boundary too.
        let l = lo;
        let h = hi;
        while (!done(l, h)) {
          const m = integer ? Math.floor((l + h) / 2) : (l + h) / 2;
          if (m <= l || m >= h) break;
          if (at(m)[f] === elo[f]) l = m;
          else h = m;
        }
        boundaries.push({ option: opt as OptionId, at: h, becomes: ehi[f] ? "feasible" : "infeasible" });
      }
    }
    const slo = sign(elo);
    const shi = sign(ehi);
    if (Number.isNaN(slo) || Number.isNaN(shi) || slo === shi || (slo === 0 && shi === 0)) continue;
    // Bisect while both options stay feasible; keep the bracket's sign change.
    while (!done(lo, hi)) {
      const m = integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
      if (m <= lo || m >= hi) break;
      const sm = sign(at(m));
      if (Number.isNaN(sm)) break;
      if (sm === slo) lo = m;
      else hi = m;
    }
    const L = at(lo);
    const H = at(hi);
    const dl = L.ca - L.cb;
    const dh = H.ca - H.cb;
    // Verified: opposite signs (or a zero) on the two sides of the point.
    if (!(Math.sign(dl) !== Math.sign(dh))) continue;
    const scale = Math.max(Math.abs(L.ca), Math.abs(L.cb), 1);
    const kind = Math.abs(dh - dl) > 1e-6 * scale ? "step" : "continuous";
    crossings.push({
      at: hi,
      below: lo,
      kind,
      belowUsd: { a: L.ca, b: L.cb },
      aboveUsd: { a: H.ca, b: H.cb },
      cheaperAbove: dh < 0 ? (a as OptionId) : dh > 0 ? (b as OptionId) : "equal",
    });
  }
  return { field: r.path, between: [a as OptionId, b as OptionId], from, to, points, crossings, boundaries };
}
