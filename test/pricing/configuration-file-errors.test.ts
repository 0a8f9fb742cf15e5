// The configuration reader's refusals (src/pricing/configuration-file.ts, src/pricing/schema-errors.ts)
// word for word at library level: the field named as the user wrote it (a flag, or `file: field`),
// what was expected, the problem code. The CLI tests pin some of these too, but a mutation run
// cannot see a CLI process.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { InputError, PriceUnavailableError } from "../../src/model/errors.js";
import { fieldName, flagOf } from "../../src/pricing/config-fields.js";
import { configFromInput, parseValue, relabel } from "../../src/pricing/configuration-file.js";
import { inputErrorFromZod, issuePath } from "../../src/pricing/schema-errors.js";
import { thrownInputError } from "../helpers/thrown.js";

const GiB = 2 ** 30;
const standardFlags = { instance: "kafka.m5.large", brokers: "3", storagePerBroker: "100GiB" };
const serverlessFile = { kind: "serverless", partitions: 1, dataIn: "1GiB", dataOut: "1GiB", stored: "1GiB" };

/** The refusal as [message, problem code]. */
function refusal(f: () => unknown): [string, string] {
  const e = thrownInputError(f);
  return [e.message, e.code];
}

describe("parseValue: each field rule", () => {
  it("a count may be fractional, a whole count may not, a positive whole count starts at 1", () => {
    expect(parseValue("count", "0.5", "--connect-mcus")).toBe(0.5);
    expect(parseValue("count", "0", "--connect-mcus")).toBe(0);
    expect(parseValue("wholeCount", "0", "--replicators")).toBe(0);
    expect(refusal(() => parseValue("wholeCount", "1.5", "--replicators"))).toEqual([
      '--replicators: expected a whole number, got "1.5"',
      "invalid_input",
    ]);
    expect(parseValue("positiveWholeCount", "1", "--brokers")).toBe(1);
    expect(refusal(() => parseValue("positiveWholeCount", "2.5", "--brokers"))[0]).toBe(
      '--brokers: expected a whole number, got "2.5"',
    );
    expect(refusal(() => parseValue("positiveWholeCount", "0", "--brokers"))[0]).toBe(
      '--brokers: expected a number ≥ 1, got "0"',
    );
    expect(parseValue("string", 5, "--region")).toBe("5");
    expect(parseValue("size", "2GiB", "--stored")).toBe(2 * GiB);
    expect(parseValue("rate", "1MiB/s", "--throughput-per-broker")).toBe(2 ** 20);
  });
  it("through configFromInput: a fractional replicator count is refused as the flag, quoted as given", () => {
    expect(refusal(() => configFromInput({ flags: { ...standardFlags, replicators: "1.5" } }))[0]).toBe(
      '--replicators: expected a whole number, got "1.5"',
    );
    expect(refusal(() => configFromInput({ flags: { ...standardFlags, brokers: "2.5" } }))[0]).toBe(
      '--brokers: expected a whole number, got "2.5"',
    );
    expect(configFromInput({ flags: { ...standardFlags, connectMcus: "0.5" } }).config.connectMcus).toBe(0.5);
  });
});

describe("config-fields: names", () => {
  it("fieldName gives a canonical key's human name, an unknown key as it is; flagOf kebab-cases it", () => {
    expect(fieldName("storagePerBrokerBytes")).toBe("storagePerBroker");
    expect(fieldName("colour")).toBe("colour");
    expect(flagOf("storagePerBroker")).toBe("--storage-per-broker");
  });
});

describe("relabel: an error on a human field is re-thrown under the name the user used", () => {
  const pathOf = (field: string) => `c.yaml: ${field}`;
  const relabelled = (e: unknown) => {
    try {
      relabel(e, pathOf);
    } catch (r) {
      return r;
    }
    throw new Error("relabel returned");
  };
  it("a field, the kind and the hours are relabelled with their message and code", () => {
    const r = relabelled(new InputError("brokers", "expected 3", "missing_field")) as InputError;
    expect([r.message, r.path, r.code]).toEqual([
      "c.yaml: brokers: expected 3",
      "c.yaml: brokers",
      "missing_field",
    ]);
    expect((relabelled(new InputError("kind", "k")) as InputError).message).toBe("c.yaml: kind: k");
    expect((relabelled(new InputError("hours", "h")) as InputError).message).toBe("c.yaml: hours: h");
  });
  it("a missing price stays a PriceUnavailableError", () => {
    const r = relabelled(new PriceUnavailableError("stored", "no price"));
    expect(r).toBeInstanceOf(PriceUnavailableError);
    expect((r as InputError).message).toBe("c.yaml: stored: no price");
    expect((r as InputError).code).toBe("price_unavailable");
  });
  it("anything else is re-thrown as it is: another path, no path, or not an InputError", () => {
    for (const e of [
      new InputError("streams.a", "x"),
      new InputError("", "x"),
      Object.assign(new Error("boom"), { path: "brokers" }),
    ]) {
      expect(relabelled(e)).toBe(e);
    }
  });
});

