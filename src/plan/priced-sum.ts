/**
 * The fast paths' running total (the MSK options' `evaluate` and the alternatives' cost-only
 * paths, which a sweep runs per scenario): the priced lines of a configuration summed as
 * priceConfiguration and the alternatives' calculators sum them (src/pricing/line-item.ts
 * `pricedUsd`: quantity × unit price, in line order from 0, a missing price skipped and counted),
 * without building line items, so a sweep's total equals `plan`'s to the last bit. Only whether
 * each count is zero matters for the `priced` status. One per prepared option, reset per scenario:
 * nothing is allocated per line.
 */
import type { Price } from "../pricing/catalog-schema.js";
import { type PricedStatus, pricedStatus } from "../pricing/line-item.js";
import type { OptionEvaluation } from "./options.js";

/** A price's USD amount, NaN when the tables lack it (the line is then a missing price). */
export function amountOf(price: Price | undefined): number {
  return price ? price.amount : Number.NaN;
}

export class PricedSum {
  usd = 0;
  priced = 0;
  missing = 0;

  reset(): this {
    this.usd = 0;
    this.priced = 0;
    this.missing = 0;
    return this;
  }

  /** A line of `quantity` at `unitUsd` (NaN: the catalog has no price, so it is listed missing). */
  add(quantity: number, unitUsd: number): void {
    if (Number.isFinite(unitUsd)) {
      this.usd += quantity * unitUsd;
      this.priced++;
    } else this.missing++;
  }

  /** A line the calculator writes only when its quantity is positive (or `always`). */
  addIfPositive(quantity: number, unitUsd: number, always = false): void {
    if (quantity > 0 || always) this.add(quantity, unitUsd);
  }

  get status(): PricedStatus {
    return pricedStatus(this.priced, this.missing);
  }

  /** monthlyUsd as the full result reports it: null when nothing is priced. */
  get monthlyUsd(): number | null {
    return this.priced === 0 && this.missing > 0 ? null : this.usd;
  }

  /** A feasible option's evaluation: its total, or null when no line is priced. */
  evaluation(option: OptionEvaluation["option"]): OptionEvaluation {
    return { option, feasible: true, monthlyUsd: this.monthlyUsd, priced: this.status };
  }
}
