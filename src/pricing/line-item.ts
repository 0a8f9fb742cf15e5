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
  /** The price's provenance, one line: "bundled: [A1], [U3] (2026-09-11, V1)". */
  source: string;
  /** The catalog dimension priced (added field; lets reports and simulators find the price). */
  dimension: DimensionId | string;
}

export function lineItem(
  component: string,
  quantity: number,
  unit: string,
  unitPriceUsd: number,
  source: string,
  dimension: DimensionId | string,
): LineItem {
  return { component, quantity, unit, unitPriceUsd, costUsd: quantity * unitPriceUsd, source, dimension };
}

export function totalUsd(items: readonly LineItem[]): number {
  let t = 0;
  for (const i of items) t += i.costUsd;
  return t;
}
