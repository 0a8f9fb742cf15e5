// The option registry's one message for an unknown option (src/plan/options.ts), as `plan
// --options` shows it: a close spelling suggested, else every registered option listed; and each
// option's family (MSK or alternative), which titles its report sheet and the plan table.
import { expect, it } from "vitest";
import "../../src/plan/planner.js";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { optionEvaluator, registeredOptions } from "../../src/plan/options.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { smallWorkload } from "./small-stream.js";

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

it("every option's family is the same on the evaluator, the prepared option and the planned result (msk first, then alternatives)", () => {
  const catalog = bundledCatalog();
  const w = parseWorkload(smallWorkload("us-east-1"));
  const ctx = { catalog, region: "us-east-1", hours: 730, instanceTypes: () => true };
  const families = registeredOptions().map((id) => {
    const e = optionEvaluator(id);
    const p = e.prepare(ctx);
    expect([p.option, p.family, p.plan(w, deriveDemand(w)).family]).toEqual([id, e.family, e.family]);
    return [id, e.family];
  });
  expect(families).toEqual([
    ["standard", "msk"],
    ["standard-tiered", "msk"],
    ["express", "msk"],
    ["serverless", "msk"],
    ["self-managed", "alternative"],
    ["kinesis-provisioned", "alternative"],
    ["kinesis-on-demand", "alternative"],
    ["sqs-standard", "alternative"],
    ["sqs-fifo", "alternative"],
  ]);
});
