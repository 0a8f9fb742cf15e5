/**
 * The shape of one AmazonMSK Price List item (a GetProducts `PriceList` entry) and of a bulk offer
 * file, as zod schemas. Sources: docs/billing-rules.md (item: product + terms),
 * docs/design.md (reconstructed item) and (offer file: `products{sku→product}` +
 * `terms.OnDemand{sku→{term→…}}`, one extra `<sku>` level). Unknown fields pass through untouched:
 * AWS adds attributes over time and the normaliser must not reject an item for that.
 */
import * as z from "zod";

export const PriceDimension = z.looseObject({
  rateCode: z.string().optional(),
  description: z.string().optional(),
  beginRange: z.string().optional(),
  endRange: z.string().optional(),
  unit: z.string(),
  /** `{ "USD": "0.2100000000" }`: a decimal string per currency. */
  pricePerUnit: z.record(z.string(), z.string()),
});

export const OfferTerm = z.looseObject({
  offerTermCode: z.string().optional(),
  sku: z.string().optional(),
  effectiveDate: z.string().optional(),
  priceDimensions: z.record(z.string(), PriceDimension),
});

export const Product = z.looseObject({
  sku: z.string().min(1),
  productFamily: z.string().optional(),
  attributes: z.record(z.string(), z.string()),
});

/** One GetProducts item: a product with its own terms (`terms.OnDemand` keyed `<sku>.<term>`). */
export const PriceListItem = z.looseObject({
  product: Product,
  serviceCode: z.string().optional(),
  terms: z.looseObject({ OnDemand: z.record(z.string(), OfferTerm).optional() }),
  version: z.string().optional(),
  publicationDate: z.string().optional(),
});

/** A bulk offer file (one region's `index.json`): products and terms in separate maps, joined by SKU. */
export const OfferFile = z.looseObject({
  formatVersion: z.string().optional(),
  offerCode: z.string().optional(),
  version: z.string().optional(),
  publicationDate: z.string().optional(),
  products: z.record(z.string(), Product),
  terms: z.looseObject({ OnDemand: z.record(z.string(), z.record(z.string(), OfferTerm)).optional() }),
});

/** The MSK region index: `regions` keyed by region code, `currentVersionUrl` relative to the host. */
export const RegionIndex = z.looseObject({
  publicationDate: z.string().optional(),
  regions: z.record(
    z.string(),
    z.looseObject({ regionCode: z.string().optional(), currentVersionUrl: z.string().min(1) }),
  ),
});

export type PriceDimension = z.infer<typeof PriceDimension>;
export type OfferTerm = z.infer<typeof OfferTerm>;
export type Product = z.infer<typeof Product>;
export type PriceListItem = z.infer<typeof PriceListItem>;
export type OfferFile = z.infer<typeof OfferFile>;
export type RegionIndex = z.infer<typeof RegionIndex>;

/**
 * A bulk offer file as per-SKU GetProducts-shaped items, so one normaliser serves both sources
 * (docs/design.md). A product with no on-demand terms becomes an item with none: the normaliser
 * lists it as unrecognised rather than dropping it.
 */
export function offerFileToItems(offer: OfferFile): PriceListItem[] {
  const onDemand = offer.terms.OnDemand ?? {};
  return Object.values(offer.products).map((product) => ({
    product,
    serviceCode: offer.offerCode,
    terms: { OnDemand: onDemand[product.sku] ?? {} },
    version: offer.version,
    publicationDate: offer.publicationDate,
  }));
}
