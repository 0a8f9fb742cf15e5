// The option registry's one message for an unknown option (src/plan/options.ts), as `plan
// --options` shows it: a close spelling suggested, else every registered option listed.
import { expect, it } from "vitest";
import "../../src/plan/planner.js";
import { optionEvaluator } from "../../src/plan/options.js";

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return [(e as { path?: string }).path, (e as Error).message];
  }
  throw new Error("expected an error");
};

it("an unknown option: did you mean …, or the list; the path defaults to --options", () => {
  expect(optionEvaluator("express").option).toBe("express");
  expect(message(() => optionEvaluator("serverles"))).toEqual([
    "--options",
    '--options: unknown option "serverles"; did you mean serverless?',
  ]);
  expect(message(() => optionEvaluator("zzzzzz", "plan.options"))).toEqual([
    "plan.options",
    'plan.options: unknown option "zzzzzz"; expected one of: standard, standard-tiered, express, serverless, self-managed, kinesis-provisioned, kinesis-on-demand, sqs-standard, sqs-fifo',
  ]);
});
