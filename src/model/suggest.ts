/**
 * "Did you mean …?" for every name a user types: commands, flags, workload fields, field paths,
 * regions, instance types, option ids. One function, so every error suggests the same way.
 *
 * Distance is the optimal string alignment distance (Levenshtein plus a swap of two adjacent
 * characters counting as one edit, the commonest typing slip), on names folded to lower case with
 * `-`, `_` and spaces dropped, so `peak-ingress`, `peak_ingress` and `peakingress` all match
 * `peakIngress`. Hand-written (twenty lines) rather than a dependency: the well-kept packages
 * (fastest-levenshtein, leven) count a transposition as two edits.
 */

/** Lower case, without separators: how two spellings of one name are compared. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, "");
}

/** Edits (insert, delete, substitute, swap adjacent) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Three rolling rows: the previous two (for the swap) and the current one.
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur.push(d);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * The most edits a name of this length can be off by and still be taken for a typo: one in a
 * short name, a third of a longer one, at most three (beyond that the "suggestion" is a guess).
 */
export function typoBudget(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/**
 * The candidates `input` most likely meant, closest first (ties in the candidates' order): those
 * within the typo budget of the folded input, or, failing that, the few (up to three) it is the
 * start of (`--ingr` → `--ingress`; `kinesis` → kinesis-provisioned, kinesis-on-demand). Empty when nothing is close or the input is itself a candidate.
 */
export function closestMatches(input: string, candidates: Iterable<string>): string[] {
  const want = fold(input);
  const list = [...new Set(candidates)];
  if (want === "" || list.includes(input)) return [];
  let best = typoBudget(want.length);
  let found: string[] = [];
  for (const c of list) {
    const d = editDistance(want, fold(c));
    if (d < best) {
      best = d;
      found = [c];
    } else if (d === best) found.push(c);
  }
  if (found.length) return found.slice(0, 3);
  const prefixed = want.length >= 3 ? list.filter((c) => fold(c).startsWith(want)) : [];
  return prefixed.length <= 3 ? prefixed : [];
}

/** `did you mean X?` / `did you mean X or Y?`, or undefined when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const m = closestMatches(input, candidates);
  if (m.length === 0) return undefined;
  return `did you mean ${m.length === 1 ? m[0] : `${m.slice(0, -1).join(", ")} or ${m.at(-1)}`}?`;
}
