// Worked examples for the tiered option (issue #12): the tier holds each tiered stream's whole
// retention (one copy), and reads back from the tier (tierReads) are priced and fetched by brokers.
import { describe, expect, test } from "vitest";
import { deriveDemand } from "../../src/model/derive-demand.js";
import { standardLoads } from "../../src/model/sizing/standard.js";
import { SOURCES } from "../../src/model/sources.js";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import type { OptionResult } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const DAY = 86_400;
const catalog = bundledCatalog();

function tieredOption(region: string, stream: Record<string, unknown>): OptionResult {
  const w = parseWorkload({ region, streams: [{ name: "s", partitions: 60, ...stream }] });
  const r = preparePlanner({ catalog, region, options: ["standard-tiered"] }).plan(w);
  const o = r.options.find((x) => x.option === "standard-tiered");
  if (!o) throw new Error("no standard-tiered result");
  return o;
}
const line = (o: OptionResult, dimension: string) => o.lineItems.find((l) => l.dimension === dimension);

describe("tiered storage holds the whole retention (one copy)", () => {
  test("3 d total / 1 d local: 10 MiB/s × 3 × 86,400 s = 2,531.25 GiB held (not 1,687.5 GiB for the 2 d beyond local) × $0.06 = $151.875 a month", () => {
    const o = tieredOption("us-east-1", { ingress: "10 MiB/s", retention: "3d", localRetention: "1d" });
    const tier = line(o, "tieredStorage");
    // 10 × 2^20 B/s × 259,200 s ÷ 2^30 = 10 × 259,200 ÷ 1,024 = 2,531.25 GB-months over 730 h.
    expect(tier?.quantity).toBe(2531.25);
    expect(tier?.unitPriceUsd).toBe(0.06);
    expect(tier?.costUsd).toBeCloseTo(151.875, 9);
  });

  test("30 d total / 1 d local: 10 MiB/s × 30 × 86,400 s = 25,312.5 GiB × $0.06 = $1,518.75 a month; EBS still holds the 1 d local copy × RF 3", () => {
    const w = parseWorkload({
      streams: [{ name: "s", partitions: 60, ingress: "10 MiB/s", retention: "30d", localRetention: "1d" }],
    });
    const d = deriveDemand(w);
    expect(d.tieredStoredBytes).toBe(10 * MiB * 30 * DAY);
    expect(d.localStoredBytes).toBe(10 * MiB * DAY * 3);
    const o = tieredOption("us-east-1", { ingress: "10 MiB/s", retention: "30d", localRetention: "1d" });
    const tier = line(o, "tieredStorage");
    // 10 × 2,592,000 ÷ 1,024 = 25,312.5 GB-months; × 0.06 = 1,518.75.
    expect(tier?.quantity).toBe(25312.5);
    expect(tier?.costUsd).toBeCloseTo(1518.75, 9);
  });

  test("the option's note cites AWS's retention rules and says AWS's sizing script counts only the remainder", () => {
    const o = tieredOption("us-east-1", { ingress: "10 MiB/s", retention: "3d", localRetention: "1d" });
    const note = o.notes.find((n) => n.startsWith("tiered storage holds"));
    expect(note).toContain("(Amazon MSK tiered storage retention rules page)");
    expect(SOURCES["msk-tiered-storage-retention-rules"].url).toBe(
      "https://docs.aws.amazon.com/msk/latest/developerguide/msk-tiered-storage-retention-rules.html",
    );
    expect(note).toMatch(/sizing script .* counts only the retention beyond local retention/);
  });
});

describe("reads from the tier (tierReads)", () => {
  test("default 0, stated in the notes; no retrieval line", () => {
    const o = tieredOption("ap-southeast-1", { ingress: "10 MiB/s", retention: "7d", localRetention: "1d" });
    expect(line(o, "tieredRetrieval")).toBeUndefined();
    expect(o.notes).toContainEqual(expect.stringMatching(/^tier reads: 0 \(default\)/));
  });

  test("ap-southeast-1, tierReads 2 TiB/month over 730 h: 2 × 1,024 = 2,048 GB retrieved × $0.0018 = $3.6864", () => {
    const o = tieredOption("ap-southeast-1", {
      ingress: "10 MiB/s",
      retention: "7d",
      localRetention: "1d",
      tierReads: "2 TiB/month",
    });
    const r = line(o, "tieredRetrieval");
    expect(r?.quantity).toBeCloseTo(2048, 9);
    expect(r?.unitPriceUsd).toBe(0.0018);
    expect(r?.costUsd).toBeCloseTo(3.6864, 9);
    expect(o.notes).toContainEqual(
      expect.stringMatching(/^tier reads: 2,048 GiB read back .* priced as retrieval/),
    );
  });

  test("tier reads are fetched by the brokers: network in grows by tierReads × AZ-loss factor (2 TiB/month ÷ 2,628,000 s × 3/2)", () => {
    const base = { name: "s", partitions: 60, ingress: "10 MiB/s", retention: "7d", localRetention: "1d" };
    const w0 = parseWorkload({ streams: [base] });
    const w1 = parseWorkload({ streams: [{ ...base, tierReads: "2 TiB/month" }] });
    const L0 = standardLoads(w0, deriveDemand(w0), true);
    const L1 = standardLoads(w1, deriveDemand(w1), true);
    expect(L1.networkIn - L0.networkIn).toBeCloseTo(((2 * 2 ** 40) / (730 * 3600)) * 1.5, 3);
    expect(L1.networkOut).toBe(L0.networkOut); // already in egress
    // The standard option (no tier) reads the same data from EBS: no change.
    expect(standardLoads(w1, deriveDemand(w1), false)).toEqual(standardLoads(w0, deriveDemand(w0), false));
  });

  test("us-east-1 has no retrieval price: no line, never $0; listed as a missing price, the total a lower bound", () => {
    const o = tieredOption("us-east-1", {
      ingress: "10 MiB/s",
      retention: "7d",
      localRetention: "1d",
      tierReads: "2 TiB/month",
    });
    expect(line(o, "tieredRetrieval")).toBeUndefined();
    expect(o.feasible && o.priced).toBe("partial");
    expect(o.missingPrices.map((m) => [m.dimension, m.name])).toEqual([
      ["tieredRetrieval", "tiered storage retrieval"],
    ]);
    expect(o.notes).toContainEqual(expect.stringMatching(/^tier reads: 2,048 GiB read back from the tier/));
  });

  test("tierReads is part of egress: at most egress, at the limit and one step past it", () => {
    const s = { name: "s", partitions: 6, ingress: "1 MiB/s", egress: "2 MiB/s" };
    expect(parseWorkload({ streams: [{ ...s, tierReads: "2 MiB/s" }] }).streams[0]?.tierReadBytesPerSec).toBe(
      2 * MiB,
    );
    expect(() => parseWorkload({ streams: [{ ...s, tierReads: `${2 * MiB + 1} B/s` }] })).toThrow(
      /^streams\.s\.tierReads: expected at most egress/,
    );
  });

  test("a tier read on a stream that is not tiered is served from EBS: no retrieval, no network in", () => {
    const w = parseWorkload({
      streams: [{ name: "s", partitions: 6, ingress: "1 MiB/s", retention: "2d", tierReads: "1 GiB/day" }],
    });
    expect(w.streams[0]?.tierReadBytesPerSec).toBeCloseTo(GiB / DAY, 9);
    expect(deriveDemand(w).tierReadBytesPerSec).toBe(0);
  });
});
