/**
 * The adapter from human input to a ClusterConfig: a configuration file (YAML/JSON, camelCase
 * fields equal to the CLI flag names, human units) and/or flags, flags overriding the file.
 * Units are parsed here, once, by the unit parser; the calculators only see canonical numbers.
 * Errors name the field as the user wrote it: `--storage-per-broker` for a flag,
 * `cluster.yaml: storagePerBroker` for a file field.
 */
import * as z from "zod";
import { HOURS_PER_MONTH } from "../model/conventions.js";
import { InputError, PriceUnavailableError } from "../model/errors.js";
import { instanceKindOf } from "../model/instances.js";
import { parseCount, parseRate, parseSize } from "../model/units.js";
import { CONFIG_FIELDS, type ConfigFieldName, type FieldParse, flagOf } from "./config-fields.js";
import type { ClusterConfig, DeploymentKind } from "./configuration.js";
import { inputErrorFromZod } from "./schema-errors.js";
import { validateConfig } from "./validate-config.js";

/** The region when none is given. */
export const DEFAULT_REGION = "us-east-1";

const HumanValue = z.union([z.string(), z.number()], {
  error: 'expected a number, or a string with a unit such as "1000GiB"',
});

const fieldShape = Object.fromEntries(
  Object.keys(CONFIG_FIELDS).map((k) => [k, HumanValue.optional()]),
) as Record<ConfigFieldName, z.ZodOptional<typeof HumanValue>>;

/** A configuration file (and the flags), as people write it. Unknown fields are rejected. */
export const HumanClusterConfig = z.strictObject({
  ...fieldShape,
  region: z.string({ error: "expected a region name such as us-east-1" }).optional(),
  instance: z.string({ error: "expected an instance type such as kafka.m5.large" }).optional(),
  kind: z
    .enum(["standard", "express", "serverless"], { error: "expected standard, express or serverless" })
    .optional(),
  /** Billing period in hours (default 730), or `days` (× 24). */
  hours: HumanValue.optional(),
  days: HumanValue.optional(),
});
export type HumanClusterConfig = z.infer<typeof HumanClusterConfig>;

/** Required fields per kind (others are optional: PST, tiered storage, add-ons). */
const REQUIRED: Record<DeploymentKind, readonly ConfigFieldName[]> = {
  standard: ["instance", "brokers", "storagePerBroker"],
  express: ["instance", "brokers", "dataWritten", "stored"],
  serverless: ["partitions", "dataIn", "dataOut", "stored"],
};

/** Input of {@link configFromInput}: a parsed configuration file and/or flag values (flags win). */
export interface ConfigInput {
  /** Parsed file content (unknown: validated here), if a file was given. */
  file?: unknown;
  /** How to name the file in errors, e.g. its path. */
  fileLabel?: string;
  /** Flag values (camelCase names), undefined for flags not given. */
  flags?: Partial<Record<keyof HumanClusterConfig, unknown>>;
}

export interface ConfigFromInput {
  config: ClusterConfig;
  hours: number;
  /** How the user named `field` (flag or file field): use it to relabel later errors. */
  pathOf: (field: string) => string;
}

/** Parse one human value by its field's rule (units, whole counts); errors name `path`. */
export function parseValue(parse: FieldParse, value: unknown, path: string): number | string {
  switch (parse) {
    case "string":
      return String(value);
    case "size":
      return parseSize(value, path);
    case "rate":
      return parseRate(value, path);
    case "count":
      return parseCount(value, path);
    case "wholeCount":
      return parseCount(value, path, { integer: true });
    case "positiveWholeCount":
      return parseCount(value, path, { integer: true, min: 1 });
  }
}

/** Re-throw an InputError whose path is a human field name under the name the user used. */
export function relabel(e: unknown, pathOf: (field: string) => string): never {
  if (
    e instanceof InputError &&
    e.path &&
    (e.path in CONFIG_FIELDS || e.path === "kind" || e.path === "hours")
  ) {
    const message = e.problems[0]?.message ?? e.message;
    if (e instanceof PriceUnavailableError) throw new PriceUnavailableError(pathOf(e.path), message);
    throw new InputError(pathOf(e.path), message, e.code);
  }
  throw e;
}

