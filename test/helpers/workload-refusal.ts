// The workload reader's refusal of a raw workload, for tests that pin its one-line message and the
// first problem's code; and a plain valid stream to vary.
import { parseWorkload } from "../../src/model/workload-schema.js";
import { thrownInputError } from "./thrown.js";

/** A valid stream named "orders" (10 MiB/s, 6 partitions), with `x`'s fields over it. */
export const S = (x: object = {}) => ({ name: "orders", ingress: "10 MiB/s", partitions: 6, ...x });

/** The refusal as [message, code of the first problem]. */
export const refusal = (raw: unknown): [string, string] => {
  const e = thrownInputError(() => parseWorkload(raw));
  return [e.message, e.problems[0]?.code ?? ""];
};
