/**
 * Unit prices the planner's hot path multiplies, read from the catalog once per prepare as plain
 * numbers. A price the catalog does not hold (or holds in another currency) is NaN here, with the
 * catalog's own explanation kept for reasons and notes; it is never filled in (docs/billing-rules.md).
 */
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from "../model/conventions.js";
import { PriceUnavailableError } from "../model/errors.js";
import { bytesToBilledGB } from "../pricing/billing.js";
import { regionPrices, usdPriceOf } from "../pricing/catalog.js";
import type { Catalog } from "../pricing/catalog-schema.js";
import type { DimensionId } from "../pricing/dimensions.js";

export interface UnitPrice {
  /** USD per unit, or NaN when unavailable. */
  usd: number;
  /** Why unavailable (the catalog's message), or undefined. */
  missing?: string;
}

export class UnitPrices {
  readonly catalog: Catalog;
  readonly region: string;
  readonly hours: number;
  /** Months in the period (GB-month and MiB/s-month prices). */
  readonly months: number;
  /** Seconds in the period, for rates → bytes transferred. */
  readonly seconds: number;
  private readonly cache = new Map<string, UnitPrice>();

  /** Throws InputError (`unknown_region`, path `region`) when the catalog has no such region. */
  constructor(catalog: Catalog, region: string, hours: number) {
    regionPrices(catalog, region);
    this.catalog = catalog;
    this.region = region;
    this.hours = hours;
    this.months = hours / HOURS_PER_MONTH;
    this.seconds = hours * SECONDS_PER_HOUR;
  }

  get(dimension: DimensionId): UnitPrice {
    let p = this.cache.get(dimension);
    if (!p) {
      try {
        p = { usd: usdPriceOf(this.catalog, this.region, dimension, dimension).amount };
      } catch (e) {
        if (!(e instanceof PriceUnavailableError)) throw e;
        p = { usd: Number.NaN, missing: e.message };
      }
      this.cache.set(dimension, p);
    }
    return p;
  }

  /** USD per unit, NaN when unavailable. */
  usd(dimension: DimensionId): number {
    return this.get(dimension).usd;
  }
}

/** Bytes per second sustained over `seconds`, in billed GB (GiB, docs/billing-rules.md). */
export function rateToBilledGB(bytesPerSec: number, seconds: number): number {
  return bytesToBilledGB(bytesPerSec * seconds);
}
