// validateConfig, the check every configuration goes through before it is priced (a --config file,
// the price flags, a library caller): each refusal's exact one-line message, path and problem code,
// and each limit exactly at and one step past it. The CLI tests pin some of these messages too,
// but a mutation run cannot see a CLI process, so they are pinned here at library level.
import { describe, expect, it } from "vitest";
import type { ClusterConfig } from "../../src/pricing/configuration.js";
import { validateConfig } from "../../src/pricing/validate-config.js";
import { thrownInputError } from "../helpers/thrown.js";

const GiB = 2 ** 30;
const MiB = 2 ** 20;

const serverless = (extra: Record<string, unknown> = {}) =>
  ({
    kind: "serverless",
    region: "us-east-1",
    partitions: 10,
    dataInBytes: GiB,
    dataOutBytes: GiB,
    storedBytes: GiB,
    ...extra,
  }) as unknown as ClusterConfig;
const standard = (extra: Record<string, unknown> = {}) =>
  ({
    kind: "standard",
    region: "us-east-1",
    instanceType: "kafka.m5.large",
    brokers: 3,
    storagePerBrokerBytes: 100 * GiB,
    ...extra,
  }) as unknown as ClusterConfig;
const express = (extra: Record<string, unknown> = {}) =>
  ({
    kind: "express",
    region: "us-east-1",
    instanceType: "express.m7g.large",
    brokers: 3,
    dataWrittenBytes: GiB,
    storedBytes: GiB,
    ...extra,
  }) as unknown as ClusterConfig;

/** The refusal as [message, path, problem code]. */
function refusal(config: unknown): [string, string, string] {
  const e = thrownInputError(() => validateConfig(config as ClusterConfig));
  return [e.message, e.path, e.problems[0]?.code ?? ""];
}

describe("validateConfig: the kind and the region", () => {
  it("a missing, null or unknown kind names the three kinds and what was given", () => {
    const expected = "kind: expected one of standard, express, serverless, got";
    expect(refusal(null)).toEqual([`${expected} nothing`, "kind", "invalid_input"]);
    expect(refusal(undefined)).toEqual([`${expected} nothing`, "kind", "invalid_input"]);
    expect(refusal({ region: "us-east-1" })).toEqual([`${expected} nothing`, "kind", "invalid_input"]);
    expect(refusal({ kind: "provisioned", region: "us-east-1" })).toEqual([
      `${expected} "provisioned"`,
      "kind",
      "invalid_input",
    ]);
  });
  it("something that is not an object is refused even when it carries a valid kind", () => {
    const fn = Object.assign(() => 0, { ...(serverless() as object) });
    expect(refusal(fn)).toEqual([
      'kind: expected one of standard, express, serverless, got "serverless"',
      "kind",
      "invalid_input",
    ]);
  });
  it("the region must be a non-empty string: missing, empty and a number are refused", () => {
    const expected = ["region: expected a region name such as us-east-1", "region", "missing_field"];
    expect(refusal(serverless({ region: undefined }))).toEqual(expected);
    expect(refusal(serverless({ region: "" }))).toEqual(expected);
    expect(refusal(serverless({ region: 5 }))).toEqual(expected);
    expect(validateConfig(serverless({ region: "x" }))).toBeUndefined();
  });
});

describe("validateConfig: fields that do not belong", () => {
  it("an unknown key is named as unknown, with 'a' or 'an' before the kind", () => {
    expect(refusal(serverless({ colour: "red" }))).toEqual([
      "colour: unknown field in a serverless configuration",
      "colour",
      "unknown_field",
    ]);
    expect(refusal(express({ colour: "red" }))).toEqual([
      "colour: unknown field in an express configuration",
      "colour",
      "unknown_field",
    ]);
  });
  it("another kind's field is named by its human name with the kinds it applies to", () => {
    expect(refusal(serverless({ brokers: 3 }))).toEqual([
      "brokers: does not belong to a serverless configuration (it applies to standard or express)",
      "brokers",
      "unknown_field",
    ]);
    expect(refusal(standard({ dataWrittenBytes: GiB }))).toEqual([
      "dataWritten: does not belong to a standard configuration (it applies to express)",
      "dataWritten",
      "unknown_field",
    ]);
    expect(refusal(express({ partitions: 3 }))).toEqual([
      "partitions: does not belong to an express configuration (it applies to serverless)",
      "partitions",
      "unknown_field",
    ]);
  });
  it("a key of another kind that is present but undefined is ignored", () => {
    expect(validateConfig(serverless({ instanceType: undefined, colour: undefined }))).toBeUndefined();
  });
});

