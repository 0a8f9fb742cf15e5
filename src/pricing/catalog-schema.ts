/**
 * The price catalog: zod schema and inferred types. One catalog holds prices per region and
 * dimension, each with its provenance. A dimension with no sourced price is simply absent
 * (pricing.md status ✘): it is never filled by extrapolation.
 */
import { z } from "zod";
import { isDimensionId } from "./dimensions.js";

/** Source status, pricing.md "Status tags": V1 AWS-authored, V2 two independent copies, S one third party. */
export const PriceStatus = z.enum(["V1", "V2", "S"]);

export const PriceFlag = z.enum([
  "unverified", // status S: re-check first at refresh
  "suspect", // e.g. ap-south-1 m7g.large below us-east-1 (pricing.md §8 #11)
  "basis-unverified", // e.g. PST billed on the full provisioned MiB/s (pricing.md §8 #2)
]);

export const Price = z.object({
  /** Price per unit, in `currency`. Unrounded. */
  amount: z.number().nonnegative().finite(),
  currency: z.enum(["USD", "CNY"]).default("USD"),
  /** The Price List unit string, verbatim (`hours`, `GB-Mo`, `GB`, `MiBps-Mo`). */
  unit: z.string().min(1),
  /** Where it comes from: reference source keys for the bundled snapshot, or the URL / API for a refresh. */
  source: z.string().min(1),
  /** Date of the source (YYYY-MM-DD): publication or effective date where known, else the read date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  status: PriceStatus.optional(),
  flags: z.array(PriceFlag).optional(),
  usageType: z.string().optional(),
  sku: z.string().optional(),
});

export const RegionPrices = z.record(z.string(), Price).superRefine((prices, ctx) => {
  for (const key of Object.keys(prices)) {
    if (!isDimensionId(key))
      ctx.addIssue({ code: "custom", path: [key], message: `unknown price dimension "${key}"` });
  }
});

export const Catalog = z.object({
  schemaVersion: z.literal(1),
  /** `bundled` snapshot, or a refresh from the public `offers` files or the Price List `api`. */
  source: z.enum(["bundled", "offers", "api", "file"]),
  /** The catalog's date: the newest source date for the bundle; the fetch date for a refresh. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
  description: z.string().optional(),
  regions: z.record(z.string(), RegionPrices),
});

export type PriceStatus = z.infer<typeof PriceStatus>;
export type PriceFlag = z.infer<typeof PriceFlag>;
export type Price = z.infer<typeof Price>;
export type Catalog = z.infer<typeof Catalog>;
export type CatalogInput = z.input<typeof Catalog>;
