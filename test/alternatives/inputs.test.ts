// The alternatives' own inputs (--ops-*, --kinesis-max-record-size, --sqs-batch-size,
// --controller-instance-type): each accepted exactly at its limit, refused one step past it, with
// the one-line message word for word (the CLI prints it as "<flag>: <expected …>").
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { type AlternativeInputs, validateInputs } from "../../src/plan/alternatives/common.js";
import { controllerType } from "../../src/plan/alternatives/self-managed.js";
import { BUNDLED_ALTERNATIVE_PRICES } from "../../src/pricing/alternatives/prices.js";

/** The message validateInputs throws, or null when it accepts. */
function problem(inputs: AlternativeInputs | undefined): string | null {
  try {
    validateInputs(inputs);
    return null;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
}

const MiB = 2 ** 20;

describe("validateInputs", () => {
  it("nothing given, or an empty record, is accepted", () => {
    expect(problem(undefined)).toBeNull();
    expect(problem({})).toBeNull();
  });
  it("labour: both or neither; the message names the missing flag and the one given", () => {
    expect(problem({ opsHoursPerMonth: 0, opsHourlyRateUsd: 0 })).toBeNull();
    expect(problem({ opsHoursPerMonth: 40 })).toBe(
      "--ops-hourly-rate: expected a value when --ops-hours-per-month is given (operations labour needs hours per month and an hourly rate)",
    );
    expect(problem({ opsHourlyRateUsd: 90 })).toBe(
      "--ops-hours-per-month: expected a value when --ops-hourly-rate is given (operations labour needs hours per month and an hourly rate)",
    );
  });
  it("labour hours and rate: 0 accepted, just below 0 or not finite refused", () => {
    expect(problem({ opsHoursPerMonth: -0.5, opsHourlyRateUsd: 1 })).toBe(
      "--ops-hours-per-month: expected a non-negative number of hours, got -0.5",
    );
    expect(problem({ opsHoursPerMonth: Number.POSITIVE_INFINITY, opsHourlyRateUsd: 1 })).toBe(
      "--ops-hours-per-month: expected a non-negative number of hours, got Infinity",
    );
    expect(problem({ opsHoursPerMonth: 1, opsHourlyRateUsd: -0.01 })).toBe(
      "--ops-hourly-rate: expected a non-negative USD amount, got -0.01",
    );
    expect(problem({ opsHoursPerMonth: 1, opsHourlyRateUsd: Number.NaN })).toBe(
      "--ops-hourly-rate: expected a non-negative USD amount, got NaN",
    );
  });
  it("Kinesis maximum record size: 1 MiB and 10 MiB accepted, one byte outside either refused", () => {
    expect(problem({ kinesisMaxRecordBytes: MiB })).toBeNull();
    expect(problem({ kinesisMaxRecordBytes: 10 * MiB })).toBeNull();
    expect(problem({ kinesisMaxRecordBytes: MiB - 1 })).toBe(
      "--kinesis-max-record-size: expected a size from 1 MiB to 10 MiB (a Kinesis stream's maximum record size), got 1048575 bytes",
    );
    expect(problem({ kinesisMaxRecordBytes: 10 * MiB + 1 })).toBe(
      "--kinesis-max-record-size: expected a size from 1 MiB to 10 MiB (a Kinesis stream's maximum record size), got 10485761 bytes",
    );
  });
  it("SQS batch size: whole 1 to 10 accepted; 0, 11 and 2.5 refused", () => {
    expect(problem({ sqsBatchSize: 1 })).toBeNull();
    expect(problem({ sqsBatchSize: 10 })).toBeNull();
    const msg = (b: number) =>
      `--sqs-batch-size: expected a whole number of messages from 1 to 10 (SQS batch limit), got ${b}`;
    expect(problem({ sqsBatchSize: 0 })).toBe(msg(0));
    expect(problem({ sqsBatchSize: 11 })).toBe(msg(11));
    expect(problem({ sqsBatchSize: 2.5 })).toBe(msg(2.5));
  });
});

describe("controllerType", () => {
  it("a type given is used as priced; an unknown one is refused naming every type", () => {
    expect(controllerType("us-east-1", "m5.large", BUNDLED_ALTERNATIVE_PRICES)).toEqual({
      type: "m5.large",
      priced: true,
    });
    expect(() => controllerType("us-east-1", "m9.huge", BUNDLED_ALTERNATIVE_PRICES)).toThrow(
      /^--controller-instance-type: expected an EC2 type from m5\.large, .*, got "m9\.huge"$/,
    );
  });
  it("none given: the cheapest priced type with ≥ 4 GiB; with no price, the first such type, unpriced", () => {
    expect(controllerType("us-east-1", undefined, BUNDLED_ALTERNATIVE_PRICES)).toEqual({
      type: "m7g.large",
      priced: true,
    });
    expect(controllerType("eu-west-1", undefined, BUNDLED_ALTERNATIVE_PRICES)).toEqual({
      type: "m5.large",
      priced: false,
    });
  });
});
