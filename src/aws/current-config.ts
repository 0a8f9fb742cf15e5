/**
 * The running cluster's configuration when `rightsize` is not given one (`--current FILE`):
 * the broker count comes from the metrics; CloudWatch does not say the broker type or the volume
 * size, so those are flags (`--instance`, `--storage-per-broker`) and never guessed. A Serverless
 * cluster's usage is the imported workload's over a 730-hour month.
 */
import { HOURS_PER_MONTH, SECONDS_PER_HOUR } from "../model/conventions.js";
import { InputError } from "../model/errors.js";
import type { ClusterConfig } from "../pricing/configuration.js";
import type { ImportedWorkload } from "./derive-workload.js";

export interface InferOptions {
  instanceType?: string;
  storagePerBrokerBytes?: number;
}

/** The inferred configuration and a sentence saying what it rests on. */
export function inferCurrentConfig(
  w: ImportedWorkload,
  opts: InferOptions,
): { config: ClusterConfig; basis: string } {
  if (w.kind === "serverless") {
    const seconds = HOURS_PER_MONTH * SECONDS_PER_HOUR;
    return {
      config: {
        kind: "serverless",
        region: w.region,
        partitions: w.partitions.value,
        dataInBytes: w.ingress.mean.value * seconds,
        dataOutBytes: w.egress.mean.value * seconds,
        storedBytes: 0,
      },
      basis:
        "inferred: Serverless, partitions and mean data in/out from the metrics over a 730-hour month; storage not published by CloudWatch (not priced)",
    };
  }
  if (!opts.instanceType) {
    throw new InputError(
      "--instance",
      "CloudWatch does not say the broker type: pass --instance (e.g. kafka.m5.large) or --current FILE",
    );
  }
  if (opts.instanceType.startsWith("express.")) {
    return {
      config: {
        kind: "express",
        region: w.region,
        instanceType: opts.instanceType,
        brokers: w.brokers,
        dataWrittenBytes: w.ingress.mean.value * HOURS_PER_MONTH * SECONDS_PER_HOUR,
        storedBytes: 0,
      },
      basis: `inferred: ${w.brokers} brokers (from the metrics) × ${opts.instanceType} (--instance); data written = mean ingress over a 730-hour month`,
    };
  }
  if (opts.storagePerBrokerBytes === undefined) {
    throw new InputError(
      "--storage-per-broker",
      "CloudWatch does not say the volume size of Standard brokers: pass --storage-per-broker (e.g. 1000GiB) or --current FILE",
    );
  }
  return {
    config: {
      kind: "standard",
      region: w.region,
      instanceType: opts.instanceType,
      brokers: w.brokers,
      storagePerBrokerBytes: opts.storagePerBrokerBytes,
    },
    basis: `inferred: ${w.brokers} brokers (from the metrics) × ${opts.instanceType} (--instance), storage per broker from --storage-per-broker`,
  };
}