describe("validateConfig: the add-ons, named by their human field", () => {
  it.each([
    [{ connectMcus: -1 }, "connectMcus: expected a non-negative number, got -1"],
    [{ replicators: 1.5 }, "replicators: expected a whole number, got 1.5"],
    [{ replicatedBytes: -1 }, "replicated: expected a non-negative number, got -1"],
    [{ privateConnectivitySchemes: 0.5 }, "privateConnectivity: expected a whole number, got 0.5"],
    [{ privateDataBytes: -1 }, "privateData: expected a non-negative number, got -1"],
    [{ crossAzBytes: Number.NaN }, "crossAz: expected a finite number, got null"],
  ])("%o is refused", (addOn, message) => {
    expect(refusal(serverless(addOn))[0]).toBe(message);
    expect(refusal(standard(addOn))[0]).toBe(message);
  });
  it("at their limits (0, and a whole count) they are accepted", () => {
    const zero = {
      connectMcus: 0.5,
      replicators: 0,
      replicatedBytes: 0,
      privateConnectivitySchemes: 2,
      privateDataBytes: 0,
      crossAzBytes: 0,
    };
    expect(validateConfig(serverless(zero))).toBeUndefined();
  });
});

describe("validateConfig: Serverless", () => {
  it("partitions are a whole count; data in, out and stored are required", () => {
    expect(refusal(serverless({ partitions: 1.5 }))[0]).toBe("partitions: expected a whole number, got 1.5");
    expect(validateConfig(serverless({ partitions: 0 }))).toBeUndefined();
    expect(refusal(serverless({ dataInBytes: undefined }))).toEqual([
      "dataIn: expected a finite number, got nothing",
      "dataIn",
      "missing_field",
    ]);
    expect(refusal(serverless({ dataOutBytes: -1 }))[0]).toBe(
      "dataOut: expected a non-negative number, got -1",
    );
    expect(refusal(serverless({ storedBytes: "1GiB" }))[0]).toBe(
      'stored: expected a finite number, got "1GiB"',
    );
  });
});

describe("validateConfig: the broker type and count", () => {
  it("a provisioned configuration needs an instance type", () => {
    expect(refusal(standard({ instanceType: undefined }))).toEqual([
      "instance: expected an instance type such as kafka.m5.large",
      "instance",
      "missing_field",
    ]);
  });
  it("a type of the other kind is refused, naming both kinds and the prefix to use", () => {
    expect(refusal(express({ instanceType: "kafka.m5.large" }))).toEqual([
      "instance: kafka.m5.large is a Standard broker type, but the configuration's kind is express; use an express.* type",
      "instance",
      "invalid_input",
    ]);
    expect(refusal(standard({ instanceType: "express.m7g.large" }))).toEqual([
      "instance: express.m7g.large is an Express broker type, but the configuration's kind is standard; use a kafka.* type",
      "instance",
      "invalid_input",
    ]);
  });
  it("brokers: a positive whole count (1 accepted, 0 and 2.5 refused)", () => {
    expect(validateConfig(standard({ brokers: 1 }))?.name).toBe("kafka.m5.large");
    expect(refusal(standard({ brokers: 0 }))[0]).toBe("brokers: expected a positive whole number, got 0");
    expect(refusal(express({ brokers: 2.5 }))[0]).toBe("brokers: expected a whole number, got 2.5");
  });
  it("Express: data written and stored are required quantities; the spec is returned", () => {
    expect(validateConfig(express())?.name).toBe("express.m7g.large");
    expect(refusal(express({ dataWrittenBytes: undefined }))).toEqual([
      "dataWritten: expected a finite number, got nothing",
      "dataWritten",
      "missing_field",
    ]);
    expect(refusal(express({ storedBytes: -1 }))[0]).toBe("stored: expected a non-negative number, got -1");
  });
});

