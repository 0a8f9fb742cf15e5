// The model's small shared pieces at library level: the typed errors (message, code, exit code),
// the sources table's look-ups and price citations, and the instance table's look-ups and unit
// conversions (each conversion worked from the table's published figure).
import { describe, expect, it } from "vitest";
import {
  AwsCallError,
  InputError,
  isMskPlannerError,
  PriceUnavailableError,
  RuntimeError,
} from "../../src/model/errors.js";
import {
  type ExpressInstance,
  ebsBaselineBytesPerSec,
  expressThroughputBytesPerSec,
  findInstance,
  INSTANCE_NAMES,
  instanceKindOf,
  instanceSpec,
  networkBaselineBytesPerSec,
  pstMaxBytesPerSec,
  type StandardInstance,
  storageBoundsBytes,
} from "../../src/model/instances.js";
import {
  citedSources,
  citeInWords,
  citePrice,
  fullDateOf,
  isSourceKey,
  sourceOf,
} from "../../src/model/sources.js";
import { thrownInputError } from "../helpers/thrown.js";

describe("errors", () => {
  it("InputError: 'path: message' (the message alone without a path), one problem, exit 2", () => {
    const e = new InputError("brokers", "expected 3");
    expect([e.message, e.path, e.code, e.exitCode, e.name]).toEqual([
      "brokers: expected 3",
      "brokers",
      "invalid_input",
      2,
      "InputError",
    ]);
    expect(e.problems).toEqual([{ code: "invalid_input", path: "brokers", message: "expected 3" }]);
    expect(new InputError("", "bad").message).toBe("bad");
    expect(new InputError("a", "m", "missing_field").problems[0]?.code).toBe("missing_field");
  });
  it("the other kinds: a missing price is bad input; AWS and runtime failures exit 1", () => {
    const p = new PriceUnavailableError("storage", "no price");
    expect([p.message, p.code, p.exitCode, p.name, p instanceof InputError]).toEqual([
      "storage: no price",
      "price_unavailable",
      2,
      "PriceUnavailableError",
      true,
    ]);
    const a = new AwsCallError("throttled");
    expect([a.message, a.code, a.exitCode, a.name]).toEqual([
      "throttled",
      "aws_call_failed",
      1,
      "AwsCallError",
    ]);
    const r = new RuntimeError("disk full");
    expect([r.code, r.exitCode, r.name]).toEqual(["io", 1, "RuntimeError"]);
    expect(new RuntimeError("x", "file_not_found").code).toBe("file_not_found");
    expect([isMskPlannerError(r), isMskPlannerError(new Error("x")), isMskPlannerError("x")]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe("sources", () => {
  it("look-ups: own keys only; titles in words joined by '; '; full dates only", () => {
    expect(isSourceKey("msk-quotas")).toBe(true);
    expect(isSourceKey("toString")).toBe(false);
    expect(sourceOf("msk-quotas").short).toBe("Amazon MSK quotas page");
    expect(citeInWords("msk-quotas", "msk-pricing-page")).toBe(
      "Amazon MSK quotas page; Amazon MSK pricing page (AWS)",
    );
    expect(fullDateOf("msk-pricing-copy-2026-08-26")).toBe("2026-08-26");
    expect(fullDateOf("msk-price-list-us-east-1-2026-04")).toBeUndefined(); // a month only
    expect(fullDateOf("msk-pricing-page")).toBeUndefined(); // undated
  });
  it("citedSources: in table order, a title only when whole within one text", () => {
    expect(
      citedSources(["per the Amazon MSK quotas page", "see the Amazon MSK pricing page (AWS)"]).map(
        (s) => s.key,
      ),
    ).toEqual(["msk-pricing-page", "msk-quotas"]);
    expect(citedSources(["Amazon MSK quotas", " page"])).toEqual([]);
    expect(citedSources(["Amazon MSK quotas page"])).toEqual([
      { key: "msk-quotas", title: "Amazon MSK quotas page", url: sourceOf("msk-quotas").url },
    ]);
  });
  it("citePrice: the most authoritative source first (AWS, then copies of AWS pages, then the rest)", () => {
    const c = citePrice(
      ["techmarmot-msk-china", "msk-pricing-copy-2026-08-26", "aws-msk-sizing-script"],
      "us-east-1",
      "2026-08-26",
    );
    expect(c.sourceKeys).toEqual([
      "aws-msk-sizing-script",
      "msk-pricing-copy-2026-08-26",
      "techmarmot-msk-china",
    ]);
    expect(c.source).toBe(
      "AWS MSK sizing script (agent toolkit for AWS) and 2 more sources, us-east-1, as of 2026-08-26",
    );
    expect(c.sourceUrl).toBe(sourceOf("aws-msk-sizing-script").url);
    const copy = citePrice(
      ["techmarmot-msk-china", "msk-pricing-copy-2026-08-26"],
      "cn-north-1",
      "2026-09-11",
    );
    expect(copy.source).toBe(
      "Amazon MSK pricing page (public copy of 2026-08-26) and 1 more source, cn-north-1, as of 2026-09-11",
    );
    expect(citePrice(["msk-pricing-copy-2026-08-26"], "here", "2026-01-01").source).toBe(
      "Amazon MSK pricing page (public copy of 2026-08-26), here, as of 2026-01-01",
    );
  });
  it("citePrice: an undated source alone says so; no source is a programming error", () => {
    expect(citePrice(["techmarmot-msk-china"], "cn-north-1", "2026-09-11").source).toBe(
      "techmarmot article on Amazon MSK costs, cn-north-1, as of 2026-09-11 (undated source)",
    );
    expect(citePrice(["techmarmot-msk-china", "msk-pricing-page"], "x", "2026-09-11").source).toBe(
      "Amazon MSK pricing page (AWS) and 1 more source, x, as of 2026-09-11 (undated source)",
    );
    expect(() => citePrice([], "x", "2026-01-01")).toThrow("a price cites at least one source");
  });
});

describe("instances", () => {
  const std = (name: string) => findInstance(name) as StandardInstance;
  it("look-ups by name and prefix", () => {
    expect(findInstance("kafka.m5.large")?.kind).toBe("standard");
    expect(findInstance("kafka.m9.large")).toBeUndefined();
    expect(instanceSpec("express.m7g.large", "instance").kind).toBe("express");
    expect(instanceKindOf("kafka.anything")).toBe("standard");
    expect(instanceKindOf("express.anything")).toBe("express");
    expect(instanceKindOf("m5.large")).toBeUndefined();
  });
  it("an unknown type: did-you-mean when close, else every name", () => {
    const e = thrownInputError(() => instanceSpec("kafka.m5.larg", "--instance"));
    expect([e.message, e.code]).toEqual([
      '--instance: unknown instance type "kafka.m5.larg"; did you mean kafka.m5.large?',
      "unknown_instance",
    ]);
    expect(thrownInputError(() => instanceSpec("zzz", "i")).message).toBe(
      `i: unknown instance type "zzz"; expected one of: ${INSTANCE_NAMES.join(", ")}`,
    );
  });
  it("conversions: Gbps × 125,000,000 B/s; MB/s × 10⁶; MiB/s × 2²⁰; GiB × 2³⁰", () => {
    expect(networkBaselineBytesPerSec(std("kafka.m5.large"))).toBe(93_750_000); // 0.75 Gbps
    expect(ebsBaselineBytesPerSec(std("kafka.m5.large"))).toBe(81_250_000); // 81.25 MB/s
    expect(pstMaxBytesPerSec(std("kafka.m5.4xlarge"))).toBe(593 * 2 ** 20);
    expect(pstMaxBytesPerSec(std("kafka.m5.large"))).toBeNull();
    expect(storageBoundsBytes(std("kafka.m5.large"))).toEqual({ min: 2 ** 30, max: 16384 * 2 ** 30 });
    expect(expressThroughputBytesPerSec(findInstance("express.m7g.large") as ExpressInstance)).toEqual({
      sustainedIngress: 15.6e6,
      maxIngress: 23.4e6,
      sustainedEgress: 31.2e6,
      maxEgress: 58.5e6,
    });
  });
});
