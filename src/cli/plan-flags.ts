/**
 * The workload flags shared by `plan`, `whatif`, `sweep`, `project`, `simulate`, `report` and
 * `rightsize`, and the one function turning argv (+ an optional workload file) into a Workload.
 * Flags are the workload file's field names in kebab-case; they override the file, or describe a
 * single-stream workload without one. Values stay human strings: the workload schema parses them
 * (src/model/workload-schema.ts), so a bad flag gets the same one-line error, naming the flag.
 * This module is imported by the command table (src/cli/commands/index.ts) at every start-up, so
 * it stays light: the schema, YAML and distributions load only inside {@link loadWorkload}.
 */
import type { Argv } from "yargs";
import type { FieldDistribution } from "../model/distribution.js";
import { InputError } from "../model/errors.js";
import type { Workload } from "../model/workload.js";
import { type FieldRow, flagName, WORKLOAD_TABLE } from "../model/workload-table.js";

type Scope = "cluster" | "targets" | "stream";
interface FlagSpec {
  scope: Scope;
  type: "string" | "boolean";
  describe: string;
}

/**
 * Every workload flag: camelCase name (= the file field) → scope and help, derived from the one
 * workload field table (src/model/workload-table.ts: the rows with a `flag`, in table order).
 */
export const WORKLOAD_FLAGS: Record<string, FlagSpec> = Object.fromEntries(
  (WORKLOAD_TABLE as readonly FieldRow[])
    .filter((row) => row.flag !== undefined)
    .map((row) => [
      flagName(row),
      {
        scope: row.scope === "stream" ? "stream" : row.name.startsWith("targets.") ? "targets" : "cluster",
        type: row.input === "boolean" ? "boolean" : "string",
        describe: row.flag as string,
      },
    ]),
);

/** `peakIngress` → `peak-ingress`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Declare the workload flags (and the WORKLOAD_FILE positional is the command's own). */
export function addWorkloadFlags<T>(y: Argv<T>): Argv<T> {
  for (const [name, f] of Object.entries(WORKLOAD_FLAGS))
    y.option(kebab(name), { type: f.type, describe: f.describe, group: "Workload:" });
  return y;
}

