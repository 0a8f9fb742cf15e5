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
