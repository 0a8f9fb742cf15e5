/**
 * Checks a ClusterConfig before pricing: numbers are finite and in range, counts are whole, and
 * every field belongs to the configuration's kind. Errors name the human field (`brokers`,
 * `storagePerBroker`), the same name as in a configuration file and, in kebab case, the CLI flag.
 */

import { BYTES_PER_GIB, BYTES_PER_MIB } from "../model/conventions.js";
import { InputError } from "../model/errors.js";
import {
  type InstanceSpec,
  instanceSpec,
  PST_MIN_VOLUME_GIB,
  STANDARD_INSTANCES,
  type StandardInstance,
} from "../model/instances.js";
import { formatEnUs } from "../model/number-text.js";
import { citeInWords } from "../model/sources.js";
import { CONFIG_FIELDS, FIELD_OF_KEY, fieldsOfKind } from "./config-fields.js";
import type { ClusterConfig, DeploymentKind, StandardConfig } from "./configuration.js";

const KINDS: readonly DeploymentKind[] = ["standard", "express", "serverless"];

/** A non-negative finite number (optionally whole, optionally ≥ 1). */
export function checkQuantity(
  value: unknown,
  field: string,
  opts: { whole?: boolean; positive?: boolean } = {},
): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InputError(
      field,
      `expected a finite number, got ${JSON.stringify(value) ?? "nothing"}`,
      value === undefined ? "missing_field" : "invalid_input",
    );
  }
  if (opts.whole && !Number.isInteger(value))
    throw new InputError(field, `expected a whole number, got ${value}`);
  if (opts.positive ? value < 1 : value < 0) {
    throw new InputError(
      field,
      `expected ${opts.positive ? "a positive" : "a non-negative"} ${opts.whole ? "whole number" : "number"}, got ${value}`,
    );
  }
  return value;
}

/** Reject fields that do not belong to the kind (or do not exist), naming the field. */
function checkFieldsBelong(config: ClusterConfig): void {
  const allowed = new Set<string>(fieldsOfKind(config.kind).map((n) => CONFIG_FIELDS[n].key));
  for (const key of Object.keys(config)) {
    if (key === "kind" || allowed.has(key)) continue;
    if ((config as unknown as Record<string, unknown>)[key] === undefined) continue;
    const name = FIELD_OF_KEY[key];
    if (!name)
      throw new InputError(
        key,
        `unknown field in ${config.kind === "express" ? "an" : "a"} ${config.kind} configuration`,
        "unknown_field",
      );
    const kinds = CONFIG_FIELDS[name].kinds.join(" or ");
    throw new InputError(
      name,
      `does not belong to ${config.kind === "express" ? "an" : "a"} ${config.kind} configuration (it applies to ${kinds})`,
      "unknown_field",
    );
  }
}

/** Validate a configuration of any kind; returns the instance spec for provisioned kinds. */
export function validateConfig(config: ClusterConfig): InstanceSpec | undefined {
  if (!config || typeof config !== "object" || !KINDS.includes(config.kind)) {
    throw new InputError(
      "kind",
      `expected one of ${KINDS.join(", ")}, got ${JSON.stringify((config as { kind?: unknown })?.kind) ?? "nothing"}`,
    );
  }
  if (typeof config.region !== "string" || config.region === "")
    throw new InputError("region", "expected a region name such as us-east-1", "missing_field");
  checkFieldsBelong(config);
  for (const [key, opts] of [
    ["connectMcus", {}],
    ["replicators", { whole: true }],
    ["replicatedBytes", {}],
    ["privateConnectivitySchemes", { whole: true }],
    ["privateDataBytes", {}],
    ["crossAzBytes", {}],
  ] as const) {
    const v = config[key];
    if (v !== undefined) checkQuantity(v, FIELD_OF_KEY[key] ?? key, opts);
  }
  if (config.kind === "serverless") {
    checkQuantity(config.partitions, "partitions", { whole: true });
    checkQuantity(config.dataInBytes, "dataIn");
    checkQuantity(config.dataOutBytes, "dataOut");
    checkQuantity(config.storedBytes, "stored");
    return undefined;
  }
  if (typeof config.instanceType !== "string")
    throw new InputError("instance", "expected an instance type such as kafka.m5.large", "missing_field");
  const spec = instanceSpec(config.instanceType, "instance");
  if (spec.kind !== config.kind) {
    throw new InputError(
      "instance",
      `${spec.name} is ${spec.kind === "express" ? "an Express" : "a Standard"} broker type, but the configuration's kind is ${config.kind}; use ${config.kind === "express" ? "an express.*" : "a kafka.*"} type`,
    );
  }
  checkQuantity(config.brokers, "brokers", { whole: true, positive: true });
  if (config.kind === "standard") validateStandard(config, spec as StandardInstance);
  else {
    checkQuantity(config.dataWrittenBytes, "dataWritten");
    checkQuantity(config.storedBytes, "stored");
  }
  return spec;
}

