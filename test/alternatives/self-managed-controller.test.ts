// Self-managed Kafka's KRaft controller type when none is given: the cheapest type priced in the
// region among those whose memory is known to be at least 4 GiB, the first in table order at an
// equal price. A caller's own price table (AlternativeInputs.prices) decides which types are
// priced; the types whose memory the table does not hold (m6i.xlarge and up) are never assumed.
// Built inside the tests (a mutant is switched on after the file loads).
import { describe, expect, it } from "vitest";
import type { AlternativeInputs } from "../../src/plan/alternatives/index.js";
import {
  BUNDLED_ALTERNATIVE_PRICES as ALT,
  type AlternativePriceTables,
} from "../../src/pricing/alternatives/prices.js";
import type { Price } from "../../src/pricing/catalog-schema.js";
import { BIG, one } from "./one-option.js";

const price = (amount: number): Price => ({ ...(ALT.crossAz["us-east-1"] as Price), amount });
/** us-east-1 with only the given EC2 types priced ($/h). */
function ec2Only(ec2: Record<string, number>): AlternativeInputs {
  const prices: AlternativePriceTables = {
    ...ALT,
    ec2Hourly: { "us-east-1": Object.fromEntries(Object.entries(ec2).map(([k, v]) => [k, price(v)])) },
  };
  return { prices };
}
const controller = (inputs: AlternativeInputs) => {
  const r = one({ streams: [BIG] }, "self-managed", inputs);
  if (!r.feasible) throw new Error("expected feasible");
  const c = r.configuration as { controllerInstanceType: string; controllers: number };
  const line = r.lineItems.find((l) => l.component.includes("controller") && l.unit === "instance-hours");
  return { type: c.controllerInstanceType, controllers: c.controllers, line };
};

describe("the assumed KRaft controller type", () => {
  it("m6i.xlarge at $0.01/h is cheaper than m5.large at $0.0816/h, but its memory is not in the table: the controllers are 3 × m5.large, 3 × 730 h × $0.0816 = $178.704", () => {
    const c = controller(ec2Only({ "m5.large": 0.0816, "m6i.xlarge": 0.01 }));
    expect([c.type, c.controllers]).toEqual(["m5.large", 3]);
    expect(c.line?.quantity).toBe(3 * 730);
    expect(c.line?.unitPriceUsd).toBe(0.0816);
  });
  it("m5.large and m7g.large both at $0.05/h: the first in table order, m5.large", () => {
    expect(controller(ec2Only({ "m7g.large": 0.05, "m5.large": 0.05 })).type).toBe("m5.large");
  });
  it("m7g.large at $0.0499/h, one step below m5.large's $0.05/h: m7g.large", () => {
    expect(controller(ec2Only({ "m7g.large": 0.0499, "m5.large": 0.05 })).type).toBe("m7g.large");
  });
});
