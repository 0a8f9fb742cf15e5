// resolveInstanceTypes (src/model/instance-types.ts), the allow-list behind `instanceTypes` and
// `--instance-types`: the default set, names and `*` patterns, table order, and each refusal word
// for word.
import { describe, expect, it } from "vitest";
import { DEFAULT_INSTANCE_TYPES, resolveInstanceTypes } from "../../src/model/instance-types.js";
import { INSTANCE_NAMES } from "../../src/model/instances.js";
import { thrownInputError } from "../helpers/thrown.js";

describe("resolveInstanceTypes", () => {
  it("by default every type but the burstable kafka.t3.small, in table order (a fresh copy)", () => {
    const all = resolveInstanceTypes(undefined, "instanceTypes");
    expect(all).toEqual(INSTANCE_NAMES.filter((n) => n !== "kafka.t3.small"));
    expect(all).toEqual([...DEFAULT_INSTANCE_TYPES]);
    expect(all).not.toBe(DEFAULT_INSTANCE_TYPES);
  });
  it("names and patterns, trimmed, each type once, in table order whatever the list's order", () => {
    expect(resolveInstanceTypes([" express.m7g.2xlarge ", "kafka.m5.*", "kafka.m5.large"], "f")).toEqual([
      "kafka.m5.large",
      "kafka.m5.xlarge",
      "kafka.m5.2xlarge",
      "kafka.m5.4xlarge",
      "kafka.m5.8xlarge",
      "kafka.m5.12xlarge",
      "kafka.m5.16xlarge",
      "kafka.m5.24xlarge",
      "express.m7g.2xlarge",
    ]);
    expect(resolveInstanceTypes(["kafka.t3.small"], "f")).toEqual(["kafka.t3.small"]);
    expect(resolveInstanceTypes(["*.m7g.4xlarge"], "f")).toEqual([
      "kafka.m7g.4xlarge",
      "express.m7g.4xlarge",
    ]);
  });
  it("a pattern's other characters are literal: a dot is a dot, brackets and parentheses are not regex", () => {
    expect(resolveInstanceTypes(["kafka.m7g.*large"], "f")).toEqual([
      "kafka.m7g.large",
      "kafka.m7g.xlarge",
      "kafka.m7g.2xlarge",
      "kafka.m7g.4xlarge",
      "kafka.m7g.8xlarge",
      "kafka.m7g.12xlarge",
      "kafka.m7g.16xlarge",
    ]);
    expect(thrownInputError(() => resolveInstanceTypes(["kafka.m5.(large)*"], "f")).code).toBe(
      "unknown_instance",
    );
    expect(thrownInputError(() => resolveInstanceTypes(["kafkaXm5.*"], "f")).code).toBe("unknown_instance");
    expect(thrownInputError(() => resolveInstanceTypes(["kafka.m[57]g.*"], "f")).code).toBe(
      "unknown_instance",
    );
  });
  it("an empty list is refused", () => {
    const e = thrownInputError(() => resolveInstanceTypes([], "--instance-types"));
    expect([e.message, e.code]).toEqual([
      "--instance-types: expected at least one instance type or pattern (e.g. kafka.m7g.*, express.*)",
      "invalid_input",
    ]);
  });
  it("an entry that names no type: a did-you-mean when one is close, else the whole list", () => {
    const e = thrownInputError(() => resolveInstanceTypes(["kafka.m7g.larg"], "instanceTypes"));
    expect([e.message, e.code, e.path]).toEqual([
      'instanceTypes: "kafka.m7g.larg" matches no MSK broker type; did you mean kafka.m7g.large?',
      "unknown_instance",
      "instanceTypes",
    ]);
    expect(thrownInputError(() => resolveInstanceTypes(["zzz"], "f")).message).toBe(
      `f: "zzz" matches no MSK broker type; expected names or patterns such as kafka.m7g.*, express.*, kafka.t3.small (types: ${INSTANCE_NAMES.join(", ")})`,
    );
  });
});
