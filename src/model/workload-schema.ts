/**
 * The workload file (YAML or JSON) and flags, in human units: a zod schema whose output is the
 * canonical {@link Workload} (src/model/workload.ts). Field names are camelCase and match the CLI
 * flags (`peakIngress` ↔ `--peak-ingress`). Units are parsed here, once, by src/model/units.ts.
 *
 * Defaults (each echoed in `plan --json` through the parsed workload):
 * - region `us-east-1`; azs 3; clientConnections 100 (an assumption: say yours);
 * - sizingModel `blog` (docs/sizing-model.md and conflict C5; see src/model/sizing/);
 * - targets: maxUtilisation standard 0.5, express 1.0 (of AWS's recommended sustained rate:
 *   docs/express-headroom.md), partitions 1.0 of the
 *   recommended count; storageHeadroom 2.0 (C9, `aws-msk-sizing-script`); tolerateAzLoss true;
 *   fetchFromNearestReplica false; tieredLocalRetention 1d (planning assumption);
 * - per stream: peakIngress = ingress and peakEgress = egress when absent (peak = average: the
 *   utilisation targets carry the head-room); ingress may instead be messagesPerSec × messageSize ÷
 *   compressionRatio; egress defaults to consumerGroups × ingress, consumerGroups to 1;
 *   replicationFactor 3; retention 7d (Kafka's default `log.retention.hours` = 168, also the
 *   Serverless topic default, docs/sizing-model.md); messageSize 1 KiB (assumption, affects records/s only);
 *   compressionRatio 1; localRetention = retention (not tiered), see Stream.localRetentionGiven;
 *   tierReads 0 (no consumer reads data older than local retention; stated in the tiered option's notes).
 */
import * as z from "zod";
import { InputError, type Problem, type ProblemCode } from "./errors.js";
import { resolveInstanceTypes } from "./instance-types.js";
import { LIMITS } from "./limits.js";
import { formatEnUs } from "./number-text.js";
import { CLUSTER_QUOTAS, TIERED_MIN_RETENTION_SECONDS } from "./quotas.js";
import { citeInWords } from "./sources.js";
import { didYouMean } from "./suggest.js";
import { parseDuration, parseSize } from "./units.js";
import type { Stream, Workload } from "./workload.js";
import { type StreamRecord, streamsReader, unitParser } from "./workload-streams.js";
import { type FieldRow, WORKLOAD_TABLE } from "./workload-table.js";

/** Documented defaults: one place, used by the schema and echoed by docs. */
export const WORKLOAD_DEFAULTS = {
  region: "us-east-1",
  azs: 3 as const,
  clientConnections: 100,
  sizingModel: "blog" as const,
  // Express: 100 % of AWS's recommended sustained rate, which already holds the one-AZ-lost
  // head-room below the enforced maximum (docs/express-headroom.md); lower it for extra margin.
  maxUtilisation: { standard: 0.5, express: 1.0, partitions: 1.0 },
  storageHeadroom: 2.0,
  tolerateAzLoss: true,
  fetchFromNearestReplica: false,
  tieredLocalRetention: "1d",
  replicationFactor: 3,
  retention: "7d",
  messageSize: "1 KiB",
  compressionRatio: 1,
  consumerGroups: 1,
} as const;

/**
 * The human-unit defaults in canonical numbers, parsed once on first use: buildWorkload runs per
 * scenario in a sweep (a million times), where parsing "7d" each time cost a third of the run.
 */
let canonicalDefaults:
  | { messageSizeBytes: number; retentionSeconds: number; tieredLocalSeconds: number }
  | undefined;
function defaultsCanonical() {
  canonicalDefaults ??= {
    messageSizeBytes: parseSize(WORKLOAD_DEFAULTS.messageSize, ""),
    retentionSeconds: parseDuration(WORKLOAD_DEFAULTS.retention, ""),
    tieredLocalSeconds: parseDuration(WORKLOAD_DEFAULTS.tieredLocalRetention, ""),
  };
  return canonicalDefaults;
}

const Human = z.union([z.string(), z.number()]);

