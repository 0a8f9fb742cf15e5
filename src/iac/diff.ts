/**
 * `diff --iac`: what a change to infrastructure as code does to the monthly cost, per resource
 * and in total. Both sides are priced by {@link priceIac}; this compares the two results. Pure.
 * A side with lines not priced (usage missing, values unresolved) makes the change a change of
 * the priced lines only, and says so.
 */
import type { IacPriceResult, IacResourcePrice, PricedStatus } from "./price-iac.js";

export type ResourceChangeKind = "added" | "removed" | "changed" | "unchanged";

export interface LineChange {
  component: string;
  baseUsd: number;
  newUsd: number;
  deltaUsd: number;
}

export interface ResourceChange {
  address: string;
  type: string;
  change: ResourceChangeKind;
  baseUsd: number;
  newUsd: number;
  deltaUsd: number;
  /** Whether either side left lines unpriced: the delta is then of the priced lines only. */
  priced: { base: PricedStatus | null; new: PricedStatus | null };
  lines: LineChange[];
}

export interface IacDiff {
  region: string;
  hours: number;
  catalog: { source: string; date: string };
  base: { sources: IacPriceResult["sources"]; totalUsd: number; priced: PricedStatus };
  new: { sources: IacPriceResult["sources"]; totalUsd: number; priced: PricedStatus };
  /** Resources in address order; unchanged ones included (renderers may hide them). */
  resources: ResourceChange[];
  deltaUsd: number;
}

function lineChanges(a: IacResourcePrice | undefined, b: IacResourcePrice | undefined): LineChange[] {
  const sums = new Map<string, { baseUsd: number; newUsd: number }>();
  const add = (r: IacResourcePrice | undefined, side: "baseUsd" | "newUsd") => {
    for (const l of r?.lineItems ?? []) {
      const s = sums.get(l.component) ?? { baseUsd: 0, newUsd: 0 };
      s[side] += l.costUsd;
      sums.set(l.component, s);
    }
  };
  add(a, "baseUsd");
  add(b, "newUsd");
  return [...sums].map(([component, s]) => ({ component, ...s, deltaUsd: s.newUsd - s.baseUsd }));
}

/** Compare two priced IaC results (same catalog and period), resource by resource. */
export function diffIac(base: IacPriceResult, next: IacPriceResult): IacDiff {
  const before = new Map(base.resources.map((r) => [r.address, r]));
  const after = new Map(next.resources.map((r) => [r.address, r]));
  const addresses = [...new Set([...before.keys(), ...after.keys()])].sort();
  const resources = addresses.map((address): ResourceChange => {
    const a = before.get(address);
    const b = after.get(address);
    const lines = lineChanges(a, b);
    const baseUsd = a?.totalUsd ?? 0;
    const newUsd = b?.totalUsd ?? 0;
    const same =
      a !== undefined &&
      b !== undefined &&
      JSON.stringify(a.configuration) === JSON.stringify(b.configuration) &&
      lines.every((l) => l.deltaUsd === 0) &&
      a.missingPrices.length === b.missingPrices.length;
    return {
      address,
      type: (b ?? a)?.type ?? "",
      change: a === undefined ? "added" : b === undefined ? "removed" : same ? "unchanged" : "changed",
      baseUsd,
      newUsd,
      deltaUsd: newUsd - baseUsd,
      priced: { base: a?.priced ?? null, new: b?.priced ?? null },
      lines,
    };
  });
  return {
    region: next.region,
    hours: next.hours,
    catalog: next.catalog,
    base: { sources: base.sources, totalUsd: base.totalUsd, priced: base.priced },
    new: { sources: next.sources, totalUsd: next.totalUsd, priced: next.priced },
    resources,
    deltaUsd: next.totalUsd - base.totalUsd,
  };
}