describe("configFromInput: the file itself", () => {
  it("a file that is not a mapping is refused, named by its label ('file' when none)", () => {
    const words = "expected a mapping of configuration fields (region, instance, brokers, …)";
    expect(refusal(() => configFromInput({ file: null, fileLabel: "c.yaml" }))).toEqual([
      `c.yaml: ${words}`,
      "invalid_input",
    ]);
    expect(refusal(() => configFromInput({ file: "brokers: 3", fileLabel: "c.yaml" }))[0]).toBe(
      `c.yaml: ${words}`,
    );
    expect(refusal(() => configFromInput({ file: [serverlessFile], fileLabel: "c.yaml" }))[0]).toBe(
      `c.yaml: ${words}`,
    );
    expect(refusal(() => configFromInput({ file: 3 }))[0]).toBe(`file: ${words}`);
  });
  it("a file field is named 'label: field'; without a label, 'file: field'", () => {
    expect(
      refusal(() => configFromInput({ file: { ...serverlessFile, partitions: "1.5" }, fileLabel: "c.yaml" })),
    ).toEqual(['c.yaml: partitions: expected a whole number, got "1.5"', "invalid_input"]);
    expect(refusal(() => configFromInput({ file: { ...serverlessFile, partitions: "1.5" } }))[0]).toBe(
      'file: partitions: expected a whole number, got "1.5"',
    );
  });
});

describe("configFromInput: the billing period", () => {
  it("hours or days from the file when no flag gives either; a flag's period replaces the file's", () => {
    expect(configFromInput({ file: { ...serverlessFile, hours: 100 } }).hours).toBe(100);
    expect(configFromInput({ file: { ...serverlessFile, days: 2 } }).hours).toBe(48);
    expect(configFromInput({ file: { ...serverlessFile, hours: 100 }, flags: { days: "2" } }).hours).toBe(48);
    expect(configFromInput({ file: { ...serverlessFile, days: 2 }, flags: { hours: "10" } }).hours).toBe(10);
    expect(configFromInput({ file: serverlessFile }).hours).toBe(730);
  });
  it("both hours and days is refused, naming days where they were given", () => {
    expect(
      refusal(() => configFromInput({ file: { ...serverlessFile, hours: 1, days: 1 }, fileLabel: "c.yaml" })),
    ).toEqual(["c.yaml: days: give hours or days, not both", "invalid_input"]);
    expect(
      refusal(() => configFromInput({ file: serverlessFile, flags: { hours: "1", days: "1" } }))[0],
    ).toBe("--days: give hours or days, not both");
  });
  it("a bad hours or days value names its own field", () => {
    expect(refusal(() => configFromInput({ file: serverlessFile, flags: { hours: "-1" } }))[0]).toBe(
      '--hours: expected a number ≥ 0, got "-1"',
    );
    expect(refusal(() => configFromInput({ file: serverlessFile, flags: { days: "1GiB" } }))[0]).toBe(
      '--days: expected a plain number, got "1GiB"',
    );
  });
});