/** A human-unit field parsed by one of the unit parsers; a parse failure becomes a zod issue. */
function unitField(
  parse: (v: unknown, path: string) => number,
  description: string,
  example: string | number,
) {
  return Human.transform((v, ctx) => {
    try {
      return parse(v, "");
    } catch (e) {
      ctx.addIssue({ code: "custom", message: e instanceof InputError ? e.message : String(e) });
      return z.NEVER;
    }
  }).meta({ description, examples: [example] });
}
/** The table row of a workload field (src/model/workload-table.ts); a missing row is a bug here. */
function row(name: string): FieldRow {
  const r = (WORKLOAD_TABLE as readonly FieldRow[]).find((x) => x.name === name);
  if (!r) throw new Error(`workload-schema: no row ${name} in the workload field table`);
  return r;
}

/** The table's description of a field, as JSON Schema metadata. */
const described = (name: string) => ({ description: row(name).schema ?? "" });

/** The example each input kind shows in the JSON Schema (a row may give its own). */
const KIND_EXAMPLE: Partial<Record<FieldRow["input"], string | number>> = {
  rate: "20 MiB/s",
  duration: "7d",
  size: "1 KiB",
  count: 3,
  whole: 3,
  fraction: "50%",
};

/** A numeric field's parser, limits, description and example, all from its table row. */
function numeric(name: string) {
  const r = row(name);
  return unitField(unitParser(r), r.schema ?? "", r.example ?? KIND_EXAMPLE[r.input] ?? 3);
}

// The shapes name each field once more because zod's types need the keys written out; every fact
// about a field comes from its table row, and test/model/workload-table.test.ts holds the keys,
// required fields and descriptions equal to the table.
const StreamInput = z.strictObject({
  name: z.string().min(1).meta(described("name")),
  description: z.string().optional(),
  ingress: numeric("ingress").optional(),
  peakIngress: numeric("peakIngress").optional(),
  messagesPerSec: numeric("messagesPerSec").optional(),
  messageSize: numeric("messageSize").optional(),
  egress: numeric("egress").optional(),
  peakEgress: numeric("peakEgress").optional(),
  consumerGroups: numeric("consumerGroups").optional(),
  partitions: numeric("partitions"),
  replicationFactor: numeric("replicationFactor").optional(),
  retention: numeric("retention").optional(),
  localRetention: numeric("localRetention").optional(),
  compressionRatio: numeric("compressionRatio").optional(),
  tierReads: numeric("tierReads").optional(),
});

const TargetsInput = z.strictObject({
  maxUtilisation: z
    .strictObject({
      standard: numeric("targets.maxUtilisation.standard").optional(),
      express: numeric("targets.maxUtilisation.express").optional(),
      partitions: numeric("targets.maxUtilisation.partitions").optional(),
    })
    .optional(),
  storageHeadroom: numeric("targets.storageHeadroom").optional(),
  tolerateAzLoss: z.boolean().optional().meta(described("targets.tolerateAzLoss")),
  fetchFromNearestReplica: z.boolean().optional().meta(described("targets.fetchFromNearestReplica")),
  tieredLocalRetention: numeric("targets.tieredLocalRetention").optional(),
});

/** The input schema (human units): its JSON Schema is what `msk-planner schema workload` prints. */
export const WorkloadInput = z.strictObject({
  region: z.string().min(1).optional().meta(described("region")),
  azs: z
    .union([z.literal(2), z.literal(3)])
    .optional()
    .meta(described("azs")),
  clientConnections: numeric("clientConnections").optional(),
  sizingModel: z.enum(["blog", "aws-script"]).optional().meta(described("sizingModel")),
  instanceTypes: z.array(z.string().min(1)).optional().meta(described("instanceTypes")),
  targets: TargetsInput.optional(),
  streams: z
    .array(StreamInput)
    .min(1)
    .max(LIMITS.streams, `at most ${formatEnUs(LIMITS.streams)} streams per workload (the limit)`)
    .meta({ description: `One or more streams (at most ${formatEnUs(LIMITS.streams)})` }),
});

/**
 * A workload as written in a file or passed to {@link parseWorkload}: human units (`"20 MiB/s"`,
 * `"7d"`), optional fields defaulted by the schema.
 */
