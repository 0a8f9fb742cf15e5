/**
 * Usage: what IaC does not say (data written, stored, read back, replicated, crossing AZs;
 * Serverless partitions). A usage file maps resource addresses to usage fields — the `price`
 * flag names, in the same human units — or, for an MSK cluster, to a `workload` in the workload
 * file's schema, from which the usage is derived as the planner derives it. A defaults file maps
 * resource types to the same entries. This module parses them (pure: workload files named by
 * path are read by the caller) and turns a workload into usage.
 */
import { SECONDS_PER_HOUR } from "../model/conventions.js";
import { deriveDemand } from "../model/derive-demand.js";
import { InputError } from "../model/errors.js";
import type { Workload } from "../model/workload.js";
import { parseWorkload } from "../model/workload-schema.js";
import { CONFIG_FIELDS } from "../pricing/config-fields.js";
import { parseValue } from "../pricing/configuration-file.js";

/** Usage fields, by their `price` flag name, and the canonical configuration key each becomes. */
export const USAGE_FIELDS = [
  "tieredStored",
  "tieredRetrieved",
  "crossAz",
  "dataWritten",
  "stored",
  "partitions",
  "dataIn",
  "dataOut",
  "replicated",
  "privateData",
] as const;
export type UsageField = (typeof USAGE_FIELDS)[number];

/** Usage of one resource in canonical units (bytes; partitions a count). */
export interface ResourceUsage {
  values: Partial<Record<UsageField, number>>;
  /** The workload of an MSK cluster (usage derived from it; `--recommend` plans it). */
  workload?: Workload;
  /** Where it came from, for the output: "usage file", "usage defaults for aws_msk_cluster". */
  from: string;
}

/** Usage by resource address, and defaults by resource type. */
export interface Usage {
  byAddress: Readonly<Record<string, ResourceUsage>>;
  byType: Readonly<Record<string, ResourceUsage>>;
}

export const NO_USAGE: Usage = { byAddress: {}, byType: {} };

function parseEntry(raw: unknown, path: string, from: string): ResourceUsage {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new InputError(path, `expected a mapping of usage fields (${USAGE_FIELDS.join(", ")}) or workload`);
  const values: Partial<Record<UsageField, number>> = {};
  let workload: Workload | undefined;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === "workload") {
      try {
        workload = parseWorkload(v);
      } catch (e) {
        if (e instanceof InputError) throw new InputError(`${path}.workload`, e.message, e.code);
        throw e;
      }
      continue;
    }
    if (!(USAGE_FIELDS as readonly string[]).includes(k))
      throw new InputError(
        `${path}.${k}`,
        `unknown usage field (expected one of ${USAGE_FIELDS.join(", ")}, or workload)`,
        "unknown_field",
      );
    values[k as UsageField] = parseValue(CONFIG_FIELDS[k as UsageField].parse, v, `${path}.${k}`) as number;
  }
  return { values, ...(workload ? { workload } : {}), from };
}

function parseMapping(raw: unknown, label: string, what: string): Record<string, ResourceUsage> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new InputError(label, `expected a mapping of ${what} to usage`);
  return Object.fromEntries(
    Object.entries(raw as Record<string, unknown>).map(([k, v]) => [
      k,
      parseEntry(v, `${label}: ${k}`, `${label}`),
    ]),
  );
}

/**
 * Parse a usage file (addresses → entries) and a defaults file (resource types → entries); either
 * may be absent. A `workload` given as a path must already be replaced by its parsed content.
 */
export function parseUsage(
  file?: { content: unknown; label: string },
  defaults?: { content: unknown; label: string },
): Usage {
  return {
    byAddress: file ? parseMapping(file.content, file.label, "resource addresses") : {},
    byType: defaults ? parseMapping(defaults.content, defaults.label, "resource types") : {},
  };
}

/** The usage of a resource: its own entry, else the defaults for its type, else none. */
export function usageOf(usage: Usage, address: string, type: string): ResourceUsage | undefined {
  return usage.byAddress[address] ?? usage.byType[type];
}

/**
 * Usage values a workload implies for an MSK cluster over `hours`, as the planner's options
 * derive them: data written and in = average ingress × seconds, out = average egress × seconds,
 * stored = bytes retained (one copy), tiered = bytes beyond local retention, cross-AZ = average
 * client bytes crossing an AZ × seconds, partitions = leader partitions. Explicit values win.
 */
export function usageFromWorkload(u: ResourceUsage, hours: number): Partial<Record<UsageField, number>> {
  if (!u.workload) return u.values;
  const d = deriveDemand(u.workload);
  const s = hours * SECONDS_PER_HOUR;
  return {
    dataWritten: d.ingressBytesPerSec * s,
    dataIn: d.ingressBytesPerSec * s,
    dataOut: d.egressBytesPerSec * s,
    stored: d.retainedBytes,
    tieredStored: d.tieredStoredBytes,
    crossAz: d.crossAzBytesPerSec * s,
    partitions: d.partitions,
    ...u.values,
  };
}
