/**
 * `msk-planner import cloudwatch --cluster NAME --region R [--days 14] [--out workload.yaml]`:
 * read a running cluster's CloudWatch metrics and write a commented workload file for `plan`.
 */
import { importCluster } from "../../aws/import-cluster.js";
import { InputError } from "../../model/errors.js";
import { parseCount, parseDuration, parseSize } from "../../model/units.js";
import { atomicWrite } from "../../report/atomic.js";
import { checkFinite } from "../finite.js";
import { STDIO } from "../stdio.js";
import { progressBar } from "./pricing-refresh.js";

export interface ImportArgs {
  cluster: string;
  region: string;
  days: string | number;
  endpoint?: string;
  out?: string;
  storagePerBroker?: string;
  peak: string;
  timeout: string;
  json?: boolean;
}

/** CloudWatch keeps hourly data for 455 days. */
const MAX_DAYS = 455;
const REGION_CODE = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** Validated options shared with `rightsize`. */
export function importOptions(argv: Omit<ImportArgs, "out" | "json">) {
  if (!argv.cluster?.trim()) throw new InputError("--cluster", "expected the MSK cluster name");
  if (!REGION_CODE.test(argv.region ?? ""))
    throw new InputError("--region", `expected a region code such as "us-east-1", got "${argv.region}"`);
  const days = parseCount(argv.days, "--days");
  if (!(days > 0 && days <= MAX_DAYS))
    throw new InputError(
      "--days",
      `expected a number of days in (0, ${MAX_DAYS}], got ${JSON.stringify(argv.days)}`,
    );
  if (argv.peak !== "max" && argv.peak !== "p95")
    throw new InputError("--peak", `expected "max" or "p95", got "${argv.peak}"`);
  let endpoint: string | undefined;
  if (argv.endpoint !== undefined) {
    if (!/^https?:\/\/[^/]+/.test(argv.endpoint))
      throw new InputError(
        "--endpoint",
        `expected an http(s) URL such as "http://127.0.0.1:4566", got "${argv.endpoint}"`,
      );
    endpoint = argv.endpoint;
  }
  const timeoutSeconds = parseDuration(argv.timeout, "--timeout");
  if (!(timeoutSeconds > 0))
    throw new InputError("--timeout", `expected a duration above zero, got "${argv.timeout}"`);
  return {
    cluster: argv.cluster,
    region: argv.region,
    days,
    endpoint,
    timeoutSeconds,
    now: new Date(),
    peak: argv.peak as "max" | "p95",
    storagePerBrokerBytes:
      argv.storagePerBroker !== undefined
        ? parseSize(argv.storagePerBroker, "--storage-per-broker")
        : undefined,
  };
}

export async function handler(argv: ImportArgs): Promise<void> {
  const opts = importOptions(argv);
  const bar = await progressBar("GetMetricData batches");
  let result: Awaited<ReturnType<typeof importCluster>>;
  try {
    result = await importCluster({ ...opts, onProgress: bar.update });
  } finally {
    bar.stop();
  }
  const { imported, yaml } = result;
  checkFinite(imported, "the imported workload", "aws");
  if (argv.json) {
    process.stdout.write(`${JSON.stringify(imported, null, 2)}\n`);
    return;
  }
  // `--out -` is standard output, as with no --out.
  if (argv.out && argv.out !== STDIO) {
    atomicWrite(argv.out, yaml);
    process.stdout.write(
      `Wrote ${argv.out}: ${imported.kind} cluster ${imported.cluster}, ${imported.brokers} brokers, ${imported.topics} topics, ${imported.window.start} to ${imported.window.end}.\n` +
        imported.notes.map((n) => `note: ${n}\n`).join(""),
    );
    return;
  }
  process.stdout.write(yaml);
}