export type WorkloadInputType = z.input<typeof WorkloadInput>;
type ParsedInput = z.output<typeof WorkloadInput>;
type ParsedStream = z.output<typeof StreamInput>;

/** A problem found after the field parsers: a path relative to the workload, and a message. */
interface Issue {
  path: (string | number)[];
  message: string;
  code?: ProblemCode;
}

function fmtRate(b: number): string {
  return `${+(b / 2 ** 20).toPrecision(6)} MiB/s`;
}
function fmtDuration(s: number): string {
  return s % 86_400 === 0 ? `${s / 86_400}d` : s % 3600 === 0 ? `${s / 3600}h` : `${s}s`;
}

/**
 * Cross-field rules a sampled workload may break by chance (a peak drawn below its average …).
 * Parsing reports them as problems; Monte Carlo (`adjust`) instead moves the dependent field to the
 * nearest consistent value and records the field, so one unlucky sample never stops a run.
 */
export const ADJUSTABLE_STREAM_FIELDS = ["peakIngress", "peakEgress", "localRetention", "tierReads"] as const;
export type AdjustableStreamField = (typeof ADJUSTABLE_STREAM_FIELDS)[number];
/** What an adjustment of each field does, for notes. */
export const ADJUSTMENT_RULE: Record<AdjustableStreamField, string> = {
  peakIngress: "raised to ingress",
  peakEgress: "raised to egress",
  localRetention: "set to retention (it was above it, or tiered under the 3-day minimum)",
  tierReads: "lowered to egress",
};

/** Where buildStream records adjustments (Monte Carlo), or null to report problems (parsing). */
type Adjusted = Set<string> | null;

