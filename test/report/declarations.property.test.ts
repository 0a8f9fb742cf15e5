// Law: one declaration per billed quantity (src/pricing/billed-quantities.ts) gives the line-item
// calculator's number and the workbook's formula, and the two agree to the last bit: the formula,
// evaluated as a spreadsheet does, equals the calculator's plain arithmetic on the same inputs.
// Every price dimension of the catalog has a declaration, so no line item can be written twice.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BYTES_PER_BILLED_GB } from "../../src/model/conventions.js";
import {
  BILLED_QUANTITIES,
  numbers,
  type QuantityInput,
  type QuantityRule,
  quantityRule,
} from "../../src/pricing/billed-quantities.js";
import { DIMENSIONS } from "../../src/pricing/dimensions.js";
import { N } from "../../src/report/assumptions.js";
import { type Expr, evaluate, ref, render } from "../../src/report/expr.js";
import { FORMULAS, quantityFormula, workloadInputs } from "../../src/report/quantities.js";

const rules = Object.values(BILLED_QUANTITIES) as QuantityRule[];
/** A cell name per input (`in_brokers`), as a sheet would define it. */
const cell = (i: QuantityInput) => `in_${i}`;

describe("law: the calculator and the workbook formula of one declaration agree", () => {
  it("every catalog price dimension and broker-hours has a declaration", () => {
    for (const d of [...Object.keys(DIMENSIONS), "broker:kafka.m5.large", "broker:express.m7g.large"])
      expect(quantityRule(d), d).toBeDefined();
    expect(quantityRule("ec2:m7g.large")).toBeUndefined();
  });

  it("for random inputs, each formula evaluates to exactly the calculator's quantity", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rules),
        fc.array(fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }), {
          minLength: 4,
          maxLength: 4,
        }),
        (rule, values) => {
          const x = Object.fromEntries(rule.inputs.map((i, k) => [i, values[k] as number])) as Record<
            QuantityInput,
            number
          >;
          const env = new Map<string, number>([[N.bytesPerBilledGB, BYTES_PER_BILLED_GB]]);
          for (const i of rule.inputs) env.set(cell(i), x[i]);
          const refs = Object.fromEntries(rule.inputs.map((i) => [i, ref(cell(i))])) as Record<
            QuantityInput,
            Expr
          >;
          const formula = rule.of(FORMULAS, refs);
          expect(Object.is(evaluate(formula, env), rule.of(numbers, x))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("hand-worked: 3 brokers × 1,000 GiB × 730/730 h is 3,000 GB-months, as a formula over the sheet's cells", () => {
    const storage = BILLED_QUANTITIES.storage;
    expect(storage.of(numbers, { brokers: 3, storagePerBrokerGB: 1000, months: 730 / 730 })).toBe(3000);
    const f = quantityFormula("storage", {
      ...workloadInputs(),
      brokers: () => ref("brokers_standard"),
      storagePerBrokerGB: () => ref("standard_storagePerBrokerGiB"),
    });
    expect(f && render(f)).toBe("brokers_standard*standard_storagePerBrokerGiB*(hours/hours_per_month)");
    // Express data written: the workload's ingress (bytes/s, its derived cell) × 3600 s × hours ÷
    // 2^30 B per billed GB.
    const written = quantityFormula("expressDataWritten", workloadInputs());
    expect(written && render(written)).toBe(
      "demand_ingress_bytes_per_sec*seconds_per_hour*hours/bytes_per_billed_gb",
    );
  });

  it("a quantity with an input the sheet lacks has no formula", () => {
    // A fixed Standard sheet without PST (null): no cell for the MiB/s per broker.
    expect(
      quantityFormula("pst", {
        ...workloadInputs(),
        brokers: () => ref("b"),
        throughputPerBrokerMiBps: () => undefined,
      }),
    ).toBeUndefined();
  });
});
