/**
 * The sources an option's notes and reasons cite, for `--json`: the text names each source in
 * words (its short title, src/model/sources.ts); JSON carries the URL with it.
 */

import { citedSources } from "../model/sources.js";
import type { OptionResult, PlanResult } from "../plan/types.js";

export type CitedSource = ReturnType<typeof citedSources>[number];

/** An option with `sources`: every source its reasons and notes name, in table order. */
export function withCitations<O extends Pick<OptionResult, "reasons" | "notes">>(
  o: O,
): O & { sources: CitedSource[] } {
  return { ...o, sources: citedSources([...o.reasons, ...o.notes]) };
}

/** A plan result as `plan --json` prints it: each option with the sources its text cites. */
export function planJson(
  r: PlanResult,
): PlanResult & { options: (OptionResult & { sources: CitedSource[] })[] } {
  return { ...r, options: r.options.map(withCitations) };
}