describe("validateConfig: Standard storage, throughput and tiering", () => {
  const quotas = "Amazon MSK quotas page";
  it("storage per broker is required", () => {
    expect(refusal(standard({ storagePerBrokerBytes: undefined }))).toEqual([
      "storagePerBroker: expected a finite number, got nothing",
      "storagePerBroker",
      "missing_field",
    ]);
  });
  it("storage per broker from 1 GiB to 16,384 GiB: each bound accepted, one byte past refused", () => {
    expect(validateConfig(standard({ storagePerBrokerBytes: GiB }))?.name).toBe("kafka.m5.large");
    expect(validateConfig(standard({ storagePerBrokerBytes: 16384 * GiB }))?.name).toBe("kafka.m5.large");
    // 1 GiB − 1 byte is 0.999999999 GiB, shown to 6 significant digits as 1 GiB.
    expect(refusal(standard({ storagePerBrokerBytes: GiB - 1 }))).toEqual([
      `storagePerBroker: expected 1 GiB to 16,384 GiB per broker (${quotas}), got 1 GiB`,
      "storagePerBroker",
      "invalid_input",
    ]);
    expect(refusal(standard({ storagePerBrokerBytes: 16384 * GiB + 1 }))[0]).toBe(
      `storagePerBroker: expected 1 GiB to 16,384 GiB per broker (${quotas}), got 16384 GiB`,
    );
    expect(refusal(standard({ storagePerBrokerBytes: 0.5 * GiB }))[0]).toBe(
      `storagePerBroker: expected 1 GiB to 16,384 GiB per broker (${quotas}), got 0.5 GiB`,
    );
  });
  it("provisioned throughput on a type without it names the types that have it", () => {
    expect(refusal(standard({ throughputPerBrokerBytesPerSec: 250 * MiB }))).toEqual([
      "throughputPerBroker: kafka.m5.large does not support provisioned storage throughput; it needs one of " +
        "kafka.m5.4xlarge, kafka.m5.8xlarge, kafka.m5.12xlarge, kafka.m5.16xlarge, kafka.m5.24xlarge, " +
        "kafka.m7g.2xlarge, kafka.m7g.4xlarge, kafka.m7g.8xlarge, kafka.m7g.12xlarge, kafka.m7g.16xlarge " +
        "(Amazon MSK provisioned storage throughput page)",
      "throughputPerBroker",
      "invalid_input",
    ]);
    expect(refusal(standard({ throughputPerBrokerBytesPerSec: -1 }))[0]).toBe(
      "throughputPerBroker: expected a non-negative number, got -1",
    );
  });
  it("provisioned throughput from 250 MiB/s to the type's maximum (593 on m5.4xlarge): at and one past", () => {
    const m54 = (t: number, storage = 100 * GiB) =>
      standard({
        instanceType: "kafka.m5.4xlarge",
        throughputPerBrokerBytesPerSec: t,
        storagePerBrokerBytes: storage,
      });
    expect(validateConfig(m54(250 * MiB))?.name).toBe("kafka.m5.4xlarge");
    expect(validateConfig(m54(593 * MiB))?.name).toBe("kafka.m5.4xlarge");
    const words =
      "expected 250 to 593 MiB/s for kafka.m5.4xlarge (Amazon MSK storage throughput management page)";
    expect(refusal(m54(249 * MiB))[0]).toBe(`throughputPerBroker: ${words}, got 249 MiB/s`);
    expect(refusal(m54(594 * MiB))[0]).toBe(`throughputPerBroker: ${words}, got 594 MiB/s`);
    // 10 GiB per broker is the least a volume with provisioned throughput may have.
    expect(validateConfig(m54(250 * MiB, 10 * GiB))?.name).toBe("kafka.m5.4xlarge");
    expect(refusal(m54(250 * MiB, 10 * GiB - 1))).toEqual([
      "storagePerBroker: provisioned storage throughput needs at least 10 GiB per broker, got 10 GiB",
      "storagePerBroker",
      "invalid_input",
    ]);
    expect(refusal(m54(250 * MiB, 5 * GiB))[0]).toBe(
      "storagePerBroker: provisioned storage throughput needs at least 10 GiB per broker, got 5 GiB",
    );
  });
  it("tiered quantities are checked, and refused on a type without tiered storage, naming the field given", () => {
    expect(refusal(standard({ tieredStoredBytes: -1 }))[0]).toBe(
      "tieredStored: expected a non-negative number, got -1",
    );
    expect(refusal(standard({ tieredRetrievedBytes: -1 }))[0]).toBe(
      "tieredRetrieved: expected a non-negative number, got -1",
    );
    const t3 = (extra: Record<string, unknown>) => standard({ instanceType: "kafka.t3.small", ...extra });
    const words = "kafka.t3.small does not support tiered storage (Amazon MSK tiered storage page)";
    expect(refusal(t3({ tieredRetrievedBytes: GiB }))).toEqual([
      `tieredRetrieved: ${words}`,
      "tieredRetrieved",
      "invalid_input",
    ]);
    expect(refusal(t3({ tieredStoredBytes: GiB }))[0]).toBe(`tieredStored: ${words}`);
    expect(refusal(t3({ tieredStoredBytes: 0, tieredRetrievedBytes: 0 }))[0]).toBe(`tieredStored: ${words}`);
    expect(validateConfig(t3({}))?.name).toBe("kafka.t3.small");
    expect(validateConfig(standard({ tieredStoredBytes: GiB, tieredRetrievedBytes: 0 }))?.name).toBe(
      "kafka.m5.large",
    );
  });
});
