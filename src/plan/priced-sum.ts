/**
 * The planner's fast path total: the priced lines of a configuration summed as
 * priceConfiguration sums them (src/pricing/line-item.ts `pricedUsd`: quantity × unit price, in
 * line order, a missing price skipped and counted), without building line items. Each quantity is
 * its declaration (src/pricing/billed-quantities.ts) evaluated by the caller, so `evaluate` (the
 * sweep path) equals `plan` to the last bit. One per prepared option, reset per scenario.
 */
import { type PricedStatus, pricedStatus } from "../pricing/line-item.js";
import type { OptionEvaluation } from "./options.js";

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
  line(quantity: number, unitUsd: number): void {
    if (Number.isFinite(unitUsd)) {
      this.usd += quantity * unitUsd;
      this.priced++;
    } else this.missing++;
  }

  get status(): PricedStatus {
    return pricedStatus(this.priced, this.missing);
  }

  /** The feasible option's evaluation: its total, or null when no line is priced. */
  evaluation(option: OptionEvaluation["option"]): OptionEvaluation {
    const status = this.status;
    return { option, feasible: true, monthlyUsd: status === "none" ? null : this.usd, priced: status };
  }
}