describe("configFromInput: the kind", () => {
  it("each kind may be given with an instance of that kind", () => {
    expect(configFromInput({ flags: { ...standardFlags, kind: "standard" } }).config.kind).toBe("standard");
    const express = { instance: "express.m7g.large", brokers: "3", dataWritten: "1GiB", stored: "1GiB" };
    expect(configFromInput({ flags: { ...express, kind: "express" } }).config.kind).toBe("express");
    expect(configFromInput({ flags: express }).config.kind).toBe("express");
  });
  it("a kind that is not one of the three is refused as given", () => {
    expect(refusal(() => configFromInput({ flags: { ...standardFlags, kind: "provisioned" } }))).toEqual([
      '--kind: expected standard, express or serverless, got "provisioned"',
      "invalid_input",
    ]);
  });
  it("a kind that contradicts the instance names both", () => {
    expect(refusal(() => configFromInput({ flags: { ...standardFlags, kind: "express" } }))).toEqual([
      "--kind: kind express does not match instance kafka.m5.large (a standard broker type)",
      "invalid_input",
    ]);
  });
  it("an instance without a known prefix is read as Standard, and refused as an unknown type", () => {
    const e = thrownInputError(() => configFromInput({ flags: { ...standardFlags, instance: "m5.large" } }));
    expect(e.path).toBe("--instance");
    expect(e.message).toMatch(/^--instance: unknown instance type "m5\.large"/);
  });
  it("neither a kind nor an instance: a missing field", () => {
    expect(refusal(() => configFromInput({ flags: { brokers: 3 } }))).toEqual([
      "--kind: expected an instance (kafka.* for Standard, express.* for Express) or kind serverless",
      "missing_field",
    ]);
  });
  it("a required field missing names the kind, the field and what it holds", () => {
    expect(refusal(() => configFromInput({ flags: { instance: "kafka.m5.large", brokers: "3" } }))).toEqual([
      "--storage-per-broker: missing: a standard configuration needs storagePerBroker (provisioned EBS storage per broker, e.g. 1000GiB (1 GiB to 16,384 GiB))",
      "missing_field",
    ]);
    expect(
      refusal(() => configFromInput({ file: { kind: "serverless", partitions: 1 }, fileLabel: "s.yaml" })),
    ).toEqual([
      "s.yaml: dataIn: missing: a serverless configuration needs dataIn (data into the Serverless cluster over the period)",
      "missing_field",
    ]);
  });
});

describe("schema-errors: zod issues as one-line errors", () => {
  const Schema = z.strictObject({
    brokers: z.number(),
    inner: z.strictObject({ size: z.number() }).optional(),
  });
  const first = (value: unknown, prefix?: string) => {
    const r = Schema.safeParse(value);
    if (r.success) throw new Error("expected a zod error");
    return inputErrorFromZod(r.error, prefix, ["brokers", "inner"]);
  };
  it("issuePath joins a file prefix with a space, any other prefix with a dot", () => {
    const issue = { path: ["inner", "size"] } as unknown as z.core.$ZodIssue;
    const top = { path: [] } as unknown as z.core.$ZodIssue;
    expect(issuePath(issue)).toBe("inner.size");
    expect(issuePath(issue, "c.yaml:")).toBe("c.yaml: inner.size");
    expect(issuePath(issue, "regions")).toBe("regions.inner.size");
    expect(issuePath(top, "c.yaml:")).toBe("c.yaml");
    expect(issuePath(top, "regions")).toBe("regions");
    expect(issuePath(top)).toBe("");
    // Only the final colon of a file label goes: a Windows path keeps its drive's.
    expect(issuePath(top, "C:/clusters/c.yaml:")).toBe("C:/clusters/c.yaml");
  });
  it("an unknown top-level field gets a did-you-mean; a nested one does not; several are listed", () => {
    const e = first({ brokerz: 3, brokers: 3 }, "c.yaml:");
    expect([e.message, e.code, e.path]).toEqual([
      'c.yaml: brokerz: unknown field "brokerz"; did you mean brokers?',
      "unknown_field",
      "c.yaml: brokerz",
    ]);
    expect(first({ brokers: 3, inner: { size: 1, sise: 2 } }, "c.yaml:").message).toBe(
      'c.yaml: inner.sise: unknown field "sise"',
    );
    // A nested key is not compared with the top-level fields, however close it is to one.
    expect(first({ brokers: 3, inner: { size: 1, broker: 2 } }, "c.yaml:").message).toBe(
      'c.yaml: inner.broker: unknown field "broker"',
    );
    expect(first({ brokers: 3, zzz: 1, yyy: 2 }).message).toBe('zzz: unknown fields "zzz", "yyy"');
  });
  it("any other issue keeps zod's message and is invalid input; every issue is kept in problems", () => {
    const e = first({ brokers: "3", inner: { size: "x" } }, "c.yaml:");
    expect(e.code).toBe("invalid_input");
    expect(e.path).toBe("c.yaml: brokers");
    expect(e.problems.map((p) => p.path)).toEqual(["c.yaml: brokers", "c.yaml: inner.size"]);
    expect(e.problems.every((p) => p.code === "invalid_input" && p.message.startsWith("Invalid input"))).toBe(
      true,
    );
  });
  it("an error without issues is 'invalid value' at the prefix", () => {
    const e = inputErrorFromZod(new z.ZodError([]), "c.yaml:");
    expect([e.path, e.code, e.problems]).toEqual(["c.yaml:", "invalid_input", []]);
    expect(e.message.endsWith(": invalid value")).toBe(true);
  });
});
