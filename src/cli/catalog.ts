/**
 * Which price catalog a command uses: `--catalog FILE` (YAML or JSON, validated against the
 * catalog schema), else the refreshed catalog `msk-planner pricing refresh` wrote to the user's
 * cache folder (said on stderr, with its date) layered over the bundled snapshot, else the
 * bundled snapshot.
 */
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { bundledCatalog } from "../pricing/bundled-catalog.js";
import { layerCatalog } from "../pricing/catalog.js";
import { Catalog } from "../pricing/catalog-schema.js";
import { inputErrorFromZod } from "../pricing/schema-errors.js";
import { readStructuredFile } from "./io.js";

export interface LoadedCatalog {
  catalog: Catalog;
  /** Where it came from, for people: "bundled snapshot" or the file path. */
  origin: string;
}

/**
 * The cache folder: $MSK_PLANNER_CACHE_DIR (tests set it, so they never touch the real home),
 * else $XDG_CACHE_HOME/msk-planner, else ~/.cache/msk-planner.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MSK_PLANNER_CACHE_DIR) return env.MSK_PLANNER_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "msk-planner");
}

/** Where `pricing refresh` writes the refreshed catalog by default, and where commands look for it. */
export function refreshedCatalogPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(cacheDir(env), "catalog.json");
}

/**
 * Load the catalog for a command. A missing or invalid file is an InputError (exit 2) naming the
 * field. The refreshed catalog is layered over the bundled snapshot (prices the refresh lacks —
 * PST, cross-AZ, regions not refreshed — stay available), unless `layered` is false (`pricing diff`
 * compares the refresh itself).
 */
export function loadCatalog(opts: {
  catalog?: string | undefined;
  quiet?: boolean;
  layered?: boolean;
}): LoadedCatalog {
  if (opts.catalog) {
    const raw = readStructuredFile(opts.catalog, "--catalog");
    const parsed = Catalog.safeParse(raw);
    if (!parsed.success) throw inputErrorFromZod(parsed.error, `--catalog ${opts.catalog}:`);
    return { catalog: parsed.data, origin: opts.catalog };
  }
  const cached = refreshedCatalogPath();
  if (existsSync(cached)) {
    const parsed = Catalog.safeParse(readStructuredFile(cached, "refreshed catalog"));
    if (!parsed.success)
      throw inputErrorFromZod(
        parsed.error,
        `refreshed catalog ${cached} (run \`msk-planner pricing refresh\` again, or delete it):`,
      );
    const origin = `refreshed catalog ${cached} (${parsed.data.source}, ${parsed.data.date})`;
    if (opts.layered === false) return { catalog: parsed.data, origin };
    const bundled = bundledCatalog();
    const layered = `${origin}, over the bundled snapshot (${bundled.date}) for prices it lacks`;
    if (!opts.quiet) process.stderr.write(`msk-planner: using the ${layered}\n`);
    return { catalog: layerCatalog(bundled, parsed.data), origin: layered };
  }
  return { catalog: bundledCatalog(), origin: "bundled snapshot" };
}