const PST_CAPABLE = STANDARD_INSTANCES.filter((i) => i.pst).map((i) => i.name);

function gib(bytes: number): string {
  return `${+(bytes / BYTES_PER_GIB).toPrecision(6)} GiB`;
}

/** Validate the Standard-only fields against the instance's limits (docs/sizing-model.md). */
function validateStandard(c: StandardConfig, spec: StandardInstance): void {
  const storage = checkQuantity(c.storagePerBrokerBytes, "storagePerBroker");
  const min = spec.storageMinGiB * BYTES_PER_GIB;
  const max = spec.storageMaxGiB * BYTES_PER_GIB;
  if (storage < min || storage > max) {
    throw new InputError(
      "storagePerBroker",
      `expected ${spec.storageMinGiB} GiB to ${formatEnUs(spec.storageMaxGiB)} GiB per broker (${citeInWords("msk-quotas")}), got ${gib(storage)}`,
    );
  }
  if (c.throughputPerBrokerBytesPerSec !== undefined) {
    const t = checkQuantity(c.throughputPerBrokerBytesPerSec, "throughputPerBroker");
    if (!spec.pst) {
      throw new InputError(
        "throughputPerBroker",
        `${spec.name} does not support provisioned storage throughput; it needs one of ${PST_CAPABLE.join(", ")} (${citeInWords("msk-provisioned-throughput")})`,
      );
    }
    const mibps = t / BYTES_PER_MIB;
    if (mibps < spec.pst.minMiBps || mibps > spec.pst.maxMiBps) {
      throw new InputError(
        "throughputPerBroker",
        `expected ${spec.pst.minMiBps} to ${spec.pst.maxMiBps} MiB/s for ${spec.name} (${citeInWords("msk-storage-throughput-management")}), got ${+mibps.toPrecision(6)} MiB/s`,
      );
    }
    if (storage < PST_MIN_VOLUME_GIB * BYTES_PER_GIB) {
      throw new InputError(
        "storagePerBroker",
        `provisioned storage throughput needs at least ${PST_MIN_VOLUME_GIB} GiB per broker, got ${gib(storage)}`,
      );
    }
  }
  const tiered = c.tieredStoredBytes !== undefined || c.tieredRetrievedBytes !== undefined;
  if (c.tieredStoredBytes !== undefined) checkQuantity(c.tieredStoredBytes, "tieredStored");
  if (c.tieredRetrievedBytes !== undefined) checkQuantity(c.tieredRetrievedBytes, "tieredRetrieved");
  if (tiered && !spec.tieredStorage) {
    throw new InputError(
      c.tieredStoredBytes !== undefined ? "tieredStored" : "tieredRetrieved",
      `${spec.name} does not support tiered storage (${citeInWords("msk-tiered-storage")})`,
    );
  }
}
