// What a sweep row's `set` holds for a listed value (src/plan/simulate/grid.ts): a count field's
// plain number is written as a JSON number (30, and 6e1 as 60), any other field's value as the text
// the user wrote (a rate such as 3MiB/s; a count field takes only plain numbers).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { prepareSweep } from "../../src/plan/simulate/sweep.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const input = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));

function labels(vary: string) {
  return prepareSweep({ input, vary: [vary], catalog, format: "ndjson" }).axes[0]?.labels;
}

/** The first NDJSON row of a sweep, parsed. */
function firstRow(vary: string[]) {
  const s = prepareSweep({ input, vary, catalog, format: "ndjson" });
  return JSON.parse(s.chunk(0, 1)) as { set: Record<string, unknown> };
}

describe("listed values in a sweep row's set", () => {
  it("a count field: plain numbers as numbers (30, +45, 6e1 = 60, 7.0 = 7); a peak rate stays text", () => {
    expect(labels("partitions=30,+45,6e1,7.0")).toEqual([30, 45, 60, 7]);
    expect(labels("peakIngress=3MiB/s,4 MiB/s")).toEqual(["3MiB/s", "4 MiB/s"]);
    expect(firstRow(["partitions=6e1", "peakIngress=3MiB/s"]).set).toEqual({
      partitions: 60,
      peakIngress: "3MiB/s",
    });
  });
});