function buildStream(
  s: ParsedStream,
  i: number,
  tolerateAzLoss: boolean,
  tieredLocal: number,
  issues: Issue[],
  adjusted: Adjusted = null,
): Stream {
  const at = (f: string) => ["streams", i, f];
  const adjust = (f: AdjustableStreamField) => adjusted?.add(adjustedPath(s.name, f));
  const compressionRatio = s.compressionRatio ?? WORKLOAD_DEFAULTS.compressionRatio;
  const messageSizeBytes = s.messageSize ?? defaultsCanonical().messageSizeBytes;
  let ingress: number;
  if (s.ingress !== undefined) {
    if (s.messagesPerSec !== undefined)
      issues.push({
        path: at("messagesPerSec"),
        message: "give ingress or messagesPerSec × messageSize, not both",
      });
    ingress = s.ingress;
  } else if (s.messagesPerSec !== undefined) {
    ingress = (s.messagesPerSec * messageSizeBytes) / compressionRatio;
  } else {
    issues.push({
      path: at("ingress"),
      message: 'expected a rate such as "20 MiB/s" (or messagesPerSec), got nothing',
      code: "missing_field",
    });
    ingress = 0;
  }
  let peakIngress = s.peakIngress ?? ingress;
  if (peakIngress < ingress && adjusted) {
    peakIngress = ingress;
    adjust("peakIngress");
  } else if (peakIngress < ingress)
    issues.push({
      path: at("peakIngress"),
      message: `expected at least ingress (${fmtRate(ingress)}), got ${fmtRate(peakIngress)}`,
    });

  let egress: number;
  let peakEgress: number;
  let consumerGroups: number;
  if (s.egress !== undefined) {
    egress = s.egress;
    peakEgress = s.peakEgress ?? egress;
    if (peakEgress < egress && adjusted) {
      peakEgress = egress;
      adjust("peakEgress");
    }
    consumerGroups = s.consumerGroups ?? (peakIngress > 0 ? peakEgress / peakIngress : 0);
    if (peakEgress < egress)
      issues.push({
        path: at("peakEgress"),
        message: `expected at least egress (${fmtRate(egress)}), got ${fmtRate(peakEgress)}`,
      });
  } else {
    if (s.peakEgress !== undefined)
      issues.push({ path: at("peakEgress"), message: "given without egress: give egress (the average) too" });
    consumerGroups = s.consumerGroups ?? WORKLOAD_DEFAULTS.consumerGroups;
    egress = consumerGroups * ingress;
    peakEgress = consumerGroups * peakIngress;
  }

  const rf = s.replicationFactor ?? WORKLOAD_DEFAULTS.replicationFactor;
  if (rf > CLUSTER_QUOTAS.maxBrokersKraft) {
    issues.push({
      path: at("replicationFactor"),
      message: `expected at most ${CLUSTER_QUOTAS.maxBrokersKraft} (the broker quota per cluster), got ${rf}`,
    });
  } else if (rf < 2 && tolerateAzLoss) {
    issues.push({
      path: at("replicationFactor"),
      message: "expected at least 2 to keep serving with one AZ lost (targets.tolerateAzLoss is true), got 1",
    });
  }

  const retention = s.retention ?? defaultsCanonical().retentionSeconds;
  let localRetention: number;
  if (s.localRetention !== undefined) {
    localRetention = s.localRetention;
    if (
      adjusted &&
      (localRetention > retention || (localRetention < retention && retention < TIERED_MIN_RETENTION_SECONDS))
    ) {
      // Above retention, or tiered below the 3-day minimum: keep it all local (not tiered).
      localRetention = retention;
      adjust("localRetention");
    } else if (localRetention > retention) {
      issues.push({
        path: at("localRetention"),
        message: `expected at most retention (${fmtDuration(retention)}), got ${fmtDuration(localRetention)}`,
      });
    } else if (localRetention < retention && retention < TIERED_MIN_RETENTION_SECONDS) {
      issues.push({
        path: at("retention"),
        message: `tiered storage (localRetention below retention) needs retention of at least 3d (${citeInWords("msk-tiered-storage-topics")}), got ${fmtDuration(retention)}`,
      });
    }
  } else {
    localRetention = retention >= TIERED_MIN_RETENTION_SECONDS ? Math.min(retention, tieredLocal) : retention;
  }

  let tierReads = s.tierReads ?? 0;
  if (tierReads > egress && adjusted) {
    tierReads = egress;
    adjust("tierReads");
  } else if (tierReads > egress)
    issues.push({
      path: at("tierReads"),
      message: `expected at most egress (${fmtRate(egress)}: tier reads are the part of egress reading data older than localRetention), got ${fmtRate(tierReads)}`,
    });

  const stream: Stream = {
    name: s.name,
    ingressBytesPerSec: ingress,
    peakIngressBytesPerSec: peakIngress,
    egressBytesPerSec: egress,
    peakEgressBytesPerSec: peakEgress,
    retentionSeconds: retention,
    localRetentionSeconds: localRetention,
    localRetentionGiven: s.localRetention !== undefined,
    replicationFactor: rf,
    partitions: s.partitions,
    messageSizeBytes,
    messageSizeGiven: s.messageSize !== undefined,
    compressionRatio,
    consumerGroups,
    tierReadBytesPerSec: tierReads,
  };
  if (s.description !== undefined) stream.description = s.description;
  return stream;
}

function toWorkload(w: ParsedInput, adjusted: Adjusted = null): { workload: Workload; issues: Issue[] } {
  const issues: Issue[] = [];
  const t = w.targets ?? {};
  const tolerateAzLoss = t.tolerateAzLoss ?? WORKLOAD_DEFAULTS.tolerateAzLoss;
  const tieredLocal = t.tieredLocalRetention ?? defaultsCanonical().tieredLocalSeconds;
  const seen = new Set<string>();
  w.streams.forEach((s, i) => {
    if (seen.has(s.name))
      issues.push({
        path: ["streams", i, "name"],
        message: `duplicate stream name ${JSON.stringify(s.name)}`,
      });
    seen.add(s.name);
  });
  const streams = w.streams.map((s, i) => buildStream(s, i, tolerateAzLoss, tieredLocal, issues, adjusted));
  const workload: Workload = {
    region: w.region ?? WORKLOAD_DEFAULTS.region,
    azs: w.azs ?? WORKLOAD_DEFAULTS.azs,
    clientConnections: w.clientConnections ?? WORKLOAD_DEFAULTS.clientConnections,
    targets: {
      maxUtilisation: {
        standard: t.maxUtilisation?.standard ?? WORKLOAD_DEFAULTS.maxUtilisation.standard,
        express: t.maxUtilisation?.express ?? WORKLOAD_DEFAULTS.maxUtilisation.express,
        partitions: t.maxUtilisation?.partitions ?? WORKLOAD_DEFAULTS.maxUtilisation.partitions,
      },
      storageHeadroom: t.storageHeadroom ?? WORKLOAD_DEFAULTS.storageHeadroom,
      tolerateAzLoss,
      fetchFromNearestReplica: t.fetchFromNearestReplica ?? WORKLOAD_DEFAULTS.fetchFromNearestReplica,
      tieredLocalRetentionSeconds: tieredLocal,
    },
    sizingModel: w.sizingModel ?? WORKLOAD_DEFAULTS.sizingModel,
    streams,
  };
  if (w.instanceTypes !== undefined) {
    try {
      workload.instanceTypes = resolveInstanceTypes(w.instanceTypes, "instanceTypes");
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      issues.push({
        path: ["instanceTypes"],
        message: e.message.replace(/^instanceTypes: /, ""),
        code: e.code,
      });
    }
  }
  return { workload, issues };
}

