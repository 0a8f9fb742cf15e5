// One seed for every fast-check property in the suite, so a failure is reproducible: fast-check
// prints `{ seed: N, path: "…" }` with every counterexample, and `FC_SEED=N npx vitest run <file>`
// replays it. Properties must not pass their own `seed` (it would override this one and FC_SEED);
// test/setup/fast-check.test.ts checks both.
import fc from "fast-check";

/** The suite's default seed; override with the FC_SEED environment variable (an integer). */
export const DEFAULT_FC_SEED = 20_261_130;

export function fcSeed(env: string | undefined): number {
  if (env === undefined || env === "") return DEFAULT_FC_SEED;
  const n = Number(env);
  if (!Number.isSafeInteger(n)) throw new Error(`FC_SEED: expected an integer, got "${env}"`);
  // fast-check seeds are 32-bit signed integers.
  return n | 0;
}

/** The seed this run uses. */
export const FC_SEED = fcSeed(process.env.FC_SEED);

fc.configureGlobal({ seed: FC_SEED });
