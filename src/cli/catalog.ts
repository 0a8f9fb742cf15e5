/**
 * Which price catalog a command uses: `--catalog FILE` (YAML or JSON, validated against the
 * catalog schema) or the bundled snapshot. (A refreshed cache, once `pricing refresh` exists, is
 * consulted between the two.)
 */
import { bundledCatalog } from "../pricing/bundled-catalog.js";
import { Catalog } from "../pricing/catalog-schema.js";
import { inputErrorFromZod } from "../pricing/schema-errors.js";
import { readStructuredFile } from "./io.js";

export interface LoadedCatalog {
  catalog: Catalog;
  /** Where it came from, for people: "bundled snapshot" or the file path. */
  origin: string;
}

/** Load the catalog for a command. A missing or invalid file is an InputError (exit 2) naming the field. */
export function loadCatalog(opts: { catalog?: string | undefined }): LoadedCatalog {
  if (opts.catalog) {
    const raw = readStructuredFile(opts.catalog, "--catalog");
    const parsed = Catalog.safeParse(raw);
    if (!parsed.success) throw inputErrorFromZod(parsed.error, `--catalog ${opts.catalog}:`);
    return { catalog: parsed.data, origin: opts.catalog };
  }
  return { catalog: bundledCatalog(), origin: "bundled snapshot" };
}
