/**
 * The alternatives' cost-only path (a sweep evaluates them per scenario): each line a calculator
 * in src/pricing/alternatives would return, added as quantity × unit price in the calculator's
 * order, with no line-item object — so the total is the one `plan` reports to the last bit
 * (pricedUsd and totalUsd sum the priced lines in order from 0), and the counts of priced and
 * missing lines give the same `priced` status (only whether each count is zero matters).
 */
import type { Price } from "../../pricing/catalog-schema.js";
import { type PricedStatus, pricedStatus } from "../../pricing/line-item.js";

/** A price's USD amount, NaN when the tables lack it (the line is then a missing price). */
export function amountOf(price: Price | undefined): number {
  return price ? price.amount : Number.NaN;
}

/** A running priced total, reused from scenario to scenario (nothing allocated per line). */
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

  /** One line: `quantity × unitPrice` when priced, else a missing price (it adds nothing). */
  add(quantity: number, unitPrice: number): void {
    if (Number.isNaN(unitPrice)) this.missing++;
    else {
      this.usd += quantity * unitPrice;
      this.priced++;
    }
  }

  /** A line the calculator writes only when its quantity is positive (or `always`). */
  addIfPositive(quantity: number, unitPrice: number, always = false): void {
    if (quantity > 0 || always) this.add(quantity, unitPrice);
  }

  get status(): PricedStatus {
    return pricedStatus(this.priced, this.missing);
  }

  /** monthlyUsd as the full result reports it: null when nothing is priced. */
  get monthlyUsd(): number | null {
    return this.priced === 0 && this.missing > 0 ? null : this.usd;
  }
}
