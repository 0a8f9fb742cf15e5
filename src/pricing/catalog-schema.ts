/**
 * The price catalog: zod schema and inferred types. One catalog holds prices per region and
 * dimension, each with its provenance. A dimension with no sourced price is simply absent: it is
 * never filled by extrapolation.
 */
import * as z from "zod";
import { isDimensionId } from "./dimensions.js";

/**
 * How well a price is sourced, in words (docs/sources.md): published by AWS (an AWS-authored
 * source, or a refresh from the AWS Price List), confirmed by two independent public copies, or
 * one secondary source only.
 */
export const PRICE_STATUSES = [
  "published by AWS",
  "confirmed by two sources",
  "one secondary source",
] as const;

/** Codes older catalog files (and earlier caches) carry, read as their words. */
const LEGACY_STATUS: Record<string, (typeof PRICE_STATUSES)[number]> = {
  V1: "published by AWS",
  V2: "confirmed by two sources",
  S: "one secondary source",
};

export const PriceStatus = z.preprocess(
  (v) => (typeof v === "string" && Object.hasOwn(LEGACY_STATUS, v) ? LEGACY_STATUS[v] : v),
  z.enum(PRICE_STATUSES),
);

export const PriceFlag = z.enum([
  "unverified", // one secondary source: re-check first at refresh
  "suspect", // out of line with other sizes and regions (ap-south-1 kafka.m7g.large below us-east-1)
  "basis-unverified", // what quantity AWS bills is not stated (storage throughput: full or above 250 MiB/s)
]);

/** Each flag in words, as reports show it. */
export const PRICE_FLAG_WORDS: Record<z.infer<typeof PriceFlag>, string> = {
  unverified: "not checked against AWS",
  suspect: "suspect: out of line with other sizes and regions",
  "basis-unverified": "billing basis not confirmed",
};

/**
 * One price (zod schema; the type of the same name is its output): amount per unit in a currency,
 * with where it comes from and when.
 */
export const Price = z.object({
  /** Price per unit, in `currency`. Unrounded. */
  amount: z.number().nonnegative().finite(),
  currency: z.enum(["USD", "CNY"]).default("USD"),
  /** The Price List unit string, verbatim (`hours`, `GB-Mo`, `GB`, `MiBps-Mo`). */
  unit: z.string().min(1),
  /** Where it comes from, in words: "Amazon MSK pricing page (AWS), us-east-1, as of 2026-08-26". */
  source: z.string().min(1),
  /** A public URL where the price can be checked (https, or the offer file a refresh read). */
  sourceUrl: z
    .string()
    .regex(/^https?:\/\/\S+$/, "expected an http(s) URL")
    .optional(),
  /** Keys in the project's sources table (`msk-planner pricing sources`), for bundled prices. */
  sourceKeys: z.array(z.string().min(1)).optional(),
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

/**
 * The price catalog (zod schema; the type of the same name is its output): prices per region and
 * dimension, with the catalog's source and date. Exported as a value as `CatalogSchema`.
 */
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
