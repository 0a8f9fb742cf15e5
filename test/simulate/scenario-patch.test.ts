// Law: a sweep's workload patched in place (fields the builder copies as they are: partitions,
// azs, clientConnections, the utilisation targets, storage head-room) equals the workload built
// again from scratch, through any sequence of writes, copied or not (src/plan/simulate/scenario.ts
// currentOrThrow). Checked on every fixture, field order included (plan --json prints the workload).
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { extractDistributions } from "../../src/model/distribution.js";
import { parseWorkloadInput } from "../../src/model/workload-schema.js";
import { resolvePath, ScenarioWorkload } from "../../src/plan/simulate/scenario.js";

const dir = "fixtures/workloads";
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  // A file's distributions replaced by their medians, as a sweep reads it.
  .map((f) => ({
    name: f,
    parsed: parseWorkloadInput(extractDistributions(parse(readFileSync(`${dir}/${f}`, "utf8"))).input),
  }));

// [path, lowest, highest, whole]: the copied fields, and two that are rebuilt (ingress, retention).
const FIELDS: [string, number, number, boolean][] = [
  ["partitions", 1, 20_000, true],
  ["azs", 2, 3, true],
  ["clientConnections", 0, 50_000, true],
  ["targets.storageHeadroom", 1, 3, false],
  ["targets.maxUtilisation.standard", 0.1, 1, false],
  ["targets.maxUtilisation.express", 0.1, 1, false],
  ["targets.maxUtilisation.partitions", 0.1, 2, false],
  ["ingress", 2 ** 20, 2 ** 27, false],
  ["retention", 3 * 86_400, 30 * 86_400, true],
];

const write = fc.tuple(
  fc.integer({ min: 0, max: FIELDS.length - 1 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.boolean(),
);

test("patched in place equals built again, whatever was written before", () => {
  for (const { name, parsed } of fixtures) {
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), (writes) => {
        const patched = new ScenarioWorkload(parsed);
        const fresh = new ScenarioWorkload(parsed);
        const setP = FIELDS.map(([path]) => patched.setter(resolvePath(path, parsed)));
        const setF = FIELDS.map(([path]) => fresh.setter(resolvePath(path, parsed)));
        for (const [f, t, look] of writes) {
          const [, lo, hi, whole] = FIELDS[f] as (typeof FIELDS)[number];
          const v = whole ? Math.round(lo + t * (hi - lo)) : lo + t * (hi - lo);
          (setP[f] as (v: number) => void)(v);
          (setF[f] as (v: number) => void)(v);
          // Sometimes several writes before the workload is looked at (as a sweep's outer axes).
          if (!look) continue;
          const built = fresh.build();
          let got: unknown;
          try {
            got = patched.currentOrThrow(() => name);
          } catch {
            expect(built.problems.length).toBeGreaterThan(0);
            continue;
          }
          expect(built.problems).toEqual([]);
          expect(JSON.stringify(got)).toBe(JSON.stringify(built.workload));
        }
      }),
      { numRuns: 60 },
    );
  }
});
