// Law (issue #14 goal 2): a large sweep's JIT warm-up (src/plan/simulate/sweep.ts: scenarios
// spread over the grid evaluated before the first chunk, results dropped) changes no row. The rows
// of a sweep at the warm-up's size, chunk by chunk in any order, equal those of a sweep over the
// one peak value each row has (too small to warm up, so its rows are computed in grid order from
// a fresh state), with the same partition counts.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { prepareSweep, WARM_FROM } from "../../src/plan/simulate/sweep.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const small = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
const PARTITIONS = "partitions=30..3000:100";

test("a sweep at the warm-up's size writes the rows of the same scenarios swept without it", () => {
  const big = prepareSweep({
    input: small,
    vary: ["peakIngress=1MiB/s..500MiB/s:500", PARTITIONS],
    catalog,
    format: "csv",
  });
  expect(big.total).toBe(WARM_FROM); // exactly at the limit: warmed
  // The first chunk asked for is warmed before; then one from the middle, one from the end.
  for (const start of [0, 30_000, 49_800]) {
    const lines = big
      .chunk(start, start + 200)
      .trimEnd()
      .split("\n");
    for (let p = start; p < start + 200; p += 100) {
      const peak = big.axes[0]?.labels[p / 100] as string;
      const one = prepareSweep({
        input: small,
        vary: [`peakIngress=${peak}`, PARTITIONS],
        catalog,
        format: "csv",
      });
      expect(one.total).toBeLessThan(WARM_FROM);
      expect(lines.slice(p - start, p - start + 100).join("\n")).toBe(one.chunk(0, 100).trimEnd());
    }
  }
});

test("the warm-up passes over scenarios that cannot be built: they fail in their turn, as without it", () => {
  // Peaks falling to below the orders stream's average (20 MiB/s): the grid's far end fails.
  const typical = parse(readFileSync("fixtures/workloads/typical.yaml", "utf8"));
  const vary = (peaks: string) => [`streams.orders.peakIngress=${peaks}`, PARTITIONS];
  const big = prepareSweep({ input: typical, vary: vary("400MiB/s..1MiB/s:500"), catalog, format: "csv" });
  expect(big.total).toBe(WARM_FROM);
  const last = big.axes[0]?.labels[499] as string;
  const one = prepareSweep({ input: typical, vary: vary(last), catalog, format: "csv" });
  expect(one.total).toBeLessThan(WARM_FROM);
  // The first chunk (warmed before it, over failing scenarios too) is written; the last fails.
  expect(big.chunk(0, 100).split("\n")).toHaveLength(101);
  const message = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    return "no error";
  };
  expect(message(() => big.chunk(49_900, 50_000))).toBe(message(() => one.chunk(0, 100)));
  expect(message(() => one.chunk(0, 100))).toMatch(/expected at least ingress/);
});
