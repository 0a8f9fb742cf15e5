/**
 * Why an option does not fit, as data (issue #15): each problem names the resource, the actual
 * value, the limit and the unit, and {@link describeInfeasibility} words it — the one place the
 * reasons' text is built. The CLI, reports and `--json` `reasons` print those words; library users
 * read `problems` typed.
 */
import { BYTES_PER_GIB, BYTES_PER_MB, BYTES_PER_MIB, SECONDS_PER_DAY } from "../model/conventions.js";
import { mbps, mibps, num } from "./reasons.js";
import type { Resource } from "./types.js";

/**
 * The unit a problem's values are shown in. `actual` and `limit` are always canonical (bytes per
 * second for rates, bytes for sizes, seconds for durations, plain counts otherwise); the unit only
 * says how they are worded: AWS's quota tables state "MBps" (10^6 B/s), the sizing tables MiB/s.
 */
export type InfeasibilityUnit =
  | "count"
  | "MiB/s"
  | "MBps"
  | "MB/s"
  | "GiB"
  | "MiB"
  | "bytes"
  | "days"
  | "calls/s";

/**
 * - `exceeds`: actual > limit (a capacity, quota or maximum);
 * - `below`: actual < limit (a minimum the workload does not reach);
 * - `mismatch`: actual ≠ limit (a value the option fixes, e.g. Express's 3 AZs);
 * - `rule`: a rule stated in `basis`, with the workload's value (`actual`) and the rule's (`limit`).
 * There is no code for a missing price: an option is never infeasible for one (it is priced
 * "partial" or "none" and lists it in missingPrices).
 */
export type InfeasibilityCode = "exceeds" | "below" | "mismatch" | "rule";

/** One reason an option is infeasible. */
export type Infeasibility = {
  code: InfeasibilityCode;
  resource: Resource;
  actual: number;
  limit: number;
  unit: InfeasibilityUnit;
  /** True when actual and limit are per broker (of the configuration in `subject`). */
  perBroker?: boolean;
  /** Where the limit comes from or what it means, e.g. "broker quota per cluster". */
  basis?: string;
  /** What the limit applies to, e.g. "kafka.m7g.large × 60 brokers". */
  subject?: string;
  /** The workload stream it applies to, when one stream breaks it. */
  stream?: string;
};

/** Plain words for every resource (terminal tables, reasons, reports). */
export const RESOURCE_LABELS: Record<Resource, string> = {
  networkOut: "network out",
  networkIn: "network in",
  storageThroughput: "storage write",
  partitions: "partitions",
  storage: "storage",
  storageCapacity: "storage capacity",
  connections: "client connections",
  brokers: "brokers needed",
  minimumBrokers: "minimum brokers",
  instanceTypes: "candidate broker types",
  ingress: "peak ingress",
  egress: "peak egress",
  ingressPerPartition: "peak ingress per partition",
  egressPerPartition: "peak egress per partition",
  messageSize: "message size",
  consumerGroups: "consumer groups",
  replicationFactor: "replication factor",
  azs: "availability zones",
  retention: "retention",
  recordSize: "record size",
  writeBytes: "write bytes",
  writeRecords: "write records",
  sharedReadBytes: "shared read bytes",
  writeCeiling: "peak write",
  readCeiling: "peak shared read",
  fifoCallsPerSecond: "FIFO calls per second",
  requests: "requests",
};

/** The plain words for a resource. */
export function resourceLabel(r: Resource): string {
  return RESOURCE_LABELS[r];
}

/** A value in its display unit, e.g. 1.5e8 B/s as "150 MBps". */
export function formatQuantity(value: number, unit: InfeasibilityUnit): string {
  if (!Number.isFinite(value)) return "∞";
  switch (unit) {
    case "count":
      return num(value, 0);
    case "MiB/s":
      return mibps(value);
    case "MBps":
      return mbps(value);
    case "MB/s":
      return `${num(value / BYTES_PER_MB, 1)} MB/s`;
    case "GiB":
      return `${num(value / BYTES_PER_GIB, 0)} GiB`;
    case "MiB":
      return `${num(value / BYTES_PER_MIB, 2)} MiB`;
    case "bytes":
      return `${num(value, 0)} bytes`;
    case "days":
      return `${num(value / SECONDS_PER_DAY, 2)} days`;
    case "calls/s":
      return `${num(value, 1)} calls/s`;
  }
}

const OP = { exceeds: ">", below: "<", mismatch: "≠" } as const;

/**
 * The one wording of a problem: "[stream: ]<resource>[ per broker] <actual> <op> <limit>[ (<basis>)][ for <subject>]",
 * e.g. "network out per broker 230.4 MiB/s > 149 MiB/s (80% of 186.3 MiB/s) for kafka.m5.large × 60 brokers".
 */
export function describeInfeasibility(p: Infeasibility): string {
  const stream = p.stream ? `${p.stream}: ` : "";
  if (p.code === "rule")
    return `${stream}${p.basis ?? "rule"}: ${resourceLabel(p.resource)} ${formatQuantity(p.actual, p.unit)}, rule ${formatQuantity(p.limit, p.unit)}`;
  const what = `${resourceLabel(p.resource)}${p.perBroker ? " per broker" : ""}`;
  const actual = formatQuantity(p.actual, p.unit);
  const limit = formatQuantity(p.limit, p.unit);
  // One unit past a limit rounds to the limit when shown ("14 days > 14 days"): then say the exact values.
  const exact = actual === limit ? [`exactly ${num(p.actual, 6)} ${OP[p.code]} ${num(p.limit, 6)}`] : [];
  const why = [...exact, ...(p.basis ? [p.basis] : [])];
  const basis = why.length ? ` (${why.join("; ")})` : "";
  const subject = p.subject ? ` for ${p.subject}` : "";
  return `${stream}${what} ${actual} ${OP[p.code]} ${limit}${basis}${subject}`;
}

/** Shorthand for an `exceeds` problem. */
export function exceeds(
  resource: Resource,
  actual: number,
  limit: number,
  unit: InfeasibilityUnit,
  more: { perBroker?: boolean; basis?: string; subject?: string; stream?: string } = {},
): Infeasibility {
  return { code: "exceeds", resource, actual, limit, unit, ...more };
}
