// A sweep's rows (src/plan/simulate/sweep.ts) against a second encoder written here: each
// scenario's workload is re-parsed from the input with the axes' values as given, evaluated by a
// planner of its own, and written out field by field as the contract says (CSV: the set values, the
// recommended option or nothing, each cost when feasible and priced, then each priced status;
// NDJSON: JSON.stringify of {set, recommended, options}). The grid has rows where the first option
// is recommended, rows where none is, and options feasible without a price (ap-south-1 has no SQS
// or Kinesis price); chunks start mid-grid and run out of order.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseWorkload } from "../../src/model/workload-schema.js";
import { preparePlanner } from "../../src/plan/planner.js";
import { cheapestIndex, prepareSweep } from "../../src/plan/simulate/sweep.js";
import type { OptionId } from "../../src/plan/types.js";
import { bundledCatalog } from "../../src/pricing/bundled-catalog.js";

const catalog = bundledCatalog();
const fixture = parse(readFileSync("fixtures/workloads/small.yaml", "utf8"));
/** small.yaml without its peak (the peak is then the average, whatever the ingress). */
const small = { ...fixture, streams: [{ ...fixture.streams[0], peakIngress: undefined }] };
const OPTIONS: OptionId[] = ["standard", "serverless", "sqs-standard", "kinesis-on-demand"];
const PARTITIONS = [30, 3000];
const INGRESS = ["1MiB/s", "50MiB/s"];

/** The rows as the contract describes them, from a planner of this test's own. */
function expected(region: string) {
  const planner = preparePlanner({ catalog, region, options: OPTIONS });
  const rows: { set: Record<string, string | number>; recommended: OptionId | null; options: unknown[] }[] =
    [];
  for (const partitions of PARTITIONS)
    for (const ingress of INGRESS) {
      const w = parseWorkload({ ...small, region, streams: [{ ...small.streams[0], partitions, ingress }] });
      const options = planner.evaluate(w);
      const best = cheapestIndex(options);
      rows.push({
        set: { partitions, ingress },
        recommended: best < 0 ? null : (OPTIONS[best] ?? null),
        options,
      });
    }
  return rows;
}
const csvOf = (rows: ReturnType<typeof expected>) =>
  `partitions,ingress,recommended,${OPTIONS.join(",")},${OPTIONS.map((o) => `${o}_priced`).join(",")}\n${rows
    .map((r) =>
      [
        r.set.partitions,
        r.set.ingress,
        r.recommended ?? "",
        ...(r.options as { feasible: boolean; monthlyUsd: number | null }[]).map((o) =>
          o.feasible && o.monthlyUsd !== null ? String(o.monthlyUsd) : "",
        ),
        ...(r.options as { priced: string }[]).map((o) => o.priced),
      ].join(","),
    )
    .map((l) => `${l}\n`)
    .join("")}`;

const sweep = (region: string, format: "csv" | "ndjson") =>
  prepareSweep({
    input: { ...small, region },
    region,
    vary: ["partitions=30,3000", "ingress=1MiB/s,50MiB/s"],
    catalog,
    format,
    options: OPTIONS,
  });

describe("sweep rows equal a second encoder's", () => {
  for (const region of ["us-east-1", "ap-south-1"])
    it(`${region}: CSV and NDJSON, whole and in chunks out of order`, () => {
      const rows = expected(region);
      const csv = sweep(region, "csv");
      const text = csvOf(rows);
      expect(csv.header + csv.chunk(0, 4)).toBe(text);
      const lines = text.split("\n").slice(1);
      // Chunks starting mid-grid, the later one first: each sets every axis it needs.
      const fresh = sweep(region, "csv");
      expect(fresh.chunk(3, 4)).toBe(`${lines[3]}\n`);
      expect(fresh.chunk(1, 3)).toBe(`${lines[1]}\n${lines[2]}\n`);
      expect(fresh.chunk(0, 1)).toBe(`${lines[0]}\n`);
      const nd = sweep(region, "ndjson");
      const json = rows.map((r) => `${JSON.stringify(r)}\n`).join("");
      expect(nd.header + nd.chunk(0, 4)).toBe(json);
      expect(new TextDecoder().decode(nd.chunkBytes(2, 4))).toBe(json.split("\n").slice(2).join("\n"));
      for (const [k, r] of rows.entries()) expect(nd.scenario(k)).toEqual(r);
    });

  it("what the grid holds: the first option recommended, none recommended, feasible options without a price", () => {
    const us = expected("us-east-1");
    expect(us.map((r) => r.recommended)).toEqual([
      "kinesis-on-demand",
      "standard",
      "kinesis-on-demand",
      "standard",
    ]);
    const mumbai = expected("ap-south-1");
    expect(mumbai.map((r) => r.recommended)).toEqual([null, null, null, null]);
    const unpriced = mumbai.flatMap((r) =>
      (r.options as { option: string; feasible: boolean; monthlyUsd: number | null }[])
        .filter((o) => o.feasible && o.monthlyUsd === null)
        .map((o) => o.option),
    );
    expect(unpriced.length).toBeGreaterThan(0);
  });
});
