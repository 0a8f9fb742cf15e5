/**
 * The one cost-line type. Every calculator returns a list of these; a total is the sum of its
 * lines; rounding happens only when shown (src/report). costUsd = quantity × unitPriceUsd.
 */
import type { DimensionId } from "./dimensions.js";

/**
 * One priced cost: what is charged, quantity and unit over the billing period, unit price,
 * `costUsd` = quantity × unit price, and where the price comes from.
 */
export interface LineItem {
  /** What is charged, for people: "Broker instances (kafka.m5.large)". */
  component: string;
  /** Billed quantity in `unit`, over the billing period. */
  quantity: number;
  /** Billed unit: "broker-hours", "GB-months", "GB", "MCU-hours" … */
  unit: string;
  unitPriceUsd: number;
  costUsd: number;
  /**
   * The price's provenance in words: "AWS MSK sizing script (agent toolkit for AWS), us-east-1, as
   * of 2026-08-20; published by AWS". See `msk-planner pricing sources`.
   */
  source: string;
  /** A public URL where the price can be checked; null only for a figure the user supplied. */
  sourceUrl: string | null;
  /** The catalog dimension priced (added field; lets reports and simulators find the price). */
  dimension: DimensionId | string;
}

/** Where a price comes from: in words, and a URL to check it (null only for user-supplied figures). */
export interface Provenance {
  source: string;
  sourceUrl: string | null;
}

/** Make a {@link LineItem}; `costUsd` is `quantity × unitPriceUsd`, unrounded. */
export function lineItem(
  component: string,
  quantity: number,
  unit: string,
  unitPriceUsd: number,
  provenance: Provenance,
  dimension: DimensionId | string,
): LineItem {
  return {
    component,
    quantity,
    unit,
    unitPriceUsd,
    costUsd: quantity * unitPriceUsd,
    source: provenance.source,
    sourceUrl: provenance.sourceUrl,
    dimension,
  };
}

/** Sum of the line items' `costUsd` (unrounded; rounding happens only when shown). */
export function totalUsd(items: readonly LineItem[]): number {
  let t = 0;
  for (const i of items) t += i.costUsd;
  return t;
}

/**
 * A cost the configuration incurs but the catalog cannot price (no sourced price for the region,
 * or one in another currency). It is listed, never counted as zero: a total without it is a lower
 * bound. `name` is the dimension in words ("cross-AZ transfer"), `reason` the catalog's explanation.
 */
export interface MissingPrice {
  dimension: DimensionId | string;
  name: string;
  reason: string;
}

/** How completely a total is priced: every line ("complete"), some ("partial"), none ("none"). */
export type PricedStatus = "complete" | "partial" | "none";

/** A line a calculator returns: priced, or a price the catalog lacks. */
export type PriceLine = LineItem | MissingPrice;

export function isLineItem(l: PriceLine): l is LineItem {
  return "costUsd" in l;
}

/** Completeness from the counts of priced and unpriced costs. */
export function pricedStatus(priced: number, missing: number): PricedStatus {
  return missing === 0 ? "complete" : priced === 0 ? "none" : "partial";
}

/** The sum of the priced lines (a missing price adds nothing: a lower bound when any is missing). */
export function pricedUsd(lines: readonly PriceLine[]): number {
  let t = 0;
  for (const l of lines) if (isLineItem(l)) t += l.costUsd;
  return t;
}

/** Split calculator lines into the priced items and the missing prices (order kept). */
export function splitLines(lines: readonly PriceLine[]): {
  lineItems: LineItem[];
  missingPrices: MissingPrice[];
} {
  const lineItems: LineItem[] = [];
  const missingPrices: MissingPrice[] = [];
  for (const l of lines) {
    if (isLineItem(l)) lineItems.push(l);
    else if (!missingPrices.some((m) => m.dimension === l.dimension)) missingPrices.push(l);
  }
  return { lineItems, missingPrices };
}
