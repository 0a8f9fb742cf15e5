// Two workload-reader paths the other workload tests cannot reach (src/model/workload-schema.ts):
// - the human-unit defaults are parsed once, on first use, and cached for the module's life: every
//   other test runs after the cache is filled, so this one loads a fresh copy of the module (a
//   query on its path makes it a module of its own, leaving every other module shared) and
//   checks the very first workload built by it gets every default (1 KiB messages, 7 days'
//   retention, 1 day kept locally for the tiered option);
// - an unknown instance type in a parsed input is a problem in buildWorkload's list (the
//   simulator's path), with the path `instanceTypes` and the resolver's words, not an error thrown.
import { describe, expect, it } from "vitest";
import { S } from "../helpers/workload-refusal.js";

describe("the defaults on a fresh module's first use", () => {
  it("1 KiB = 1,024 B per message, 7 d = 7 × 86,400 = 604,800 s retention, local min(7 d, 1 d) = 86,400 s", async () => {
    const path = "../../src/model/workload-schema.js?first-use";
    const fresh: typeof import("../../src/model/workload-schema.js") = await import(/* @vite-ignore */ path);
    const w = fresh.parseWorkload({ streams: [S(), S({ name: "b" })] });
    expect(w.streams.map((s) => [s.messageSizeBytes, s.retentionSeconds, s.localRetentionSeconds])).toEqual([
      [1024, 604_800, 86_400],
      [1024, 604_800, 86_400],
    ]);
  });
});

describe("an unknown instance type in the simulator's build", () => {
  it("is listed as a problem at instanceTypes with the resolver's words (not thrown)", async () => {
    const { buildWorkload, buildWorkloadAdjusted, parseWorkloadInput } = await import(
      "../../src/model/workload-schema.js"
    );
    const parsed = parseWorkloadInput({ instanceTypes: ["kafka.nope"], streams: [S()] });
    for (const { problems } of [buildWorkload(parsed), buildWorkloadAdjusted(parsed, new Set())]) {
      expect(problems).toHaveLength(1);
      expect(problems[0]?.path).toBe("instanceTypes");
      expect(problems[0]?.message).toMatch(
        /^"kafka\.nope" matches no MSK broker type; expected names or patterns/,
      );
    }
  });
});