export interface LoadedWorkload {
  workload: Workload;
  /** Distributions in the file, each replaced by its median for a single plan (src/model/distribution.ts). */
  distributions: FieldDistribution[];
  /** The raw input after flags were applied and distributions replaced (human units). */
  input: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The flag a workload field path comes from: `streams.<any>.partitions`, `targets.storageHeadroom`, `azs`. */
function flagOfPath(path: string): string | undefined {
  const name = /^(?:streams\.[^.]+\.|targets\.)?([A-Za-z]+)$/.exec(path)?.[1];
  return name !== undefined && Object.hasOwn(WORKLOAD_FLAGS, name) ? `--${kebab(name)}` : undefined;
}

/**
 * An InputError about a workload field that a typed flag set, named for the flag: the planner's
 * `region: "us-east2" …` becomes `--region: …` when `--region` was on the command line. Other
 * errors are returned as they are. (Used by the top-level handler, src/cli/main.ts.)
 */
export function namedForFlag(e: unknown, raw: readonly string[]): unknown {
  if (!(e instanceof InputError)) return e;
  const flag = flagOfPath(e.path);
  if (!flag || !raw.some((t) => t === flag || t.startsWith(`${flag}=`))) return e;
  return new InputError(flag, e.message.slice(e.path.length + 2), e.code, [...e.problems]);
}

/** A schema message in flag words: the fields it mentions (`messagesPerSec`, `retention`) as flags. */
function inFlagWords(message: string): string {
  return message.replace(/(?<![-\w])[a-z]+(?:[A-Z][a-z]*)*\b/g, (w) =>
    w !== "name" && Object.hasOwn(WORKLOAD_FLAGS, w) ? `--${kebab(w)}` : w,
  );
}

/**
 * Build the workload from an optional file and the flags (flags win). Throws InputError naming the
 * flag (`--retention: expected a duration …`) or the file field (`streams.orders.retention: …`).
 * `argv` holds yargs' camelCase keys; absent flags are undefined.
 */
export async function loadWorkload(
  argvGiven: Record<string, unknown>,
  file?: string,
  /**
   * Stream field values the command will set itself (`sweep --vary ingress=…` sets ingress in
   * every scenario): by field path (`ingress`, `streams.orders.ingress`), used only where neither
   * the file nor a flag gives the field, so a workload need not name a value the sweep replaces.
   */
  supplied: readonly { path: string; value: string }[] = [],
): Promise<LoadedWorkload> {
  const [{ readStructuredFile }, { extractDistributions }, { parseWorkload }] = await Promise.all([
    import("./io.js"),
    import("../model/distribution.js"),
    import("../model/workload-schema.js"),
  ]);
  const raw = file !== undefined ? readStructuredFile(file, "WORKLOAD_FILE") : {};
  if (!isRecord(raw))
    throw new InputError(
      "WORKLOAD_FILE",
      `${file} must hold a mapping (region, azs, streams …), got ${Array.isArray(raw) ? "a list" : typeof raw}`,
    );
  const input: Record<string, unknown> = { ...raw };
  const argv = { ...argvGiven };
  const fileStreams = Array.isArray(input.streams) ? input.streams : undefined;
  for (const { path, value } of supplied) {
    const m = /^(?:streams\.(.+)\.)?([A-Za-z]+)$/.exec(path);
    const [, stream, name = ""] = m ?? [];
    if (WORKLOAD_FLAGS[name]?.scope !== "stream" || argv[name] !== undefined) continue;
    // Without a file the flags describe the one stream; with one, each named stream lacking it.
    if (!fileStreams) argv[name] = value;
    else
      input.streams = fileStreams.map((s, i) =>
        isRecord(s) &&
        s[name] === undefined &&
        (stream === undefined || s.name === stream || String(i) === stream)
          ? { ...s, [name]: value }
          : s,
      );
  }
  const alias = new Map<string, string>();
  const given = Object.entries(WORKLOAD_FLAGS).filter(([name]) => argv[name] !== undefined);

  let streams = Array.isArray(input.streams) ? [...input.streams] : undefined;
  const streamFlags = given.filter(([, f]) => f.scope === "stream");
  if (streamFlags.length) {
    if (!streams) streams = [{ name: (argv.name as string | undefined) ?? "stream" }];
    if (streams.length !== 1) {
      const [first] = streamFlags[0] as [string, FlagSpec];
      throw new InputError(
        `--${kebab(first)}`,
        `stream flags apply to a single-stream workload; ${file} has ${streams.length} streams: set the value in the file`,
      );
    }
    const s = { ...(isRecord(streams[0]) ? streams[0] : {}) };
    for (const [name] of streamFlags) s[name] = argv[name];
    const label = typeof s.name === "string" && s.name ? s.name : "0";
    for (const [name] of streamFlags) alias.set(`streams.${label}.${name}`, `--${kebab(name)}`);
    streams[0] = s;
  }
  if (streams) input.streams = streams;

  for (const [name, f] of given) {
    if (f.scope === "cluster") {
      const v = argv[name];
      input[name] =
        name === "azs" && typeof v === "string" && /^\s*\d+\s*$/.test(v)
          ? Number(v)
          : name === "instanceTypes"
            ? String(v)
                .split(",")
                .map((x) => x.trim())
                .filter((x) => x.length > 0)
            : v;
      alias.set(name, `--${kebab(name)}`);
    } else if (f.scope === "targets") {
      input.targets = { ...(isRecord(input.targets) ? input.targets : {}), [name]: argv[name] };
      alias.set(`targets.${name}`, `--${kebab(name)}`);
    }
  }

  const { input: medians, distributions } = extractDistributions(input);
  try {
    return { workload: parseWorkload(medians), distributions, input: medians as Record<string, unknown> };
  } catch (e) {
    if (e instanceof InputError) {
      // Without a file every field is a flag's, given or not (`--partitions: required`).
      const flag = alias.get(e.path) ?? (file === undefined ? flagOfPath(e.path) : undefined);
      if (flag) {
        const message = e.message.slice(e.path.length + 2);
        throw new InputError(flag, file === undefined ? inFlagWords(message) : message, e.code, [
          ...e.problems,
        ]);
      }
      if (file === undefined && e.path === "streams")
        throw new InputError(
          "WORKLOAD_FILE",
          "give a workload file, or the stream's flags (--ingress or --messages-per-sec, --partitions …)",
          "missing_field",
        );
      if (file !== undefined && e.path && !e.message.includes(file))
        throw new InputError(e.path, `${e.message.slice(e.path.length + 2)} (in ${file})`, e.code, [
          ...e.problems,
        ]);
    }
    throw e;
  }
}

/**
 * Added (issue #8): flags only the alternatives read (`--message-size` is the workload flag above).
 * One table; `plan` declares them with {@link addAlternativeFlags}.
 */
export const ALTERNATIVE_FLAGS: Record<string, { type: "string" | "boolean"; describe: string }> = {
  compare: {
    type: "string",
    describe:
      "alternatives: also price self-managed Kafka on EC2, Kinesis (provisioned, on-demand) and SQS (standard, FIFO) after the MSK options",
  },
  opsHoursPerMonth: {
    type: "string",
    describe:
      "Self-managed Kafka: operations hours per month (with --ops-hourly-rate; without both the cost is infrastructure only)",
  },
  opsHourlyRate: { type: "string", describe: "Self-managed Kafka: loaded USD per operations hour" },
  controllerInstanceType: {
    type: "string",
    describe:
      "Self-managed Kafka: EC2 type of the 3 KRaft controllers (default: cheapest priced with ≥ 4 GiB)",
  },
  sqsBatchSize: {
    type: "string",
    describe: "SQS messages per send/receive/delete request, 1–10 (default 10)",
  },
  sqsFreeTier: {
    type: "boolean",
    describe: "SQS: subtract the free tier of 1 M requests/month (default off)",
  },
  kinesisMaxRecordSize: {
    type: "string",
    describe: "Kinesis: the streams' maximum record size, 1MiB (default) to 10MiB, e.g. 4MiB",
  },
};

export function addAlternativeFlags<T>(y: Argv<T>): Argv<T> {
  for (const [name, f] of Object.entries(ALTERNATIVE_FLAGS))
    y.option(kebab(name), { type: f.type, describe: f.describe, group: "Alternatives to MSK:" });
  return y;
}

/**
 * The option ids to plan: `--options` (default the MSK options), plus the five alternatives after
 * them with `--compare alternatives`; and the alternatives' inputs, parsed by the unit parser.
 */
export async function planSelection(argv: Record<string, unknown>): Promise<{
  options: string[] | undefined;
  alternatives: import("../plan/alternatives/common.js").AlternativeInputs;
}> {
  const [{ MSK_OPTIONS, ALTERNATIVE_OPTIONS }, { parseCount, parseSize }] = await Promise.all([
    import("../plan/types.js"),
    import("../model/units.js"),
  ]);
  let options =
    typeof argv.options === "string"
      ? argv.options
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  if (argv.compare !== undefined) {
    if (argv.compare !== "alternatives")
      throw new InputError("--compare", `expected "alternatives", got ${JSON.stringify(argv.compare)}`);
    const base = options ?? [...MSK_OPTIONS];
    options = [...base, ...ALTERNATIVE_OPTIONS.filter((id) => !base.includes(id))];
  }
  const alternatives: import("../plan/alternatives/common.js").AlternativeInputs = {};
  if (argv.opsHoursPerMonth !== undefined)
    alternatives.opsHoursPerMonth = parseCount(argv.opsHoursPerMonth, "--ops-hours-per-month");
  if (argv.opsHourlyRate !== undefined)
    alternatives.opsHourlyRateUsd = parseCount(argv.opsHourlyRate, "--ops-hourly-rate");
  if (argv.sqsBatchSize !== undefined)
    alternatives.sqsBatchSize = parseCount(argv.sqsBatchSize, "--sqs-batch-size", { integer: true, min: 1 });
  if (argv.kinesisMaxRecordSize !== undefined)
    alternatives.kinesisMaxRecordBytes = parseSize(argv.kinesisMaxRecordSize, "--kinesis-max-record-size");
  if (argv.sqsFreeTier === true) alternatives.sqsFreeTier = true;
  if (typeof argv.controllerInstanceType === "string")
    alternatives.controllerInstanceType = argv.controllerInstanceType;
  return { options, alternatives };
}