/**
 * Build a validated ClusterConfig and billing hours from a file and flags (flags win). Throws
 * InputError naming the field for unknown fields, bare numbers where a unit is needed, missing
 * required fields, fields that do not belong to the kind and values out of range.
 */
export function configFromInput(input: ConfigInput): ConfigFromInput {
  const fileLabel = input.fileLabel ?? "file";
  let file: HumanClusterConfig = {};
  if (input.file !== undefined) {
    if (input.file === null || typeof input.file !== "object" || Array.isArray(input.file)) {
      throw new InputError(
        fileLabel,
        "expected a mapping of configuration fields (region, instance, brokers, …)",
      );
    }
    const parsed = HumanClusterConfig.safeParse(input.file);
    if (!parsed.success)
      throw inputErrorFromZod(parsed.error, `${fileLabel}:`, Object.keys(HumanClusterConfig.shape));
    file = parsed.data;
  }
  const flags = Object.fromEntries(
    Object.entries(input.flags ?? {}).filter(([, v]) => v !== undefined),
  ) as Record<string, unknown>;
  const fromFlag = (field: string) => field in flags;
  const pathOf = (field: string) =>
    fromFlag(field) ? flagOf(field) : input.file !== undefined ? `${fileLabel}: ${field}` : flagOf(field);
  const get = (field: string): unknown =>
    fromFlag(field) ? flags[field] : (file as Record<string, unknown>)[field];

  try {
    // Billing period: hours or days, from the flags if either is given there, else from the file.
    const periodSource: Record<string, unknown> = "hours" in flags || "days" in flags ? flags : file;
    if (periodSource.hours !== undefined && periodSource.days !== undefined) {
      throw new InputError(pathOf("days"), "give hours or days, not both");
    }
    const hours =
      periodSource.days !== undefined
        ? parseCount(periodSource.days, pathOf("days")) * 24
        : periodSource.hours !== undefined
          ? parseCount(periodSource.hours, pathOf("hours"))
          : HOURS_PER_MONTH;

    const instance = get("instance");
    const kindGiven = get("kind");
    if (kindGiven !== undefined && !["standard", "express", "serverless"].includes(String(kindGiven))) {
      throw new InputError(
        pathOf("kind"),
        `expected standard, express or serverless, got ${JSON.stringify(kindGiven)}`,
      );
    }
    const kindFromInstance = typeof instance === "string" ? instanceKindOf(instance) : undefined;
    const kind =
      (kindGiven as DeploymentKind | undefined) ??
      kindFromInstance ??
      (instance !== undefined ? "standard" : undefined);
    if (!kind)
      throw new InputError(
        pathOf("kind"),
        "expected an instance (kafka.* for Standard, express.* for Express) or kind serverless",
        "missing_field",
      );
    if (kindGiven !== undefined && kindFromInstance !== undefined && kindGiven !== kindFromInstance) {
      throw new InputError(
        pathOf("kind"),
        `kind ${kindGiven} does not match instance ${String(instance)} (a ${kindFromInstance} broker type)`,
      );
    }

    const config: Record<string, unknown> = { kind, region: DEFAULT_REGION };
    for (const name of Object.keys(CONFIG_FIELDS) as ConfigFieldName[]) {
      const raw = get(name);
      if (raw === undefined) continue;
      const field = CONFIG_FIELDS[name];
      config[field.key] = parseValue(field.parse, raw, pathOf(name));
    }
    for (const name of REQUIRED[kind]) {
      if (get(name) === undefined) {
        const f = CONFIG_FIELDS[name];
        throw new InputError(
          pathOf(name),
          `missing: a ${kind} configuration needs ${name} (${f.describe})`,
          "missing_field",
        );
      }
    }
    const cluster = config as unknown as ClusterConfig;
    validateConfig(cluster);
    return { config: cluster, hours, pathOf };
  } catch (e) {
    relabel(e, pathOf);
  }
}
