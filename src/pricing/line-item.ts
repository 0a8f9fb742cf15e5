/**
 * The one cost-line type. Every calculator returns a list of these; a total is the sum of its
 * lines; rounding happens only when shown (src/report). costUsd = quantity × unitPriceUsd.
 */
import type { DimensionId } from "./dimensions.js";

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

export function totalUsd(items: readonly LineItem[]): number {
  let t = 0;
  for (const i of items) t += i.costUsd;
  return t;
}