/** `["streams", 0, "retention"]` → `streams.orders.retention` (the stream's name when it has one). */
function pathString(path: readonly PropertyKey[], raw: unknown): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (typeof k === "number" && path[i - 1] === "streams") {
      const streams = (raw as { streams?: unknown })?.streams;
      const name = Array.isArray(streams) ? (streams[k] as { name?: unknown } | undefined)?.name : undefined;
      out.push(typeof name === "string" && name !== "" ? name : String(k));
    } else out.push(String(k));
  }
  return out.join(".");
}

function describeReceived(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : JSON.stringify(v);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const k of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The field names the object schema at `path` accepts (through optional, default and list wrappers). */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  let t: z.core.$ZodType = WorkloadInput;
  for (let i = 0; ; ) {
    const def = t._zod.def as z.core.$ZodTypeDef & {
      innerType?: z.core.$ZodType;
      element?: z.core.$ZodType;
      shape?: Record<string, z.core.$ZodType>;
    };
    if (def.innerType) t = def.innerType;
    else if (def.element && typeof path[i] === "number") [t, i] = [def.element, i + 1];
    else if (def.shape && i < path.length) {
      const next = def.shape[String(path[i])];
      if (!next) return [];
      [t, i] = [next, i + 1];
    } else return def.shape && i === path.length ? Object.keys(def.shape) : [];
  }
}

