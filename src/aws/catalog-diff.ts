/**
 * What changed between two catalogs (pure): per region and dimension, added, removed or changed
 * prices, with the relative change where both are in the same currency. Used by `pricing diff`
 * to compare a refreshed catalog with the bundled snapshot.
 */
import type { Catalog, Price } from "../pricing/catalog-schema.js";

export type ChangeKind = "added" | "removed" | "changed" | "unchanged";

/**
 * One price that differs between two catalogs: region, dimension, kind of change, before and
 * after.
 */
export interface PriceChange {
  region: string;
  dimension: string;
  kind: ChangeKind;
  before: Pick<Price, "amount" | "currency" | "unit"> | null;
  after: Pick<Price, "amount" | "currency" | "unit"> | null;
  /** (after − before) ÷ before, same currency and before > 0; else null. */
  relative: number | null;
}

/**
 * Result of {@link diffCatalogs}: the regions compared and every price added, removed or changed,
 * with counts.
 */
export interface CatalogDiff {
  /** Regions compared: those of `after` (a refresh covers the regions it fetched). */
  regions: string[];
  changes: PriceChange[];
  counts: Record<ChangeKind, number>;
}

function pick(p: Price | undefined) {
  return p ? { amount: p.amount, currency: p.currency, unit: p.unit } : null;
}

/**
 * Compare `after` with `before`, region by region, over the regions of `after`.
 * Sorted by region, then dimension.
 */
export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const changes: PriceChange[] = [];
  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  const regions = Object.keys(after.regions).sort();
  for (const region of regions) {
    const b = before.regions[region] ?? {};
    const a = after.regions[region] ?? {};
    const dims = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
    for (const dimension of dims) {
      const pb = b[dimension];
      const pa = a[dimension];
      const kind: ChangeKind = !pb
        ? "added"
        : !pa
          ? "removed"
          : pb.amount === pa.amount && pb.currency === pa.currency && pb.unit === pa.unit
            ? "unchanged"
            : "changed";
      const relative =
        pb && pa && pb.currency === pa.currency && pb.amount > 0 ? (pa.amount - pb.amount) / pb.amount : null;
      counts[kind]++;
      changes.push({ region, dimension, kind, before: pick(pb), after: pick(pa), relative });
    }
  }
  return { regions, changes, counts };
}
