import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/errors.js";
import { parseCount, parseDuration, parseFraction, parseRate, parseSize } from "../../src/model/units.js";

describe("unit parser", () => {
  it("parses binary and SI sizes to bytes", () => {
    expect(parseSize("1000GiB", "x")).toBe(1000 * 2 ** 30);
    expect(parseSize("1.5 TB", "x")).toBe(1.5e12);
    expect(parseSize("2 TiB", "x")).toBe(2 * 2 ** 40);
    expect(parseSize("500 MB", "x")).toBe(5e8);
    expect(parseSize("10 KiB", "x")).toBe(10240);
    expect(parseSize("1 kB", "x")).toBe(1000);
    expect(parseSize("0 B", "x")).toBe(0);
  });
  it("parses rates to bytes per second", () => {
    expect(parseRate("250MiB/s", "x")).toBe(250 * 2 ** 20);
    expect(parseRate("50 MBps", "x")).toBe(50e6);
    expect(parseRate("1 Gbps", "x")).toBe(125e6);
    expect(parseRate("8.64 TB/day", "x")).toBeCloseTo(1e8, 3);
    expect(parseRate("20 MiB/sec", "x")).toBe(20 * 2 ** 20);
  });
  it("parses durations to seconds, with the 730-hour month", () => {
    expect(parseDuration("7d", "x")).toBe(7 * 86400);
    expect(parseDuration("24h", "x")).toBe(86400);
    expect(parseDuration("30 days", "x")).toBe(30 * 86400);
    expect(parseDuration("1 month", "x")).toBe(730 * 3600);
    expect(parseDuration("90 min", "x")).toBe(5400);
    expect(parseDuration("1w", "x")).toBe(7 * 86400);
  });
  it("parses counts and fractions", () => {
    expect(parseCount("1,000", "x")).toBe(1000);
    expect(parseCount(3, "x", { integer: true, min: 1 })).toBe(3);
    expect(parseFraction("20%", "x")).toBeCloseTo(0.2, 12);
    expect(parseFraction(0.5, "x")).toBe(0.5);
  });
  it("rejects a bare number where a unit is needed, naming the field", () => {
    expect(() => parseSize(1000, "--storage-per-broker")).toThrow(
      /--storage-per-broker: expected a size with a unit/,
    );
    expect(() => parseDuration("7", "streams.orders.retention")).toThrow(InputError);
    expect(() => parseRate("50 MiB", "ingress")).toThrow(/ingress: expected a rate/);
    expect(() => parseSize("-5 GiB", "s")).toThrow(/non-negative/);
    expect(() => parseCount(2.5, "--brokers", { integer: true })).toThrow(
      /--brokers: expected a whole number/,
    );
    expect(() => parseCount("x", "--brokers")).toThrow(/--brokers/);
  });
});