function zodProblem(issue: z.core.$ZodIssue, raw: unknown): Problem {
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0] as string;
    const hint = didYouMean(key, fieldsAt(issue.path));
    return {
      code: "unknown_field",
      path: pathString([...issue.path, key], raw),
      message: `unknown field${hint ? `; ${hint}` : ""}${issue.keys.length > 1 ? ` (also ${issue.keys.slice(1).join(", ")})` : ""}`,
    };
  }
  const path = pathString(issue.path, raw);
  const got = valueAt(raw, issue.path);
  if (got === undefined && (issue.code === "invalid_type" || issue.code === "invalid_union"))
    return { code: "missing_field", path, message: "required, got nothing" };
  if (issue.code === "invalid_union" && path === "azs")
    return { code: "invalid_input", path, message: `expected 2 or 3, got ${describeReceived(got)}` };
  if (issue.code === "invalid_value") {
    return {
      code: "invalid_input",
      path,
      message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeReceived(got)}`,
    };
  }
  if (issue.code === "invalid_type")
    return {
      code: "invalid_input",
      path,
      message: `expected ${issue.expected}, got ${describeReceived(got)}`,
    };
  if (issue.code === "invalid_union")
    return {
      code: "invalid_input",
      path,
      message: `expected a string or number, got ${describeReceived(got)}`,
    };
  if (issue.code === "too_small" && issue.origin === "array")
    return { code: "invalid_input", path, message: `expected at least ${issue.minimum} item(s), got none` };
  return { code: "invalid_input", path, message: issue.message };
}

function fail(problems: Problem[]): never {
  const first = problems[0] as Problem;
  const more =
    problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  throw new InputError(first.path, `${first.message}${more}`, first.code, problems);
}

/** The streams list read without zod when it is plain (src/model/workload-streams.ts). */
const readStreams = streamsReader(
  Object.keys(StreamInput.shape),
  Object.fromEntries(
    WORKLOAD_TABLE.filter((r) => r.scope === "stream" && r.input in KIND_EXAMPLE).map((r) => [
      r.name,
      unitParser(r),
    ]),
  ),
  WORKLOAD_TABLE.filter((r) => r.scope === "stream" && "required" in r && r.required).map((r) => r.name),
);

/**
 * WorkloadInput.safeParse, with a plain streams list read by the fast reader: zod then parses the
 * workload with its first stream only (the cluster fields, targets, and the list's own rules), and
 * the reader's streams replace it. Anything the reader does not take goes to zod whole.
 */
function safeParseInput(raw: unknown): ReturnType<typeof WorkloadInput.safeParse> {
  const streams = (raw as { streams?: unknown } | null)?.streams;
  if (Array.isArray(streams) && streams.length > 1 && streams.length <= LIMITS.streams) {
    const read = readStreams(streams);
    if (read) {
      const r = WorkloadInput.safeParse({ ...(raw as object), streams: streams.slice(0, 1) });
      if (r.success) {
        r.data.streams = read as StreamRecord[] as ParsedStream[];
        return r;
      }
    }
  }
  return WorkloadInput.safeParse(raw);
}

/**
 * Parse a workload (the YAML/JSON value, human units) into the canonical {@link Workload}.
 * Throws InputError (exit 2) whose one-line message names the first bad field, e.g.
 * `streams.orders.retention: expected a duration with a unit such as "7d" or "24h", got 7`;
 * `problems` lists them all.
 */
export function parseWorkload(raw: unknown): Workload {
  const r = safeParseInput(raw);
  if (!r.success) fail(r.error.issues.map((i) => zodProblem(i, raw)));
  const { workload, issues } = toWorkload(r.data);
  if (issues.length)
    fail(
      issues.map((i) => ({
        code: i.code ?? "invalid_input",
        path: pathString(i.path, raw),
        message: i.message,
      })),
    );
  return workload;
}

/**
 * Added for the simulator (issue #5): the input parsed to canonical numbers but not yet built, so
 * a sweep or Monte Carlo run can change a written number and rebuild the workload with the same
 * default rules (toWorkload) per scenario — plain arithmetic, no unit parsing, no zod.
 */
export type ParsedWorkloadInput = ParsedInput;

/** Parse the human-unit input to canonical numbers (zod and units only; defaults not applied). */
export function parseWorkloadInput(raw: unknown): ParsedWorkloadInput {
  const r = safeParseInput(raw);
  if (!r.success) fail(r.error.issues.map((i) => zodProblem(i, raw)));
  return r.data;
}

/** Build the canonical workload from parsed input; `problems` lists rules the numbers break. */
export function buildWorkload(parsed: ParsedWorkloadInput): { workload: Workload; problems: Problem[] } {
  const { workload, issues } = toWorkload(parsed);
  return {
    workload,
    problems: issues.map((i) => ({
      code: i.code ?? "invalid_input",
      path: pathString(i.path, parsed),
      message: i.message,
    })),
  };
}

/**
 * {@link buildWorkload} for a sampled scenario: cross-field rules (ADJUSTABLE_STREAM_FIELDS) are
 * fixed instead of reported — a peak below its average is raised to it, a local retention above
 * retention (or tiered under the 3-day minimum) becomes the retention, tier reads above egress
 * become egress — and `adjusted` receives the path of each field moved
 * (`streams.orders.peakIngress`). Other problems are still returned.
 */
export function buildWorkloadAdjusted(
  parsed: ParsedWorkloadInput,
  adjusted: Set<string>,
): { workload: Workload; problems: Problem[] } {
  const { workload, issues } = toWorkload(parsed, adjusted);
  return {
    workload,
    problems: issues.map((i) => ({
      code: i.code ?? "invalid_input",
      path: pathString(i.path, parsed),
      message: i.message,
    })),
  };
}

/** The path an adjustment of `field` on stream `name` is reported under. */
export function adjustedPath(name: string, field: AdjustableStreamField): string {
  return `streams.${name}.${field}`;
}

/** The JSON Schema of the workload file, for editors (`msk-planner schema workload`). */
export function workloadJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(WorkloadInput, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
}
