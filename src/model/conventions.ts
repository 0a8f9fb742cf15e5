/**
 * Billing and unit conventions: every one is a named constant here, and nowhere else.
 * Sources: docs/billing-rules.md (#3 hours per month, #4 GB means GiB).
 */

/** A billing month is 730 hours (docs/billing-rules.md; Infracost and AWS's msk_sizing.py use 730). */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
/** A month as a duration (e.g. `retention: 1 month`) follows the billing month: 730 h. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;
export const SECONDS_PER_YEAR = 12 * SECONDS_PER_MONTH;

export const BYTES_PER_KIB = 1024;
export const BYTES_PER_MIB = 1024 ** 2;
export const BYTES_PER_GIB = 1024 ** 3;
export const BYTES_PER_TIB = 1024 ** 4;
/** SI megabyte: "MB/s" and AWS quota tables' "MBps" are 10^6 bytes/s (docs/sizing-model.md conflict C7). */
export const BYTES_PER_MB = 1e6;

/**
 * A billed "GB" (Price List unit strings `GB`, `GB-Mo`) is a GiB, 2^30 bytes, as AWS bills EBS and
 * MSK (docs/billing-rules.md). Convert only through {@link bytesToBilledGB} in src/pricing/billing.ts.
 */
export const BYTES_PER_BILLED_GB = BYTES_PER_GIB;
