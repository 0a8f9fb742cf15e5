/**
 * `msk-planner pricing refresh`: fetch live AmazonMSK prices (public offer files by default, or
 * the Price List API), validate, and write the catalog atomically to the cache folder or --out.
 * A failed or partial refresh writes nothing: the previous catalog stays untouched (exit 1), unless
 * `--accept-partial` is given (then dimensions with invalid prices are left out and listed).
 * Concurrent refreshes into one file are serialised: the previous catalog is read, merged and
 * replaced under a lock (src/cli/file-lock.ts), so each run keeps the regions the others wrote.
 */

import { existsSync } from "node:fs";
import type { UnrecognisedItem } from "../../aws/normalise.js";
import { mergeRefreshed, type RefreshSource, refreshCatalog } from "../../aws/refresh.js";
import { InputError } from "../../model/errors.js";
import { parseDuration } from "../../model/units.js";
import { Catalog } from "../../pricing/catalog-schema.js";
import { atomicWrite, checkReplaceable } from "../../report/atomic.js";
import { refreshedCatalogPath } from "../catalog.js";
import { withFileLock } from "../file-lock.js";
import { onInterrupt } from "../interrupt.js";
import { readStructuredFile } from "../io.js";
import { fileOnly } from "../stdio.js";

export interface PricingRefreshArgs {
  regions: string;
  source: string;
  out?: string;
  offersUrl?: string;
  endpoint?: string;
  timeout: string;
  verbose?: boolean;
  acceptPartial?: boolean;
}

const REGION_CODE = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** `all` or a comma-separated list of region codes. */
export function parseRegions(value: string): string[] | "all" {
  const v = value.trim();
  if (v === "all") return "all";
  const list = v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0)
    throw new InputError(
      "--regions",
      `expected "all" or region codes such as "us-east-1,eu-west-1", got "${value}"`,
    );
  for (const r of list) {
    if (!REGION_CODE.test(r))
      throw new InputError("--regions", `expected region codes such as "us-east-1", got "${r}"`);
  }
  return [...new Set(list)];
}

function parseUrl(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    const u = new URL(value);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
    return value.replace(/\/+$/, "");
  } catch {
    throw new InputError(flag, `expected an http(s) URL such as "http://127.0.0.1:4566", got "${value}"`);
  }
}

/** The previous catalog at the destination, if it is a valid one (a refresh of some regions keeps the others). */
function previousCatalog(path: string): Catalog | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const parsed = Catalog.safeParse(readStructuredFile(path, "--out"));
    return parsed.success && parsed.data.source !== "bundled" ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A progress bar on stderr, only on a terminal (cli-progress, loaded only then). */
export async function progressBar(what = "regions"): Promise<{
  update: (done: number, total: number, region?: string) => void;
  stop: () => void;
}> {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const { default: progress } = await import("cli-progress");
  const bar = new progress.SingleBar(
    {
      stream: process.stderr,
      format: `${what === "regions" ? "prices" : "metrics"} {bar} {value}/{total} ${what}  {region}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    progress.Presets.shades_classic,
  );
  let started = false;
  const stop = () => {
    if (started) bar.stop();
    started = false;
  };
  // Ctrl-C mid-run: stop the bar, which shows the cursor again (src/cli/interrupt.ts).
  const forget = onInterrupt(stop);
  return {
    update: (done, total, region) => {
      if (!started) {
        bar.start(total, done, { region: "" });
        started = true;
      } else bar.update(done, { region: region ?? "" });
    },
    stop: () => {
      forget();
      stop();
    },
  };
}

function describeUnrecognised(u: UnrecognisedItem): string {
  return `  ${u.region}  ${u.usageType}  sku ${u.sku}: ${u.reason}`;
}

export async function handler(argv: PricingRefreshArgs): Promise<void> {
  const regions = parseRegions(argv.regions);
  if (argv.source !== "offers" && argv.source !== "api")
    throw new InputError("--source", `expected "offers" or "api", got "${argv.source}"`);
  const source: RefreshSource = argv.source;
  const offersHost = parseUrl(argv.offersUrl, "--offers-url");
  const endpoint = parseUrl(argv.endpoint, "--endpoint");
  const timeoutSeconds = parseDuration(argv.timeout, "--timeout");
  if (!(timeoutSeconds > 0))
    throw new InputError("--timeout", `expected a duration above zero, got "${argv.timeout}"`);
  fileOnly("--out", argv.out, "the catalog");
  const out = argv.out ?? refreshedCatalogPath();
  // Before any network call: a directory or FIFO at the destination is refused (a FIFO would block).
  checkReplaceable(out, "--out");

  const bar = await progressBar();
  let result: Awaited<ReturnType<typeof refreshCatalog>>;
  try {
    result = await refreshCatalog({
      source,
      regions,
      now: new Date(),
      offersHost,
      endpoint,
      timeoutSeconds,
      acceptPartial: argv.acceptPartial === true,
      onProgress: bar.update,
    });
  } finally {
    bar.stop();
  }
  const catalog = await withFileLock(out, () => {
    const merged = mergeRefreshed(previousCatalog(out), result.catalog);
    atomicWrite(out, `${JSON.stringify(merged, null, 2)}\n`, "--out");
    return merged;
  });

  const fetched = Object.keys(result.catalog.regions);
  const prices = fetched.reduce((n, r) => n + Object.keys(result.catalog.regions[r] ?? {}).length, 0);
  const lines = [
    `Refreshed ${prices} prices in ${fetched.length} region${fetched.length === 1 ? "" : "s"} (${fetched.join(", ")}) from ${source === "offers" ? "the AWS public offer files" : "the AWS Price List API"}, ${result.catalog.date}.`,
    `Wrote ${out}${Object.keys(catalog.regions).length > fetched.length ? ` (kept ${Object.keys(catalog.regions).length - fetched.length} other regions from the previous refresh)` : ""}.`,
    `${result.unrecognised.length} of ${result.itemCount} price list items not recognised${result.unrecognised.length && !argv.verbose ? " (--verbose lists them)" : ""}${result.unrecognised.length && argv.verbose ? ":" : "."}`,
  ];
  if (argv.verbose) lines.push(...result.unrecognised.map(describeUnrecognised));
  if (result.invalid.length) {
    lines.push(
      `${result.invalid.length} invalid price${result.invalid.length === 1 ? "" : "s"} left out (--accept-partial); these dimensions are missing from the catalog:`,
      ...result.invalid.map((x) => `  ${x.region}  ${x.dimension}  sku ${x.sku}: ${x.reason}`),
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
