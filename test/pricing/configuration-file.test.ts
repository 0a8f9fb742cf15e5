// The human configuration adapter (src/pricing/configuration-file.ts): files and flags → ClusterConfig.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";
import { configFromInput } from "../../src/pricing/configuration-file.js";
import { priceConfiguration } from "../../src/pricing/price-configuration.js";
import { thrownInputError } from "../helpers/thrown.js";

const GiB = 2 ** 30;
const fixture = (name: string) => parse(readFileSync(`fixtures/clusters/${name}`, "utf8"));

describe("fixtures/clusters price to the totals in their comments (docs/billing-rules.md)", () => {
  const cents = (usd: number | null) => (usd === null ? Number.NaN : Math.round(usd * 100));
  for (const [name, total] of [
    ["standard.yaml", 75990], // D2
    ["standard-tiered.yaml", 77676], // D6
    ["standard-pst.yaml", 409920], // D5 + brokers + storage
    ["express.yaml", 95352], // D4
    ["serverless.yaml", 90700], // D3
    ["standard-addons.yaml", 94050], // D2 + D7 + cross-AZ
  ] as const) {
    it(`${name} = $${(total / 100).toFixed(2)}`, () => {
      const { config, hours } = configFromInput({ file: fixture(name), fileLabel: name });
      expect(cents(priceConfiguration(config, bundledCatalog(), { hours }).totalUsd)).toBe(total);
    });
  }
});

describe("configFromInput", () => {
  it("parses human units to canonical ones and infers the kind from the instance prefix", () => {
    const { config, hours } = configFromInput({ file: fixture("standard-pst.yaml") });
    expect(hours).toBe(730);
    expect(config).toEqual({
      kind: "standard",
      region: "us-east-1",
      instanceType: "kafka.m5.4xlarge",
      brokers: 3,
      storagePerBrokerBytes: 1000 * GiB,
      throughputPerBrokerBytesPerSec: 500 * 2 ** 20,
    });
    expect(configFromInput({ file: fixture("express.yaml") }).config.kind).toBe("express");
  });

  it("flags override the file; days become hours", () => {
    const r = configFromInput({ file: fixture("standard.yaml"), flags: { brokers: "6", days: "31" } });
    expect(r.config).toMatchObject({ brokers: 6 });
    expect(r.hours).toBe(744);
  });

  it("defaults the region to us-east-1", () => {
    const r = configFromInput({
      flags: { kind: "serverless", partitions: 1, dataIn: "0GiB", dataOut: "0GiB", stored: "0GiB" },
    });
    expect(r.config.region).toBe("us-east-1");
  });

  it("rejects unknown fields in a file with their path", () => {
    expect(
      thrownInputError(() =>
        configFromInput({ file: { ...fixture("standard.yaml"), brokerz: 3 }, fileLabel: "c.yaml" }),
      ).message,
    ).toBe('c.yaml: brokerz: unknown field "brokerz"; did you mean brokers?');
  });

  it("rejects a size without a unit, naming the flag", () => {
    const e = thrownInputError(() =>
      configFromInput({ flags: { instance: "kafka.m5.large", brokers: "3", storagePerBroker: "1000" } }),
    );
    expect(e.message).toMatch(/^--storage-per-broker: expected a size with a unit/);
  });

  it("rejects a fractional, negative or missing broker count", () => {
    const base = { instance: "kafka.m5.large", storagePerBroker: "100GiB" };
    expect(thrownInputError(() => configFromInput({ flags: { ...base, brokers: "2.5" } })).message).toMatch(
      /^--brokers: expected a whole number/,
    );
    expect(thrownInputError(() => configFromInput({ flags: { ...base, brokers: "-3" } })).message).toMatch(
      /^--brokers: expected a number ≥ 1/,
    );
    expect(thrownInputError(() => configFromInput({ flags: { ...base, brokers: "0" } })).message).toMatch(
      /^--brokers: expected a number ≥ 1/,
    );
    expect(thrownInputError(() => configFromInput({ flags: base })).message).toMatch(/^--brokers: missing/);
  });

  it("rejects a field that does not belong to the kind", () => {
    const e = thrownInputError(() =>
      configFromInput({
        file: { ...fixture("express.yaml"), storagePerBroker: "100GiB" },
        fileLabel: "x.yaml",
      }),
    );
    expect(e.message).toBe(
      "x.yaml: storagePerBroker: does not belong to an express configuration (it applies to standard)",
    );
    expect(e.code).toBe("unknown_field");
  });

  it("rejects storage above the per-broker maximum", () => {
    const e = thrownInputError(() =>
      configFromInput({ flags: { instance: "kafka.m5.large", brokers: 3, storagePerBroker: "20000GiB" } }),
    );
    expect(e.message).toBe(
      "--storage-per-broker: expected 1 GiB to 16,384 GiB per broker (Amazon MSK quotas page), got 20000 GiB",
    );
  });

  it("rejects an unknown instance, and a kind that contradicts it", () => {
    expect(
      thrownInputError(() =>
        configFromInput({ flags: { instance: "kafka.m9.large", brokers: 3, storagePerBroker: "1GiB" } }),
      ).message,
    ).toMatch(/^--instance: unknown instance type "kafka.m9.large"; did you mean kafka.m5.large\?$/);
    expect(
      thrownInputError(() => configFromInput({ flags: { kind: "serverless", instance: "kafka.m5.large" } }))
        .message,
    ).toMatch(/^--kind: kind serverless does not match/);
  });

  it("rejects PST on an ineligible instance and outside 250..max", () => {
    const base = { instance: "kafka.m5.large", brokers: 3, storagePerBroker: "100GiB" };
    expect(
      thrownInputError(() => configFromInput({ flags: { ...base, throughputPerBroker: "300MiB/s" } }))
        .message,
    ).toMatch(/^--throughput-per-broker: kafka.m5.large does not support provisioned storage throughput/);
    const big = { ...base, instance: "kafka.m7g.2xlarge" };
    expect(
      thrownInputError(() => configFromInput({ flags: { ...big, throughputPerBroker: "400MiB/s" } })).message,
    ).toMatch(/expected 250 to 312.5 MiB\/s/);
    expect(
      thrownInputError(() => configFromInput({ flags: { ...big, throughputPerBroker: "100MiB/s" } })).message,
    ).toMatch(/expected 250 to 312.5/);
    expect(
      thrownInputError(() =>
        configFromInput({ flags: { ...big, storagePerBroker: "5GiB", throughputPerBroker: "300MiB/s" } }),
      ).message,
    ).toMatch(/^--storage-per-broker: provisioned storage throughput needs at least 10 GiB/);
  });

  it("rejects tiered storage on kafka.t3.small", () => {
    expect(
      thrownInputError(() =>
        configFromInput({
          flags: { instance: "kafka.t3.small", brokers: 3, storagePerBroker: "100GiB", tieredStored: "1GiB" },
        }),
      ).message,
    ).toMatch(/^--tiered-stored: kafka.t3.small does not support tiered storage/);
  });

  it("needs a kind or an instance", () => {
    expect(thrownInputError(() => configFromInput({ flags: { brokers: 3 } })).message).toMatch(
      /^--kind: expected an instance/,
    );
  });
});
